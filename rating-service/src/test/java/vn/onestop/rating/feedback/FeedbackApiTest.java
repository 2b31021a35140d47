package vn.onestop.rating.feedback;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.onestop.contracts.ContractValidator;
import vn.onestop.contracts.EventType;
import vn.onestop.platform.testing.TestKafka;
import vn.onestop.rating.support.Db;
import vn.onestop.rating.support.TestClock;
import vn.onestop.rating.support.TestDossier;
import vn.onestop.workingtime.WorkCalendar;
import vn.onestop.workingtime.WorkCalendars;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import static vn.onestop.platform.testing.Tokens.as;
import static vn.onestop.platform.testing.Tokens.citizen;
import static vn.onestop.platform.testing.Tokens.officer;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class FeedbackApiTest {

    private static final TestKafka kafka = new TestKafka();
    private static final String SENDER = TestDossier.APPLICANT;

    @Inject
    Db db;

    @AfterAll
    static void close() {
        kafka.close();
    }

    @AfterEach
    void clock() {
        TestClock.reset();
    }

    private static io.restassured.response.ValidatableResponse submit(String key, String body) {
        return as(citizen(SENDER)).contentType("application/json").header("Idempotency-Key", key).body(body)
                .post("/api/v1/feedback").then();
    }

    @Test
    void feedback_is_due_in_the_working_days_of_its_agencys_own_calendar() {
        String agency = "001.04.20.H22";
        // the agency closes Tuesday to Thursday, 3-5 November 2026, as processing announces it
        WorkCalendar closed = WorkCalendars.vietnamDefault().toBuilder().agency(agency)
                .holiday(LocalDate.of(2026, 11, 3), "Nghỉ bù", "test").holiday(LocalDate.of(2026, 11, 4), "Nghỉ bù", "test")
                .holiday(LocalDate.of(2026, 11, 5), "Nghỉ bù", "test").build();
        String changed = """
                {"agency": "%s", "version": 1, "changedAt": "2026-10-30T01:00:00Z", "calendar": %s}"""
                .formatted(agency, WorkCalendars.toJson(closed));
        ContractValidator.shared().requireValid(EventType.CALENDAR_CHANGED, changed);
        kafka.sendEvent("rating-test.onestop.calendar.events.v1", EventType.CALENDAR_CHANGED.ceType(),
                UUID.randomUUID().toString(), agency, changed);
        // Monday 2 November 2026, 09:00 in the province: 5 working days end on Thursday 12, not Monday 9
        TestClock.setLocal("2026-11-02T09:00");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> submit("f-" + UUID.randomUUID(), """
                {"kind": "FEEDBACK", "agency": "%s", "text": "Nên có thêm ghế chờ"}""".formatted(agency))
                .statusCode(201).body("dueAt", equalTo("2026-11-12T02:00:00Z")));
    }

    @Test
    void due_dates_per_kind_in_working_days_and_the_handling_states() {
        // Monday 2 November 2026, 09:00 in the province
        TestClock.setLocal("2026-11-02T09:00");
        String complaint = submit("c-" + UUID.randomUUID(), """
                {"kind": "COMPLAINT", "agency": "000.02.20.H22", "text": "Cán bộ gây khó dễ"}""")
                .statusCode(201).body("status", equalTo("RECEIVED"))
                .body("receivedAt", equalTo("2026-11-02T02:00:00Z"))
                .body("dueAt", equalTo("2026-11-16T02:00:00Z"))     // 10 working days
                .body("answeredOnTime", nullValue())
                .body("submittedBy", equalTo("citizen-" + SENDER))
                .extract().path("id");
        String key = "f-" + UUID.randomUUID();
        String body = """
                {"kind": "FEEDBACK", "agency": "000.02.20.H22", "text": "Nên có thêm ghế chờ"}""";
        String remark = submit(key, body).statusCode(201)
                .body("dueAt", equalTo("2026-11-09T02:00:00Z"))      // 5 working days
                .extract().path("id");
        submit(key, body).statusCode(201).header("Idempotency-Replayed", "true").body("id", equalTo(remark));

        as(citizen(SENDER)).contentType("application/json").body("{\"satisfied\": true}")
                .post("/api/v1/feedback/{id}/satisfaction", complaint).then().statusCode(409)
                .body("type", equalTo("https://onestop.vn/problems/feedback-not-answered"));
        as(officer("000.02.20.H22"))
                .post("/api/v1/feedback/{id}/claim", complaint).then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS")).body("handledBy", equalTo("officer-000.02.20.h22"));
        as(officer("000.02.20.H22"))
                .post("/api/v1/feedback/{id}/claim", complaint).then().statusCode(409);

        TestClock.setLocal("2026-11-16T09:01");
        as(officer("000.02.20.H22")).contentType("application/json").body("{\"answer\": \"Đã xử lý\"}")
                .post("/api/v1/feedback/{id}/answer", complaint).then().statusCode(200)
                .body("status", equalTo("ANSWERED")).body("answeredOnTime", equalTo(false))
                .body("answeredBy", equalTo("officer-000.02.20.h22"));
        as(officer("000.02.20.H22")).contentType("application/json").body("{\"answer\": \"Lần nữa\"}")
                .post("/api/v1/feedback/{id}/answer", complaint).then().statusCode(409);
        as(citizen(SENDER)).contentType("application/json").body("{\"satisfied\": false}")
                .post("/api/v1/feedback/{id}/satisfaction", complaint).then().statusCode(200)
                .body("satisfied", equalTo(false));
        as(citizen(SENDER)).contentType("application/json").body("{\"satisfied\": true}")
                .post("/api/v1/feedback/{id}/satisfaction", complaint).then().statusCode(409);

        as(citizen(SENDER)).get("/api/v1/feedback/{id}", remark).then().statusCode(200).body("kind", equalTo("FEEDBACK"));
        as(officer("000.02.20.H22")).queryParam("agency", "000.02.20.H22").queryParam("status", "ANSWERED").get("/api/v1/feedback")
                .then().statusCode(200).body("items.id", org.hamcrest.Matchers.hasItem(complaint))
                .body("items.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(remark)));
    }

    @Test
    void feedback_about_a_dossier_goes_to_its_competent_agency() {
        TestDossier d = new TestDossier(kafka, "P2", "ONLINE", "002.03.20.H22", "000.03.20.H22", "2026-11-04T09:00",
                "2026-11-13T09:00", 1).submitted();
        await().atMost(Duration.ofSeconds(30)).until(() -> db.folded(d.eventIds) == 1);
        submit(UUID.randomUUID().toString(), """
                {"kind": "COMPLAINT", "dossierCode": "%s", "text": "Chậm"}""".formatted(d.code))
                .statusCode(201).body("agency", equalTo("000.03.20.H22")).body("dossierCode", equalTo(d.code));
    }

    @Test
    void refusals() {
        submit(UUID.randomUUID().toString(), """
                {"kind": "FEEDBACK", "text": "Không rõ gửi ai"}""").statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("dossierCode"))
                .body("violations[1].field", equalTo("agency"));
        submit(UUID.randomUUID().toString(), """
                {"kind": "FEEDBACK", "agency": "999.99.99.H22", "text": "?"}""").statusCode(400)
                .body("violations[0].field", equalTo("agency"));
        submit(UUID.randomUUID().toString(), """
                {"kind": "FEEDBACK", "dossierCode": "002.03.20.H22-261104-9998", "text": "?"}""").statusCode(404)
                .body("type", equalTo("https://onestop.vn/problems/unknown-dossier"));
        submit(UUID.randomUUID().toString(), """
                {"kind": "PRAISE", "agency": "000.03.20.H22", "text": "?"}""").statusCode(400)
                .body("violations[0].field", equalTo("kind"));
        as(citizen(SENDER)).contentType("application/json")
                .body("{\"kind\": \"FEEDBACK\", \"agency\": \"000.03.20.H22\", \"text\": \"x\"}")
                .post("/api/v1/feedback").then().statusCode(400).body("violations[0].field", equalTo("Idempotency-Key"));
        as(citizen(SENDER)).get("/api/v1/feedback/{id}", UUID.randomUUID()).then().statusCode(404);
    }
}
