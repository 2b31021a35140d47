package vn.onestop.processing.workflow.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/** An accepted transition: the run after it, and its effects in order. */
public record Transition(WorkflowRun run, List<Effect> effects) implements TransitionResult {

    public Transition {
        Objects.requireNonNull(run, "run");
        effects = List.copyOf(effects);
    }

    public List<EffectKind> kinds() {
        return effects.stream().map(Effect::kind).collect(Collectors.toList());
    }

    /** The first effect of that type, if any. */
    public <T extends Effect> Optional<T> effect(Class<T> type) {
        return effects.stream().filter(type::isInstance).map(type::cast).findFirst();
    }
}
