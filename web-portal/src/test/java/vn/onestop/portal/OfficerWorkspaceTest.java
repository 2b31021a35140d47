package vn.onestop.portal;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.onestop.portal.web.OfficerWorkspace;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * The officer's workspace needs a login on every path; its pages with the real services are driven
 * in a browser by e2e-tests' OfficerWorkspaceIT.
 */
@QuarkusTest
class OfficerWorkspaceTest {

    private static final String TASK = "/officer/tasks/6f1d3a52-1111-4a9e-9d3c-000000000001";

    @ParameterizedTest
    @ValueSource(strings = {"/officer/tasks", TASK, "/officer/dossiers/H22-0001/components/BIRTH_NOTICE/file"})
    void every_page_sends_a_reader_who_is_not_logged_in_to_the_identity_providers_login(String path) {
        given().redirects().follow(false).get(path).then().statusCode(302)
                .header("Location", allOf(containsString("/realms/onestop/protocol/openid-connect/auth"),
                        containsString("client_id=onestop-portal")));
    }

    @ParameterizedTest
    @ValueSource(strings = {TASK + "/claim", TASK + "/complete"})
    void a_form_post_without_a_login_is_sent_to_the_login_not_worked(String path) {
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("outcome", "APPROVE").post(path).then().statusCode(302)
                .header("Location", containsString("/realms/onestop/protocol/openid-connect/auth"));
    }

    @Test
    void the_public_pages_do_not_offer_the_inbox() {
        given().get("/").then().statusCode(200).body(not(containsString("officer-inbox-link")));
        given().get("/css/officer.css").then().statusCode(200).contentType(containsString("text/css"));
    }

    @ParameterizedTest
    @CsvSource({"DATE, date", "AMOUNT_VND, number", "COUNT, number", "TEXT, text", "PERSONAL_ID, text",
            "TAX_CODE, text", "SOMETHING_NEW, text"})
    void each_result_field_format_gets_the_input_that_suits_it(String type, String input) {
        assertThat(OfficerWorkspace.inputType(type)).isEqualTo(input);
    }
}
