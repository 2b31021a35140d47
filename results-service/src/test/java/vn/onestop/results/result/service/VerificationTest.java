package vn.onestop.results.result.service;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** What the public verification answers for an authentic result, by its validity and the moment asked. */
class VerificationTest {

    private static final OffsetDateTime ISSUED = OffsetDateTime.parse("2026-03-02T09:15:00+07:00");

    private static Verification.Authentic card(String validUntil) {
        return new Verification.Authentic("key-1", "12/2026/BHYT", "CARD", "000.01.20.H22", ISSUED,
                validUntil == null ? null : OffsetDateTime.parse(validUntil));
    }

    @ParameterizedTest(name = "valid until {0}, asked at {1}: valid={2}, expired={3}")
    @CsvSource(nullValues = "never", value = {
            // no end: valid for ever
            "never,                     2099-01-01T00:00:00Z, true,  false, it does not expire",
            // before the end
            "2032-09-30T23:59:59+07:00, 2026-03-02T02:15:00Z, true,  false, valid until 2032-09-30T23:59:59+07:00",
            "2032-09-30T23:59:59+07:00, 2032-09-30T16:59:58Z, true,  false, valid until",
            // the last instant of validity is the end itself: from then on it no longer holds
            "2032-09-30T23:59:59+07:00, 2032-09-30T16:59:59Z, false, true,  but its validity ended 2032-09-30T23:59:59+07:00",
            "2032-09-30T23:59:59+07:00, 2040-01-01T00:00:00Z, false, true,  but its validity ended"})
    void an_authentic_result_is_valid_until_its_validity_ends(String validUntil, Instant now, boolean valid,
                                                              boolean expired, String reasonMentions) {
        Verification answer = Verification.authentic(card(validUntil), now, null);

        assertThat(answer.valid()).isEqualTo(valid);
        assertThat(answer.expired()).isEqualTo(expired);
        assertThat(answer.revoked()).isFalse();
        assertThat(answer.reason()).startsWith("authentic: signed with key key-1, not revoked; ").contains(reasonMentions);
        assertThat(answer.validUntil()).isEqualTo(validUntil == null ? null : OffsetDateTime.parse(validUntil));
        assertThat(answer.number()).isEqualTo("12/2026/BHYT");
    }

    @Test
    void a_revoked_result_is_never_valid_and_still_says_whether_its_validity_has_ended() {
        OffsetDateTime revokedAt = OffsetDateTime.parse("2027-01-05T10:00:00+07:00");
        Verification stillInForce = Verification.revoked(card("2032-09-30T23:59:59+07:00"), revokedAt, "issued in error",
                Instant.parse("2027-02-01T00:00:00Z"), true);
        Verification ended = Verification.revoked(card("2027-01-31T23:59:59+07:00"), revokedAt, "issued in error",
                Instant.parse("2027-02-01T00:00:00Z"), null);

        assertThat(stillInForce.valid()).isFalse();
        assertThat(stillInForce.revoked()).isTrue();
        assertThat(stillInForce.expired()).isFalse();
        assertThat(stillInForce.reason()).isEqualTo("authentic, but revoked on " + revokedAt + ": issued in error");
        assertThat(stillInForce.documentMatches()).isTrue();
        assertThat(ended.expired()).isTrue();
        assertThat(ended.valid()).isFalse();
    }

    @Test
    void a_refusal_names_nothing() {
        Verification refused = Verification.refused(false, "the SHA-256 given is not the one of this result");

        assertThat(refused.valid()).isFalse();
        assertThat(refused.number()).isNull();
        assertThat(refused.validUntil()).isNull();
        assertThat(refused.expired()).isNull();
    }
}
