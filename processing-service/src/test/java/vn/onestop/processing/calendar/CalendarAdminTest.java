package vn.onestop.processing.calendar;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.onestop.contracts.ContractValidator;
import vn.onestop.contracts.EventType;
import vn.onestop.platform.testing.ManagementPort;
import vn.onestop.platform.testing.TestKafka;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.onestop.platform.testing.Tokens.admin;
import static vn.onestop.platform.testing.Tokens.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.hasItem;

/** Processing owns the working-day calendars and announces each version on the calendar topic. */
@QuarkusTest
class CalendarAdminTest {

    private static final String TOPIC = "processing-test.onestop.calendar.events.v1";
    private static final TestKafka kafka = new TestKafka();

    @AfterAll
    static void close() {
        kafka.close();
    }

    static String calendar(String firstPeriodEnd) {
        return """
                {"zone": "Asia/Ho_Chi_Minh",
                 "workingPeriods": [{"start": "07:30", "end": "%s"}, {"start": "13:00", "end": "16:30"}],
                 "weekend": ["SUNDAY"], "sameDayCutoff": "15:00",
                 "holidays": [{"date": "2026-12-31", "name": "Ngày nghỉ bù", "source": "test"}],
                 "makeUpWorkingDays": []}""".formatted(firstPeriodEnd);
    }

    @Test
    void the_default_calendar_is_seeded_and_announced_at_first_start() {
        List<ConsumerRecord<String, String>> events = kafka.awaitRecords(TOPIC, r -> "default".equals(r.key()),
                Duration.ofSeconds(30));
        assertThat(events).isNotEmpty();
        assertThat(TestKafka.header(events.get(0), "ce_subject")).isEqualTo("default");
        ContractValidator.shared().requireValid(EventType.CALENDAR_CHANGED, events.get(0).value());
        given().get("/api/v1/calendars/default").then().statusCode(200)
                .body("version", equalTo(1))
                .body("calendar.holidays.name", hasItem("Tết Nguyên đán"));
    }

    @Test
    void an_agency_calendar_replaces_the_default_for_that_agency_only_and_is_announced() {
        String agency = "000.00.31.T" + System.nanoTime() % 100000;
        given().get("/api/v1/calendars/{agency}", agency).then().statusCode(200).body("appliesFrom", equalTo("default"));

        as(admin()).contentType(ContentType.JSON).body(calendar("11:30")).put("/api/v1/calendars/{agency}", agency)
                .then().statusCode(200).body("version", equalTo(1)).body("appliesFrom", equalTo(agency));
        as(admin()).contentType(ContentType.JSON).body(calendar("12:00")).put("/api/v1/calendars/{agency}", agency)
                .then().statusCode(200).body("version", equalTo(2));
        given().get("/api/v1/calendars/{agency}", agency).then().statusCode(200)
                .body("calendar.workingPeriods[0].end", equalTo("12:00"))
                .body("calendar.weekend", equalTo(List.of("SUNDAY")));

        List<ConsumerRecord<String, String>> events = kafka.awaitSettled(TOPIC, r -> agency.equals(r.key())
                && r.value().replace(" ", "").contains("\"version\":2,"), Duration.ofSeconds(30));
        assertThat(events).hasSize(1);
        ContractValidator.shared().requireValid(EventType.CALENDAR_CHANGED, events.get(0).value());
    }

    @Test
    void operators_see_until_when_each_calendar_holds_its_days_off_and_are_warned_when_it_runs_out() {
        int thisYear = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
        String ended = "000.00.33.T" + System.nanoTime() % 100000;
        String ahead = "000.00.34.T" + System.nanoTime() % 100000;
        // derived from the clock: one calendar ended last year, the other holds two more years
        as(admin()).contentType(ContentType.JSON).body(yearsCalendar(thisYear - 1, thisYear - 1, false))
                .put("/api/v1/calendars/{agency}", ended).then().statusCode(200)
                .body("coverage.through", equalTo(thisYear - 1))
                .body("coverage.warning", containsString("through " + (thisYear - 1)));
        as(admin()).contentType(ContentType.JSON).body(yearsCalendar(thisYear, thisYear + 2, true))
                .put("/api/v1/calendars/{agency}", ahead).then().statusCode(200)
                .body("coverage.through", equalTo(thisYear + 2))
                .body("coverage.warning", nullValue())
                .body("coverage.unverified", hasItem((thisYear + 2) + "-01-01 Tết Dương lịch (day off)"));

        ManagementPort.given().get("/q/health/well").then().statusCode(503)
                .body("checks.find { it.name == 'calendar-coverage' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == 'calendar-coverage' }.data", hasKey(ended + ".warning"))
                .body("checks.find { it.name == 'calendar-coverage' }.data", not(hasKey(ahead + ".warning")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(ManagementPort.given().get("/q/metrics").then()
                .statusCode(200).extract().asString())
                .containsPattern("onestop_calendar_days_left\\{calendar=\"" + ended.replace(".", "\\.") + "\"[^}]*} -")
                .contains("onestop_calendar_unverified_days{calendar=\"" + ahead + "\""));
    }

    private static String yearsCalendar(int from, int through, boolean guessed) {
        return """
                {"zone": "Asia/Ho_Chi_Minh", "coveredYears": {"from": %d, "through": %d},
                 "holidays": [{"date": "%d-01-01", "name": "Tết Dương lịch", "source": "test", "verify": %s}]}"""
                .formatted(from, through, through, guessed);
    }

    @Test
    void an_invalid_calendar_is_refused_and_changes_nothing() {
        String agency = "000.00.32.T" + System.nanoTime() % 100000;
        as(admin()).contentType(ContentType.JSON).body(calendar("14:00")).put("/api/v1/calendars/{agency}", agency)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("calendar"));
        given().get("/api/v1/calendars/{agency}", agency).then().statusCode(200).body("appliesFrom", equalTo("default"));
        as(admin()).contentType(ContentType.JSON).body("[1]").put("/api/v1/calendars/{agency}", agency)
                .then().statusCode(400).contentType("application/problem+json");
        as(admin()).contentType(ContentType.JSON).body(calendar("11:30")).put("/api/v1/calendars/{agency}", "bad code!")
                .then().statusCode(400);
    }
}
