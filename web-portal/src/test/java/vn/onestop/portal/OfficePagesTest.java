package vn.onestop.portal;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * The office pages ask for a login before anything else, a form post included; their style sheet is
 * the portal's own. What they show with the real services: e2e-tests' LeaderAndCounterIT.
 */
@QuarkusTest
class OfficePagesTest {

    @Test
    void every_office_page_sends_a_reader_who_is_not_logged_in_to_the_identity_providers_login() {
        for (String path : new String[]{"/office", "/office/leader/indices", "/office/leader/rankings", "/office/leader/overdue",
                "/office/blocked-results", "/office/counter/handover?code=X", "/office/counter/channels",
                "/office/counter/receive", "/office/counter/receive/P1", "/office/counter/receive/dossiers/X/receipt",
                "/office/leader/apology", "/office/leader/apology/X", "/office/leader/apology/X/letter"}) {
            given().redirects().follow(false).get(path).then().statusCode(302)
                    .header("Location", allOf(containsString("/realms/onestop/protocol/openid-connect/auth"),
                            containsString("client_id=onestop-portal")));
        }
        // a form post without a session never reaches a service
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded").formParam("open", "false")
                .post("/office/counter/channels/POSTAL").then().statusCode(allOf(not(200), not(303)));
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded").formParam("reason", "x")
                .post("/office/leader/apology/X").then().statusCode(allOf(not(200), not(303)));
    }

    @Test
    void the_office_style_sheet_is_served_by_the_portal_itself() {
        given().get("/css/office.css").then().statusCode(200).contentType(containsString("text/css"))
                .body(containsString(".chart"), not(containsString("http")));
    }
}
