package vn.onestop.processing.deadline;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.onestop.contracts.EventType;
import vn.onestop.platform.messaging.QueryGauges;
import vn.onestop.platform.testing.EventTimes;
import vn.onestop.platform.testing.Metrics;
import vn.onestop.platform.testing.TestKafka;
import vn.onestop.processing.ProcessingFixtures;
import vn.onestop.processing.ProcessingFixtures.Dossier;
import vn.onestop.processing.deadline.service.DeadlineWatch;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.onestop.platform.testing.Tokens.as;
import static vn.onestop.platform.testing.Tokens.leader;
import static vn.onestop.platform.testing.Tokens.officer;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static vn.onestop.processing.ProcessingFixtures.WARD_POLICE;
import static vn.onestop.processing.ProcessingFixtures.caseStatus;
import static vn.onestop.processing.ProcessingFixtures.complete;
import static vn.onestop.processing.ProcessingFixtures.eventWhere;
import static vn.onestop.processing.ProcessingFixtures.events;
import static vn.onestop.processing.ProcessingFixtures.newDossier;
import static vn.onestop.processing.ProcessingFixtures.openTask;
import static vn.onestop.processing.ProcessingFixtures.submit;
import static vn.onestop.processing.ProcessingFixtures.userOf;

/** Due dates explained and previewed, the at-risk and overdue watch (driven with its own clock), apologies. */
@QuarkusTest
class DeadlineTest {

    private static final TestKafka kafka = new TestKafka();

    @Inject
    DeadlineWatch watch;
    @Inject
    QueryGauges gauges;

    @AfterAll
    static void close() {
        kafka.close();
    }

    private static OffsetDateTime dueOf(Dossier d) {
        return OffsetDateTime.parse(as(officer(WARD_POLICE)).get("/api/v1/cases/{id}", d.id()).then().statusCode(200)
                .extract().<String>path("dueAt"));
    }

    @Test
    void the_preview_answers_when_a_dossier_received_then_would_be_due_and_why() {
        // received Tuesday 09:00 with 7 working days: due the Thursday of the next week at 09:00 (BRIEF §5);
        // public, so asked without a token
        given().queryParam("procedureId", "P2").queryParam("agency", WARD_POLICE)
                .queryParam("receivedAt", "2026-12-01T09:00:00+07:00")
                .get("/api/v1/deadlines/preview").then().statusCode(200)
                .body("due", equalTo("2026-12-10T09:00:00+07:00"))
                .body("steps.kind", hasItem("SKIPPED_DAY"))
                .body("steps.find { it.kind == 'SKIPPED_DAY' }.reason", equalTo("weekend"));
        // the construction permit's limit is the version's in force on the day: 15 calendar days up to
        // 30 Jun 2026 (Tue 30 Jun + 15 calendar days = Wed 15 Jul, due at the end of that working day,
        // 17:00), 7 working days from 1 Jul 2026 (Wed 1 Jul 09:00 + 7 working days = Fri 10 Jul 09:00)
        given().queryParam("procedureId", "P12").queryParam("receivedAt", "2026-06-30T09:00:00+07:00")
                .get("/api/v1/deadlines/preview").then().statusCode(200).body("due", equalTo("2026-07-15T17:00:00+07:00"));
        given().queryParam("procedureId", "P12").queryParam("receivedAt", "2026-07-01T09:00:00+07:00")
                .get("/api/v1/deadlines/preview").then().statusCode(200).body("due", equalTo("2026-07-10T09:00:00+07:00"));
        given().queryParam("procedureId", "P404").get("/api/v1/deadlines/preview").then().statusCode(404);
        given().queryParam("procedureId", "P2").queryParam("receivedAt", "tomorrow")
                .get("/api/v1/deadlines/preview").then().statusCode(400).body("violations.field", hasItem("receivedAt"));
        // a moment with no local date in the province (UTC+7) is refused, not a 500
        given().queryParam("procedureId", "P2").queryParam("receivedAt", "+999999999-12-31T23:59:59Z")
                .get("/api/v1/deadlines/preview").then().statusCode(400).body("violations.field", hasItem("receivedAt"));
    }

    /**
     * A dossier keeps the time limit of the catalog version it was received under: a construction
     * permit (P12) received on Monday 2 March 2026 09:00 under version 1 has 15 calendar days; the
     * same under version 2 (7 working days) is due Wednesday 11 March 09:00 (Mon 9:00 + 7 × 8 h).
     */
    @Test
    void the_deadline_follows_the_limit_of_the_dossiers_catalog_version() {
        OffsetDateTime received = OffsetDateTime.parse("2026-03-02T09:00:00+07:00");
        Dossier underV2 = newDossier();
        Dossier underV1 = newDossier();
        for (Object[] d : new Object[][]{{underV2, "{\"value\": 7, \"unit\": \"WORKING_DAYS\"}"},
                {underV1, "{\"value\": 15, \"unit\": \"CALENDAR_DAYS\"}"}}) {
            Dossier dossier = (Dossier) d[0];
            String data = ProcessingFixtures.submitted(dossier, "P12", ProcessingFixtures.WARD_COMMITTEE, received);
            data = data.substring(0, data.lastIndexOf('}')) + ", \"timeLimit\": " + d[1] + "}";
            vn.onestop.contracts.ContractValidator.shared().requireValid(EventType.DOSSIER_SUBMITTED, data);
            kafka.sendEvent(ProcessingFixtures.DOSSIERS, EventType.DOSSIER_SUBMITTED, dossier.id(), data);
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(officer(ProcessingFixtures.WARD_COMMITTEE))
                .get("/api/v1/dossiers/{id}/deadline", underV2.id()).then().statusCode(200)
                .body("explanation.due", equalTo("2026-03-11T09:00:00+07:00")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String due = as(officer(ProcessingFixtures.WARD_COMMITTEE)).get("/api/v1/dossiers/{id}/deadline", underV1.id())
                    .then().statusCode(200).extract().path("explanation.due");
            assertThat(OffsetDateTime.parse(due)).as("15 calendar days").isAfter(OffsetDateTime.parse("2026-03-16T00:00:00+07:00"));
        });
    }

    @Test
    void a_dossier_is_announced_at_risk_then_overdue_once_each() {
        Dossier d = newDossier();
        submit(kafka, d, "P2", WARD_POLICE);
        openTask(d, WARD_POLICE, "RECEIVE_CHECK");
        as(officer(WARD_POLICE)).get("/api/v1/dossiers/{id}/deadline", d.id()).then().statusCode(200)
                .body("explanation.due", notNullValue()).body("explanation.steps.size()", org.hamcrest.Matchers.greaterThan(0));
        OffsetDateTime due = dueOf(d);

        watch.scan(due.minusDays(30).toInstant());
        watch.scan(due.minusMinutes(30).toInstant());
        watch.scan(due.minusMinutes(20).toInstant());
        JsonNode atRisk = events(kafka, d, EventType.DOSSIER_AT_RISK, 1).get(0);
        assertThat(OffsetDateTime.parse(atRisk.get("dueAt").asText()).toInstant()).isEqualTo(due.toInstant());

        watch.scan(due.plusMinutes(1).toInstant());
        watch.scan(due.plusDays(1).toInstant());
        events(kafka, d, EventType.DOSSIER_OVERDUE, 1);
        // announced once each, though the watch ran several times; the first step (one working day)
        // was overdue long before the dossier and is announced on its own, naming the step
        List<ConsumerRecord<String, String>> alerts = kafka.awaitRecords(ProcessingFixtures.PROCESSING,
                r -> d.id().toString().equals(TestKafka.header(r, "ce_subject"))
                        && (EventType.DOSSIER_AT_RISK.ceType().equals(TestKafka.header(r, "ce_type"))
                        || EventType.DOSSIER_OVERDUE.ceType().equals(TestKafka.header(r, "ce_type"))), Duration.ofSeconds(30));
        assertThat(alerts).filteredOn(r -> !r.value().contains("\"step\"")).hasSize(2);
        assertThat(alerts).filteredOn(r -> r.value().contains("RECEIVE_CHECK"))
                .singleElement()
                .satisfies(r -> assertThat(TestKafka.header(r, "ce_type")).isEqualTo(EventType.DOSSIER_OVERDUE.ceType()));
    }

    private static OffsetDateTime taskDue(String taskId) {
        return OffsetDateTime.parse(as(officer(WARD_POLICE)).get("/api/v1/tasks/{id}", taskId).then().statusCode(200)
                .extract().<String>path("dueAt"));
    }

    @Test
    void a_supplement_not_received_by_its_deadline_refuses_the_dossier_once() {
        Dossier d = newDossier();
        submit(kafka, d, "P2", WARD_POLICE);
        String task = openTask(d, WARD_POLICE, "RECEIVE_CHECK");
        OffsetDateTime deadline = OffsetDateTime.now().plusDays(2).withNano(0);
        complete(WARD_POLICE, task, """
                {"outcome": "REQUEST_SUPPLEMENT", "missingItems": ["Giấy tờ chứng minh chỗ ở hợp pháp"],
                 "supplementDeadline": "%s"}""".formatted(deadline)).statusCode(200);
        assertThat(caseStatus(d)).isEqualTo("SUPPLEMENT_REQUESTED");

        // intake decides that the deadline passed (under the lock its supplements take) and says so,
        // once per round; a replay of the event, or one for another round, changes nothing
        String expired = """
                {"dossierId": "%s", "dossierCode": "%s", "round": %d, "applicantDeadline": "%s", "expiredAt": "%s"}""";
        String other = expired.formatted(d.id(), d.code(), 2, EventTimes.rfc3339(deadline), EventTimes.rfc3339(deadline));
        vn.onestop.contracts.ContractValidator.shared().requireValid(EventType.DOSSIER_SUPPLEMENT_EXPIRED, other);
        String otherId = kafka.sendEvent(ProcessingFixtures.DOSSIERS, EventType.DOSSIER_SUPPLEMENT_EXPIRED, d.id(), other);
        await().atMost(Duration.ofSeconds(30)).until(() -> ProcessingFixtures.processed(otherId));
        assertThat(caseStatus(d)).as("round 2 was never asked").isEqualTo("SUPPLEMENT_REQUESTED");
        String data = expired.formatted(d.id(), d.code(), 1, EventTimes.rfc3339(deadline),
                EventTimes.rfc3339(deadline.plusMinutes(1)));
        kafka.sendEvent(ProcessingFixtures.DOSSIERS, EventType.DOSSIER_SUPPLEMENT_EXPIRED, d.id(), data);
        kafka.sendEvent(ProcessingFixtures.DOSSIERS, EventType.DOSSIER_SUPPLEMENT_EXPIRED, d.id(), data);
        await().atMost(Duration.ofSeconds(30)).until(() -> "DECIDED".equals(caseStatus(d)));

        JsonNode decided = events(kafka, d, EventType.DOSSIER_DECIDED, 1).get(0);
        assertThat(decided.get("decision").asText()).isEqualTo("REJECTED");
        assertThat(decided.get("reason").asText()).contains("Hết thời hạn bổ sung").contains("round 1");
        // the pause ended at the deadline: the clock ran again from then, not from the scan
        JsonNode resumed = events(kafka, d, EventType.PROCESSING_RESUMED, 1).get(0);
        assertThat(OffsetDateTime.parse(resumed.get("resumedAt").asText()).toInstant()).isEqualTo(deadline.toInstant());
        assertThat(kafka.awaitSettled(ProcessingFixtures.PROCESSING, r -> d.id().toString().equals(
                TestKafka.header(r, "ce_subject")) && EventType.DOSSIER_DECIDED.ceType().equals(
                TestKafka.header(r, "ce_type")), Duration.ofSeconds(30))).as("refused once").hasSize(1);
        // a supplement arriving after the refusal changes nothing
        complete(WARD_POLICE, task, "{\"outcome\": \"APPROVE\"}").statusCode(409);
    }

    @Test
    void an_apology_moves_the_open_steps_and_announces_them_again() {
        Dossier d = newDossier();
        submit(kafka, d, "P2", WARD_POLICE);
        String task = openTask(d, WARD_POLICE, "RECEIVE_CHECK");
        OffsetDateTime due = dueOf(d);
        OffsetDateTime stepDue = taskDue(task);
        assertThat(dueState(task)).isEqualTo("ON_TIME");
        watch.scan(stepDue.plusMinutes(1).toInstant());
        eventWhere(kafka, d, EventType.DOSSIER_OVERDUE, e -> "RECEIVE_CHECK".equals(e.path("step").asText()));
        // the inbox marks the step as the alert named it
        assertThat(dueState(task)).isEqualTo("OVERDUE");
        as(officer(WARD_POLICE)).queryParam("status", "OPEN").queryParam("limit", 200).get("/api/v1/tasks")
                .then().statusCode(200).body("items.find { it.id == '" + task + "' }.dueState", equalTo("OVERDUE"));

        OffsetDateTime newDue = due.plusDays(7);
        as(leader(WARD_POLICE)).contentType(ContentType.JSON).body("""
                {"newDueAt": "%s", "reason": "Cần xác minh thêm"}""".formatted(newDue))
                .post("/api/v1/dossiers/{id}/apology", d.id()).then().statusCode(200);
        OffsetDateTime moved = taskDue(task);
        assertThat(moved).as("the step gets the dossier's extra working time").isAfter(stepDue.plusDays(4));
        assertThat(moved.toInstant()).isBeforeOrEqualTo(newDue.toInstant());
        assertThat(dueState(task)).as("moved past now: no longer overdue").isEqualTo("ON_TIME");

        // its overdue alert is announced again once the new step due passes, and only then
        watch.scan(moved.minusMinutes(1).toInstant());
        watch.scan(moved.plusMinutes(1).toInstant());
        assertThat(kafka.awaitSettled(ProcessingFixtures.PROCESSING, r -> d.id().toString().equals(
                        TestKafka.header(r, "ce_subject")) && EventType.DOSSIER_OVERDUE.ceType().equals(
                        TestKafka.header(r, "ce_type")) && r.value().contains("RECEIVE_CHECK"), Duration.ofSeconds(30)))
                .hasSize(2);
        assertThat(dueState(task)).isEqualTo("OVERDUE");
    }

    /**
     * The inbox keeps the tasks of the due states asked for (processing's own marks, read by the
     * office's overdue page); a due state it does not know is a 400 naming the parameter.
     */
    @Test
    void the_inbox_lists_the_tasks_of_the_due_states_asked_for() {
        Dossier d = newDossier();
        submit(kafka, d, "P2", WARD_POLICE);
        String task = openTask(d, WARD_POLICE, "RECEIVE_CHECK");
        assertThat(inboxIds("ON_TIME")).contains(task);
        assertThat(inboxIds("AT_RISK,OVERDUE")).doesNotContain(task);

        watch.scan(taskDue(task).plusMinutes(1).toInstant());
        eventWhere(kafka, d, EventType.DOSSIER_OVERDUE, e -> "RECEIVE_CHECK".equals(e.path("step").asText()));
        assertThat(inboxIds("AT_RISK,OVERDUE")).contains(task);
        assertThat(inboxIds("OVERDUE")).contains(task);
        assertThat(inboxIds("ON_TIME")).doesNotContain(task);
        assertThat(inboxIds("AT_RISK")).doesNotContain(task);
        // repeated, as a form would send it
        assertThat(as(officer(WARD_POLICE)).queryParam("status", "OPEN").queryParam("dueState", "AT_RISK")
                .queryParam("dueState", "OVERDUE").queryParam("limit", 200).get("/api/v1/tasks").then()
                .statusCode(200).extract().jsonPath().<String>getList("items.dueState")).isNotEmpty()
                .allSatisfy(state -> assertThat(state).isIn("AT_RISK", "OVERDUE"));

        as(officer(WARD_POLICE)).queryParam("dueState", "OVERDUE,LATE").get("/api/v1/tasks").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("dueState"));
        as(officer(WARD_POLICE)).queryParam("dueState", "overdue").get("/api/v1/tasks").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("dueState"));
    }

    /** The ids of the police's open tasks of these due states, every page of them. */
    private static List<String> inboxIds(String dueStates) {
        List<String> ids = new java.util.ArrayList<>();
        String cursor = null;
        do {
            var request = as(officer(WARD_POLICE)).queryParam("status", "OPEN").queryParam("dueState", dueStates)
                    .queryParam("limit", 200);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get("/api/v1/tasks").then().statusCode(200).extract().jsonPath();
            List<String> states = page.getList("items.dueState");
            assertThat(states).as("only %s", dueStates).allSatisfy(s -> assertThat(dueStates.split(",")).contains(s));
            ids.addAll(page.getList("items.id"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return ids;
    }

    private static String dueState(String taskId) {
        return as(officer(WARD_POLICE)).get("/api/v1/tasks/{id}", taskId).then().statusCode(200)
                .extract().path("dueState");
    }

    @Test
    void an_apology_sets_a_new_date_once_and_never_an_earlier_one() {
        Dossier d = newDossier();
        submit(kafka, d, "P2", WARD_POLICE);
        openTask(d, WARD_POLICE, "RECEIVE_CHECK");
        OffsetDateTime due = dueOf(d);

        as(leader(WARD_POLICE)).contentType(ContentType.JSON).body("""
                {"newDueAt": "%s", "reason": "Cần xác minh thêm"}""".formatted(due.minusDays(1)))
                .post("/api/v1/dossiers/{id}/apology", d.id()).then().statusCode(409)
                .contentType("application/problem+json").body("type", equalTo("https://onestop.vn/problems/apology-refused"));
        as(leader(WARD_POLICE)).contentType(ContentType.JSON).body("""
                {"newDueAt": "%s", "reason": "Cần xác minh thêm"}""".formatted(due.plusDays(3)))
                .post("/api/v1/dossiers/{id}/apology", d.id()).then().statusCode(200)
                .body("apologies", equalTo(1));
        assertThat(dueOf(d).toInstant()).isEqualTo(due.plusDays(3).toInstant());
        JsonNode apology = events(kafka, d, EventType.APOLOGY_ISSUED, 1).get(0);
        assertThat(apology.get("late").asBoolean()).isFalse();
        assertThat(OffsetDateTime.parse(apology.get("oldDueAt").asText()).toInstant()).isEqualTo(due.toInstant());
        assertThat(apology.get("issuedBy").asText()).isEqualTo(userOf("leader", WARD_POLICE));

        as(leader(WARD_POLICE)).contentType(ContentType.JSON).body("""
                {"newDueAt": "%s", "reason": "Lần nữa"}""".formatted(due.plusDays(6)))
                .post("/api/v1/dossiers/{id}/apology", d.id()).then().statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsStringIgnoringCase("once"));
        as(leader(WARD_POLICE)).contentType(ContentType.JSON).body("{\"reason\": \"x\"}")
                .post("/api/v1/dossiers/{id}/apology", d.id()).then().statusCode(400)
                .body("violations.field", hasItem("newDueAt"));
    }

    /** A gauge of the management port's /q/metrics, refreshed from the database first. */
    private double gauged(String name, String... labels) {
        gauges.refresh();
        return Metrics.sum(name, labels);
    }

    /**
     * The operator's gauges per competent agency: a dossier received 60 days before now (by the
     * clock) is past due at once; a dossier the watch judged at risk counts as at risk until an
     * apology gives it a new date.
     */
    @Test
    void open_dossiers_past_due_and_at_risk_are_gauged_per_agency() {
        String agency = "agency=\"" + WARD_POLICE + "\"";
        double overdue = gauged("onestop_dossiers_overdue", agency);
        Dossier late = newDossier();
        kafka.sendEvent(ProcessingFixtures.DOSSIERS, EventType.DOSSIER_SUBMITTED, late.id(), ProcessingFixtures.submitted(
                late, "P2", WARD_POLICE, OffsetDateTime.now(ZoneOffset.UTC).minusDays(60)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(gauged("onestop_dossiers_overdue", agency)).isEqualTo(overdue + 1));

        Dossier risky = newDossier();
        submit(kafka, risky, "P2", WARD_POLICE);
        openTask(risky, WARD_POLICE, "RECEIVE_CHECK");
        OffsetDateTime due = dueOf(risky);
        double atRiskBefore = gauged("onestop_dossiers_at_risk", agency);
        watch.scan(due.minusMinutes(30).toInstant());
        events(kafka, risky, EventType.DOSSIER_AT_RISK, 1);
        // the scan, driven to a later moment, may judge other open dossiers of the agency at risk too
        double atRisk = gauged("onestop_dossiers_at_risk", agency);
        assertThat(atRisk).isGreaterThanOrEqualTo(atRiskBefore + 1);
        as(leader(WARD_POLICE)).contentType(ContentType.JSON).body("""
                {"newDueAt": "%s", "reason": "Cần xác minh thêm"}""".formatted(due.plusDays(7)))
                .post("/api/v1/dossiers/{id}/apology", risky.id()).then().statusCode(200);
        assertThat(gauged("onestop_dossiers_at_risk", agency)).as("no longer at risk with its new date")
                .isEqualTo(atRisk - 1);
        assertThat(gauged("onestop_dossiers_overdue", agency)).isEqualTo(overdue + 1);
        // every service shows its outbox backlog, read from its database
        assertThat(Metrics.shows("onestop_outbox_backlog")).isTrue();
        assertThat(Metrics.shows("onestop_outbox_oldest_age_seconds")).isTrue();
    }
}
