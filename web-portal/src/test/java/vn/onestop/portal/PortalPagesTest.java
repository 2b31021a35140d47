package vn.onestop.portal;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static io.restassured.matcher.RestAssuredMatchers.detailedCookie;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

/**
 * The portal's own behaviour, with the services away (the test profile points every API at a
 * port nothing listens on): headers, language, CSRF and error pages. The pages with the real
 * services are driven in a browser by e2e-tests' PortalBrowserIT.
 */
@QuarkusTest
class PortalPagesTest {

    @Test
    void every_page_carries_the_security_headers() {
        for (String path : new String[]{"/", "/no-such-page", "/tracking/abc"}) {
            given().get(path).then()
                    .header("Content-Security-Policy", allOf(containsString("default-src 'self'"),
                            containsString("script-src 'self'"), containsString("frame-ancestors 'none'"),
                            not(containsString("unsafe-inline"))))
                    .header("X-Frame-Options", "DENY")
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Referrer-Policy", "no-referrer");
        }
    }

    @Test
    void pages_are_vietnamese_first_english_on_request_and_the_choice_sticks() {
        given().get("/").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<html lang=\"vi\">"), containsString("Thủ tục hành chính"));
        given().header("Accept-Language", "en-GB,en;q=0.9").get("/").then().statusCode(200)
                .body(containsString("<html lang=\"en\">"), containsString("Find a procedure"));
        // a choice made with the switch wins over the browser's language
        given().header("Accept-Language", "en").cookie("lang", "vi").get("/").then()
                .body(containsString("<html lang=\"vi\">"));
        given().cookie("lang", "en").get("/").then().body(containsString("<html lang=\"en\">"));

        given().redirects().follow(false).queryParam("back", "/procedures?q=khai%20sinh").get("/language/en").then()
                .statusCode(303).header("Location", endsWith("/procedures?q=khai%20sinh"))
                .cookie("lang", detailedCookie().value("en").httpOnly(true).path("/"));
        given().get("/language/fr").then().statusCode(404);
    }

    @Test
    void the_language_switch_never_leads_to_another_site() {
        for (String back : new String[]{"//evil.example/x", "https://evil.example/", "/\\evil.example"}) {
            given().redirects().follow(false).queryParam("back", back).get("/language/vi").then().statusCode(303)
                    .header("Location", allOf(endsWith("/"), not(containsString("evil"))));
        }
    }

    @Test
    void a_form_post_without_its_csrf_token_is_refused_with_a_page_that_says_the_form_is_out_of_date() {
        given().multiPart("id", "3f1c2a4e-0000-4000-8000-000000000001").multiPart("sha256", "a".repeat(64))
                .multiPart("document", "copy.pdf", "%PDF-1.7".getBytes(), "application/pdf")
                .post("/api/v1/results/verify").then().statusCode(400).contentType(containsString("text/html"))
                .body(containsString("Biểu mẫu này đã cũ"), not(containsString("Exception")));
        given().header("Accept-Language", "en").multiPart("id", "3f1c2a4e-0000-4000-8000-000000000001")
                .multiPart("sha256", "a".repeat(64))
                .post("/api/v1/results/verify").then().statusCode(400)
                .body(containsString("This form is out of date"));
    }

    @Test
    void a_service_that_does_not_answer_is_a_page_that_says_so_without_a_stack_trace() {
        given().get("/tracking/some-secret").then().statusCode(503).contentType(containsString("text/html"))
                .body(containsString("Dịch vụ tạm thời không trả lời"), not(containsString("Exception")),
                        not(containsString("vn.onestop")));
        given().get("/procedures").then().statusCode(503);
        given().header("Accept-Language", "en").get("/no-such-page").then().statusCode(404)
                .body(containsString("This page or dossier was not found."));
    }

    @Test
    void my_pages_send_a_reader_who_is_not_logged_in_to_the_identity_providers_login() {
        given().redirects().follow(false).get("/my/dossiers").then().statusCode(302)
                .header("Location", allOf(containsString("/realms/onestop/protocol/openid-connect/auth"),
                        containsString("client_id=onestop-portal"), containsString("code_challenge=")));
        // the public pages need no login
        given().redirects().follow(false).get("/").then().statusCode(200).body(containsString("id=\"login\""));
    }

    @Test
    void the_style_sheet_is_served_by_the_portal_itself() {
        given().get("/css/portal.css").then().statusCode(200).contentType(containsString("text/css"))
                .body(containsString("@media"));
        given().get("/").then().body(not(containsString("http://")), not(containsString("https://")));
    }

    @Test
    void unknown_language_cookies_fall_back_to_vietnamese() {
        given().cookie("lang", "xx").get("/").then().statusCode(200).body(containsString("<html lang=\"vi\">"))
                .body(containsString("id=\"language-switch\""));
        given().get("/").then().body(containsString("href=\"/language/en?back=%2F\""));
        given().header("Accept-Language", "en").get("/").then().body(containsString("href=\"/language/vi?back=%2F\""),
                containsString("hreflang=\"vi\""));
    }
}
