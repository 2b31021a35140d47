package vn.onestop.e2e;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.onestop.platform.testing.Tokens;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;
import static vn.onestop.platform.testing.Tokens.as;

/**
 * The web portal in a real browser (Debian's chromium, headless, through its chromedriver) on the
 * four packaged services: what a citizen sees when searching the catalog, opening a receipt's and
 * a result's QR links, and checking a PDF copy of a result. Screenshots of the main pages at a
 * phone's and a desktop's width go to target/portal-screenshots (copied to docs/portal/).
 */
class PortalBrowserIT extends BrowserTest {

    private static final String CITIZEN_ID = "096185000777";
    private static final String WARD = "002.01.20.H22";
    private static final String CIVIL_STATUS = "000.01.20.H22";

    private static String portal;

    @BeforeAll
    static void portalOfTheWindow() {
        portal = window.portal;
    }

    @Test
    void the_catalog_finds_a_procedure_typed_without_accents_and_previews_its_return_date() throws IOException {
        browser.get(portal + "/");
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("vi");
        shoot("home");
        WebElement search = browser.findElement(By.id("q"));
        search.sendKeys("dang ky khai sinh");
        search.submit();

        await().atMost(Duration.ofSeconds(10)).until(() -> browser.getCurrentUrl().contains("/procedures?q="));
        List<WebElement> links = browser.findElements(By.cssSelector("#results a"));
        assertThat(links).extracting(WebElement::getText).contains("Đăng ký khai sinh");
        shoot("catalog");

        links.stream().filter(a -> a.getText().equals("Đăng ký khai sinh")).findFirst().orElseThrow().click();
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.getCurrentUrl().endsWith("/procedures/P1"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Đăng ký khai sinh");
        assertThat(browser.findElement(By.cssSelector(".components")).getText()).contains("Tờ khai đăng ký khai sinh");
        // the preview is a date and time in the province, dd/MM/yyyy HH:mm
        assertThat(browser.findElement(By.id("preview-due")).getText()).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
        shoot("procedure");
    }

    @Test
    void the_language_switch_turns_the_page_english_and_back() {
        browser.get(portal + "/procedures?q=khai%20sinh");
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("vi");
        browser.findElement(By.id("language-switch")).click();
        await().atMost(Duration.ofSeconds(10)).until(() ->
                "en".equals(browser.findElement(By.tagName("html")).getDomAttribute("lang")));
        assertThat(browser.getCurrentUrl()).endsWith("/procedures?q=khai%20sinh");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Administrative procedures");
        assertThat(browser.findElements(By.cssSelector("#results a"))).extracting(WebElement::getText)
                .contains("Birth registration");
        // the choice is kept for the next page
        browser.get(portal + "/");
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
        browser.findElement(By.id("language-switch")).click();
        await().atMost(Duration.ofSeconds(10)).until(() ->
                "vi".equals(browser.findElement(By.tagName("html")).getDomAttribute("lang")));
    }

    @Test
    void a_receipts_qr_link_opens_the_status_and_timeline_without_personal_data() throws IOException {
        String citizen = Tokens.citizen(CITIZEN_ID);
        Received dossier = submitBirthRegistration(citizen, CITIZEN_ID);
        String trackingUrl = as(citizen).baseUri(PackagedPlatform.url("intake-service"))
                .get("/api/v1/dossiers/{code}", dossier.code()).then().statusCode(200).extract().path("trackingUrl");
        assertThat(trackingUrl).startsWith(portal + "/tracking/");

        browser.get(trackingUrl);
        assertThat(browser.findElement(By.id("dossier-code")).getText()).isEqualTo(dossier.code());
        assertThat(browser.findElement(By.id("status")).getText()).isNotBlank();
        assertThat(browser.findElements(By.cssSelector("#timeline tbody tr"))).isNotEmpty();
        assertThat(browser.findElement(By.cssSelector("#timeline tbody td[data-kind=RECEIVED]")).getText())
                .isEqualTo("Đã tiếp nhận");
        String page = browser.getPageSource();
        assertThat(page).doesNotContain("Phạm Thị Dung").doesNotContain(CITIZEN_ID);
        shoot("tracking");

        browser.get(portal + "/tracking/not-a-real-secret");
        assertThat(browser.findElement(By.id("error-message")).getText()).contains("Không tìm thấy");
    }

    @Test
    void a_results_qr_link_says_authentic_and_a_pdf_copy_matches_only_when_unchanged() throws IOException {
        String citizen = Tokens.citizen(CITIZEN_ID);
        Map<String, Object> result = issuedResult(citizen);
        String verifyUrl = (String) result.get("verifyUrl");
        assertThat(verifyUrl).startsWith(portal + "/api/v1/results/verify?id=");

        browser.get(verifyUrl);
        assertThat(browser.findElement(By.id("verdict")).getDomAttribute("data-outcome")).isEqualTo("AUTHENTIC");
        assertThat(browser.findElement(By.id("result-number")).getText()).isEqualTo(result.get("number"));
        assertThat(browser.findElement(By.id("issuer")).getText()).isEqualTo(result.get("issuer"));
        assertThat(browser.getPageSource()).doesNotContain(CITIZEN_ID);
        shoot("verify");

        // the result's PDF, from its documentUrl (the portal passes it through with the owner's token)
        byte[] pdf = as(citizen).get((String) result.get("documentUrl")).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        Path copy = Files.createTempFile("ket-qua", ".pdf");
        Files.write(copy, pdf);
        upload(copy);
        assertThat(browser.findElement(By.id("document-check")).getDomAttribute("data-matches")).isEqualTo("true");
        shoot("verify-document");

        byte[] changed = pdf.clone();
        changed[changed.length / 2] ^= 1;
        Path forged = Files.createTempFile("ket-qua-sua", ".pdf");
        Files.write(forged, changed);
        upload(forged);
        assertThat(browser.findElement(By.id("document-check")).getDomAttribute("data-matches")).isEqualTo("false");
        assertThat(browser.findElement(By.id("document-check")).getText()).contains("KHÔNG trùng khớp");

        // a link with another hash is not verified, and names nothing
        String sha = (String) result.get("sha256");
        browser.get(portal + "/api/v1/results/verify?id=" + result.get("id") + "&sha256="
                + sha.substring(0, 63) + (sha.endsWith("0") ? "1" : "0"));
        assertThat(browser.findElement(By.id("verdict")).getDomAttribute("data-outcome")).isEqualTo("UNKNOWN");
        assertThat(browser.findElements(By.id("result-number"))).isEmpty();
        // a malformed link: the API's violations are shown next to their fields
        browser.get(portal + "/api/v1/results/verify?id=abc&sha256=xyz");
        assertThat(browser.findElement(By.id("id-error")).getText()).contains("UUID");
        assertThat(browser.findElement(By.id("sha256-error")).getText()).contains("64");
        assertThat(browser.findElement(By.id("id")).getDomAttribute("aria-invalid")).isEqualTo("true");
    }

    @Test
    void a_citizen_logs_in_through_the_identity_provider_and_sees_only_their_own_dossiers() throws IOException {
        // citizen-an of the realm (infra/keycloak/onestop-realm.json) has the personal id number 001203004567
        Received mine = submitBirthRegistration(Tokens.citizen("001203004567"), "001203004567");
        Received someoneElses = submitBirthRegistration(Tokens.citizen(CITIZEN_ID), CITIZEN_ID);

        // not logged in: the identity provider's login page (the code flow), then back to the page asked for
        window.loginAt("/my/dossiers", "citizen-an");
        assertThat(browser.getCurrentUrl()).isEqualTo(portal + "/my/dossiers");

        List<String> codes = browser.findElements(By.cssSelector("#my-dossiers tbody tr")).stream()
                .map(row -> row.getDomAttribute("data-code")).toList();
        assertThat(codes).contains(mine.code()).doesNotContain(someoneElses.code());
        assertThat(browser.findElement(By.id("logout")).isDisplayed()).isTrue();
        shoot("my-dossiers");

        browser.findElement(By.id("logout")).click();
        // back on the portal's home page (the provider echoes the logout's state parameter)
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(browser.getCurrentUrl()).matches(java.util.regex.Pattern.quote(portal) + "/(\\?.*)?"));
        assertThat(browser.findElement(By.id("login")).isDisplayed()).isTrue();
        // logged out at the identity provider too: the page asks for a login again
        browser.get(portal + "/my/dossiers");
        assertThat(browser.findElement(By.id("username")).isDisplayed()).isTrue();
        browser.get(portal + "/");
    }

    @Test
    void an_operator_sees_every_services_dead_letter_topics_read_and_nobody_else_may() throws IOException {
        try (Browser operator = Browser.open()) {
            operator.loginAt("/office", "operator");
            operator.clickAndWait(operator.byId("link-dead-letters"), By.id("sources"));
            List<WebElement> sources = operator.driver.findElements(By.cssSelector("#sources li"));
            assertThat(sources).extracting(li -> li.getDomAttribute("data-service"))
                    .containsExactly("intake-service", "processing-service", "results-service", "rating-service");
            // each service read its dead-letter topics with its own broker user (the ACLs of deploy/base/kafka/users.yaml)
            assertThat(sources).allSatisfy(li -> {
                assertThat(li.getDomAttribute("data-answered")).isEqualTo("true");
                assertThat(li.getText()).contains(".dlq");
            });
            // the end-to-end run dead-letters nothing (EndToEndTest checks the topics themselves)
            assertThat(operator.byId("dead-letters").getTagName()).isEqualTo("p");
            operator.shoot("operator-dead-letters");
        }
        for (String service : PackagedPlatform.services()) {
            as(Tokens.operator()).baseUri(PackagedPlatform.url(service)).get("/api/v1/dead-letters")
                    .then().statusCode(200);
            as(Tokens.citizen(CITIZEN_ID)).baseUri(PackagedPlatform.url(service)).get("/api/v1/dead-letters")
                    .then().statusCode(403);
        }
    }

    @Test
    void the_pages_carry_the_security_headers_and_a_form_post_without_its_csrf_token_is_refused() throws Exception {
        given().baseUri(portal).get("/procedures/P1").then().statusCode(200)
                .header("Content-Security-Policy", allOf(containsString("default-src 'self'"),
                        containsString("frame-ancestors 'none'")))
                .header("X-Frame-Options", "DENY").header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer");
        // the form a page would post, without the token of its hidden field and cookie (a forged
        // cross-site post); sent by hand: an HTML page's 400 is no API problem+json (ProblemJsonEverywhere)
        String boundary = "portal-browser-it";
        String form = part(boundary, "id", UUID.randomUUID().toString()) + part(boundary, "sha256", "a".repeat(64))
                + "--" + boundary + "--\r\n";
        HttpResponse<String> forged = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(portal + "/api/v1/results/verify"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(forged.body()).doesNotContain("Exception");
    }

    private static String part(String boundary, String name, String value) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }

    /** Uploads the file on the verification page and waits for the new page (the old one goes stale). */
    private static void upload(Path file) {
        WebElement form = browser.findElement(By.cssSelector("form.upload"));
        browser.findElement(By.id("document")).sendKeys(file.toAbsolutePath().toString());
        form.findElement(By.cssSelector("button[type=submit]")).click();
        await().atMost(Duration.ofSeconds(20)).until(() -> Browser.stale(form)
                && !browser.findElements(By.id("document-check")).isEmpty());
    }

    /** A birth registration submitted by the citizen and approved by the ward's civil-status officer. */
    private static Map<String, Object> issuedResult(String citizen) {
        String officer = Tokens.officer(CIVIL_STATUS);
        Received dossier = submitBirthRegistration(citizen, CITIZEN_ID);
        String processing = PackagedPlatform.url("processing-service");
        for (String step : List.of("RECEIVE_CHECK", "RECORD_ASSIGN_ID", "SIGN")) {
            String[] task = new String[1];
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                List<Map<String, Object>> items = as(officer).baseUri(processing).queryParam("agency", CIVIL_STATUS)
                        .queryParam("status", "OPEN").queryParam("limit", 200).get("/api/v1/tasks")
                        .then().statusCode(200).extract().jsonPath().getList("items");
                task[0] = items.stream().filter(t -> dossier.id().equals(t.get("dossierId")) && step.equals(t.get("step")))
                        .map(t -> (String) t.get("id")).findFirst().orElse(null);
                return task[0] != null;
            });
            LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
            String body = !"SIGN".equals(step) ? "{\"outcome\": \"APPROVE\"}" : """
                    {"outcome": "APPROVE", "resultData": {"birthCertificateNumber": "77/%d",
                     "childPersonalId": "096226000777", "childFullName": "Phạm Minh An", "childDateOfBirth": "%s"}}"""
                    .formatted(today.getYear(), today.minusDays(3));
            as(officer).baseUri(processing).contentType(ContentType.JSON).body(body)
                    .post("/api/v1/tasks/{id}/complete", task[0]).then().statusCode(200);
        }
        String results = PackagedPlatform.url("results-service");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                as(citizen).baseUri(results).get("/api/v1/dossiers/{code}/results", dossier.code()).then()
                        .statusCode(200).body("items[0].verifyUrl", notNullValue()));
        return as(citizen).baseUri(results).get("/api/v1/dossiers/{code}/results", dossier.code())
                .then().extract().jsonPath().getMap("items[0]");
    }

    private static void shoot(String name) throws IOException {
        window.shoot(name);
    }
}
