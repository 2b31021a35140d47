package vn.onestop.intake.catalog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.onestop.intake.catalog.domain.BundlePlan;
import vn.onestop.intake.catalog.domain.BundlePlan.PlannedMember;
import vn.onestop.intake.catalog.domain.Catalog;
import vn.onestop.intake.catalog.domain.CatalogEntry;
import vn.onestop.intake.catalog.domain.Procedure;
import vn.onestop.intake.catalog.domain.ResultKind;
import vn.onestop.intake.catalog.loading.CatalogLoader;
import vn.onestop.workingtime.TimeLimitUnit;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The seeded catalog (src/main/resources/catalog) loads, and says what BRIEF §6 and §7 say. */
class SeedCatalogTest {

    static final List<String> FILES = List.of("catalog/administration.json", "catalog/procedures.json",
            "catalog/bundles.json");
    static final Catalog SEED = CatalogLoader.load(FILES);
    private static final LocalDate DAY = LocalDate.of(2026, 5, 1);

    private static Procedure procedure(String id) {
        return SEED.procedure(id, DAY).orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", value = {
            "P1,  1.001193, PEOPLES_COMMITTEE,     COMMUNE,  1,  SAME_DAY,      CERTIFICATE",
            "P2,  1.004222, POLICE,                COMMUNE,  7,  WORKING_DAYS,  RECORD_UPDATE",
            "P3,  -,        SOCIAL_SECURITY,       PROVINCE, 3,  WORKING_DAYS,  CERTIFICATE",
            "P4,  1.000656, PEOPLES_COMMITTEE,     COMMUNE,  1,  SAME_DAY,      CERTIFICATE",
            "P5,  -,        POLICE,                COMMUNE,  1,  WORKING_DAYS,  RECORD_UPDATE",
            "P6,  -,        SOCIAL_SECURITY,       PROVINCE, 5,  WORKING_DAYS,  DECISION",
            "P7,  -,        SOCIAL_SECURITY,       PROVINCE, 5,  WORKING_DAYS,  DECISION",
            "P8,  -,        BUSINESS_REGISTRATION, PROVINCE, 3,  WORKING_DAYS,  CERTIFICATE",
            "P9,  -,        BUSINESS_REGISTRATION, PROVINCE, 3,  WORKING_DAYS,  RECORD_UPDATE",
            "P10, -,        LAND_REGISTRATION,     PROVINCE,  8, WORKING_DAYS,  CERTIFICATE",
            "P11, -,        TAX,                   PROVINCE, 5,  WORKING_DAYS,  TAX_RECEIPT",
            "P12, -,        PEOPLES_COMMITTEE,     COMMUNE,  15, CALENDAR_DAYS, LICENCE",
            "P13, -,        PEOPLES_COMMITTEE,     COMMUNE,  1,  SAME_DAY,      CERTIFIED_COPY",
    })
    void seeds_the_procedures_of_the_brief(String id, String nationalCode, String agencyType, String level, int limit,
                                           TimeLimitUnit unit, ResultKind resultKind) {
        Procedure p = procedure(id);
        assertThat(p.nationalCode()).isEqualTo(nationalCode);
        assertThat(p.competentAgency().type()).isEqualTo(agencyType);
        assertThat(p.competentAgency().level()).isEqualTo(level);
        assertThat(p.timeLimit().value()).isEqualTo(limit);
        assertThat(p.timeLimit().unit()).isEqualTo(unit);
        assertThat(p.resultKind()).isEqualTo(resultKind);
        if (nationalCode == null) {
            assertThat(p.verify()).as("an entry without a national code is marked verify").isTrue();
        }
        assertThat(p.components()).isNotEmpty();
        assertThat(p.requiredResultFields()).isNotEmpty();
    }

    @Test
    void birth_registration_publishes_its_components_and_result_fields() {
        Procedure p1 = procedure("P1");
        assertThat(p1.requiredComponents()).extracting(c -> c.code())
                .containsExactly("BIRTH_REGISTRATION_FORM", "BIRTH_NOTICE", "REQUESTER_ID");
        assertThat(p1.component("BIRTH_NOTICE").orElseThrow().name()).isEqualTo("Giấy chứng sinh do cơ sở y tế cấp");
        assertThat(p1.requiredResultFields()).contains("childPersonalId", "childFullName", "birthCertificateNumber");
        assertThat(p1.timeLimit().cutoff()).hasToString("15:00");
        assertThat(p1.component("BIRTH_NOTICE").orElseThrow().acceptsFormat("application/pdf")).isTrue();
        assertThat(p1.component("BIRTH_NOTICE").orElseThrow().acceptsFormat("application/zip")).isFalse();
    }

    @Test
    void only_the_certified_copy_is_done_on_the_spot() {
        assertThat(SEED.inForceOn(DAY)).filteredOn(e -> e instanceof Procedure p && p.instant())
                .extracting(CatalogEntry::id).containsExactly("P13");
    }

    @Test
    void the_birth_bundle_never_asks_for_the_birth_certificate_and_promises_three_working_days() {
        var bundle = SEED.bundle("BIRTH_BUNDLE", DAY).orElseThrow();
        assertThat(bundle.endToEndLimit().value()).isEqualTo(3);
        assertThat(bundle.endToEndLimit().unit()).isEqualTo(TimeLimitUnit.WORKING_DAYS);
        BundlePlan plan = SEED.fullPlan(bundle, DAY);
        assertThat(plan.members()).extracting(PlannedMember::id).containsExactly("P1", "P2", "P3");
        assertThat(plan.members().get(1).startsAfter()).containsExactly("P1");
        assertThat(plan.members().get(2).startsAfter()).containsExactly("P1");
        assertThat(plan.applicantComponents()).extracting(a -> a.component().code()).doesNotContain("BIRTH_CERT")
                .contains("BIRTH_NOTICE", "RESIDENCE_CHANGE_FORM", "HEALTH_INSURANCE_FORM");
    }

    @ParameterizedTest(name = "death bundle with {0} → {1} procedures")
    @CsvSource(delimiter = '|', value = {
            "''                                   | P4 P5",
            "FUNERAL_ALLOWANCE                    | P4 P5 P6",
            "FUNERAL_ALLOWANCE SURVIVOR_ALLOWANCE | P4 P5 P6 P7",
            "SURVIVOR_ALLOWANCE                   | P4 P5 P7",
    })
    void the_death_bundle_has_two_three_or_four_procedures(String options, String members) {
        var bundle = SEED.bundle("DEATH_BUNDLE", DAY).orElseThrow();
        Set<String> chosen = options.isBlank() ? Set.of() : Set.of(options.split(" "));
        BundlePlan plan = SEED.plan(bundle, DAY, chosen);
        assertThat(plan.members()).extracting(PlannedMember::id).containsExactly(members.split(" "));
        assertThat(plan.applicantComponents()).extracting(a -> a.component().code()).doesNotContain("DEATH_EXTRACT");
    }

    @Test
    void business_start_up_feeds_the_enterprise_certificate_to_the_registrations() {
        BundlePlan plan = SEED.fullPlan(SEED.bundle("BUSINESS_STARTUP", DAY).orElseThrow(), DAY);
        assertThat(plan.members()).extracting(PlannedMember::id).containsExactly("P8", "P9");
        assertThat(plan.applicantComponents()).extracting(a -> a.component().code()).doesNotContain("ENTERPRISE_REG_CERT");
    }

    @Test
    void land_transfer_pauses_for_the_tax_and_feeds_the_permit() {
        BundlePlan plan = SEED.fullPlan(SEED.bundle("LAND_TAX_PERMIT", DAY).orElseThrow(), DAY);
        assertThat(plan.members()).extracting(PlannedMember::id).containsExactly("P10", "P11", "P12");
        assertThat(plan.members().get(0).resumedBy()).containsExactly("P11");
        assertThat(plan.members().get(1).startsAfter()).containsExactly("P10");
        assertThat(plan.members().get(2).startsAfter()).containsExactly("P10");
        assertThat(plan.applicantComponents()).extracting(a -> a.member() + ":" + a.component().code())
                .contains("P10:LAND_RIGHT_CERT")
                .doesNotContain("P10:TAX_RECEIPT", "P11:TRANSFER_FILE", "P12:LAND_RIGHT_CERT");
    }

    @Test
    void every_procedure_can_be_routed_from_every_service_centre() {
        var centres = SEED.administration().agencies().stream().filter(a -> a.receivesDossiers()).toList();
        assertThat(centres).extracting(a -> a.code()).contains("000.00.01.H22");
        var communes = SEED.administration().units().stream().filter(u -> u.level().equals("COMMUNE")).toList();
        for (CatalogEntry entry : SEED.inForceOn(DAY)) {
            if (entry instanceof Procedure p) {
                for (var centre : centres) {
                    for (var commune : communes) {
                        var agency = SEED.competentAgencies().resolve(p, centre.code(), commune.code(), commune.code());
                        assertThat(agency.type()).isEqualTo(p.competentAgency().type());
                        assertThat(agency.level()).isEqualTo(p.competentAgency().level());
                    }
                }
            }
        }
    }

    /** The construction permit changed with the law: the version in force decides, by the day of receipt. */
    @Test
    void the_construction_permit_has_its_2026_limit_from_1_july() {
        var before = SEED.procedure("P12", LocalDate.of(2026, 6, 30)).orElseThrow();
        var after = SEED.procedure("P12", LocalDate.of(2026, 7, 1)).orElseThrow();
        assertThat(before.version()).isEqualTo(1);
        assertThat(before.timeLimit()).isEqualTo(vn.onestop.intake.catalog.domain.TimeLimit.of(15,
                vn.onestop.workingtime.TimeLimitUnit.CALENDAR_DAYS));
        assertThat(after.version()).isEqualTo(2);
        assertThat(after.timeLimit()).isEqualTo(vn.onestop.intake.catalog.domain.TimeLimit.of(7,
                vn.onestop.workingtime.TimeLimitUnit.WORKING_DAYS));
        assertThat(after.competentAgency().by()).isEqualTo(vn.onestop.intake.catalog.domain.PlaceBasis.PARCEL);
    }
}
