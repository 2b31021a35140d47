package vn.onestop.portal.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.onestop.portal.api.Verification;

import static org.assertj.core.api.Assertions.assertThat;

/** The verdict the verification page shows for each answer of results' public verification. */
class VerificationOutcomeTest {

    @ParameterizedTest(name = "valid={0} revoked={1} expired={2}: {3}")
    @CsvSource(nullValues = "absent", value = {
            "true,  false, false,  AUTHENTIC",
            "true,  false, absent, AUTHENTIC",
            // authentic, not revoked, validity ended: not "còn hiệu lực"
            "false, false, true,   EXPIRED",
            // revoked says revoked, whether or not its validity has ended too
            "false, true,  false,  REVOKED",
            "false, true,  true,   REVOKED",
            // refused (unknown result, wrong hash, bad signature): names nothing, says nothing more
            "false, false, absent, UNKNOWN",
            "false, true,  absent, REVOKED"})
    void the_page_says_what_results_answered(boolean valid, boolean revoked, Boolean expired,
                                             VerificationPage.Outcome shown) {
        Verification answer = new Verification(valid, revoked, "reason", null, null, null, null, null, expired, null);

        assertThat(VerificationPage.outcome(answer)).isEqualTo(shown);
    }
}
