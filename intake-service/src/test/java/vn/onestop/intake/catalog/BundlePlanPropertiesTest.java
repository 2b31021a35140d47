package vn.onestop.intake.catalog;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import vn.onestop.intake.catalog.domain.Bundle;
import vn.onestop.intake.catalog.domain.BundleOption;
import vn.onestop.intake.catalog.domain.BundlePlan;
import vn.onestop.intake.catalog.domain.BundlePlan.ApplicantComponent;
import vn.onestop.intake.catalog.domain.BundlePlan.PlannedMember;
import vn.onestop.intake.catalog.domain.BundlePlanner;
import vn.onestop.intake.catalog.domain.Catalog;
import vn.onestop.intake.catalog.domain.CatalogEntry;
import vn.onestop.intake.catalog.domain.ChainEdge;
import vn.onestop.intake.catalog.domain.ChainEdgeType;
import vn.onestop.intake.catalog.domain.ComponentSpec;
import vn.onestop.intake.catalog.domain.Procedure;
import vn.onestop.intake.catalog.domain.TimeLimit;
import vn.onestop.intake.catalog.loading.CatalogLoader;
import vn.onestop.workingtime.TimeLimitUnit;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Properties of bundle planning ({@link BundlePlanner}, chain elimination), for every bundle of the
 * seeded catalog and of the test fixture on any day it is in force, and for bundles generated from
 * the seeded procedures with any members, options and chain (cycles, self-edges, edges into
 * unchosen options, components the target does not list), with any choice of options, known or not.
 * A plan is either refused clearly or well-formed:
 * <ul>
 *   <li>an option the bundle does not have is refused, naming it; a start cycle among the members
 *       taking part, or a member with no version that day, is refused saying so;</li>
 *   <li>otherwise every member procedure appears once: the mandatory ones always, an optional one
 *       exactly when its option is chosen, each in the version in force that day;</li>
 *   <li>the members come in an order they can start in: whoever a member waits for (a RESULT or
 *       HANDOFF edge) comes before it, so the hand-overs form no cycle; ties keep the bundle's
 *       member order; RESUME edges (the P10 ⇄ P11 loop) do not gate the start;</li>
 *   <li>each member receives exactly the chain inputs of the members taking part, is never asked
 *       for what they provide, and is asked for the rest of its published list; the applicant's list
 *       names each component code once, under the first member that asks for it, shared with the
 *       others, required when any of them requires it;</li>
 *   <li>planning is deterministic: the same request gives an equal plan, whatever the order of the
 *       chosen options.</li>
 * </ul>
 */
class BundlePlanPropertiesTest {

    private static final Catalog SEED = CatalogLoader.load(SeedCatalogTest.FILES);
    private static final Catalog FIXTURE = CatalogFixture.load();
    private static final LocalDate SEEDED_FROM = LocalDate.of(2025, 7, 1);
    /** Generated bundles are planned from a little before the seeded procedures came into force. */
    private static final LocalDate GENERATED_FROM = SEEDED_FROM.minusDays(60);
    private static final LocalDate UNTIL = LocalDate.of(2027, 12, 31);
    private static final List<String> SEEDED_PROCEDURES = List.of("P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8",
            "P9", "P10", "P11", "P12", "P13");
    private static final String UNKNOWN_OPTION = "NO_SUCH_OPTION";

    /** A bundle of a catalog, a day it is in force, and the options asked for. */
    record Request(String source, Catalog catalog, Bundle bundle, LocalDate day, Set<String> options) {
        @Override
        public String toString() {
            return source + " " + bundle.label() + " on " + day + " with " + new TreeSet<>(options);
        }
    }

    /** A generated bundle over the seeded procedures, a day, and the options asked for. */
    record Generated(Bundle bundle, LocalDate day, Set<String> options) {
        @Override
        public String toString() {
            return "members " + bundle.members() + ", options " + bundle.options().stream()
                    .map(o -> o.id() + o.members()).toList() + ", chain " + bundle.chain().stream()
                    .map(e -> e.from() + "-" + e.type() + "(" + e.component() + ")->" + e.to()).toList()
                    + ", on " + day + " with " + new TreeSet<>(options);
        }
    }

    // ---- the bundles of the catalogs ----

    @Provide
    Arbitrary<Request> catalogRequests() {
        List<Arbitrary<Request>> requests = new ArrayList<>();
        for (Map.Entry<String, Catalog> source : Map.of("seed", SEED, "fixture", FIXTURE).entrySet()) {
            Catalog catalog = source.getValue();
            for (CatalogEntry entry : catalog.currentOrLatest(SEEDED_FROM)) {
                for (CatalogEntry version : catalog.versions(entry.id())) {
                    if (version instanceof Bundle bundle) {
                        requests.add(requestsFor(source.getKey(), catalog, bundle));
                    }
                }
            }
        }
        return Arbitraries.oneOf(requests);
    }

    private static Arbitrary<Request> requestsFor(String source, Catalog catalog, Bundle bundle) {
        LocalDate last = bundle.effectiveTo() == null ? UNTIL : bundle.effectiveTo();
        Arbitrary<LocalDate> days = Arbitraries.longs().between(0, ChronoUnit.DAYS.between(bundle.effectiveFrom(), last))
                .map(bundle.effectiveFrom()::plusDays);
        // the bundle's options, and some it does not have: unknown, a wrong case, blank
        Set<String> candidates = new LinkedHashSet<>(bundle.optionIds());
        candidates.add(UNKNOWN_OPTION);
        candidates.add("");
        bundle.options().stream().findFirst().ifPresent(o -> candidates.add(o.id().toLowerCase()));
        Arbitrary<Set<String>> valid = Arbitraries.subsetOf(bundle.optionIds());
        Arbitrary<Set<String>> any = Arbitraries.subsetOf(candidates);
        Arbitrary<Set<String>> options = Arbitraries.frequencyOf(Tuple.of(3, valid), Tuple.of(1, any));
        return Combinators.combine(days, options).as((day, chosen) -> new Request(source, catalog, bundle, day, chosen));
    }

    @Property(tries = 300)
    void every_catalog_bundle_is_refused_clearly_or_planned_well(@ForAll("catalogRequests") Request request) {
        Statistics.label("bundle").collect(request.source() + " " + request.bundle().id());
        Statistics.label("outcome").collect(planOrRefusal(request.bundle(), request.day(), request.options(),
                request.catalog()::procedure, (bundle, day, options) -> request.catalog().plan(bundle, day, options)));
        Statistics.label("outcome").coverage(c -> {
            c.check("planned").count(n -> n > 0);
            c.check("unknown option").count(n -> n > 0);
        });
    }

    // ---- bundles generated from the seeded procedures ----

    @Provide
    Arbitrary<Generated> generatedBundles() {
        // uniform, without edge cases: else the first days (no procedure in force yet) would be most of them
        Arbitrary<LocalDate> days = Arbitraries.longs().between(0, ChronoUnit.DAYS.between(GENERATED_FROM, UNTIL))
                .withDistribution(RandomDistribution.uniform()).withoutEdgeCases().map(GENERATED_FROM::plusDays);
        List<String> codes = new ArrayList<>(new TreeSet<>(SEEDED_PROCEDURES.stream()
                .flatMap(id -> SEED.versions(id).stream())
                .flatMap(p -> ((Procedure) p).components().stream().map(ComponentSpec::code)).toList()));
        codes.add("NOT_LISTED_ANYWHERE");
        // P2 lists BIRTH_CERT as optional, P3 as required: the only code whose requiredness differs
        List<Tuple.Tuple2<Integer, Arbitrary<String>>> procedures = new ArrayList<>();
        SEEDED_PROCEDURES.forEach(id -> procedures.add(Tuple.of(Set.of("P2", "P3").contains(id) ? 6 : 1,
                Arbitraries.just(id))));
        return Arbitraries.frequencyOf(procedures).list().ofMinSize(1).ofMaxSize(5).flatMap(members -> {
            List<String> distinct = members.stream().distinct().toList();
            // -1: always included; 0 or 1: in option OPT_0 or OPT_1
            Arbitrary<List<Integer>> optionOf = Arbitraries.integers().between(-1, 1).list().ofSize(distinct.size());
            Arbitrary<ChainEdge> edge = Combinators.combine(Arbitraries.of(distinct), Arbitraries.of(distinct),
                    Arbitraries.of(codes), Arbitraries.of(ChainEdgeType.class)).as(ChainEdge::new);
            Arbitrary<List<ChainEdge>> chain = edge.list().ofMaxSize(6);
            Arbitrary<Set<String>> options = Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.subsetOf("OPT_0", "OPT_1")),
                    Tuple.of(1, Arbitraries.subsetOf("OPT_0", "OPT_1", UNKNOWN_OPTION)));
            return Combinators.combine(optionOf, chain, days, options)
                    .as((of, edges, day, chosen) -> new Generated(bundle(members, distinct, of, edges), day, chosen));
        });
    }

    private static Bundle bundle(List<String> members, List<String> distinct, List<Integer> optionOf,
                                 List<ChainEdge> chain) {
        List<BundleOption> options = new ArrayList<>();
        for (int option = 0; option <= 1; option++) {
            List<String> in = new ArrayList<>();
            for (int i = 0; i < distinct.size(); i++) {
                if (optionOf.get(i) == option) {
                    in.add(distinct.get(i));
                }
            }
            options.add(new BundleOption("OPT_" + option, in, "Tùy chọn " + option, "Option " + option));
        }
        return new Bundle("GEN", null, true, "generated", "Nhóm thủ tục thử", "Generated bundle", 1, SEEDED_FROM,
                null, members, options, chain, TimeLimit.of(20, TimeLimitUnit.WORKING_DAYS), List.of(), List.of("COUNTER"));
    }

    @Property(tries = 500)
    void any_bundle_of_the_seeded_procedures_is_refused_clearly_or_planned_well(
            @ForAll("generatedBundles") Generated generated) {
        BundlePlanner planner = new BundlePlanner(SEED::procedure);
        String outcome = planOrRefusal(generated.bundle(), generated.day(), generated.options(), SEED::procedure,
                planner::plan);
        Statistics.label("outcome").collect(outcome);
        Statistics.label("a shared component optional for its first member, required for another")
                .collect("planned".equals(outcome) && optionalFirstRequiredLater(
                        planner.plan(generated.bundle(), generated.day(), generated.options())))
                .coverage(c -> c.check(true).count(n -> n > 0));
        Statistics.label("outcome").coverage(c -> {
            c.check("planned").count(n -> n > 0);
            c.check("unknown option").count(n -> n > 0);
            c.check("start cycle").count(n -> n > 0);
            c.check("no version in force").count(n -> n > 0);
        });
    }

    private static boolean optionalFirstRequiredLater(BundlePlan plan) {
        Map<String, List<Boolean>> required = new LinkedHashMap<>();
        plan.members().forEach(m -> m.applicantComponents().forEach(c ->
                required.computeIfAbsent(c.code(), code -> new ArrayList<>()).add(c.required())));
        return required.values().stream().anyMatch(r -> !r.get(0) && r.contains(true));
    }

    // ---- the checks ----

    @FunctionalInterface
    interface Planning {
        BundlePlan plan(Bundle bundle, LocalDate day, Set<String> options);
    }

    /** Plans, checks the plan or the refusal against the rules above, and says which it was. */
    private static String planOrRefusal(Bundle bundle, LocalDate day, Set<String> options,
                                        BiFunction<String, LocalDate, Optional<Procedure>> procedures, Planning planning) {
        Set<String> unknown = new TreeSet<>(options);
        unknown.removeAll(bundle.optionIds());
        if (!unknown.isEmpty()) {
            assertThatThrownBy(() -> planning.plan(bundle, day, options))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("bundle " + bundle.id() + " has no option " + String.join(", ", unknown) + ";")
                    .hasMessageEndingWith(bundle.options().isEmpty() ? "none"
                            : String.join(", ", new TreeSet<>(bundle.optionIds())));
            return "unknown option";
        }
        Set<String> included = included(bundle, options);
        if (hasStartCycle(bundle, included)) {
            assertThatThrownBy(() -> planning.plan(bundle, day, options))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("has a start cycle among");
            return "start cycle";
        }
        if (included.stream().anyMatch(m -> procedures.apply(m, day).isEmpty())) {
            assertThatThrownBy(() -> planning.plan(bundle, day, options))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("has no version in force on " + day);
            return "no version in force";
        }
        BundlePlan plan = planning.plan(bundle, day, options);
        assertWellFormed(plan, bundle, day, options, included, procedures);
        List<String> reversed = new ArrayList<>(options);
        Collections.reverse(reversed);
        assertThat(planning.plan(bundle, day, new LinkedHashSet<>(reversed)))
                .as("the same request, the same plan").isEqualTo(plan);
        return "planned";
    }

    /** The members taking part: each once, in the bundle's order, those of unchosen options left out. */
    private static Set<String> included(Bundle bundle, Set<String> options) {
        Set<String> included = new LinkedHashSet<>();
        for (String member : bundle.members()) {
            Optional<BundleOption> option = bundle.optionOf(member);
            if (option.isEmpty() || options.contains(option.get().id())) {
                included.add(member);
            }
        }
        return included;
    }

    /** Whether the edges that gate a start (RESULT, HANDOFF) form a cycle among {@code included}. */
    private static boolean hasStartCycle(Bundle bundle, Set<String> included) {
        Map<String, Set<String>> waitsFor = new LinkedHashMap<>();
        included.forEach(m -> waitsFor.put(m, new HashSet<>()));
        for (ChainEdge e : bundle.chain()) {
            if (e.type().gatesStart() && included.contains(e.from()) && included.contains(e.to())) {
                waitsFor.get(e.to()).add(e.from());
            }
        }
        // peel off the members that wait for nobody left; a cycle is what remains
        Set<String> left = new HashSet<>(included);
        boolean progress = true;
        while (progress) {
            progress = left.removeIf(m -> waitsFor.get(m).stream().noneMatch(left::contains));
        }
        return !left.isEmpty();
    }

    private static void assertWellFormed(BundlePlan plan, Bundle bundle, LocalDate day, Set<String> options,
                                         Set<String> included,
                                         BiFunction<String, LocalDate, Optional<Procedure>> procedures) {
        assertThat(plan.bundle()).isEqualTo(bundle);
        assertThat(plan.day()).isEqualTo(day);
        assertThat(plan.options()).isEqualTo(options);
        List<String> ids = plan.members().stream().map(PlannedMember::id).toList();
        assertThat(ids).as("every member once").doesNotHaveDuplicates();
        assertThat(ids).as("the members taking part").containsExactlyInAnyOrderElementsOf(included);
        assertThat(ids).as("mandatory members always").containsAll(bundle.mandatoryMembers());

        for (PlannedMember member : plan.members()) {
            String option = bundle.optionOf(member.id()).map(BundleOption::id).orElse(null);
            assertThat(member.option()).as(member.id()).isEqualTo(option);
            if (option != null) {
                assertThat(options).as("%s only when its option is chosen", member.id()).contains(option);
            }
            assertThat(member.procedure()).as("%s in the version of the day", member.id())
                    .isEqualTo(procedures.apply(member.id(), day).orElseThrow());
            List<ChainEdge> inputs = bundle.chain().stream()
                    .filter(e -> e.to().equals(member.id()) && included.contains(e.from())).toList();
            assertThat(member.chainInputs()).as("%s receives what the members taking part provide", member.id())
                    .containsExactlyElementsOf(inputs);
            Set<String> provided = new HashSet<>();
            inputs.forEach(e -> provided.add(e.component()));
            assertThat(member.applicantComponents()).as("%s asks the applicant for the rest of its list", member.id())
                    .containsExactlyElementsOf(member.procedure().components().stream()
                            .filter(c -> !provided.contains(c.code())).toList());
            int position = ids.indexOf(member.id());
            assertThat(member.startsAfter()).as("%s starts after members placed before it", member.id())
                    .allMatch(upstream -> ids.indexOf(upstream) >= 0 && ids.indexOf(upstream) < position);
            assertThat(member.resumedBy()).as(member.id()).containsExactlyElementsOf(inputs.stream()
                    .filter(e -> e.type() == ChainEdgeType.RESUME).map(ChainEdge::from).distinct().toList());
        }

        // the start order: whoever a member waits for comes first; among the ready, the bundle's order
        for (ChainEdge e : bundle.chain()) {
            if (e.type().gatesStart() && included.contains(e.from()) && included.contains(e.to())) {
                assertThat(ids.indexOf(e.from())).as("%s before %s (%s)", e.from(), e.to(), e.type())
                        .isLessThan(ids.indexOf(e.to()));
            }
        }
        List<String> bundleOrder = new ArrayList<>(included);
        for (int i = 0; i < ids.size(); i++) {
            Set<String> placed = new HashSet<>(ids.subList(0, i));
            for (String earlier : bundleOrder.subList(0, bundleOrder.indexOf(ids.get(i)))) {
                boolean ready = bundle.chain().stream().noneMatch(e -> e.to().equals(earlier) && e.type().gatesStart()
                        && included.contains(e.from()) && !placed.contains(e.from()));
                assertThat(placed.contains(earlier) || !ready)
                        .as("%s was ready before %s and comes first in the bundle", earlier, ids.get(i)).isTrue();
            }
        }

        // the applicant's list: each code once, under the first member asking for it
        Map<String, List<PlannedMember>> askers = new LinkedHashMap<>();
        for (PlannedMember member : plan.members()) {
            for (ComponentSpec c : member.applicantComponents()) {
                askers.computeIfAbsent(c.code(), code -> new ArrayList<>()).add(member);
            }
        }
        assertThat(plan.applicantComponents()).extracting(a -> a.component().code())
                .as("each component asked once").containsExactlyElementsOf(askers.keySet());
        for (ApplicantComponent asked : plan.applicantComponents()) {
            List<PlannedMember> by = askers.get(asked.component().code());
            assertThat(asked.member()).isEqualTo(by.get(0).id());
            assertThat(asked.option()).isEqualTo(by.get(0).option());
            assertThat(asked.alsoFor()).containsExactlyElementsOf(by.subList(1, by.size()).stream()
                    .map(PlannedMember::id).toList());
            assertThat(asked.required()).as("%s required when any member requires it", asked.component().code())
                    .isEqualTo(by.stream().anyMatch(m -> m.applicantComponents().stream()
                            .anyMatch(c -> c.code().equals(asked.component().code()) && c.required())));
        }
    }
}
