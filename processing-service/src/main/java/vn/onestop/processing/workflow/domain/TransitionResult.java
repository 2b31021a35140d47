package vn.onestop.processing.workflow.domain;

import java.util.List;

/** What a call on a {@link WorkflowRun} answers: a {@link Transition} or a {@link Refusal}. */
public sealed interface TransitionResult permits Transition, Refusal {

    default boolean isRefused() {
        return this instanceof Refusal;
    }

    /** The effects; empty for a refusal. */
    List<Effect> effects();

    /** @throws IllegalStateException with the refusal's reason when this is a refusal */
    default Transition applied() {
        if (this instanceof Refusal r) {
            throw new IllegalStateException("refused (" + r.code() + "): " + r.reason());
        }
        return (Transition) this;
    }

    /** @throws IllegalStateException when this is a transition */
    default Refusal refusal() {
        if (this instanceof Refusal r) {
            return r;
        }
        throw new IllegalStateException("not refused: " + effects());
    }
}
