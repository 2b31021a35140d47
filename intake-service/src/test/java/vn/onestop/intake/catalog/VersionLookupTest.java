package vn.onestop.intake.catalog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.onestop.intake.catalog.domain.Catalog;
import vn.onestop.intake.catalog.domain.CatalogEntry;
import vn.onestop.workingtime.TimeLimitUnit;

import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** "The version in force at a date": T1 has v1 (2025 H2), v2 (2026 H1) and v3 (from 1 Jul 2026, open-ended). */
class VersionLookupTest {

    private static final Catalog CATALOG = CatalogFixture.load();

    @ParameterizedTest(name = "T1 on {0} → v{1}")
    @CsvSource({
            "2025-06-30, 0",
            "2025-07-01, 1",
            "2025-12-31, 1",
            "2026-01-01, 2",
            "2026-06-30, 2",
            "2026-07-01, 3",
            "2099-01-01, 3",
    })
    void finds_the_version_in_force(LocalDate day, int expectedVersion) {
        Optional<Integer> version = CATALOG.inForce("T1", day).map(CatalogEntry::version);
        if (expectedVersion == 0) {
            assertThat(version).isEmpty();
        } else {
            assertThat(version).contains(expectedVersion);
        }
    }

    @Test
    void each_version_carries_its_own_components_and_limit() {
        var v2 = CATALOG.procedure("T1", LocalDate.of(2026, 3, 1)).orElseThrow();
        var v3 = CATALOG.procedure("T1", LocalDate.of(2026, 9, 1)).orElseThrow();
        assertThat(v2.component("EXTRA")).isPresent();
        assertThat(v2.timeLimit().unit()).isEqualTo(TimeLimitUnit.SAME_DAY);
        assertThat(v2.timeLimit().cutoff()).hasToString("15:00");
        assertThat(v3.component("EXTRA")).isEmpty();
        assertThat(v3.timeLimit().value()).isEqualTo(2);
        assertThat(v3.timeLimit().unit()).isEqualTo(TimeLimitUnit.WORKING_DAYS);
    }

    @Test
    void versions_are_listed_oldest_first_and_unknown_ids_have_none() {
        assertThat(CATALOG.versions("T1")).extracting(CatalogEntry::version).containsExactly(1, 2, 3);
        assertThat(CATALOG.versions("T404")).isEmpty();
        assertThat(CATALOG.inForce("T404", LocalDate.of(2026, 1, 1))).isEmpty();
    }

    @Test
    void a_procedure_lookup_does_not_return_a_bundle_and_vice_versa() {
        LocalDate day = LocalDate.of(2026, 1, 1);
        assertThat(CATALOG.procedure("TB", day)).isEmpty();
        assertThat(CATALOG.bundle("TB", day)).isPresent();
        assertThat(CATALOG.bundle("T1", day)).isEmpty();
    }

    @Test
    void the_list_of_a_day_has_one_version_per_id_procedures_first_in_natural_order() {
        assertThat(CATALOG.inForceOn(LocalDate.of(2026, 3, 1)))
                .extracting(CatalogEntry::label)
                .containsExactly("T1 v2", "T2 v1", "T3 v1", "T4 v1", "T5 v1", "T6 v1", "T7 v1", "TB v1", "TL v1");
    }
}
