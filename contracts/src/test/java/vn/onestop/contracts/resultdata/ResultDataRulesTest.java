package vn.onestop.contracts.resultdata;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** The formats of result fields, against a fixed decision day (the rules never read the clock). */
class ResultDataRulesTest {

    private static final LocalDate DECIDED = LocalDate.of(2031, 3, 14);

    private static ResultFieldRule field(ResultFieldType type) {
        return new ResultFieldRule("f", true, type, DecisionBound.NONE);
    }

    private static ResultFieldRule date(DecisionBound bound) {
        return new ResultFieldRule("f", true, ResultFieldType.DATE, bound);
    }

    static Stream<Arguments> values() {
        String longText = "x".repeat(ResultDataRules.MAX_TEXT_LENGTH + 1);
        return Stream.of(
                // rule, value, accepted, why
                arguments(field(ResultFieldType.TEXT), "123/2031", true, "text"),
                arguments(field(ResultFieldType.TEXT), "x".repeat(ResultDataRules.MAX_TEXT_LENGTH), true, "longest text"),
                arguments(field(ResultFieldType.TEXT), longText, false, "text too long"),
                arguments(field(ResultFieldType.TEXT), 42, false, "a number is not text"),
                arguments(field(ResultFieldType.TEXT), Map.of("a", 1), false, "an object is not text"),
                arguments(field(ResultFieldType.DATE), "2031-03-14", true, "the decision day"),
                arguments(field(ResultFieldType.DATE), "1990-01-31", true, "a date long ago"),
                arguments(field(ResultFieldType.DATE), "2099-12-31", true, "any date when unbound"),
                arguments(field(ResultFieldType.DATE), "2031-02-30", false, "no such day"),
                arguments(field(ResultFieldType.DATE), "14/03/2031", false, "Vietnamese order is not the format"),
                arguments(field(ResultFieldType.DATE), "2031-03-14T10:00:00+07:00", false, "a date-time is not a date"),
                arguments(field(ResultFieldType.DATE), "1899-12-31", false, "before 1900"),
                arguments(field(ResultFieldType.DATE), 20310314, false, "a number is not a date"),
                arguments(date(DecisionBound.NOT_AFTER_DECISION), "2031-03-14", true, "born on the decision day"),
                arguments(date(DecisionBound.NOT_AFTER_DECISION), "2031-03-13", true, "born the day before"),
                arguments(date(DecisionBound.NOT_AFTER_DECISION), "2031-03-15", false, "born after the decision"),
                arguments(date(DecisionBound.NOT_BEFORE_DECISION), "2031-03-14", true, "valid through the decision day"),
                arguments(date(DecisionBound.NOT_BEFORE_DECISION), "2032-03-14", true, "valid for a year"),
                arguments(date(DecisionBound.NOT_BEFORE_DECISION), "2031-03-13", false, "born expired"),
                arguments(field(ResultFieldType.PERSONAL_ID), "079226000888", true, "Hồ Chí Minh City"),
                arguments(field(ResultFieldType.PERSONAL_ID), "001090000001", true, "Hà Nội, the first province code"),
                arguments(field(ResultFieldType.PERSONAL_ID), "096185000321", true, "Cà Mau, the last province code"),
                arguments(field(ResultFieldType.PERSONAL_ID), "000185000321", false, "province code 000"),
                arguments(field(ResultFieldType.PERSONAL_ID), "097185000321", false, "province code 097"),
                arguments(field(ResultFieldType.PERSONAL_ID), "07922600088", false, "11 digits"),
                arguments(field(ResultFieldType.PERSONAL_ID), "0792260008881", false, "13 digits"),
                arguments(field(ResultFieldType.PERSONAL_ID), "079 226 000 888", false, "spaces"),
                arguments(field(ResultFieldType.PERSONAL_ID), "Z79226000888", false, "a letter"),
                arguments(field(ResultFieldType.PERSONAL_ID), 79226000888L, false, "a number loses the leading zero"),
                arguments(field(ResultFieldType.TAX_CODE), "0312345678", true, "an enterprise"),
                arguments(field(ResultFieldType.TAX_CODE), "0312345678-001", true, "a branch"),
                arguments(field(ResultFieldType.TAX_CODE), "031234567", false, "9 digits"),
                arguments(field(ResultFieldType.TAX_CODE), "0312345678-01", false, "a short branch suffix"),
                arguments(field(ResultFieldType.AMOUNT_VND), 0, true, "nothing to pay"),
                arguments(field(ResultFieldType.AMOUNT_VND), 25_000_000L, true, "a long"),
                arguments(field(ResultFieldType.AMOUNT_VND), new BigInteger("100000000000000000000"), true, "a big integer"),
                arguments(field(ResultFieldType.AMOUNT_VND), -1, false, "negative"),
                arguments(field(ResultFieldType.AMOUNT_VND), 1.5, false, "a fraction of a đồng"),
                arguments(field(ResultFieldType.AMOUNT_VND), "25000000", false, "a string of digits is not a number"),
                arguments(field(ResultFieldType.COUNT), 1, true, "one page"),
                arguments(field(ResultFieldType.COUNT), 0, false, "no page"),
                arguments(field(ResultFieldType.BOOLEAN), true, true, "true"),
                arguments(field(ResultFieldType.BOOLEAN), "true", false, "the text true"));
    }

    @ParameterizedTest(name = "{3}: {1}")
    @MethodSource("values")
    void eachTypeAcceptsItsFormatOnly(ResultFieldRule rule, Object value, boolean accepted, String why) {
        List<ResultDataRules.Violation> violations = ResultDataRules.check(List.of(rule), Map.of("f", value), DECIDED, true);

        if (accepted) {
            assertThat(violations).as(why).isEmpty();
        } else {
            assertThat(violations).as(why).singleElement().satisfies(v -> {
                assertThat(v.field()).isEqualTo("f");
                assertThat(v.message()).isNotBlank();
            });
        }
    }

    @Test
    void everyWrongFieldIsNamedAtOnceInTheOrderOfTheProcedure() {
        List<ResultFieldRule> p12 = List.of(
                new ResultFieldRule("permitNumber", true),
                new ResultFieldRule("ownerPersonalId", true, ResultFieldType.PERSONAL_ID, DecisionBound.NONE),
                new ResultFieldRule("validUntil", false, ResultFieldType.DATE, DecisionBound.NOT_BEFORE_DECISION));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("validUntil", "2026-11-26");
        data.put("ownerPersonalId", "12345");

        assertThat(ResultDataRules.check(p12, data, DECIDED, true))
                .extracting(ResultDataRules.Violation::field)
                .containsExactly("permitNumber", "ownerPersonalId", "validUntil");
        assertThat(ResultDataRules.check(p12, data, DECIDED, true).get(2).message())
                .contains("2031-03-14", "2026-11-26", "expired");
    }

    @Test
    void missingMeansAbsentNullOrBlankAndCountsOnlyWhenEverythingIsRequired() {
        List<ResultFieldRule> fields = List.of(new ResultFieldRule("a", true), new ResultFieldRule("b", true),
                new ResultFieldRule("c", true), new ResultFieldRule("optional", false));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("b", null);
        data.put("c", "  ");

        assertThat(ResultDataRules.check(fields, data, DECIDED, true)).containsExactly(
                new ResultDataRules.Violation("a", "is required to approve"),
                new ResultDataRules.Violation("b", "is required to approve"),
                new ResultDataRules.Violation("c", "is required to approve"));
        assertThat(ResultDataRules.check(fields, data, DECIDED, false)).isEmpty();
    }

    @Test
    void correctedDataRecordsFactsByTheDecisionAndStaysValidOnTheDayOfTheIssue() {
        LocalDate issue = DECIDED.plusDays(10);
        List<ResultFieldRule> fields = List.of(
                new ResultFieldRule("registeredOn", true, ResultFieldType.DATE, DecisionBound.NOT_AFTER_DECISION),
                new ResultFieldRule("validUntil", true, ResultFieldType.DATE, DecisionBound.NOT_BEFORE_DECISION));

        assertThat(ResultDataRules.check(fields, Map.of("registeredOn", DECIDED.toString(), "validUntil", issue.toString()),
                DECIDED, issue, true)).isEmpty();
        assertThat(ResultDataRules.check(fields, Map.of("registeredOn", DECIDED.plusDays(1).toString(),
                "validUntil", issue.minusDays(1).toString()), DECIDED, issue, true))
                .extracting(ResultDataRules.Violation::message)
                .containsExactly("must not be after the day of the decision (2031-03-14), not 2031-03-15",
                        "must not be before the day of the issue (2031-03-24): the result would be born expired, "
                                + "not 2031-03-23");
    }

    @Test
    void fieldsTheProcedureDoesNotDeclareAreLeftAlone() {
        assertThat(ResultDataRules.check(List.of(new ResultFieldRule("a", false, ResultFieldType.DATE, DecisionBound.NONE)),
                Map.of("archiveBox", 7), DECIDED, true)).isEmpty();
    }

    @Test
    void onlyADateCanBeBoundToTheDecision() {
        assertThatThrownBy(() -> new ResultFieldRule("n", true, ResultFieldType.TEXT, DecisionBound.NOT_BEFORE_DECISION))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only a DATE");
        assertThat(new ResultFieldRule("n", true, null, null))
                .isEqualTo(new ResultFieldRule("n", true, ResultFieldType.TEXT, DecisionBound.NONE));
    }
}
