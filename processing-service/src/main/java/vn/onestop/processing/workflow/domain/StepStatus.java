package vn.onestop.processing.workflow.domain;

/** Where one step of a dossier's workflow stands. */
public enum StepStatus {
    /** Not opened yet: an earlier group is still running. */
    PENDING,
    /** Opened (a task exists); possibly paused on a supplement request or a payment. */
    OPEN,
    /** Finished with an outcome: {@link OutcomeKind#APPROVE} or {@link OutcomeKind#REJECT}. */
    DONE,
    /** Will never finish: the dossier was rejected at another step, withdrawn or stopped. */
    CANCELLED
}
