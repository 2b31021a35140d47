package vn.onestop.intake.catalog;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import vn.onestop.intake.catalog.domain.Bundle;
import vn.onestop.intake.catalog.domain.BundlePlan;
import vn.onestop.intake.catalog.domain.BundlePlan.ApplicantComponent;
import vn.onestop.intake.catalog.domain.BundlePlan.PlannedMember;
import vn.onestop.intake.catalog.domain.Catalog;
import vn.onestop.intake.catalog.domain.ChainEdge;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Chain elimination on the fixture bundle TB: T1 → T2 (BIRTH_CERT) always; T3 (option A) and
 * T4 (option B) get BIRTH_CERT from T1, and T4 gets CARD from T3 only when option A is chosen too.
 */
class BundlePlannerTest {

    private static final Catalog CATALOG = CatalogFixture.load();
    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);
    private static final Bundle TB = CATALOG.bundle("TB", DAY).orElseThrow();

    static Stream<Arguments> options() {
        return Stream.of(
                arguments(Set.of(), List.of("T1", "T2"),
                        List.of("T1:FORM1", "T1:NOTICE", "T1:REQUESTER_ID", "T1:EXTRA", "T2:FORM2")),
                arguments(Set.of("OPT_A"), List.of("T1", "T2", "T3"),
                        List.of("T1:FORM1", "T1:NOTICE", "T1:REQUESTER_ID", "T1:EXTRA", "T2:FORM2", "T3:FORM3")),
                arguments(Set.of("OPT_B"), List.of("T1", "T2", "T4"),
                        List.of("T1:FORM1", "T1:NOTICE", "T1:REQUESTER_ID", "T1:EXTRA", "T2:FORM2", "T4:FORM4", "T4:CARD")),
                arguments(Set.of("OPT_A", "OPT_B"), List.of("T1", "T2", "T3", "T4"),
                        List.of("T1:FORM1", "T1:NOTICE", "T1:REQUESTER_ID", "T1:EXTRA", "T2:FORM2", "T3:FORM3", "T4:FORM4")));
    }

    @ParameterizedTest(name = "options {0} → members {1}")
    @MethodSource("options")
    void asks_only_for_what_no_included_member_provides(Set<String> options, List<String> members, List<String> asked) {
        BundlePlan plan = CATALOG.plan(TB, DAY, options);
        assertThat(plan.members()).extracting(PlannedMember::id).containsExactlyElementsOf(members);
        assertThat(plan.applicantComponents()).extracting(a -> a.member() + ":" + a.component().code())
                .containsExactlyElementsOf(asked);
        assertThat(plan.applicantComponents()).extracting(a -> a.component().code()).doesNotContain("BIRTH_CERT");
    }

    @Test
    void a_component_several_members_list_is_asked_once_and_required_if_any_requires_it() {
        // T1 requires REQUESTER_ID, T2 lists it as optional: one upload, required, for both.
        ApplicantComponent requester = CATALOG.plan(TB, DAY, Set.of()).applicantComponents().stream()
                .filter(a -> a.component().code().equals("REQUESTER_ID")).findFirst().orElseThrow();
        assertThat(requester.member()).isEqualTo("T1");
        assertThat(requester.alsoFor()).containsExactly("T2");
        assertThat(requester.required()).isTrue();
    }

    @Test
    void each_member_knows_what_the_chain_gives_it_and_whom_it_waits_for() {
        BundlePlan plan = CATALOG.fullPlan(TB, DAY);
        PlannedMember t4 = plan.members().get(3);
        assertThat(t4.id()).isEqualTo("T4");
        assertThat(t4.option()).isEqualTo("OPT_B");
        assertThat(t4.chainInputs()).extracting(ChainEdge::component).containsExactlyInAnyOrder("BIRTH_CERT", "CARD");
        assertThat(t4.startsAfter()).containsExactlyInAnyOrder("T1", "T3");
        assertThat(t4.applicantComponents()).extracting(c -> c.code()).containsExactly("FORM4");
        assertThat(plan.applicantComponents()).filteredOn(a -> a.member().equals("T4"))
                .extracting(ApplicantComponent::option).containsOnly("OPT_B");
    }

    @Test
    void a_handoff_loop_starts_the_source_first_and_resumes_it_with_the_result() {
        Bundle tl = CATALOG.bundle("TL", DAY).orElseThrow();
        BundlePlan plan = CATALOG.plan(tl, DAY, Set.of());
        assertThat(plan.members()).extracting(PlannedMember::id).containsExactly("T5", "T6");
        PlannedMember t5 = plan.members().get(0);
        PlannedMember t6 = plan.members().get(1);
        assertThat(t5.startsAfter()).isEmpty();
        assertThat(t5.resumedBy()).containsExactly("T6");
        assertThat(t6.startsAfter()).containsExactly("T5");
        assertThat(plan.applicantComponents()).extracting(a -> a.member() + ":" + a.component().code())
                .containsExactly("T5:FILE5", "T6:DECL6");
    }

    @Test
    void the_plan_follows_the_member_versions_of_its_day() {
        LocalDate later = LocalDate.of(2026, 9, 1);
        BundlePlan plan = CATALOG.plan(CATALOG.bundle("TB", later).orElseThrow(), later, Set.of());
        assertThat(plan.members().get(0).procedure().version()).isEqualTo(3);
        assertThat(plan.applicantComponents()).extracting(a -> a.component().code())
                .containsExactly("FORM1", "REQUESTER_ID", "FORM2");
    }

    @Test
    void an_unknown_option_is_refused_with_the_ones_that_exist() {
        assertThatThrownBy(() -> CATALOG.plan(TB, DAY, Set.of("OPT_Z")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bundle TB has no option OPT_Z; its options are OPT_A, OPT_B");
    }
}
