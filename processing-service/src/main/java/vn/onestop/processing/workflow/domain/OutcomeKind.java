package vn.onestop.processing.workflow.domain;

/** The outcomes an officer (or a partner agency) can record on an open step. */
public enum OutcomeKind {
    /** The step is done; on the deciding step it carries the result fields. */
    APPROVE,
    /** The dossier is refused with a written reason: it ends here. */
    REJECT,
    /** Items are missing: the dossier pauses (national code 5) and the step stays open. */
    REQUEST_SUPPLEMENT,
    /** A fee or tax must be paid: the dossier pauses (national code 6) and the step stays open. */
    REQUEST_PAYMENT
}
