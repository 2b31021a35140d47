package vn.onestop.intake.appointment;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.onestop.platform.testing.TestKafka;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static vn.onestop.intake.appointment.TestCentres.VN;
import static vn.onestop.intake.appointment.TestCentres.slot;
import static vn.onestop.platform.testing.Tokens.as;
import static vn.onestop.platform.testing.Tokens.citizen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class AppointmentBookingTest {

    private static final TestKafka kafka = new TestKafka();

    @AfterAll
    static void close() {
        kafka.close();
    }

    static String centre() {
        return TestCentres.centre(kafka);
    }

    /** The citizen {@code idNumber} books a place for themselves. */
    static Response book(String key, String centre, String slotStart, String idNumber) {
        return book(citizen(idNumber), key, centre, slotStart, idNumber);
    }

    static Response book(String token, String key, String centre, String slotStart, String idNumber) {
        return as(token).contentType(ContentType.JSON).header("Idempotency-Key", key).body("""
                {"serviceCentre": "%s", "procedureId": "P2", "slotStart": "%s",
                 "applicant": {"fullName": "Võ Thị Hoa", "idNumber": "%s", "phone": "0901234567"}}
                """.formatted(centre, slotStart, idNumber)).post("/api/v1/appointments");
    }

    @Test
    void a_slot_takes_as_many_bookings_as_its_capacity_even_when_they_race() throws Exception {
        String centre = centre();
        String start = slot(LocalTime.of(8, 0)).toOffsetDateTime().toString();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String idNumber = "07909000" + (1000 + i);
                // the tokens are fetched first: the race is between the bookings, not the logins
                String token = citizen(idNumber);
                calls.add(() -> book(token, UUID.randomUUID().toString(), centre, start, idNumber).statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
            // capacity per slot is 4 (onestop.intake.appointments.capacity-per-slot)
            assertThat(statuses).filteredOn(s -> s == 201).hasSize(4);
            assertThat(statuses).filteredOn(s -> s == 409).hasSize(2);
        } finally {
            pool.shutdownNow();
        }
        given().queryParam("date", slot(LocalTime.of(8, 0)).toLocalDate().toString())
                .get("/api/v1/service-centres/{code}/slots", centre).then().statusCode(200)
                .body("items[0].booked", equalTo(0))
                .body("items.find { it.available == 0 }.booked", equalTo(4));
    }

    @Test
    void double_booking_and_retries() {
        String centre = centre();
        String start = slot(LocalTime.of(14, 30)).toOffsetDateTime().toString();
        String key = UUID.randomUUID().toString();
        String id = book(key, centre, start, "079090002001").then().statusCode(201)
                .body("status", equalTo("BOOKED")).extract().path("id");
        book(key, centre, start, "079090002001").then().statusCode(201).body("id", equalTo(id));
        book(UUID.randomUUID().toString(), centre, start, "079090002001").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://onestop.vn/problems/appointment-already-booked"));
        as(citizen("079090002001")).get("/api/v1/appointments/{id}", id).then().statusCode(200).body("serviceCentre", equalTo(centre));
    }

    @Test
    void slots_outside_working_hours_or_on_days_off_are_refused() {
        String centre = centre();
        for (ZonedDateTime bad : List.of(slot(LocalTime.of(12, 0)), slot(LocalTime.of(8, 10)),
                slot(LocalTime.of(17, 0)), ZonedDateTime.now(VN).minusDays(1))) {
            book(UUID.randomUUID().toString(), centre, bad.toOffsetDateTime().toString(), "079090003001")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("violations.field", hasItem("slotStart"));
        }
        LocalDate sunday = LocalDate.now(VN).plusDays(7);
        while (sunday.getDayOfWeek() != java.time.DayOfWeek.SUNDAY) {
            sunday = sunday.plusDays(1);
        }
        book(UUID.randomUUID().toString(), centre, sunday.atTime(8, 0).atZone(VN).toOffsetDateTime().toString(),
                "079090003001").then().statusCode(400).body("detail", org.hamcrest.Matchers.containsString("day off"));
        given().queryParam("date", sunday.toString()).get("/api/v1/service-centres/{code}/slots", centre)
                .then().statusCode(200).body("items.size()", equalTo(0));
        given().queryParam("date", "someday").get("/api/v1/service-centres/{code}/slots", centre)
                .then().statusCode(400);
    }
}
