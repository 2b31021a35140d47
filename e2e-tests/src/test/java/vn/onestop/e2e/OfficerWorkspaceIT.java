package vn.onestop.e2e;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import vn.onestop.contracts.ContractValidator;
import vn.onestop.contracts.EventType;
import vn.onestop.contracts.Topics;
import vn.onestop.platform.testing.EventTimes;
import vn.onestop.platform.testing.TestKafka;
import vn.onestop.platform.testing.Tokens;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static vn.onestop.platform.testing.Tokens.as;

/**
 * The civil-status officer's workspace in a real browser (issue #16): officer-anxuyen logs in, finds
 * the birth bundle's registration in the agency's inbox, opens it and one of its files, claims it
 * and approves its three steps (the last with the result-fields form, after a violation shown next
 * to its field); the police and the social-security system answer as in BirthBundleIT, and three
 * results are issued. Then a supplement asked through the checklist and a rejection with a reason,
 * each checked on intake's API.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OfficerWorkspaceIT extends EndToEndTest {

    private static final String WARD_CENTRE = "002.01.20.H22";
    private static final String CIVIL_STATUS = "000.01.20.H22";
    private static final String WARD_POLICE = "001.01.20.H22";
    private static final String APPLICANT_ID = "079190006611";
    private static final ZoneId PROVINCE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private static Browser window;
    private static WebDriver browser;

    @BeforeAll
    static void logIn() throws IOException {
        window = Browser.open();
        browser = window.driver;
        // realm user officer-anxuyen: an officer of the ward's People's Committee (civil status)
        window.loginAt("/officer/tasks", "officer-anxuyen");
    }

    @AfterAll
    static void closeBrowser() {
        if (window != null) {
            window.close();
        }
    }

    @Test
    @Order(1)
    void the_officer_works_the_birth_registration_of_a_bundle_in_the_workspace_and_three_results_are_issued()
            throws IOException {
        String applicant = Tokens.citizen(APPLICANT_ID);
        String intake = PackagedPlatform.url("intake-service");
        JsonPath parent = as(applicant).baseUri(intake).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body("""
                        {"procedureId": "BIRTH_BUNDLE", "channel": "ONLINE", "receivingAgency": "%s",
                         "applicant": {"type": "CITIZEN", "fullName": "Võ Thị Hạnh", "idNumber": "%s"},
                         "components": [%s, %s, %s, %s, %s]}""".formatted(WARD_CENTRE, APPLICANT_ID,
                        Components.pdf("BIRTH_REGISTRATION_FORM"), Components.pdf("BIRTH_NOTICE"),
                        Components.pdf("REQUESTER_ID"), Components.pdf("RESIDENCE_CHANGE_FORM"),
                        Components.pdf("HEALTH_INSURANCE_FORM")))
                .post("/api/v1/dossiers").then().statusCode(201).body("children", hasSize(3)).extract().jsonPath();
        String p1 = parent.getString("children.find { it.procedureId == 'P1' }.id");
        String p1Code = parent.getString("children.find { it.procedureId == 'P1' }.code");
        String p2 = parent.getString("children.find { it.procedureId == 'P2' }.id");
        String p3 = parent.getString("children.find { it.procedureId == 'P3' }.id");

        // the inbox: the new step is there, marked on time, and the page is sorted by due date
        WebElement row = inboxRow(p1, "RECEIVE_CHECK");
        assertThat(row.getDomAttribute("data-due-state")).isEqualTo("ON_TIME");
        assertThat(row.findElement(By.cssSelector(".mark")).getText()).isEqualTo("Trong hạn");
        assertThat(browser.findElement(By.id("officer-inbox-link")).isDisplayed()).isTrue();
        List<LocalDateTime> dues = browser.findElements(By.cssSelector("#inbox tbody tr td:nth-child(3)")).stream()
                .map(td -> LocalDateTime.parse(td.getText(), SHOWN)).toList();
        assertThat(dues).isSorted();
        window.shoot("officer-inbox");

        // the task page: its dossier, its components with their files, the due date explained
        window.clickAndWait(row.findElement(By.cssSelector("a.open-task")), By.id("dossier-code"));
        assertThat(browser.findElement(By.id("dossier-code")).getText()).isEqualTo(p1Code);
        assertThat(browser.findElement(By.id("applicant")).getText()).contains("Võ Thị Hạnh");
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

        // the birth certificate starts both follow-ons: police over REST, social security over its topics
        Officers.approve(p2, WARD_POLICE, "RECEIVE_CHECK", null);
        Officers.approve(p2, WARD_POLICE, "APPRAISE", null);
        Officers.approve(p2, WARD_POLICE, "APPROVE_UPDATE", """
                {"personalId": "079226006611", "permanentAddress": "Phường An Xuyên, Cà Mau", "registeredOn": "%s"}"""
                .formatted(today));
        partnerApproves(p3, "RECEIVE_CHECK", null);
        partnerApproves(p3, "APPRAISE", null);
        partnerApproves(p3, "ISSUE_CARD", "{\"healthInsuranceCardNumber\": \"TE1797922606611\", \"validFrom\": \""
                + today.minusDays(2) + "\"}");

        String results = PackagedPlatform.url("results-service");
        for (String member : List.of("P1", "P2", "P3")) {
            String code = parent.getString("children.find { it.procedureId == '" + member + "' }.code");
            await().atMost(Duration.ofSeconds(90)).untilAsserted(() ->
                    as(applicant).baseUri(results).get("/api/v1/dossiers/{code}/results", code).then()
                            .statusCode(200).body("items", hasSize(1)));
        }
        JsonPath certificate = as(applicant).baseUri(results).get("/api/v1/dossiers/{code}/results", p1Code)
                .then().extract().jsonPath();
        assertThat(certificate.getString("items[0].data.childPersonalId")).isEqualTo("079226006611");
        assertThat(certificate.getString("items[0].data.childFullName")).isEqualTo("Võ Minh Khang");
    }

    @Test
    @Order(2)
    void a_supplement_asked_through_the_checklist_is_what_the_dossier_waits_for() {
        String citizen = Tokens.citizen("079190006612");
        Received dossier = submitBirthRegistration(citizen, "079190006612");
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

    /** The social security system takes its task from its tasks topic and answers on its replies topic. */
    private static void partnerApproves(String dossierId, String step, String resultData) {
        List<ConsumerRecord<String, String>> assigned = kafka.awaitRecords(
                PackagedPlatform.TOPIC_PREFIX + Topics.forPartner(Topics.PARTNER_TASKS, "social-security"),
                r -> dossierId.equals(TestKafka.header(r, "ce_subject"))
                        && EventType.TASK_ASSIGNED.ceType().equals(TestKafka.header(r, "ce_type"))
                        && r.value().contains("\"" + step + "\""), Duration.ofSeconds(60));
        String taskId = JsonPath.from(assigned.get(0).value()).getString("taskId");
        String reply = """
                {"taskId": "%s", "dossierId": "%s", "outcome": "APPROVE", "completedBy": "vssid-gateway",
                 "completedAt": "%s"%s}""".formatted(taskId, dossierId, EventTimes.now(),
                resultData == null ? "" : ", \"resultData\": " + resultData);
        ContractValidator.shared().requireValid(EventType.TASK_COMPLETED, reply);
        kafka.sendEventFrom("/partners/social-security",
                PackagedPlatform.TOPIC_PREFIX + Topics.forPartner(Topics.PARTNER_REPLIES, "social-security"),
                EventType.TASK_COMPLETED.ceType(), UUID.randomUUID().toString(), dossierId, reply, Map.of());
    }
}
