package vn.onestop.results.result.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ValidityPolicyTest {

    private static final ValidityPolicy POLICY = ValidityPolicy.standard();
    /** 10:00 in the province on 15 September 2026. */
    private static final OffsetDateTime ISSUED = OffsetDateTime.parse("2026-09-15T03:00:00Z");

    /**
     * procedure, kind, the data's validUntil (empty: none), childDateOfBirth (empty: none), the
     * expected end of validity (empty: does not expire).
     */
    @ParameterizedTest(name = "{0} {1} validUntil={2} born={3} -> {4}")
    @CsvSource(nullValues = "", value = {
            // certificates, records, decisions, receipts and certified copies do not expire
            "P1,  CERTIFICATE,    ,                          ,           ",
            "P4,  CERTIFICATE,    ,                          ,           ",
            "P8,  CERTIFICATE,    ,                          ,           ",
            "P10, CERTIFICATE,    ,                          ,           ",
            "P2,  RECORD_UPDATE,  ,                          ,           ",
            "P6,  DECISION,       ,                          ,           ",
            "P11, TAX_RECEIPT,    ,                          ,           ",
            "P13, CERTIFIED_COPY, ,                          ,           ",
            // a procedure without a rule of its own takes its kind's
            "X9,  CERTIFICATE,    ,                          ,           ",
            // a licence: 12 months from the issue date, to the end of that day in the province
            "P12, LICENCE,        ,                          ,           2027-09-15T23:59:59+07:00",
            "X9,  LICENCE,        ,                          ,           2027-09-15T23:59:59+07:00",
            // the officer's validUntil wins: a date is valid through that day in the province
            "P12, LICENCE,        2028-03-31,                ,           2028-03-31T23:59:59+07:00",
            "P1,  CERTIFICATE,    2030-01-01,                ,           2030-01-01T23:59:59+07:00",
            "P13, CERTIFIED_COPY, 2026-12-31,                ,           2026-12-31T23:59:59+07:00",
            // ... a date-time with offset is taken as given, cut to whole seconds
            "P12, LICENCE,        2027-06-30T17:00:00+07:00, ,           2027-06-30T17:00:00+07:00",
            "P12, LICENCE,        2027-06-30T10:00:00.75Z,   ,           2027-06-30T10:00:00Z",
            // the issue day itself is still valid
            "P13, CERTIFIED_COPY, 2026-09-15,                ,           2026-09-15T23:59:59+07:00",
            // P3, health-insurance card of a child under 6: 72 months old, or 30 September of that year
            "P3,  CERTIFICATE,    ,                          2021-03-10, 2027-09-30T23:59:59+07:00",
            "P3,  CERTIFICATE,    ,                          2021-09-30, 2027-09-30T23:59:59+07:00",
            "P3,  CERTIFICATE,    ,                          2021-11-05, 2027-11-05T23:59:59+07:00",
            "P3,  CERTIFICATE,    ,                          2020-12-31, 2026-12-31T23:59:59+07:00",
            "P3,  CERTIFICATE,    ,                          ,           ",
            "P3,  CERTIFICATE,    2027-12-31,                2021-03-10, 2027-12-31T23:59:59+07:00",
    })
    void valid_until(String procedure, ResultKind kind, String validUntil, String childDateOfBirth, String expected) {
        Map<String, Object> data = new HashMap<>();
        if (validUntil != null) {
            data.put("validUntil", validUntil);
        }
        if (childDateOfBirth != null) {
            data.put("childDateOfBirth", childDateOfBirth);
        }
        assertThat(POLICY.validUntil(procedure, kind, ISSUED, data))
                .isEqualTo(java.util.Optional.ofNullable(expected).map(OffsetDateTime::parse));
    }

    @ParameterizedTest
    @EnumSource(ResultKind.class)
    void every_kind_has_a_rule_and_no_data_is_needed(ResultKind kind) {
        assertThat(POLICY.validUntil("X9", kind, ISSUED, null)).isEqualTo(POLICY.validUntil("X9", kind, ISSUED, Map.of()));
    }

    @Test
    void a_null_valid_until_is_no_valid_until() {
        Map<String, Object> data = new HashMap<>();
        data.put("validUntil", null);
        assertThat(POLICY.validUntil("P1", ResultKind.CERTIFICATE, ISSUED, data)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/12/2027", "2027-13-01", "2027-06-30T17:00:00", "soon", " "})
    void a_valid_until_that_is_not_a_date_is_refused(String validUntil) {
        assertThatThrownBy(() -> POLICY.validUntil("P12", ResultKind.LICENCE, ISSUED, Map.of("validUntil", validUntil)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("validUntil");
    }

    @Test
    void a_valid_until_that_is_not_a_string_is_refused() {
        assertThatThrownBy(() -> POLICY.validUntil("P12", ResultKind.LICENCE, ISSUED, Map.of("validUntil", 20271231)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("validUntil");
    }

    @Test
    void a_result_cannot_expire_before_it_is_issued() {
        assertThatThrownBy(() -> POLICY.validUntil("P12", ResultKind.LICENCE, ISSUED, Map.of("validUntil", "2026-09-14")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before the issue");
        assertThatThrownBy(() -> POLICY.validUntil("P3", ResultKind.CERTIFICATE, ISSUED,
                Map.of("childDateOfBirth", "2019-01-01"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> POLICY.validUntil("P3", ResultKind.CERTIFICATE, ISSUED,
                Map.of("childDateOfBirth", "10/03/2021"))).hasMessageContaining("childDateOfBirth");
    }
}
