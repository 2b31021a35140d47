package vn.onestop.intake.catalog.domain;

import vn.onestop.intake.catalog.domain.BundlePlan.ApplicantComponent;
import vn.onestop.intake.catalog.domain.BundlePlan.PlannedMember;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;

/**
 * Chain elimination: a component that another member of the bundle provides is not asked from the
 * applicant, but only when that member is part of the submission (an unchosen option provides
 * nothing). Components with the same code are asked once for all the members that list them.
 */
public final class BundlePlanner {

    private final BiFunction<String, LocalDate, Optional<Procedure>> procedures;

    /** @param procedures the version of a procedure in force on a day */
    public BundlePlanner(BiFunction<String, LocalDate, Optional<Procedure>> procedures) {
        this.procedures = procedures;
    }

    /**
     * @param chosenOptions ids of the bundle's options the applicant chose; the others are left out
     * @throws IllegalArgumentException for an option the bundle does not have
     */
    public BundlePlan plan(Bundle bundle, LocalDate day, Set<String> chosenOptions) {
        Set<String> unknown = new TreeSet<>(chosenOptions);
        unknown.removeAll(bundle.optionIds());
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("bundle " + bundle.id() + " has no option " + String.join(", ", unknown)
                    + "; its options are " + (bundle.options().isEmpty() ? "none" : String.join(", ", new TreeSet<>(bundle.optionIds()))));
        }
        Set<String> included = new LinkedHashSet<>();
        for (String member : bundle.members()) {
            Optional<BundleOption> option = bundle.optionOf(member);
            if (option.isEmpty() || chosenOptions.contains(option.get().id())) {
                included.add(member);
            }
        }

        Map<String, PlannedMember> planned = new LinkedHashMap<>();
        for (String member : startOrder(bundle, included)) {
            Procedure procedure = procedures.apply(member, day).orElseThrow(() -> new IllegalStateException(
                    "bundle " + bundle.label() + ": member " + member + " has no version in force on " + day));
            List<ChainEdge> inputs = bundle.chain().stream()
                    .filter(e -> e.to().equals(member) && included.contains(e.from()))
                    .toList();
            Set<String> provided = new LinkedHashSet<>();
            inputs.forEach(e -> provided.add(e.component()));
            List<ComponentSpec> asked = procedure.components().stream()
                    .filter(c -> !provided.contains(c.code()))
                    .toList();
            String option = bundle.optionOf(member).map(BundleOption::id).orElse(null);
            planned.put(member, new PlannedMember(procedure, option, inputs, asked));
        }

        return new BundlePlan(bundle, day, chosenOptions, List.copyOf(planned.values()), applicantComponents(planned));
    }

    private static List<ApplicantComponent> applicantComponents(Map<String, PlannedMember> planned) {
        Map<String, PlannedMember> owners = new LinkedHashMap<>();
        Map<String, ComponentSpec> specs = new LinkedHashMap<>();
        Map<String, List<String>> alsoFor = new LinkedHashMap<>();
        for (PlannedMember member : planned.values()) {
            for (ComponentSpec component : member.applicantComponents()) {
                if (!owners.containsKey(component.code())) {
                    owners.put(component.code(), member);
                    specs.put(component.code(), component);
                    alsoFor.put(component.code(), new ArrayList<>());
                } else {
                    alsoFor.get(component.code()).add(member.id());
                    if (component.required() && !specs.get(component.code()).required()) {
                        ComponentSpec first = specs.get(component.code());
                        specs.put(component.code(), new ComponentSpec(first.code(), first.name(), first.nameEn(), true,
                                first.formats(), first.maxSizeBytes()));
                    }
                }
            }
        }
        List<ApplicantComponent> result = new ArrayList<>();
        owners.forEach((code, owner) -> result.add(
                new ApplicantComponent(owner.id(), owner.option(), specs.get(code), alsoFor.get(code))));
        return result;
    }

    /** Members in an order they can start in (Kahn), ties kept in the bundle's member order. */
    static List<String> startOrder(Bundle bundle, Set<String> included) {
        List<String> order = new ArrayList<>();
        Set<String> remaining = new LinkedHashSet<>(included);
        while (!remaining.isEmpty()) {
            String next = remaining.stream()
                    .filter(m -> bundle.chain().stream().noneMatch(e -> e.to().equals(m) && e.type().gatesStart()
                            && remaining.contains(e.from())))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("bundle " + bundle.label() + " has a start cycle among "
                            + remaining));
            order.add(next);
            remaining.remove(next);
        }
        return order;
    }
}
