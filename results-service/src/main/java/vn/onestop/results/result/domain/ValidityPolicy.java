package vn.onestop.results.result.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

/**
 * Until when a result is valid (docs/results.md, "Validity"). In this order:
 * <ol>
 *   <li>{@code validUntil} in the decision's result data, when the deciding officer entered it:
 *       a date ({@code 2027-09-15}: valid through the end of that day in the province) or a
 *       date-time with offset;</li>
 *   <li>a rule of the procedure ({@link #BY_PROCEDURE});</li>
 *   <li>the rule of the result's kind ({@link #byKind}).</li>
 * </ol>
 * Rules marked <i>verify</i> follow the law as we read it and must be confirmed with the
 * province's legal department. Times are cut to whole seconds, as the canonical form signs them.
 */
public final class ValidityPolicy {

    /** The province's zone: a date ends at midnight there. */
    public static final ZoneId PROVINCE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** The result data field a deciding officer may fill in. */
    public static final String VALID_UNTIL = "validUntil";

    /** How a rule computes the end of validity; empty when the result does not expire. */
    @FunctionalInterface
    interface Rule {
        Optional<OffsetDateTime> validUntil(OffsetDateTime issuedAt, Map<String, ?> data);
    }

    static final Rule NO_EXPIRY = (issuedAt, data) -> Optional.empty();

    /**
     * Procedures whose results expire although their kind does not. P3, the health-insurance card
     * of a child under 6: valid until the child is 72 months old, and, when that day comes before
     * the school year, until 30 September of that year (Law on Health Insurance, art. 16 as amended
     * in 2014; <i>verify</i>). Computed only when the data carries {@code childDateOfBirth}.
     */
    static final Map<String, Rule> BY_PROCEDURE = Map.of(
            "P3", ValidityPolicy::childHealthInsuranceCard);

    /** The policy with the rules above. */
    public static ValidityPolicy standard() {
        return new ValidityPolicy();
    }

    private ValidityPolicy() {
    }

    /**
     * The end of the validity of a result issued at {@code issuedAt}, or empty if it does not
     * expire.
     *
     * @throws ResultDataRejected if the data's {@code validUntil} is not a date or a date-time with
     *                             offset, or the validity ends before the issue
     */
    public Optional<OffsetDateTime> validUntil(String procedureId, ResultKind kind, OffsetDateTime issuedAt,
                                               Map<String, ?> data) {
        Map<String, ?> content = data == null ? Map.of() : data;
        Optional<OffsetDateTime> explicit = explicit(content.get(VALID_UNTIL));
        Optional<OffsetDateTime> until = explicit.isPresent() ? explicit
                : BY_PROCEDURE.getOrDefault(procedureId, byKind(kind)).validUntil(issuedAt, content);
        until.ifPresent(end -> {
            if (end.isBefore(issuedAt)) {
                throw new ResultDataRejected(explicit.isPresent() ? VALID_UNTIL : "childDateOfBirth",
                        "gives a validity that ends " + end + ", before the issue " + issuedAt
                                + ": the result would be born expired");
            }
        });
        return until.map(end -> end.truncatedTo(ChronoUnit.SECONDS));
    }

    /**
     * Kinds that do not expire: a certificate of a civil-status fact, an updated record, a decision,
     * a tax receipt, a certified copy (a copy is as valid as its original). A licence is granted for
     * a term: the construction permit (P12, the catalog's only licence) lapses when construction has
     * not started within 12 months of its issue (Construction Law 2014, art. 90; <i>verify</i>).
     */
    static Rule byKind(ResultKind kind) {
        return switch (kind) {
            case CERTIFICATE, RECORD_UPDATE, DECISION, TAX_RECEIPT, CERTIFIED_COPY -> NO_EXPIRY;
            case LICENCE -> (issuedAt, data) -> Optional.of(endOfDay(localDate(issuedAt).plusMonths(12)));
        };
    }

    private static Optional<OffsetDateTime> childHealthInsuranceCard(OffsetDateTime issuedAt, Map<String, ?> data) {
        if (!(data.get("childDateOfBirth") instanceof String birth)) {
            return Optional.empty();
        }
        LocalDate sixYearsOld;
        try {
            sixYearsOld = LocalDate.parse(birth).plusMonths(72);
        } catch (DateTimeParseException e) {
            throw new ResultDataRejected("childDateOfBirth", "must be a date (YYYY-MM-DD), not " + birth);
        }
        LocalDate schoolYear = MonthDay.of(9, 30).atYear(sixYearsOld.getYear());
        return Optional.of(endOfDay(sixYearsOld.isBefore(schoolYear) ? schoolYear : sixYearsOld));
    }

    private static Optional<OffsetDateTime> explicit(Object value) {
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof String text && !text.isBlank()) {
            try {
                return Optional.of(text.length() == 10 ? endOfDay(LocalDate.parse(text)) : OffsetDateTime.parse(text));
            } catch (DateTimeParseException e) {
                // fall through to the refusal below
            }
        }
        throw new ResultDataRejected(VALID_UNTIL, "must be a date (YYYY-MM-DD) or a date-time with offset, not "
                + value);
    }

    private static LocalDate localDate(OffsetDateTime at) {
        return at.atZoneSameInstant(PROVINCE).toLocalDate();
    }

    static OffsetDateTime endOfDay(LocalDate day) {
        return day.atTime(LocalTime.of(23, 59, 59)).atZone(PROVINCE).toOffsetDateTime();
    }
}
