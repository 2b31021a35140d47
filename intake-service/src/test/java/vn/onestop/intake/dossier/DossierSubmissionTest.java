package vn.onestop.intake.dossier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.onestop.contracts.ContractValidator;
import vn.onestop.contracts.EventType;
import vn.onestop.intake.dossier.domain.Dossier;
import vn.onestop.platform.testing.TestKafka;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;

@QuarkusTest
class DossierSubmissionTest {

    private static final String TOPIC = "intake-test.onestop.dossier.events.v1";
    private static final TestKafka kafka = new TestKafka();
    private static final ObjectMapper json = new ObjectMapper();

    @AfterAll
    static void close() {
        kafka.close();
    }

    static String body(String agency, String idNumber) {
        return """
                {"procedureId": "P1", "channel": "COUNTER", "receivingAgency": "%s",
                 "applicant": {"type": "CITIZEN", "fullName": "Nguyễn Văn An", "idNumber": "%s",
                               "email": "an@example.vn", "phone": "0912345678"}}
                """.formatted(agency, idNumber);
    }

    static Response submit(String key, String body) {
        return given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/dossiers");
    }

    static String newAgency() {
        return "000.00." + (int) (Math.random() * 90 + 10) + ".T" + Integer.toHexString((int) (Math.random() * 0xFFFFF));
    }

    static long dossierCount() {
        return QuarkusTransaction.requiringNew().call(() -> Dossier.count());
    }

    @Test
    void a_received_dossier_gets_its_code_and_is_announced_with_a_valid_event() throws Exception {
        String agency = newAgency();
        String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).format(DateTimeFormatter.ofPattern("yyMMdd"));

        Response created = submit(UUID.randomUUID().toString(), body(agency, "001203004567"));
        created.then().statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/dossiers/" + agency.replace(".", "\\.") + "-" + today + "-0001"))
                .body("code", equalTo(agency + "-" + today + "-0001"))
                .body("status", equalTo("RECEIVED"))
                .body("nationalStatusCode", equalTo(2))
                .body("competentAgency", equalTo(agency))
                .body("timeline.kind", hasItem("RECEIVED"));
        UUID id = UUID.fromString(created.path("id"));

        given().when().get("/api/v1/dossiers/{code}", agency + "-" + today + "-0001")
                .then().statusCode(200).body("id", equalTo(id.toString())).body("applicant.fullName", equalTo("Nguyễn Văn An"));

        List<ConsumerRecord<String, String>> events = kafka.awaitRecords(TOPIC, TestKafka.subject(id), Duration.ofSeconds(30));
        assertThat(events).hasSize(1);
        ConsumerRecord<String, String> event = events.get(0);
        assertThat(event.key()).isEqualTo(id.toString());
        assertThat(TestKafka.header(event, "ce_type")).isEqualTo(EventType.DOSSIER_SUBMITTED.ceType());
        assertThat(TestKafka.header(event, "ce_source")).isEqualTo("/onestop/intake-service");
        assertThat(TestKafka.header(event, "ce_specversion")).isEqualTo("1.0");
        assertThat(TestKafka.header(event, "ce_dataschema")).isEqualTo(EventType.DOSSIER_SUBMITTED.schemaPath());
        assertThat(TestKafka.header(event, "ce_time")).isNotBlank();
        ContractValidator.shared().requireValid(EventType.DOSSIER_SUBMITTED, event.value());
        JsonNode data = json.readTree(event.value());
        assertThat(data.get("code").asText()).isEqualTo(agency + "-" + today + "-0001");
        assertThat(data.get("applicant").get("idNumber").asText()).isEqualTo("001203004567");

        // ce_id is the outbox row id, and the row is marked published once Kafka acknowledged it.
        String ceId = TestKafka.header(event, "ce_id");
        await().atMost(Duration.ofSeconds(10)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                Dossier.getEntityManager().createNativeQuery(
                                "select count(*) from outbox_event where id = cast(?1 as uuid) and published_at is not null")
                        .setParameter(1, ceId).getSingleResult()).toString().equals("1"));
    }

    @Test
    void a_retry_with_the_same_key_returns_the_first_answer_and_creates_nothing() {
        String agency = newAgency();
        String key = UUID.randomUUID().toString();
        Response first = submit(key, body(agency, "001203004568"));
        first.then().statusCode(201).header("Idempotency-Replayed", "false");
        long count = dossierCount();

        Response retry = submit(key, body(agency, "001203004568"));
        retry.then().statusCode(201).header("Idempotency-Replayed", "true")
                .body("id", equalTo(first.path("id")))
                .body("code", equalTo(first.path("code")))
                .body("receivedAt", equalTo(first.path("receivedAt")));
        assertThat(dossierCount()).isEqualTo(count);

        submit(key, body(agency, "009999999999")).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://onestop.vn/problems/idempotency-key-reused"));
        assertThat(dossierCount()).isEqualTo(count);
    }

    @Test
    void bad_requests_get_a_problem_naming_the_field_and_store_nothing() {
        long before = dossierCount();
        given().contentType(ContentType.JSON).body(body(newAgency(), "001203004569"))
                .when().post("/api/v1/dossiers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("Idempotency-Key"));

        submit(UUID.randomUUID().toString(), """
                {"procedureId": "P1", "channel": "COUNTER", "receivingAgency": "H22",
                 "applicant": {"type": "CITIZEN", "fullName": "", "idNumber": "12"}}""")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("violations.field", hasItem("applicant.fullName"))
                .body("violations.field", hasItem("applicant.idNumber"));

        submit(UUID.randomUUID().toString(), """
                {"procedureId": "P1", "channel": "CARRIER_PIGEON", "receivingAgency": "H22",
                 "applicant": {"type": "CITIZEN", "fullName": "A", "idNumber": "001203004569"}}""")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("channel"));

        submit(UUID.randomUUID().toString(), "{not json")
                .then().statusCode(400).contentType("application/problem+json");

        given().when().get("/api/v1/dossiers/{code}", "NOPE-000000-0000")
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
        assertThat(dossierCount()).isEqualTo(before);
    }

    @Test
    void concurrent_submissions_to_one_agency_get_gap_free_unique_codes() throws Exception {
        String agency = newAgency();
        int submissions = 40;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> calls = new ArrayList<>();
            for (int i = 0; i < submissions; i++) {
                String key = UUID.randomUUID().toString();
                // every fourth request is retried at once with its key, as a flaky network would
                boolean retried = i % 4 == 0;
                calls.add(() -> {
                    String code = submit(key, body(agency, "00120300" + (4000 + (key.hashCode() & 0xfff))))
                            .then().statusCode(201).extract().path("code");
                    if (retried) {
                        String again = submit(key, body(agency, "00120300" + (4000 + (key.hashCode() & 0xfff))))
                                .then().statusCode(201).extract().path("code");
                        assertThat(again).isEqualTo(code);
                    }
                    return code;
                });
            }
            Set<Integer> sequences = new HashSet<>();
            for (Future<String> f : pool.invokeAll(calls)) {
                String code = f.get();
                assertThat(code).startsWith(agency + "-");
                assertThat(sequences.add(Integer.parseInt(code.substring(code.lastIndexOf('-') + 1)))).isTrue();
            }
            Set<Integer> expected = new HashSet<>();
            for (int i = 1; i <= submissions; i++) {
                expected.add(i);
            }
            assertThat(sequences).isEqualTo(expected);
        } finally {
            pool.shutdownNow();
        }
    }
}
