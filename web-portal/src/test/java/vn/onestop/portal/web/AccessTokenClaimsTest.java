package vn.onestop.portal.web;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class AccessTokenClaimsTest {

    private static String jwt(String payload) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + ".c2ln";
    }

    @Test
    void reads_a_text_claim_of_the_payload() {
        assertThat(AccessTokenClaims.claim(jwt("{\"agency\":\"002.01.20.H22\",\"sub\":\"x\"}"), "agency"))
                .contains("002.01.20.H22");
    }

    @Test
    void a_missing_blank_or_non_text_claim_and_a_token_that_is_no_jwt_give_nothing() {
        assertThat(AccessTokenClaims.claim(jwt("{\"sub\":\"x\"}"), "agency")).isEmpty();
        assertThat(AccessTokenClaims.claim(jwt("{\"agency\":\" \"}"), "agency")).isEmpty();
        assertThat(AccessTokenClaims.claim(jwt("{\"agency\":[\"a\"]}"), "agency")).isEmpty();
        assertThat(AccessTokenClaims.claim("opaque-token", "agency")).isEmpty();
        assertThat(AccessTokenClaims.claim("a.%%%.c", "agency")).isEqualTo(Optional.empty());
        assertThat(AccessTokenClaims.claim(null, "agency")).isEmpty();
    }
}
