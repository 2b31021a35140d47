package vn.onestop.processing.workflow.domain;

/** Why a step was cancelled. */
public enum CancelCause {
    /** Another step rejected the dossier. */
    REJECTED,
    /** The applicant withdrew the dossier. */
    WITHDRAWN,
    /** Processing was stopped. */
    STOPPED
}
