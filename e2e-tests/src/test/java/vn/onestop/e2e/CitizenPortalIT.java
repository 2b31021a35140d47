package vn.onestop.e2e;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import vn.onestop.platform.testing.Tokens;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.onestop.platform.testing.Tokens.as;

/**
 * A citizen's online journey through the portal in a real browser, the officers' side driven over
 * processing's REST API: citizen-an files a birth registration with the form built from the catalog
 * (the guidance first, for what is missing), sees the dossier's page and opens its receipt; answers
 * the officer's request for a supplement on the page; finds the result in "my documents" and
 * downloads it; and rates the service on the page the receipt's rating link opens.
 */
class CitizenPortalIT extends EndToEndTest {

    /** citizen-an of the realm (infra/keycloak/onestop-realm.json). */
    private static final String CITIZEN_ID = "001203004567";
    private static final String WARD = "002.01.20.H22";
    private static final String CIVIL_STATUS = "000.01.20.H22";
    private static final List<String> P1_REQUIRED = List.of("BIRTH_REGISTRATION_FORM", "BIRTH_NOTICE", "REQUESTER_ID");

    @Test
    void a_citizen_files_online_answers_a_supplement_downloads_the_result_and_rates_the_service() throws Exception {
        String citizen = Tokens.citizen(CITIZEN_ID);
        try (Browser window = Browser.open()) {
            WebDriver browser = window.driver;

            // the form, built from the catalog; the applicant is the person logged in
            window.loginAt("/my/submit/P1", "citizen-an");
            assertThat(window.byId("idNumber").getDomProperty("value")).isEqualTo(CITIZEN_ID);
            assertThat(codes(browser, "#checklist li")).containsAll(P1_REQUIRED);
            new Select(window.byId("centre")).selectByValue(WARD);
            window.byId("file-BIRTH_REGISTRATION_FORM").sendKeys(pdf("to-khai").toString());
            window.shoot("citizen-submit");

            // sent with a required component missing: the guidance says what, and nothing is filed
            window.clickAndWait(window.byId("send"), By.id("guidance"));
            assertThat(codes(browser, "#guidance li")).containsExactly("BIRTH_NOTICE", "REQUESTER_ID");
            assertThat(window.byId("fullName").getDomProperty("value")).isNotBlank();
            assertThat(new Select(window.byId("centre")).getFirstSelectedOption().getDomAttribute("value")).isEqualTo(WARD);

            for (String code : P1_REQUIRED) {
                window.byId("file-" + code).sendKeys(pdf(code).toString());
            }
            window.clickAndWait(window.byId("send"), By.id("dossier-code"));
            String code = window.byId("dossier-code").getText();
            assertThat(browser.getCurrentUrl()).startsWith(window.portal + "/my/dossiers/" + code);
            assertThat(window.byId("submitted").isDisplayed()).isTrue();
            // received, and possibly already picked up by processing by the time the page renders
            assertThat(window.byId("status").getDomAttribute("data-status")).isIn("RECEIVED", "IN_PROCESS");
            assertThat(window.byId("due-at").getText()).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
            Map<String, Object> filed = as(citizen).baseUri(PackagedPlatform.url("intake-service"))
                    .get("/api/v1/dossiers/{code}", code).then().statusCode(200).extract().jsonPath().getMap("");
            assertThat(filed.get("channel")).isEqualTo("ONLINE");
            assertThat(((List<?>) filed.get("components"))).hasSize(3);
            String dossierId = (String) filed.get("id");
            window.shoot("citizen-dossier");

            // the receipt, passed through with the citizen's session; nobody else's session opens it
            String receipt = window.byId("receipt").getDomProperty("href");
            byte[] slip = given().cookies(cookies(browser)).get(receipt).then().statusCode(200)
                    .contentType("application/pdf").extract().asByteArray();
            assertThat(new String(slip, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            given().redirects().follow(false).get(receipt).then().statusCode(302);

            // the civil-status officer asks for a supplement; the citizen answers it on the page
            complete(dossierId, "RECEIVE_CHECK",
                    "{\"outcome\": \"REQUEST_SUPPLEMENT\", \"missingItems\": [\"Bản sao giấy tờ tùy thân của người yêu cầu\"]}");
            window.reloadUntil(Duration.ofSeconds(60), () -> !browser.findElements(By.id("answer-supplement")).isEmpty());
            assertThat(window.byId("supplement-request").getText()).contains("Bản sao giấy tờ tùy thân");
            window.clickAndWait(window.byId("answer-supplement"), By.id("supplement-form"));
            window.byId("file-REQUESTER_ID").sendKeys(pdf("cccd-bo-sung").toString());
            window.clickAndWait(window.byId("send"), By.id("supplemented"));
            List<Map<String, Object>> components = as(citizen).baseUri(PackagedPlatform.url("intake-service"))
                    .get("/api/v1/dossiers/{code}", code).then().statusCode(200).extract().jsonPath().getList("components");
            assertThat(components).anySatisfy(c -> {
                assertThat(c.get("code")).isEqualTo("REQUESTER_ID");
                assertThat(c.get("round")).isEqualTo(1);
                assertThat(c.get("fileName")).isEqualTo("cccd-bo-sung.pdf");
            });

            // the officers finish; the result reaches the citizen's e-document store
            complete(dossierId, "RECEIVE_CHECK", "{\"outcome\": \"APPROVE\"}");
            complete(dossierId, "RECORD_ASSIGN_ID", "{\"outcome\": \"APPROVE\"}");
            LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
            complete(dossierId, "SIGN", """
                    {"outcome": "APPROVE", "resultData": {"birthCertificateNumber": "81/%d",
                     "childPersonalId": "001226000881", "childFullName": "Nguyễn Minh Khang", "childDateOfBirth": "%s"}}"""
                    .formatted(today.getYear(), today.minusDays(2)));
            String results = PackagedPlatform.url("results-service");
            Map<String, Object> result = await().atMost(Duration.ofSeconds(60)).until(() -> {
                // 404 until results learns of the decision
                var answer = as(citizen).baseUri(results).get("/api/v1/dossiers/{code}/results", code);
                List<Map<String, Object>> items = answer.statusCode() != 200 ? List.of()
                        : answer.jsonPath().getList("items");
                return items.isEmpty() ? null : items.get(0);
            }, r -> r != null);

            window.get("/my/documents");
            By row = By.cssSelector("#documents tr[data-id='" + result.get("id") + "']");
            window.reloadUntil(Duration.ofSeconds(30), () -> !browser.findElements(row).isEmpty());
            assertThat(browser.findElement(row).getDomAttribute("data-dossier")).isEqualTo(code);
            window.shoot("citizen-documents");
            String download = browser.findElement(row).findElement(By.cssSelector("a.download")).getDomProperty("href");
            byte[] document = given().cookies(cookies(browser)).get(download).then().statusCode(200)
                    .contentType("application/pdf").extract().asByteArray();
            // the portal passes results' own document through unchanged (its `sha256` is the hash of the
            // result's canonical form, not of the PDF: compare with the PDF results gives its owner)
            byte[] original = as(citizen).get((String) result.get("documentUrl")).then().statusCode(200)
                    .contentType("application/pdf").extract().asByteArray();
            assertThat(document).isNotEmpty();
            assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(document)))
                    .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(original)));

            // the rating link (intake prints <portal>/my/dossiers/<code>/ratings on the receipt) opens the page
            window.get("/my/dossiers/" + code + "/ratings");
            window.reloadUntil(Duration.ofSeconds(60), () -> !browser.findElements(By.id("rating-form")).isEmpty());
            window.byId("overall-SATISFIED").click();
            for (WebElement factor : browser.findElements(By.cssSelector("select[id^=factor-]"))) {
                new Select(factor).selectByValue("VERY_SATISFIED");
            }
            for (WebElement question : browser.findElements(By.cssSelector("select[id^=q-]"))) {
                new Select(question).selectByValue("YES");
            }
            window.byId("comment").sendKeys("Nhanh, không phải đi lại.");
            window.shoot("citizen-rating");
            window.clickAndWait(window.byId("send"), By.id("rating-saved"));
            assertThat(window.byId("rating-overall").getDomAttribute("data-level")).isEqualTo("SATISFIED");
            as(citizen).baseUri(PackagedPlatform.url("rating-service")).get("/api/v1/dossiers/{code}/ratings", code)
                    .then().statusCode(200).body("items[0].overall", org.hamcrest.Matchers.equalTo("SATISFIED"))
                    .body("items[0].comment", org.hamcrest.Matchers.equalTo("Nhanh, không phải đi lại."));

            // feedback about the dossier, from the rating page's link
            window.clickAndWait(window.byId("feedback"), By.id("feedback-form"));
            assertThat(window.byId("dossierCode").getDomProperty("value")).isEqualTo(code);
            window.byId("text").sendKeys("Đề nghị gửi thêm tin nhắn khi có kết quả.");
            window.clickAndWait(window.byId("send"), By.id("feedback-sent"));
            String feedback = window.byId("feedback-sent").getDomAttribute("data-id");
            // rating lets only its sender read it: the realm's citizen-an herself, not a test token of her id number
            String sender = vn.onestop.platform.testing.LocalIdentity.fromEnvironment().tokenOf("citizen-an");
            as(sender).baseUri(PackagedPlatform.url("rating-service")).get("/api/v1/feedback/{id}", feedback)
                    .then().statusCode(200).body("dossierCode", org.hamcrest.Matchers.equalTo(code))
                    .body("text", org.hamcrest.Matchers.equalTo("Đề nghị gửi thêm tin nhắn khi có kết quả."));
        }
    }

    /** The civil-status officer completes the dossier's open step; 409 (waiting for the applicant) is tried again. */
    private static void complete(String dossierId, String step, String body) {
        String officer = Tokens.officer(CIVIL_STATUS);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() ->
                Officers.expect(as(officer).baseUri(PackagedPlatform.url("processing-service"))
                        .contentType(ContentType.JSON).body(body)
                        .post("/api/v1/tasks/{id}/complete", Officers.task(dossierId, CIVIL_STATUS, step)), 200, 409)
                        .statusCode() == 200);
    }

    /** The data-code of the elements, in the page's order. */
    private static List<String> codes(WebDriver browser, String css) {
        return browser.findElements(By.cssSelector(css)).stream().map(e -> e.getDomAttribute("data-code")).toList();
    }

    /** The browser's cookies (the portal's session among them), for fetching what a link opens. */
    private static Map<String, String> cookies(WebDriver browser) {
        return browser.manage().getCookies().stream().collect(Collectors.toMap(Cookie::getName, Cookie::getValue,
                (a, b) -> a));
    }

    /** A small PDF file named after the component, as a scanner would give it. */
    private static Path pdf(String name) throws IOException {
        Path file = Files.createTempDirectory("citizen-upload").resolve(name + ".pdf");
        Files.writeString(file, "%PDF-1.4\n%" + name + "\n", StandardCharsets.US_ASCII);
        return file;
    }
}
