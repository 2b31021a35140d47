package vn.onestop.intake.appointment;

import vn.onestop.contracts.ContractValidator;
import vn.onestop.contracts.EventType;
import vn.onestop.platform.testing.EventTimes;
import vn.onestop.platform.testing.TestKafka;
import vn.onestop.workingtime.WorkCalendar;
import vn.onestop.workingtime.WorkCalendars;
import vn.onestop.workingtime.WorkingPeriod;
import vn.onestop.workingtime.YearRange;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Service centres of their own for appointment tests, with a calendar that makes the coming days bookable. */
public final class TestCentres {

    public static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    /**
     * The centres' calendar, as processing would announce it: weekends off, the working day
     * 07:30–11:30 and 13:00–17:00, holding the days off of the years around today (derived from the
     * clock, so that the slots of the coming days are always bookable whatever the day of the run).
     */
    public static final WorkCalendar CALENDAR = WorkCalendar.builder()
            .workingPeriods(WorkingPeriod.of("07:30", "11:30"), WorkingPeriod.of("13:00", "17:00"))
            .coveredYears(new YearRange(LocalDate.now(VN).getYear() - 1, LocalDate.now(VN).getYear() + 2)).build();

    private TestCentres() {
    }

    /**
     * A new service centre with the calendar above, once intake has its copy. Its code is an agency
     * code (upper case), so that its counter staff can have a token.
     */
    public static String centre(TestKafka kafka) {
        String centre = "000.00.41.A" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x100000))
                .toUpperCase(Locale.ROOT);
        String changed = """
                {"agency": "%s", "version": 1, "changedAt": "%s", "calendar": %s}""".formatted(centre,
                EventTimes.now(), WorkCalendars.toJson(CALENDAR.toBuilder().agency(centre).build()));
        ContractValidator.shared().requireValid(EventType.CALENDAR_CHANGED, changed);
        kafka.sendEvent("intake-test.onestop.calendar.events.v1", EventType.CALENDAR_CHANGED.ceType(),
                UUID.randomUUID().toString(), centre, changed);
        String day = slot(LocalTime.of(8, 0)).toLocalDate().toString();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String first = given().queryParam("date", day).get("/api/v1/service-centres/{code}/slots", centre)
                    .then().statusCode(200).extract().path("items[0].slotStart");
            assertThat(first).isNotNull();
            assertThat(OffsetDateTime.parse(first).atZoneSameInstant(VN).toLocalTime()).isEqualTo(LocalTime.of(7, 30));
        });
        return centre;
    }

    /** {@code time} on the next working day after today. */
    public static ZonedDateTime slot(LocalTime time) {
        LocalDate day = CALENDAR.nextWorkingDay(LocalDate.now(VN).plusDays(1));
        return day.atTime(time).atZone(VN);
    }
}
