package vn.onestop.intake.catalog.loading;

import vn.onestop.intake.catalog.domain.Bundle;
import vn.onestop.intake.catalog.domain.BundleOption;
import vn.onestop.intake.catalog.domain.CatalogEntry;
import vn.onestop.intake.catalog.domain.ChainEdge;
import vn.onestop.intake.catalog.domain.ChainEdgeType;
import vn.onestop.intake.catalog.domain.ComponentSpec;
import vn.onestop.intake.catalog.domain.Fee;
import vn.onestop.intake.catalog.domain.Procedure;
import vn.onestop.intake.catalog.domain.TimeLimit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import static vn.onestop.intake.catalog.loading.Problems.quote;

/**
 * Entries of kind {@code BUNDLE}: on their own, members once each, options of members, a chain between
 * members that can run (HANDOFF paired with RESUME, no mandatory member waiting for an optional one,
 * no start cycle); then against the procedures ({@link #checkMembers}): every member a procedure in
 * force whenever the bundle is, listing what the chain provides, one upload per shared component.
 */
final class BundleValidator {

    private final Problems problems;

    BundleValidator(Problems problems) {
        this.problems = problems;
    }

    /** The bundle, or null when any part of it is wrong (reported). */
    Bundle bundle(At at, CatalogFile.Entry raw, LocalDate from, LocalDate to, List<String> channels, List<Fee> fees,
                  boolean verify) {
        int before = problems.count();
        TimeLimit endToEnd = EntryValidator.timeLimit(at, "endToEndLimit", raw.endToEndLimit());
        List<String> members = members(at, raw.members());
        Map<String, String> optionOfMember = new HashMap<>();
        List<BundleOption> options = options(at, raw.options(), members, optionOfMember);
        if (!members.isEmpty() && members.stream().allMatch(optionOfMember::containsKey)) {
            at.problem(ProblemCode.NO_MANDATORY_MEMBER,
                    "every member is optional; a bundle needs at least one member that is always included");
        }
        List<ChainEdge> chain = chain(at, raw.chain(), members);
        checkChainShape(at, chain, optionOfMember, members);
        if (problems.count() > before || !at.ok()) {
            return null;
        }
        return new Bundle(raw.id(), raw.nationalCode(), verify, raw.note(), raw.name(), raw.nameEn(), raw.version(),
                from, to, members, options, chain, endToEnd, fees, channels);
    }

    private static List<String> members(At at, List<String> raws) {
        List<String> members = new ArrayList<>();
        List<String> all = raws == null ? List.of() : raws;
        for (int i = 0; i < all.size(); i++) {
            String member = all.get(i);
            if (member == null || !at.ok("members/" + i)) {
                continue;
            }
            if (members.contains(member)) {
                at.problem(ProblemCode.DUPLICATE_CODE, "member " + member + " is listed twice");
            } else {
                members.add(member);
            }
        }
        return members;
    }

    private static List<BundleOption> options(At at, List<CatalogFile.Option> raws, List<String> members,
                                              Map<String, String> optionOfMember) {
        List<BundleOption> options = new ArrayList<>();
        List<CatalogFile.Option> all = raws == null ? List.of() : raws;
        for (int i = 0; i < all.size(); i++) {
            CatalogFile.Option raw = all.get(i);
            String path = "options/" + i;
            if (raw == null || !at.ok(path + "/id")) {
                continue;
            }
            String where = "option " + raw.id();
            if (options.stream().anyMatch(o -> o.id().equals(raw.id()))) {
                at.problem(ProblemCode.DUPLICATE_CODE, where + " is declared twice");
                continue;
            }
            if (!at.ok(path + "/members")) {
                continue;
            }
            for (String member : raw.members()) {
                if (!members.contains(member)) {
                    at.problem(ProblemCode.NOT_A_MEMBER, where + ": " + quote(member) + " is not a member of the bundle");
                } else if (optionOfMember.containsKey(member)) {
                    at.problem(ProblemCode.MEMBER_IN_TWO_OPTIONS, where + ": member " + member + " is already in option "
                            + optionOfMember.get(member));
                } else {
                    optionOfMember.put(member, raw.id());
                }
            }
            options.add(new BundleOption(raw.id(), raw.members().stream().filter(Objects::nonNull).toList(), raw.name(),
                    raw.nameEn()));
        }
        return options;
    }

    private static List<ChainEdge> chain(At at, List<CatalogFile.Edge> raws, List<String> members) {
        List<ChainEdge> chain = new ArrayList<>();
        Set<String> providedComponents = new HashSet<>();
        List<CatalogFile.Edge> all = raws == null ? List.of() : raws;
        for (int i = 0; i < all.size(); i++) {
            CatalogFile.Edge raw = all.get(i);
            if (raw == null || !at.ok("chain/" + i)) {
                continue;
            }
            String where = "chain edge " + raw.from() + " → " + raw.to() + " (" + raw.component() + ")";
            boolean ok = true;
            for (String end : List.of(raw.from(), raw.to())) {
                if (!members.contains(end)) {
                    at.problem(ProblemCode.NOT_A_MEMBER, where + ": " + quote(end) + " is not a member of the bundle");
                    ok = false;
                }
            }
            if (ok && raw.from().equals(raw.to())) {
                at.problem(ProblemCode.SELF_EDGE, where + ": a member cannot feed itself");
                ok = false;
            }
            if (ok && !providedComponents.add(raw.to() + "/" + raw.component())) {
                at.problem(ProblemCode.COMPONENT_PROVIDED_TWICE, where + ": component " + raw.component() + " of "
                        + raw.to() + " is already provided by another edge");
                ok = false;
            }
            if (ok) {
                ChainEdgeType type = raw.type() == null ? ChainEdgeType.RESULT : ChainEdgeType.valueOf(raw.type());
                chain.add(new ChainEdge(raw.from(), raw.to(), raw.component(), type));
            }
        }
        return chain;
    }

    /** Loops only through a HANDOFF/RESUME pair; no mandatory member waits for an optional one. */
    private static void checkChainShape(At at, List<ChainEdge> chain, Map<String, String> optionOfMember,
                                        List<String> members) {
        for (ChainEdge edge : chain) {
            ChainEdgeType partner = switch (edge.type()) {
                case HANDOFF -> ChainEdgeType.RESUME;
                case RESUME -> ChainEdgeType.HANDOFF;
                case RESULT -> null;
            };
            if (partner != null && chain.stream().noneMatch(e -> e.type() == partner && e.from().equals(edge.to())
                    && e.to().equals(edge.from()))) {
                at.problem(ProblemCode.UNPAIRED_EDGE, "chain edge " + edge.from() + " → " + edge.to() + " is a "
                        + edge.type() + " without the " + partner + " edge " + edge.to() + " → " + edge.from()
                        + " that closes the loop");
            }
            if (optionOfMember.containsKey(edge.from()) && !optionOfMember.containsKey(edge.to())) {
                at.problem(ProblemCode.MANDATORY_DEPENDS_ON_OPTIONAL, "chain edge " + edge.from() + " → " + edge.to()
                        + ": member " + edge.to() + " is always included but would depend on " + edge.from()
                        + ", which is optional (option " + optionOfMember.get(edge.from()) + ")");
            }
        }
        List<String> cycle = startCycle(chain, members);
        if (!cycle.isEmpty()) {
            at.problem(ProblemCode.CHAIN_CYCLE, "chain has a cycle " + String.join(" → ", cycle)
                    + "; members would wait for each other (a loop needs a HANDOFF edge and a RESUME edge back)");
        }
    }

    /** A cycle among the edges that gate a member's start, or empty. */
    private static List<String> startCycle(List<ChainEdge> chain, List<String> members) {
        Map<String, List<String>> next = new HashMap<>();
        chain.stream().filter(e -> e.type().gatesStart())
                .forEach(e -> next.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e.to()));
        Map<String, Integer> state = new HashMap<>();
        for (String member : members) {
            List<String> cycle = dfs(member, next, state, new ArrayList<>());
            if (!cycle.isEmpty()) {
                return cycle;
            }
        }
        return List.of();
    }

    private static List<String> dfs(String node, Map<String, List<String>> next, Map<String, Integer> state,
                                    List<String> path) {
        int s = state.getOrDefault(node, 0);
        if (s == 2) {
            return List.of();
        }
        if (s == 1) {
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(node), path.size()));
            cycle.add(node);
            return cycle;
        }
        state.put(node, 1);
        path.add(node);
        for (String to : next.getOrDefault(node, List.of())) {
            List<String> cycle = dfs(to, next, state, path);
            if (!cycle.isEmpty()) {
                return cycle;
            }
        }
        path.remove(path.size() - 1);
        state.put(node, 2);
        return List.of();
    }

    // ---------------------------------------------------------------- against the procedures

    /** Each valid bundle against the valid procedures; {@code declaredIds} are ids written, valid or not. */
    void checkMembers(Map<String, List<Sourced<CatalogEntry>>> entries, Set<String> declaredIds) {
        for (List<Sourced<CatalogEntry>> versions : entries.values()) {
            for (Sourced<CatalogEntry> sourced : versions) {
                if (sourced.value() instanceof Bundle bundle) {
                    checkMembers(sourced.file(), bundle, entries, declaredIds);
                }
            }
        }
    }

    private void checkMembers(String file, Bundle bundle, Map<String, List<Sourced<CatalogEntry>>> entries,
                              Set<String> declaredIds) {
        String item = "entry " + bundle.label();
        Map<String, List<Procedure>> overlapping = new HashMap<>();
        for (String member : bundle.members()) {
            List<Sourced<CatalogEntry>> memberVersions = entries.get(member);
            if (memberVersions == null) {
                if (!declaredIds.contains(member)) {
                    problems.add(file, item, ProblemCode.UNKNOWN_MEMBER, "member " + member
                            + " is not a procedure of the catalog");
                }
                continue;
            }
            if (memberVersions.get(0).value() instanceof Bundle) {
                problems.add(file, item, ProblemCode.MEMBER_IS_BUNDLE, "member " + member
                        + " is a bundle; members must be procedures");
                continue;
            }
            List<Procedure> procedures = memberVersions.stream().map(Sourced::value)
                    .filter(Procedure.class::isInstance).map(Procedure.class::cast).toList();
            firstUncoveredDay(bundle, procedures).ifPresent(day -> problems.add(file, item, ProblemCode.MEMBER_NOT_IN_FORCE,
                    "member " + member + " has no version in force on " + day + ", while the bundle is"));
            overlapping.put(member, procedures.stream().filter(p -> overlaps(bundle, p)).toList());
        }
        for (ChainEdge edge : bundle.chain()) {
            for (Procedure target : overlapping.getOrDefault(edge.to(), List.of())) {
                if (target.component(edge.component()).isEmpty()) {
                    problems.add(file, item, ProblemCode.COMPONENT_NOT_LISTED, "chain edge " + edge.from() + " → "
                            + edge.to() + " provides component " + edge.component() + ", which " + target.label()
                            + " does not list (it lists " + target.components().stream().map(ComponentSpec::code).toList() + ")");
                }
            }
        }
        // One upload serves every member that lists the same code, so the code must mean the same file.
        Map<String, ComponentSpec> byCode = new HashMap<>();
        Map<String, String> owner = new HashMap<>();
        for (String member : bundle.members()) {
            for (Procedure procedure : overlapping.getOrDefault(member, List.of())) {
                for (ComponentSpec component : procedure.components()) {
                    ComponentSpec first = byCode.putIfAbsent(component.code(), component);
                    owner.putIfAbsent(component.code(), procedure.label());
                    if (first != null && (!Set.copyOf(first.formats()).equals(Set.copyOf(component.formats()))
                            || first.maxSizeBytes() != component.maxSizeBytes())) {
                        problems.add(file, item, ProblemCode.COMPONENT_MISMATCH, "component " + component.code()
                                + " has different formats or size in " + owner.get(component.code()) + " and "
                                + procedure.label() + "; members of a bundle share one upload per component code");
                    }
                }
            }
        }
    }

    /** The first day the bundle is in force but the member has no version, if any. */
    private static Optional<LocalDate> firstUncoveredDay(Bundle bundle, List<Procedure> versions) {
        List<Procedure> sorted = versions.stream().sorted(Comparator.comparing(Procedure::effectiveFrom)).toList();
        LocalDate day = bundle.effectiveFrom();
        while (true) {
            LocalDate current = day;
            Optional<Procedure> covering = sorted.stream().filter(p -> p.inForceOn(current)).findFirst();
            if (covering.isEmpty()) {
                return Optional.of(day);
            }
            LocalDate end = covering.get().effectiveTo();
            if (end == null || (bundle.effectiveTo() != null && !end.isBefore(bundle.effectiveTo()))) {
                return Optional.empty();
            }
            day = end.plusDays(1);
        }
    }

    private static boolean overlaps(CatalogEntry a, CatalogEntry b) {
        boolean aStartsBeforeBEnds = b.effectiveTo() == null || !a.effectiveFrom().isAfter(b.effectiveTo());
        boolean bStartsBeforeAEnds = a.effectiveTo() == null || !b.effectiveFrom().isAfter(a.effectiveTo());
        return aStartsBeforeBEnds && bStartsBeforeAEnds;
    }
}
