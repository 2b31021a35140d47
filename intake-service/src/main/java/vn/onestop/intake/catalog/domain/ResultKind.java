package vn.onestop.intake.catalog.domain;

/** What an approved dossier produces. */
public enum ResultKind {
    CERTIFICATE, LICENCE, RECORD_UPDATE, DECISION, TAX_RECEIPT, CERTIFIED_COPY
}
