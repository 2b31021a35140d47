package vn.onestop.processing.workflow.domain;

/** Why a transition was refused, for the service layer to map to an error type. */
public enum RefusalCode {
    /** The dossier is already APPROVED, REJECTED, WITHDRAWN or STOPPED. */
    RUN_FINISHED,
    /** The dossier waits for a supplement or a payment; only the paused step's resume goes on. */
    DOSSIER_PAUSED,
    /** The step is not part of the workflow. */
    UNKNOWN_STEP,
    /** The step has not opened yet. */
    STEP_NOT_OPEN,
    /** The step is already DONE. */
    STEP_ALREADY_DONE,
    /** The step was CANCELLED. */
    STEP_CANCELLED,
    /**
     * An approval's result data breaks the procedure's result fields: a required field missing on the
     * deciding step, a value not in its field's format, a date on the wrong side of the decision
     * ({@link Refusal#resultDataViolations()}).
     */
    INVALID_RESULT_DATA,
    /** A rejection or stop without a reason, a supplement request without items or deadline, an amount of 0... */
    INVALID_REQUEST,
    /** The step already made as many supplement requests as it may. */
    SUPPLEMENT_LIMIT_REACHED,
    /** Resume asked for a step that is not the paused one, or the dossier is not paused. */
    NOT_PAUSED,
    /** The fast lane is only for instant ("4 on the spot") procedures. */
    NOT_INSTANT,
    /** Start asked while steps are already open. */
    ALREADY_STARTED,
    /** The instant given is before the last change already recorded. */
    TIME_OUT_OF_ORDER
}
