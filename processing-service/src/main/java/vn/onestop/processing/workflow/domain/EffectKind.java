package vn.onestop.processing.workflow.domain;

/** The kinds of {@link Effect}. */
public enum EffectKind {
    STEP_DONE,
    OPEN_STEPS,
    CANCEL_STEPS,
    PAUSE,
    RESUME,
    DECIDED,
    STOPPED,
    WITHDRAWN
}
