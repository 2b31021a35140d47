package vn.onestop.processing.workflow.domain;

/** How a decided dossier ended (DossierDecided's {@code decision}). */
public enum Decision {
    APPROVED,
    REJECTED
}
