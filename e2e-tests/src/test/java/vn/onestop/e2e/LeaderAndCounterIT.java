package vn.onestop.e2e;

import io.restassured.http.ContentType;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static vn.onestop.platform.testing.Tokens.as;

/**
 * The office pages in a real browser on the packaged platform: the leader of An Xuyên's civil
 * status sees rating-service's indices drawn as charts, and sees them move when a dossier of the
 * agency is decided and rated; the ward centre's counter staff hand the result over with its proof
 * and close and reopen a channel, and receive a walk-in applicant's dossier and print its receipt; the
 * leader sets a new date for it with an apology letter; the operator sees a result that cannot be issued. Every figure the
 * page must show is read from the services' APIs, never written here.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LeaderAndCounterIT extends BrowserTest {

    private static final ZoneId PROVINCE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String CITIZEN_ID = "096185000888";
    private static final String WARD_CENTRE = "002.01.20.H22";
    private static final String CIVIL_STATUS = "000.01.20.H22";
    private static final String WARD_UNIT = "96001";

    /** The dossier the leader's test decides and rates; the counter hands its result over. */
    private static Received decided;


    @Test
    @Order(1)
    void the_leader_sees_the_indices_as_charts_and_sees_them_move_when_a_dossier_is_decided_and_rated() throws IOException {
        JsonPath before = indices(CIVIL_STATUS);
        window.loginAt("/office/leader/indices", "leader-anxuyen");
        // the four shares by agency and by month, drawn on the server: no script on the page
        assertThat(browser.findElements(By.cssSelector("figure.chart svg"))).hasSize(8);
        assertThat(browser.findElements(By.tagName("script"))).isEmpty();
        for (String chart : List.of("agency-on-time", "agency-online", "agency-digitized", "agency-satisfaction")) {
            assertThat(browser.findElements(By.cssSelector("#" + chart + " g[data-key='" + CIVIL_STATUS + "']")))
                    .as(chart).hasSize(1);
        }
        assertThat(browser.findElements(By.cssSelector("#month-on-time g.bar"))).hasSize(6);
        assertThat(figure("finished")).isEqualTo(before.getLong("finished"));
        assertThat(figure("ratings")).isEqualTo(before.getLong("satisfaction.ratings"));

        // a birth registration of the ward is decided and its result issued, and the citizen rates it
        String citizen = Tokens.citizen(CITIZEN_ID);
        decided = submitBirthRegistration(citizen, CITIZEN_ID);
        LocalDate today = LocalDate.now(PROVINCE);
        Officers.approve(decided.id(), CIVIL_STATUS, "RECEIVE_CHECK", null);
        Officers.approve(decided.id(), CIVIL_STATUS, "RECORD_ASSIGN_ID", null);
        Officers.approve(decided.id(), CIVIL_STATUS, "SIGN", """
                {"birthCertificateNumber": "88/%d", "childPersonalId": "096226000888", "childFullName": "Phạm Minh Khang",
                 "childDateOfBirth": "%s"}""".formatted(today.getYear(), today.minusDays(2)));
        String rating = PackagedPlatform.url("rating-service");
        // a new key each try: rating answers 409 not-invited until it has learnt of the result
        await().atMost(Duration.ofSeconds(60)).until(() -> as(citizen).baseUri(rating).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString()).body("""
                        {"overall": "VERY_SATISFIED", "factors": {"access": "SATISFIED", "procedure": "SATISFIED",
                         "officials": "VERY_SATISFIED", "result": "SATISFIED", "feedbackHandling": "SATISFIED"},
                         "answers": {"oneStop": "YES", "procedurePublished": "YES", "officialsAttitude": "YES",
                         "feedbackHandling": "YES", "onlineService": "YES"}}""")
                .post("/api/v1/dossiers/{code}/ratings", decided.code()).statusCode() == 201);

        // rating-service counts them once its projection has the events; the page shows what it counts
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            JsonPath now = indices(CIVIL_STATUS);
            return now.getLong("finished") > before.getLong("finished")
                    && now.getLong("satisfaction.ratings") > before.getLong("satisfaction.ratings");
        });
        window.reloadUntil(Duration.ofSeconds(30), () -> {
            JsonPath now = indices(CIVIL_STATUS);
            return figure("finished") == now.getLong("finished") && figure("ratings") == now.getLong("satisfaction.ratings");
        });
        JsonPath after = indices(CIVIL_STATUS);
        assertThat(figure("finished")).isGreaterThan(before.getLong("finished"));
        Double satisfied = after.getDouble("satisfaction.satisfiedShare");
        assertThat(browser.findElement(By.cssSelector("#agency-satisfaction g[data-key='" + CIVIL_STATUS + "']"))
                .getDomAttribute("data-figure")).isEqualTo(percent(satisfied));
        assertThat(browser.findElement(By.cssSelector("#agency-figures tr[data-agency='" + CIVIL_STATUS
                + "'] td[data-figure=satisfiedShare]")).getText()).isEqualTo(percent(satisfied));
        // shot once the agency has a decided and rated dossier, so that its bars are drawn
        window.shoot("office-indices");

        // the ranking of the communes with their moves, as rating ranks them
        browser.get(window.portal + "/office/leader/rankings?level=COMMUNE");
        Map<String, Object> ward = given().baseUri(rating).queryParam("level", "COMMUNE")
                .get("/api/v1/rankings").then().statusCode(200).extract().jsonPath()
                .getMap("items.find { it.unit == '" + WARD_UNIT + "' }");
        WebElement row = browser.findElement(By.cssSelector("#rankings tr[data-unit='" + WARD_UNIT + "']"));
        assertThat(row.getDomAttribute("data-rank")).isEqualTo(String.valueOf(ward.get("rank")));
        assertThat(row.findElement(By.cssSelector(".move")).getText()).isNotBlank();
        window.shoot("office-rankings");

        // the agency's own monthly statistics and its overdue or nearly due tasks
        browser.get(window.portal + "/office/leader/overdue");
        JsonPath statistics = as(Tokens.leader(CIVIL_STATUS)).baseUri(rating).queryParam("agency", CIVIL_STATUS)
                .queryParam("month", YearMonth.now(PROVINCE).toString()).get("/api/v1/statistics/monthly")
                .then().statusCode(200).extract().jsonPath();
        assertThat(browser.findElement(By.cssSelector("#statistics dd[data-figure=finishedOnTime]")).getText())
                .isEqualTo(String.valueOf(statistics.getLong("finishedOnTime")));
        assertThat(browser.findElement(By.id("urgent-tasks")).isDisplayed()).isTrue();
        // the tasks are those processing itself marks at risk or overdue (its deadline watch), as it marks them
        List<String> marked = new java.util.ArrayList<>();
        for (String status : List.of("OPEN", "CLAIMED")) {
            marked.addAll(as(Tokens.leader(CIVIL_STATUS)).baseUri(PackagedPlatform.url("processing-service"))
                    .queryParam("status", status).queryParam("dueState", "AT_RISK,OVERDUE").queryParam("limit", 200)
                    .get("/api/v1/tasks").then().statusCode(200).extract().jsonPath().getList("items.id"));
        }
        assertThat(browser.findElements(By.cssSelector("#urgent-tasks tr[data-task]")).stream()
                .map(tr -> tr.getDomAttribute("data-task")).toList()).containsExactlyInAnyOrderElementsOf(marked);
        logout();
    }

    @Test
    @Order(2)
    void counter_staff_hand_a_result_over_with_its_proof_and_close_and_reopen_a_channel() throws IOException {
        assertThat(decided).as("the leader's test decided a dossier").isNotNull();
        String results = PackagedPlatform.url("results-service");
        String counter = Tokens.centreStaff(WARD_CENTRE);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as(counter).baseUri(results)
                .get("/api/v1/dossiers/{code}/results", decided.code()).then().statusCode(200)
                .body("items[0].id", notNullValue()));
        String resultId = as(counter).baseUri(results).get("/api/v1/dossiers/{code}/results", decided.code())
                .then().extract().path("items[0].id");

        window.loginAt("/office/counter/handover?code=" + decided.code(), "staff-anxuyen");
        // without who received it: the API's violation is shown next to its field
        browser.findElement(By.id("proof-" + resultId)).sendKeys("PBG-0001");
        window.clickAndWait(browser.findElement(By.cssSelector("#result-" + resultId + " button[type=submit]")),
                By.id("receivedBy-error-" + resultId));
        assertThat(browser.findElement(By.id("receivedBy-" + resultId)).getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElement(By.id("proof-" + resultId)).getDomProperty("value")).isEqualTo("PBG-0001");

        String proof = "PBG-" + decided.code();
        browser.findElement(By.id("receivedBy-" + resultId)).sendKeys("Phạm Thị Dung");
        browser.findElement(By.id("receiverIdNumber-" + resultId)).sendKeys(CITIZEN_ID);
        WebElement proofField = browser.findElement(By.id("proof-" + resultId));
        proofField.clear();
        proofField.sendKeys(proof);
        window.shoot("office-handover");
        window.clickAndWait(browser.findElement(By.cssSelector("#result-" + resultId + " button[type=submit]")),
                By.id("handover-done"));
        assertThat(browser.findElement(By.cssSelector("#result-" + resultId + " .handed-over")).getDomAttribute("data-proof"))
                .isEqualTo(proof);
        JsonPath returned = as(counter).baseUri(results).get("/api/v1/results/{id}", resultId).then().statusCode(200)
                .extract().jsonPath();
        assertThat(returned.getString("returned.proof")).isEqualTo(proof);
        assertThat(returned.getString("returned.receivedBy")).isEqualTo("Phạm Thị Dung");
        assertThat(returned.getString("returned.receiverIdNumber")).isEqualTo(CITIZEN_ID);
        assertThat(returned.getString("returned.channel")).isEqualTo("COUNTER");
        window.shoot("office-handed-over");

        // the centre's postal channel: closed with a reason, then opened again
        String intake = PackagedPlatform.url("intake-service");
        try {
            browser.get(window.portal + "/office/counter/channels");
            assertThat(browser.findElement(By.id("centre")).getText()).isEqualTo(WARD_CENTRE);
            assertThat(browser.findElement(By.id("channel-POSTAL")).getDomAttribute("data-open")).isEqualTo("true");
            browser.findElement(By.id("reason-POSTAL")).sendKeys("Bưu cục tạm nghỉ");
            window.clickAndWait(browser.findElement(By.id("toggle-POSTAL")), By.id("channel-changed"));
            assertThat(browser.findElement(By.id("channel-POSTAL")).getDomAttribute("data-open")).isEqualTo("false");
            Map<String, Object> closed = channel(intake, "POSTAL");
            assertThat(closed.get("open")).isEqualTo(false);
            assertThat(closed.get("reason")).isEqualTo("Bưu cục tạm nghỉ");

            window.clickAndWait(browser.findElement(By.id("toggle-POSTAL")), By.id("channel-changed"));
            assertThat(browser.findElement(By.id("channel-POSTAL")).getDomAttribute("data-open")).isEqualTo("true");
            assertThat(channel(intake, "POSTAL").get("open")).isEqualTo(true);
        } finally {
            as(counter).baseUri(intake).contentType(ContentType.JSON).body("{\"open\": true}")
                    .put("/api/v1/service-centres/{code}/channels/POSTAL", WARD_CENTRE).then().statusCode(200);
        }
        logout();
    }

    @Test
    @Order(3)
    void the_operator_sees_a_result_that_cannot_be_issued() {
        // as BlockedResultIT: a health-insurance card whose child's date of birth makes it expired already
        LocalDate today = LocalDate.now(PROVINCE);
        String counter = Tokens.centreStaff(WARD_CENTRE);
        JsonPath submitted = as(counter).baseUri(PackagedPlatform.url("intake-service")).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString()).body("""
                        {"procedureId": "P3", "channel": "COUNTER", "receivingAgency": "%s",
                         "applicant": {"type": "CITIZEN", "fullName": "Hồ Thị Mai", "idNumber": "079190004888"},
                         "components": [%s, %s]}""".formatted(WARD_CENTRE, Components.pdf("HEALTH_INSURANCE_FORM"),
                        Components.pdf("BIRTH_CERT")))
                .post("/api/v1/dossiers").then().statusCode(201).extract().jsonPath();
        String id = submitted.getString("id");
        String code = submitted.getString("code");
        String agency = submitted.getString("competentAgency");
        Officers.approve(id, agency, "RECEIVE_CHECK", null);
        Officers.approve(id, agency, "APPRAISE", null);
        Officers.approve(id, agency, "ISSUE_CARD", """
                {"healthInsuranceCardNumber": "TE1797922600888", "validFrom": "%s", "childDateOfBirth": "%s"}"""
                .formatted(today, today.minusYears(7)));
        String results = PackagedPlatform.url("results-service");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as(Tokens.operator()).baseUri(results)
                .get("/api/v1/blocked-results").then().statusCode(200).body("items.dossierCode", hasItem(code)));

        window.loginAt("/office/blocked-results", "operator");
        WebElement row = browser.findElement(By.cssSelector("#blocked-results tr[data-dossier='" + code + "']"));
        assertThat(row.getText()).contains("P3", "childDateOfBirth");
        // tasks belong to an agency: the overdue page tells the operator so rather than a bare 403
        browser.get(window.portal + "/office/leader/overdue");
        assertThat(browser.findElement(By.id("no-agency-tasks")).getText()).contains("không thuộc cơ quan nào");
        logout();

        // corrected, so that the platform the next classes share has nothing blocked
        as(Tokens.officer(agency)).baseUri(PackagedPlatform.url("processing-service")).contentType(ContentType.JSON)
                .body("""
                        {"resultData": {"healthInsuranceCardNumber": "TE1797922600888", "validFrom": "%s",
                         "childDateOfBirth": "%s"}, "note": "Sai năm sinh"}""".formatted(today, today.minusYears(1)))
                .post("/api/v1/cases/{id}/result-data", id).then().statusCode(200);
    }

    @Test
    @Order(4)
    void counter_staff_receive_a_walk_in_dossier_and_print_its_receipt_and_the_leader_sets_a_new_date() throws IOException {
        String applicantId = "096190004777";
        String applicantName = "Trần Văn Bình";
        window.loginAt("/office/counter/receive", "staff-anxuyen");
        window.clickAndWait(window.byId("receive-P1"), By.id("receive-form"));
        assertThat(window.byId("receiving-centre").getDomAttribute("data-centre")).isEqualTo(WARD_CENTRE);
        assertThat(browser.findElements(By.cssSelector("#receive-form select[name=ref]"))).isEmpty();

        // the applicant's proof of identity is missing: the form says so before anything is sent
        window.byId("fullName").sendKeys(applicantName);
        window.byId("idNumber").sendKeys(applicantId);
        window.byId("phone").sendKeys("09x");
        new Select(window.byId("unit")).selectByValue(WARD_UNIT);
        window.byId("file-BIRTH_REGISTRATION_FORM").sendKeys(pdf("to-khai").toString());
        window.byId("file-BIRTH_NOTICE").sendKeys(pdf("giay-chung-sinh").toString());
        window.clickAndWait(window.byId("receive"), By.id("guidance"));
        assertThat(browser.findElements(By.cssSelector("#guidance li")).stream().map(e -> e.getDomAttribute("data-code")))
                .containsExactly("REQUESTER_ID");
        assertThat(window.byId("fullName").getDomProperty("value")).isEqualTo(applicantName);
        assertThat(new Select(window.byId("unit")).getFirstSelectedOption().getDomAttribute("value")).isEqualTo(WARD_UNIT);
        window.shoot("counter-receive");

        // complete, but with a phone number intake refuses: its violation is shown next to the field
        for (String code : List.of("BIRTH_REGISTRATION_FORM", "BIRTH_NOTICE", "REQUESTER_ID")) {
            window.byId("file-" + code).sendKeys(pdf(code).toString());
        }
        window.clickAndWait(window.byId("receive"), By.id("phone-error"));
        assertThat(window.byId("phone").getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(window.byId("idNumber").getDomProperty("value")).isEqualTo(applicantId);

        WebElement phone = window.byId("phone");
        phone.clear();
        phone.sendKeys("0912345678");
        for (String code : List.of("BIRTH_REGISTRATION_FORM", "BIRTH_NOTICE", "REQUESTER_ID")) {
            window.byId("file-" + code).sendKeys(pdf(code).toString());
        }
        window.clickAndWait(window.byId("receive"), By.id("dossier-code"));
        String code = window.byId("dossier-code").getText().strip();
        assertThat(window.byId("channel").getDomAttribute("data-channel")).isEqualTo("COUNTER");
        assertThat(window.byId("due-at").getText()).isNotBlank();

        // the receipt, through the portal with the staff's session
        byte[] receipt = given().cookies(cookies()).get(window.byId("receipt-link").getDomProperty("href"))
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertThat(new String(receipt, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        JsonPath filed = as(Tokens.centreStaff(WARD_CENTRE)).baseUri(PackagedPlatform.url("intake-service"))
                .get("/api/v1/dossiers/{code}", code).then().statusCode(200).extract().jsonPath();
        assertThat(filed.getString("channel")).isEqualTo("COUNTER");
        assertThat(filed.getString("receivingAgency")).isEqualTo(WARD_CENTRE);
        assertThat(filed.getString("competentAgency")).isEqualTo(CIVIL_STATUS);
        assertThat(filed.getString("applicant.fullName")).isEqualTo(applicantName);
        assertThat(filed.getString("applicant.idNumber")).isEqualTo(applicantId);
        String id = filed.getString("id");
        logout();

        // the civil status leader apologises with a new date three days after the current one
        String processing = PackagedPlatform.url("processing-service");
        String leader = Tokens.leader(CIVIL_STATUS);
        await().atMost(Duration.ofSeconds(60)).until(() -> as(leader).baseUri(processing)
                .get("/api/v1/dossiers/{id}/deadline", id).statusCode() == 200);
        OffsetDateTime due = OffsetDateTime.parse(as(leader).baseUri(processing)
                .get("/api/v1/dossiers/{id}/deadline", id).then().extract().path("dueAt"));
        window.loginAt("/office/leader/apology", "leader-anxuyen");
        window.byId("code").sendKeys(code);
        window.clickAndWait(browser.findElement(By.cssSelector("form.lookup button[type=submit]")), By.id("apology-form"));
        assertThat(OffsetDateTime.parse(window.byId("current-due").getDomAttribute("data-due")).toInstant())
                .isEqualTo(due.toInstant());

        // a date before the current one: processing's refusal is shown next to the date, the reason kept
        String reason = "Cần xác minh thêm thông tin khai sinh với cơ quan công an";
        setDateTime("newDueAt", field(due.minusDays(1)));
        window.byId("reason").sendKeys(reason);
        window.clickAndWait(window.byId("apologise"), By.id("newDueAt-error"));
        assertThat(window.byId("newDueAt").getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(window.byId("reason").getDomProperty("value")).isEqualTo(reason);

        String later = field(due.plusDays(3));
        setDateTime("newDueAt", later);
        window.shoot("leader-apology");
        window.clickAndWait(window.byId("apologise"), By.id("apology-issued"));
        OffsetDateTime promised = LocalDateTime.parse(later).atZone(PROVINCE).toOffsetDateTime();
        assertThat(OffsetDateTime.parse(window.byId("new-due-at").getDomAttribute("data-due")).toInstant())
                .isEqualTo(promised.toInstant());
        JsonPath deadline = as(leader).baseUri(processing).get("/api/v1/dossiers/{id}/deadline", id).then()
                .statusCode(200).extract().jsonPath();
        assertThat(OffsetDateTime.parse(deadline.getString("dueAt")).toInstant()).isEqualTo(promised.toInstant());
        assertThat(deadline.getInt("apologies")).isEqualTo(1);

        // the letter (form 04), once intake has learnt of it, through the portal with the leader's session
        String intake = PackagedPlatform.url("intake-service");
        await().atMost(Duration.ofSeconds(60)).until(() -> as(leader).baseUri(intake)
                .get("/api/v1/dossiers/{code}/apology-letter", code).statusCode() == 200);
        byte[] letter = given().cookies(cookies()).get(window.byId("letter-link").getDomProperty("href"))
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertThat(new String(letter, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        logout();
    }

    private static JsonPath indices(String unit) {
        return given().baseUri(PackagedPlatform.url("rating-service")).queryParam("unit", unit)
                .get("/api/v1/indices").then().statusCode(200).extract().jsonPath();
    }

    /** A figure of the agency's row on the indices page. */
    private static long figure(String name) {
        return Long.parseLong(browser.findElement(By.cssSelector("#agency-figures tr[data-agency='" + CIVIL_STATUS
                + "'] td[data-figure=" + name + "]")).getText().strip());
    }

    /** A share as a Vietnamese page writes it ("85,3%"), "–" for none. */
    private static String percent(Double share) {
        if (share == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getPercentInstance(Locale.forLanguageTag("vi"));
        format.setMaximumFractionDigits(1);
        return format.format(share);
    }

    private static Map<String, Object> channel(String intake, String channel) {
        return given().baseUri(intake).get("/api/v1/service-centres/{code}/channels", WARD_CENTRE).then()
                .statusCode(200).extract().jsonPath().getMap("items.find { it.channel == '" + channel + "' }");
    }

    /** The browser's cookies (the portal's session among them), for fetching what a link opens. */
    private static Map<String, String> cookies() {
        return browser.manage().getCookies().stream().collect(Collectors.toMap(Cookie::getName, Cookie::getValue,
                (a, b) -> a));
    }

    /** A small PDF file named after the component, as a scanner would give it. */
    private static Path pdf(String name) throws IOException {
        Path file = Files.createTempDirectory("counter-scan").resolve(name + ".pdf");
        Files.writeString(file, "%PDF-1.4\n%" + name + "\n", StandardCharsets.US_ASCII);
        return file;
    }

    /** What a date-time field holds for an instant: the province's wall clock, to the minute. */
    private static String field(OffsetDateTime at) {
        return at.atZoneSameInstant(PROVINCE).truncatedTo(ChronoUnit.MINUTES)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
    }

    /** Sets a date-time field as a picker would (typing into one depends on the browser's locale). */
    private static void setDateTime(String id, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", window.byId(id), value);
    }

    /** Logs out (at the identity provider too), so the next test logs in as someone else. */
    private static void logout() {
        browser.findElement(By.id("logout")).click();
        await().atMost(Duration.ofSeconds(30)).until(() -> !browser.findElements(By.id("login")).isEmpty());
    }
}
