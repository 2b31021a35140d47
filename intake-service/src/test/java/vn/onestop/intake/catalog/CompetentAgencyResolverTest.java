package vn.onestop.intake.catalog;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.onestop.intake.catalog.domain.Catalog;
import vn.onestop.intake.catalog.domain.CompetentAgencyResolver;
import vn.onestop.intake.catalog.domain.Procedure;
import vn.onestop.intake.catalog.domain.UnresolvedAgencyException;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Fixture: province 01 with communes 01001 (People's Committee, police, centre) and 01002 (People's
 * Committee, centre, no police); province 02 with commune 02001. T1 is a commune People's Committee
 * procedure, T2 commune police, T3 provincial social security.
 */
class CompetentAgencyResolverTest {

    private static final Catalog CATALOG = CatalogFixture.load();
    private static final CompetentAgencyResolver RESOLVER = CATALOG.competentAgencies();
    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    private static Procedure procedure(String id) {
        return CATALOG.procedure(id, DAY).orElseThrow();
    }

    @ParameterizedTest(name = "{0} received at {1}, applicant in {2} → {3}")
    @CsvSource(nullValues = "-", value = {
            // commune procedure at a commune centre: that commune's agency
            "T1, 002.01.20.T01, -,     000.01.20.T01",
            "T1, 002.02.20.T01, -,     000.02.20.T01",
            "T2, 002.01.20.T01, -,     001.01.20.T01",
            // province procedure at a commune centre: up to the province's agency
            "T3, 002.01.20.T01, -,     000.00.02.T01",
            "T3, 000.00.01.T01, -,     000.00.02.T01",
            // boundary-free: received anywhere in the province, decided where the applicant lives
            "T1, 002.02.20.T01, 01001, 000.01.20.T01",
            "T1, 000.00.01.T01, 01002, 000.02.20.T01",
            "T2, 002.02.20.T01, 01001, 001.01.20.T01",
            "T3, 002.02.20.T01, 01001, 000.00.02.T01",
            "T3, 000.00.01.T02, 02,    000.00.02.T02",
    })
    void names_the_competent_agency(String procedureId, String receiving, String applicantUnit, String expected) {
        assertThat(RESOLVER.resolve(procedure(procedureId), receiving, applicantUnit).code()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} received at {1}, applicant in {2} → {3}")
    @CsvSource(nullValues = "-", value = {
            "T1, 999.99.99.T01, -,     UNKNOWN_RECEIVING_AGENCY,   receivingAgency, no agency 999.99.99.T01",
            "T1, 000.00.02.T01, -,     NOT_A_RECEIVING_AGENCY,     receivingAgency, does not receive dossiers",
            "T1, 002.01.20.T01, 01999, UNKNOWN_APPLICANT_UNIT,     applicantUnit,   no administrative unit 01999",
            "T1, 002.01.20.T01, 02001, OUTSIDE_PROVINCE,           applicantUnit,   boundary-free intake ends at the province",
            "T1, 000.00.01.T01, -,     UNIT_ABOVE_PROCEDURE_LEVEL, receivingAgency, is handled at COMMUNE level but unit 01",
            "T1, 000.00.01.T01, 01,    UNIT_ABOVE_PROCEDURE_LEVEL, applicantUnit,   give the applicant's unit at COMMUNE level",
            "T2, 002.02.20.T01, -,     NO_COMPETENT_AGENCY,        receivingAgency, no POLICE agency in 01002",
            "T2, 000.00.01.T01, 01002, NO_COMPETENT_AGENCY,        applicantUnit,   no POLICE agency in 01002",
    })
    void says_why_it_cannot(String procedureId, String receiving, String applicantUnit,
                            UnresolvedAgencyException.Reason reason, String field, String message) {
        UnresolvedAgencyException e = catchThrowableOfType(UnresolvedAgencyException.class,
                () -> RESOLVER.resolve(procedure(procedureId), receiving, applicantUnit));
        assertThat(e).isNotNull();
        assertThat(e.reason()).isEqualTo(reason);
        assertThat(e.field()).isEqualTo(field);
        assertThat(e.getMessage()).contains(message);
    }

    /** The seed: a construction permit (P12) is decided where the parcel lies, whatever the applicant's commune. */
    @ParameterizedTest(name = "P12 received at {0}, applicant in {1}, parcel in {2} → {3}")
    @CsvSource(nullValues = "-", value = {
            "002.01.20.H22, 96001, 96002, 000.02.20.H22",
            "000.00.01.H22, 96003, 96001, 000.01.20.H22",
            "002.04.20.H22, -,     96004, 000.04.20.H22",
    })
    void land_and_construction_go_where_the_parcel_lies(String receiving, String applicantUnit, String parcel,
                                                         String expected) {
        Catalog seed = SeedCatalogTest.SEED;
        Procedure p12 = seed.procedure("P12", DAY).orElseThrow();
        assertThat(seed.competentAgencies().resolve(p12, receiving, applicantUnit, parcel).code()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(nullValues = "-", value = {
            "P12, -,     MISSING_SUBJECT_UNIT, land parcel lies",
            "P4,  -,     MISSING_SUBJECT_UNIT, deceased's last residence",
            "P12, 96999, UNKNOWN_SUBJECT_UNIT, no administrative unit 96999",
            "P12, 96,    UNIT_ABOVE_PROCEDURE_LEVEL, give the subject's unit at COMMUNE level",
    })
    void the_subject_unit_is_required_and_checked(String procedureId, String subject,
                                                  UnresolvedAgencyException.Reason reason, String message) {
        Catalog seed = SeedCatalogTest.SEED;
        UnresolvedAgencyException e = catchThrowableOfType(UnresolvedAgencyException.class, () -> seed.competentAgencies()
                .resolve(seed.procedure(procedureId, DAY).orElseThrow(), "002.01.20.H22", "96001", subject));
        assertThat(e).isNotNull();
        assertThat(e.reason()).isEqualTo(reason);
        assertThat(e.field()).isEqualTo("subjectUnit");
        assertThat(e.getMessage()).contains(message);
    }
}
