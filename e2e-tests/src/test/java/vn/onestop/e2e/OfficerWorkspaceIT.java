package vn.onestop.e2e;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import vn.onestop.platform.testing.Tokens;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static vn.onestop.platform.testing.Tokens.as;

/**
 * "Submit once, receive three results" in a real browser, one session for everyone (issue #16 and the
 * web portal's issue): citizen-an files the birth bundle with the portal's form; officer-anxuyen
 * finds its birth registration in the agency's inbox, opens it and one of its files, claims it and
 * approves its three steps (the last with the result-fields form, after a violation shown next to its
 * field); the police and the social-security system answer as in BirthBundleIT; citizen-an sees the
 * three results on the bundle's page, opens the verification page each result's QR code links to,
 * and rates the birth registration. Then a supplement asked through the checklist and a rejection with
 * a reason, each checked on intake's API.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OfficerWorkspaceIT extends BrowserTest {

    private static final String WARD_CENTRE = "002.01.20.H22";
    private static final String CIVIL_STATUS = "000.01.20.H22";
    private static final String WARD_POLICE = "001.01.20.H22";
    /** citizen-an of the realm (infra/keycloak/onestop-realm.json). */
    private static final String CITIZEN_ID = "001203004567";
    /** What the bundle asks of the applicant: its members' own components; the birth certificate is chained. */
    private static final List<String> BUNDLE_REQUIRED = List.of("BIRTH_REGISTRATION_FORM", "BIRTH_NOTICE",
            "REQUESTER_ID", "RESIDENCE_CHANGE_FORM", "HEALTH_INSURANCE_FORM");
    private static final ZoneId PROVINCE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");



    @Test
    @Order(1)
    void a_citizen_files_the_birth_bundle_online_the_officers_and_partners_decide_and_she_verifies_three_results_and_rates()
            throws IOException {
        // the bundle's form, built from the catalog: the members' components once, never the chained certificate
        window.loginAt("/my/submit/BIRTH_BUNDLE", "citizen-an");
        assertThat(window.byId("idNumber").getDomProperty("value")).isEqualTo(CITIZEN_ID);
        List<String> asked = browser.findElements(By.cssSelector("#checklist li")).stream()
                .map(li -> li.getDomAttribute("data-code")).toList();
        assertThat(asked).containsAll(BUNDLE_REQUIRED).doesNotContain("BIRTH_CERT").doesNotHaveDuplicates();
        String applicantName = window.byId("fullName").getDomProperty("value");
        assertThat(applicantName).as("her name, from the login").isNotBlank();
        new Select(window.byId("centre")).selectByValue(WARD_CENTRE);
        for (String code : BUNDLE_REQUIRED) {
            window.byId("file-" + code).sendKeys(Components.file(code).toString());
        }
        window.clickAndWait(window.byId("send"), By.id("dossier-code"));
        String bundleCode = window.byId("dossier-code").getText();
        assertThat(browser.getCurrentUrl()).startsWith(window.portal + "/my/dossiers/" + bundleCode);
        assertThat(window.byId("submitted").isDisplayed()).isTrue();

        // the members intake made of it, filed online
        String citizen = Tokens.citizen(CITIZEN_ID);
        String intake = PackagedPlatform.url("intake-service");
        JsonPath parent = as(citizen).baseUri(intake).get("/api/v1/dossiers/{code}", bundleCode).then()
                .statusCode(200).body("kind", equalTo("BUNDLE")).body("channel", equalTo("ONLINE"))
                .body("children", hasSize(3)).extract().jsonPath();
        String p1 = parent.getString("children.find { it.procedureId == 'P1' }.id");
        String p1Code = parent.getString("children.find { it.procedureId == 'P1' }.code");
        String p2 = parent.getString("children.find { it.procedureId == 'P2' }.id");
        String p3 = parent.getString("children.find { it.procedureId == 'P3' }.id");
        window.logout();

        // the civil-status officer's inbox: the new step is there, marked on time, sorted by due date
        window.loginAt("/officer/tasks", "officer-anxuyen");
        WebElement row = inboxRow(p1, "RECEIVE_CHECK");
        assertThat(row.getDomAttribute("data-due-state")).isEqualTo("ON_TIME");
        assertThat(row.findElement(By.cssSelector(".mark")).getText()).isEqualTo("Trong hạn");
        assertThat(browser.findElement(By.id("officer-inbox-link")).isDisplayed()).isTrue();
        List<LocalDateTime> dues = browser.findElements(By.cssSelector("#inbox tbody tr td:nth-child(3)")).stream()
                .map(td -> LocalDateTime.parse(td.getText(), SHOWN)).toList();
        assertThat(dues).isSorted();
        window.shoot("officer-inbox");

        // the task page: its dossier, its components with the files she uploaded, the due date explained
        window.clickAndWait(row.findElement(By.cssSelector("a.open-task")), By.id("dossier-code"));
        assertThat(browser.findElement(By.id("dossier-code")).getText()).isEqualTo(p1Code);
        assertThat(browser.findElement(By.id("applicant")).getText()).contains(applicantName);
        assertThat(browser.findElement(By.id("deadline-due")).getText()).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
        List<WebElement> files = browser.findElements(By.cssSelector("#components a.open-file"));
        assertThat(files).isNotEmpty();
        // the file comes through the portal with the officer's own token: the bytes the applicant uploaded
        byte[] file = given().cookies(sessionCookies()).redirects().follow(false)
                .get(window.portal + files.get(0).getDomAttribute("href")).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        assertThat(new String(file, StandardCharsets.US_ASCII)).startsWith("%PDF-1.4");
        // nobody's session, no file
        given().redirects().follow(false).get(window.portal + files.get(0).getDomAttribute("href")).then()
                .statusCode(302);

        // claim, then approve: the task is done, approved by this officer
        window.clickAndWait(browser.findElement(By.id("claim")), By.id("task-status"));
        assertThat(browser.findElement(By.id("task-status")).getDomAttribute("data-status")).isEqualTo("CLAIMED");
        approve();

        openTask(p1, "RECORD_ASSIGN_ID");
        approve();

        // the deciding step: its result fields as a form; a wrong value is named next to its field
        openTask(p1, "SIGN");
        LocalDate today = LocalDate.now(PROVINCE);
        fill("birthCertificateNumber", "61/" + today.getYear());
        fill("childPersonalId", "12345");
        fill("childFullName", "Võ Minh Khang");
        fill("childDateOfBirth", today.minusDays(2).toString());
        window.shoot("officer-task");
        window.clickAndWait(browser.findElement(By.id("approve")), By.id("rd-childPersonalId-error"));
        assertThat(browser.findElement(By.id("rd-childPersonalId")).getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElement(By.id("rd-childFullName")).getDomProperty("value")).isEqualTo("Võ Minh Khang");
        assertThat(browser.findElement(By.id("task-status")).getDomAttribute("data-status")).isNotEqualTo("DONE");
        fill("childPersonalId", "079226006611");
        approve();
        window.logout();

        // the birth certificate starts both follow-ons: police over REST, social security over its topics
        Officers.approve(p2, WARD_POLICE, "RECEIVE_CHECK", null);
        Officers.approve(p2, WARD_POLICE, "APPRAISE", null);
        Officers.approve(p2, WARD_POLICE, "APPROVE_UPDATE", """
                {"personalId": "079226006611", "permanentAddress": "Phường An Xuyên, Cà Mau", "registeredOn": "%s"}"""
                .formatted(today));
        SocialSecurity.approves(kafka, p3, "RECEIVE_CHECK", null);
        SocialSecurity.approves(kafka, p3, "APPRAISE", null);
        SocialSecurity.approves(kafka, p3, "ISSUE_CARD", "{\"healthInsuranceCardNumber\": \"TE1797922606611\", "
                + "\"validFrom\": \"" + today.minusDays(2) + "\"}");

        // the citizen sees the three results on the bundle's page, as results issued them to her
        window.loginAt("/my/dossiers/" + bundleCode, "citizen-an");
        By shown = By.cssSelector("#results li[data-id]");
        window.reloadUntil(Duration.ofSeconds(90), () -> browser.findElements(shown).size() == 3);
        List<String> onThePage = browser.findElements(shown).stream().map(li -> li.getDomAttribute("data-id")).toList();
        window.shoot("citizen-bundle-results");
        String results = PackagedPlatform.url("results-service");
        List<Map<String, Object>> issued = new ArrayList<>();
        for (String member : List.of("P1", "P2", "P3")) {
            String code = parent.getString("children.find { it.procedureId == '" + member + "' }.code");
            issued.add(as(citizen).baseUri(results).get("/api/v1/dossiers/{code}/results", code).then()
                    .statusCode(200).body("items", hasSize(1)).extract().jsonPath().getMap("items[0]"));
        }
        assertThat(onThePage).containsExactlyInAnyOrderElementsOf(issued.stream().map(r -> (String) r.get("id")).toList());
        @SuppressWarnings("unchecked")
        Map<String, Object> certificate = (Map<String, Object>) issued.get(0).get("data");
        assertThat(certificate.get("childPersonalId")).isEqualTo("079226006611");
        assertThat(certificate.get("childFullName")).isEqualTo("Võ Minh Khang");

        // each result's QR code links to the portal's verification page: authentic, with its issuer and number
        for (Map<String, Object> result : issued) {
            String verifyUrl = (String) result.get("verifyUrl");
            assertThat(verifyUrl).startsWith(window.portal + "/api/v1/results/verify?id=" + result.get("id"));
            window.get(verifyUrl);
            assertThat(window.byId("verdict").getDomAttribute("data-outcome")).isEqualTo("AUTHENTIC");
            assertThat(window.byId("verdict").getText()).contains("đúng là kết quả do cơ quan nhà nước ban hành");
            assertThat(window.byId("result-number").getText()).isEqualTo(result.get("number"));
            assertThat(window.byId("issuer").getText()).isEqualTo(result.get("issuer"));
            if (result == issued.get(0)) {
                window.shoot("verify-birth-certificate");
            }
        }

        // she rates the birth registration from its page (rating invites once it learns of the result)
        window.get("/my/dossiers/" + bundleCode);
        window.clickAndWait(browser.findElement(By.cssSelector("#members tr[data-code='" + p1Code + "'] a")),
                By.id("rate"));
        window.clickAndWait(window.byId("rate"), By.tagName("h1"));
        window.reloadUntil(Duration.ofSeconds(60), () -> !browser.findElements(By.id("rating-form")).isEmpty());
        window.byId("overall-VERY_SATISFIED").click();
        for (WebElement factor : browser.findElements(By.cssSelector("select[id^=factor-]"))) {
            new Select(factor).selectByValue("SATISFIED");
        }
        for (WebElement question : browser.findElements(By.cssSelector("select[id^=q-]"))) {
            new Select(question).selectByValue("YES");
        }
        window.byId("comment").sendKeys("Nộp một lần, nhận đủ ba kết quả.");
        window.clickAndWait(window.byId("send"), By.id("rating-saved"));
        assertThat(window.byId("rating-overall").getDomAttribute("data-level")).isEqualTo("VERY_SATISFIED");
        as(citizen).baseUri(PackagedPlatform.url("rating-service")).get("/api/v1/dossiers/{code}/ratings", p1Code)
                .then().statusCode(200).body("items", hasSize(1))
                .body("items[0].overall", equalTo("VERY_SATISFIED"))
                .body("items[0].comment", equalTo("Nộp một lần, nhận đủ ba kết quả."));
    }

    @Test
    @Order(2)
    void a_supplement_asked_through_the_checklist_is_what_the_dossier_waits_for() {
        String citizen = Tokens.citizen("079190006612");
        Received dossier = submitBirthRegistration(citizen, "079190006612");
        asOfficer();
        openTask(dossier.id(), "RECEIVE_CHECK");

        // nothing ticked: the API's violation next to the checklist
        window.clickAndWait(browser.findElement(By.id("request-supplement")), By.id("missing-error"));
        assertThat(browser.findElement(By.id("task-status")).getDomAttribute("data-status")).isEqualTo("OPEN");

        browser.findElement(By.id("missing-BIRTH_NOTICE")).click();
        browser.findElement(By.id("missing-REQUESTER_ID")).click();
        // the step stays open, paused until the applicant answers: the page says so and offers no outcome
        window.clickAndWait(browser.findElement(By.id("request-supplement")), By.id("paused"));
        assertThat(browser.findElement(By.id("paused")).getDomAttribute("data-status")).isEqualTo("SUPPLEMENT_REQUESTED");

        Map<String, String> names = componentNames("P1");
        String intake = PackagedPlatform.url("intake-service");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonPath d = as(citizen).baseUri(intake).get("/api/v1/dossiers/{code}", dossier.code()).then()
                    .statusCode(200).body("status", equalTo("SUPPLEMENT_REQUESTED")).extract().jsonPath();
            String asked = d.getString("timeline.find { it.kind == 'SUPPLEMENT_REQUESTED' }.description");
            assertThat(asked).contains(names.get("BIRTH_NOTICE")).contains(names.get("REQUESTER_ID"))
                    .doesNotContain(names.get("BIRTH_REGISTRATION_FORM"));
        });
    }

    @Test
    @Order(3)
    void a_rejection_needs_its_reason_and_decides_the_dossier() {
        String citizen = Tokens.citizen("079190006613");
        Received dossier = submitBirthRegistration(citizen, "079190006613");
        asOfficer();
        openTask(dossier.id(), "RECEIVE_CHECK");

        window.clickAndWait(browser.findElement(By.id("reject")), By.id("reject-reason-error"));
        assertThat(browser.findElement(By.id("reject-reason")).getDomAttribute("aria-invalid")).isEqualTo("true");

        browser.findElement(By.id("reject-reason")).sendKeys("Giấy chứng sinh không khớp với tờ khai");
        window.clickAndWait(browser.findElement(By.id("reject")), By.id("task-outcome"));
        assertThat(browser.findElement(By.id("task-outcome")).getDomAttribute("data-outcome")).isEqualTo("REJECT");
        assertThat(browser.findElement(By.id("task-note")).getText()).isEqualTo("Giấy chứng sinh không khớp với tờ khai");

        String intake = PackagedPlatform.url("intake-service");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                as(citizen).baseUri(intake).get("/api/v1/dossiers/{code}", dossier.code()).then().statusCode(200)
                        .body("status", equalTo("DECIDED")).body("decision", equalTo("REJECTED")));
    }

    /** The browser logged in as officer-anxuyen: whoever was logged in (the citizen, last) logs out first. */
    private static void asOfficer() {
        if (browser.getCurrentUrl().startsWith(window.portal + "/officer/")) {
            return;
        }
        if (!browser.findElements(By.id("logout")).isEmpty()) {
            window.logout();
        }
        window.loginAt("/officer/tasks", "officer-anxuyen");
    }

    /** Approves the open task page's step (its result fields filled already) and waits for the done page. */
    private static void approve() {
        window.clickAndWait(browser.findElement(By.id("approve")), By.id("task-outcome"));
        assertThat(browser.findElement(By.id("task-outcome")).getDomAttribute("data-outcome")).isEqualTo("APPROVE");
    }

    /** A result field's input: typed, or set as the value a date picker would give (its display is the browser's). */
    private static void fill(String field, String value) {
        WebElement input = browser.findElement(By.id("rd-" + field));
        if ("date".equals(input.getDomAttribute("type"))) {
            ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", input, value);
        } else {
            input.clear();
            input.sendKeys(value);
        }
    }

    private static void openTask(String dossierId, String step) {
        WebElement row = inboxRow(dossierId, step);
        window.clickAndWait(row.findElement(By.cssSelector("a.open-task")), By.id("dossier-code"));
        assertThat(browser.findElement(By.id("task-step")).getDomAttribute("data-step")).isEqualTo(step);
    }

    /**
     * The inbox row of a dossier's step, once processing has opened it: the inbox (oldest due first)
     * is read page by page until the row is there, and read again until it appears.
     */
    private static WebElement inboxRow(String dossierId, String step) {
        By row = By.cssSelector("#inbox tr[data-dossier='" + dossierId + "'][data-step='" + step + "']");
        // absent elements are looked for here, not waited for
        browser.manage().timeouts().implicitlyWait(Duration.ZERO);
        try {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
                window.get("/officer/tasks");
                while (browser.findElements(row).isEmpty()) {
                    List<WebElement> next = browser.findElements(By.id("next-page"));
                    if (next.isEmpty()) {
                        return false;
                    }
                    window.get(next.get(0).getDomAttribute("href"));
                }
                return true;
            });
        } finally {
            browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        }
        return browser.findElement(row);
    }

    private static Map<String, String> sessionCookies() {
        Map<String, String> cookies = new HashMap<>();
        for (Cookie cookie : browser.manage().getCookies()) {
            cookies.put(cookie.getName(), cookie.getValue());
        }
        return cookies;
    }

    /** The Vietnamese names of a procedure's published components, by code (intake's public catalog). */
    private static Map<String, String> componentNames(String procedure) {
        List<Map<String, Object>> components = given().baseUri(PackagedPlatform.url("intake-service"))
                .get("/api/v1/procedures/{id}", procedure).then().statusCode(200).extract().jsonPath()
                .getList("components");
        Map<String, String> names = new HashMap<>();
        components.forEach(c -> names.put((String) c.get("code"), (String) c.get("name")));
        return names;
    }
}
