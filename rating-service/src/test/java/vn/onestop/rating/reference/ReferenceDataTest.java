package vn.onestop.rating.reference;

import vn.onestop.rating.reference.domain.Scope;
import vn.onestop.rating.reference.domain.ReferenceData;
import vn.onestop.rating.reference.domain.ProcedureRef;
import vn.onestop.rating.reference.domain.AdministrativeUnit;
import vn.onestop.rating.support.ReferenceSnapshot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** intake's reference data as CatalogPublished carries it, and the scopes it gives. */
class ReferenceDataTest {

    static ReferenceData data;

    @BeforeAll
    static void load() {
        data = ReferenceData.fromSnapshot(ReferenceSnapshot.seed());
    }

    @ParameterizedTest(name = "unit {0}, level {1}: {2} {3}")
    @CsvSource(nullValues = "-", value = {
            "-, -, PROVINCE, 96",
            "96, -, PROVINCE, 96",
            "96001, -, UNIT, 96001",
            "000.01.20.H22, -, AGENCY, 000.01.20.H22",
            "-, COMMUNE, PROVINCE, 96"})
    void scopes(String unit, String level, Scope.Kind kind, String code) {
        Scope scope = data.scope(unit, level);
        assertThat(scope.kind()).isEqualTo(kind);
        assertThat(scope.code()).isEqualTo(code);
    }

    @Test
    void the_whole_province_counts_every_agency_even_unlisted_ones() {
        Scope province = data.scope(null, null);
        assertThat(province.containsDossier("H22", null)).isTrue();
        assertThat(data.scope(null, "COMMUNE").containsDossier("H22", null)).isFalse();
    }

    @Test
    void a_unit_aggregates_its_agencies_and_a_dossier_belongs_by_competent_or_receiving_agency() {
        Scope anXuyen = data.scope("96001", null);
        assertThat(anXuyen.agencies()).containsExactlyInAnyOrder("000.01.20.H22", "001.01.20.H22", "002.01.20.H22");
        assertThat(anXuyen.containsDossier("000.00.05.H22", "002.01.20.H22")).as("received there").isTrue();
        assertThat(anXuyen.containsDossier("000.01.20.H22", "002.02.20.H22")).as("competent there").isTrue();
        assertThat(anXuyen.containsDossier("000.02.20.H22", "002.02.20.H22")).isFalse();
    }

    @Test
    void levels_narrow_the_province() {
        Scope communes = data.scope("96", "COMMUNE");
        assertThat(communes.agencies()).hasSize(12).allMatch(a -> a.contains(".20.H22"));
        Scope provincial = data.scope(null, "PROVINCE");
        assertThat(provincial.agencies()).hasSize(7);
        assertThat(data.scope("000.01.20.H22", "PROVINCE").agencies()).isEmpty();
    }

    @Test
    void units_of_a_level_and_procedures() {
        assertThat(data.unitsOfLevel("COMMUNE")).extracting(AdministrativeUnit::code)
                .containsExactly("96001", "96002", "96003", "96004");
        assertThat(data.procedure("P1")).map(ProcedureRef::nationalCode).contains("1.001193");
        assertThat(data.procedure("P3")).map(ProcedureRef::nationalCode).isEmpty();
    }

    @Test
    void unknown_units_and_levels_name_the_field() {
        assertThatThrownBy(() -> data.scope("nowhere", null)).hasMessageStartingWith("unit:");
        assertThatThrownBy(() -> data.scope(null, "DISTRICT")).hasMessageStartingWith("level:");
    }

    @Test
    void data_with_two_provinces_is_refused() {
        assertThatThrownBy(() -> new ReferenceData(List.of("PROVINCE"),
                List.of(new AdministrativeUnit("1", "a", null, "PROVINCE", null),
                        new AdministrativeUnit("2", "b", null, "PROVINCE", null)), List.of(), List.of()))
                .hasMessageContaining("exactly one unit without parent");
    }
}
