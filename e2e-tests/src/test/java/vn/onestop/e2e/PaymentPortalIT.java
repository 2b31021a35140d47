package vn.onestop.e2e;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import vn.onestop.platform.testing.Tokens;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static vn.onestop.platform.testing.Tokens.as;

/**
 * A fee asked for during processing, paid online from the portal (docs/payments.md), in one browser:
 * officer-anxuyen requests a payment with the workspace's form (a zero amount refused next to its
 * field); citizen-an sees it due on her dossier's page, presses "Nộp phí trực tuyến", pays on the
 * test stack's gateway stand-in and comes back to the page, which shows it paid with intake's receipt
 * number and links the receipt's PDF; processing's clock runs again. citizen-binh, not the applicant,
 * cannot start the payment.
 */
class PaymentPortalIT extends BrowserTest {

    /** citizen-an and citizen-binh of the realm (infra/keycloak/onestop-realm.json). */
    private static final String CITIZEN_ID = "001203004567";
    private static final String OTHER_CITIZEN_ID = "079088001234";
    private static final String CIVIL_STATUS = "000.01.20.H22";
    private static final String REASON = "Lệ phí cấp bản sao trích lục khai sinh";



    @Test
    void an_officer_requests_a_fee_the_applicant_pays_it_online_and_gets_its_receipt() throws IOException {
        String citizen = Tokens.citizen(CITIZEN_ID);
        Received dossier = submitBirthRegistration(citizen, CITIZEN_ID);
        String intake = PackagedPlatform.url("intake-service");
        String processing = PackagedPlatform.url("processing-service");
        String officer = Tokens.officer(CIVIL_STATUS);

        // the officer claims the first step and asks for the fee with the workspace's form
        window.loginAt("/officer/tasks/" + Officers.task(dossier.id(), CIVIL_STATUS, "RECEIVE_CHECK"), "officer-anxuyen");
        window.clickAndWait(window.byId("claim"), By.id("request-payment"));
        window.byId("amount").sendKeys("0");
        window.byId("payment-reason").sendKeys(REASON);
        // nothing to pay is not a payment request: processing's violation next to the amount, what was typed kept
        window.clickAndWait(window.byId("request-payment"), By.id("amount-error"));
        assertThat(window.byId("amount").getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(window.byId("payment-reason").getDomProperty("value")).isEqualTo(REASON);
        window.byId("amount").clear();
        window.byId("amount").sendKeys("25000");
        window.clickAndWait(window.byId("request-payment"), By.id("paused"));
        assertThat(window.byId("paused").getDomAttribute("data-status")).isEqualTo("AWAITING_PAYMENT");
        OffsetDateTime dueWhilePaused = OffsetDateTime.parse(as(officer).baseUri(processing)
                .get("/api/v1/cases/{id}", dossier.id()).then().statusCode(200)
                .body("status", equalTo("AWAITING_PAYMENT")).extract().path("dueAt"));
        window.logout();

        // intake learns of the request: a fee due, with the officer's words
        String obligation = await().atMost(Duration.ofSeconds(60)).until(() -> as(citizen).baseUri(intake)
                .get("/api/v1/dossiers/{code}/fees", dossier.code()).then().statusCode(200).extract().jsonPath()
                .getString("find { it.kind == 'REQUESTED' && it.status == 'DUE' }.id"), id -> id != null);

        // someone else cannot start paying it (intake: not a dossier of theirs), and nothing was opened
        as(Tokens.citizen(OTHER_CITIZEN_ID)).baseUri(intake)
                .post("/api/v1/dossiers/{code}/fees/{id}/payments", dossier.code(), obligation).then()
                .statusCode(anyOf(is(403), is(404))).contentType("application/problem+json");
        as(citizen).baseUri(intake).get("/api/v1/dossiers/{code}/fees/{id}", dossier.code(), obligation).then()
                .statusCode(200).body("payments", hasSize(0));

        // the applicant's page: the fee due, in đồng, with the pay button
        window.loginAt("/my/dossiers/" + dossier.code(), "citizen-an");
        By row = By.cssSelector("#fee-lines tr[data-obligation='" + obligation + "']");
        WebElement due = browser.findElement(row);
        assertThat(due.getDomAttribute("data-state")).isEqualTo("DUE");
        assertThat(due.getText()).contains(REASON).contains("25.000 đ").contains("Chưa nộp");
        showFees();
        window.shoot("citizen-fees-due");

        // to the gateway's pay page and back to the dossier's page
        window.clickAndWait(due.findElement(By.cssSelector("button.pay-online")), By.cssSelector("button[value=PAID]"));
        assertThat(browser.getCurrentUrl()).startsWith(PackagedPlatform.paygateUrl() + "/pay/");
        window.clickAndWait(window.find("button[value=PAID]"), By.id("fee-lines"));
        assertThat(browser.getCurrentUrl()).startsWith(window.portal + "/my/dossiers/" + dossier.code());

        // paid once intake recorded the gateway's callback, with intake's receipt number
        browser.manage().timeouts().implicitlyWait(Duration.ZERO);
        try {
            window.reloadUntil(Duration.ofSeconds(60), () -> browser.findElements(row).stream()
                    .anyMatch(r -> "PAID".equals(r.getDomAttribute("data-state"))));
        } finally {
            browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        }
        JsonPath paid = as(citizen).baseUri(intake).get("/api/v1/dossiers/{code}/fees/{id}", dossier.code(), obligation)
                .then().statusCode(200).body("status", equalTo("PAID")).body("paidVia", equalTo("ONLINE"))
                .extract().jsonPath();
        WebElement shown = browser.findElement(row);
        assertThat(shown.findElement(By.cssSelector("td.receipt-number")).getText())
                .isEqualTo(paid.getString("receiptNumber")).matches("BL\\d{4}-\\d{8}");
        assertThat(shown.findElement(By.cssSelector("td.paid")).getText()).startsWith("Trực tuyến");
        assertThat(shown.findElements(By.cssSelector("button.pay-online"))).isEmpty();
        showFees();
        window.shoot("citizen-fees-paid");

        // the receipt comes through the portal with her session: a PDF
        Map<String, String> cookies = sessionCookies();
        String receipt = shown.findElement(By.cssSelector("a.fee-receipt")).getDomAttribute("href");
        byte[] pdf = given().cookies(cookies).redirects().follow(false).get(window.portal + receipt).then()
                .statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        // the pay form sent again from another page of the session (a second tab still showing it due): intake
        // answers nothing is due any more, and the dossier's page says so rather than failing
        window.get("/my/feedback?dossier=" + dossier.code());
        WebElement token = window.find("#feedback-form input[type=hidden]");
        ((JavascriptExecutor) browser).executeScript("""
                var form = document.createElement('form');
                form.method = 'post';
                form.action = arguments[0];
                var token = document.createElement('input');
                token.type = 'hidden';
                token.name = arguments[1];
                token.value = arguments[2];
                form.appendChild(token);
                document.body.appendChild(form);
                form.submit();""", "/my/dossiers/" + dossier.code() + "/fees/" + obligation + "/pay",
                token.getDomAttribute("name"), token.getDomProperty("value"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(browser.getCurrentUrl())
                .as("the page after the stale pay form: %s", browser.getPageSource())
                .contains("/my/dossiers/" + dossier.code() + "?payment=not-due"));
        assertThat(window.byId("payment-notice").getDomAttribute("data-notice")).isEqualTo("not-due");
        assertThat(window.byId("payment-notice").getText()).startsWith("Khoản này không còn phải nộp");

        // processing's clock runs again from the payment: the case is no longer waiting, its due date moved on
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as(officer).baseUri(processing)
                .get("/api/v1/cases/{id}", dossier.id()).then().statusCode(200).body("status", equalTo("IN_PROCESS")));
        OffsetDateTime dueNow = OffsetDateTime.parse(as(officer).baseUri(processing)
                .get("/api/v1/cases/{id}", dossier.id()).then().extract().path("dueAt"));
        assertThat(dueNow).isAfterOrEqualTo(dueWhilePaused);
        List<String> timeline = as(citizen).baseUri(intake).get("/api/v1/dossiers/{code}", dossier.code()).then()
                .statusCode(200).extract().jsonPath().getList("timeline.kind");
        assertThat(timeline).contains("FEE_PAID");
    }

    /** The fees section in view for the screenshot (the page is longer than a phone's screen). */
    private static void showFees() {
        ((JavascriptExecutor) browser).executeScript("document.getElementById('fees').scrollIntoView()");
    }

    private static Map<String, String> sessionCookies() {
        Map<String, String> cookies = new HashMap<>();
        for (Cookie cookie : browser.manage().getCookies()) {
            cookies.put(cookie.getName(), cookie.getValue());
        }
        return cookies;
    }
}
