package vn.onestop.intake.dossier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.onestop.contracts.ContractValidator;
import vn.onestop.contracts.EventType;
import vn.onestop.intake.dossier.domain.Dossier;
import vn.onestop.platform.testing.TestKafka;
import vn.onestop.workingtime.Deadline;
import vn.onestop.workingtime.TimeLimit;
import vn.onestop.workingtime.WorkCalendars;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.TreeMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static vn.onestop.platform.testing.Tokens.as;
import static vn.onestop.platform.testing.Tokens.centreStaff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static vn.onestop.intake.IntakeFixtures.PDF;
import static vn.onestop.intake.IntakeFixtures.PROVINCE_CENTRE;
import static vn.onestop.intake.IntakeFixtures.TAN_THANH_PEOPLES_COMMITTEE;
import static vn.onestop.intake.IntakeFixtures.TAN_THANH_UNIT;
import static vn.onestop.intake.IntakeFixtures.WARD_CENTRE;
import static vn.onestop.intake.IntakeFixtures.WARD_PEOPLES_COMMITTEE;
import static vn.onestop.intake.IntakeFixtures.birthRegistration;
import static vn.onestop.intake.IntakeFixtures.dossierCount;
import static vn.onestop.intake.IntakeFixtures.pdf;
import static vn.onestop.intake.IntakeFixtures.submit;

@QuarkusTest
class DossierSubmissionTest {

    private static final String TOPIC = "intake-test.onestop.dossier.events.v1";
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final TestKafka kafka = new TestKafka();
    private static final ObjectMapper json = new ObjectMapper();

    @AfterAll
    static void close() {
        kafka.close();
    }

    private static int lastSequence(String centre, LocalDate day) {
        Object value = QuarkusTransaction.requiringNew().call(() -> Dossier.getEntityManager().createNativeQuery(
                        "select coalesce(max(last_seq), 0) from dossier_code_counter where agency = ?1 and day = ?2")
                .setParameter(1, centre).setParameter(2, day).getSingleResult());
        return ((Number) value).intValue();
    }

    @Test
    void a_complete_dossier_gets_its_code_its_promise_and_a_valid_event() throws Exception {
        LocalDate before = LocalDate.now(VN);
        int lastBefore = lastSequence(WARD_CENTRE, before);

        Response created = submit(UUID.randomUUID().toString(), birthRegistration("001203004567"));
        // the code carries the day of reception in the province, even when midnight passed meanwhile
        LocalDate received = OffsetDateTime.parse(created.path("receivedAt")).atZoneSameInstant(VN).toLocalDate();
        String code = WARD_CENTRE + "-" + received.format(DateTimeFormatter.ofPattern("yyMMdd")) + "-"
                + String.format("%04d", received.equals(before) ? lastBefore + 1 : 1);
        created.then().statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/dossiers/" + code.replace(".", "\\.")))
                .body("code", equalTo(code))
                .body("status", equalTo("RECEIVED"))
                .body("nationalStatusCode", equalTo(2))
                .body("catalogVersion", equalTo("P1 v1"))
                .body("receivingAgency", equalTo(WARD_CENTRE))
                .body("competentAgency", equalTo(WARD_PEOPLES_COMMITTEE))
                .body("timeLimit.unit", equalTo("SAME_DAY"))
                .body("components", hasSize(3))
                .body("components.digitizationState", hasItems(1))
                .body("components[0].sha256", matchesPattern("[0-9a-f]{64}"))
                .body("timeline.kind", hasItem("RECEIVED"));
        UUID id = UUID.fromString(created.path("id"));
        // the promise is the working-time module's answer for a same-day procedure received now
        OffsetDateTime receivedAt = OffsetDateTime.parse(created.path("receivedAt"));
        OffsetDateTime expectedDue = Deadline.compute(WorkCalendars.vietnamDefault(), receivedAt.toInstant(),
                TimeLimit.sameDay()).due();
        assertThat(OffsetDateTime.parse(created.path("dueAt")).toInstant()).isEqualTo(expectedDue.toInstant());

        as(centreStaff(WARD_CENTRE)).when().get("/api/v1/dossiers/{code}", code)
                .then().statusCode(200).body("id", equalTo(id.toString())).body("applicant.fullName", equalTo("Nguyễn Văn An"));

        List<ConsumerRecord<String, String>> events = kafka.awaitSettled(TOPIC, TestKafka.subject(id), Duration.ofSeconds(30));
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
        assertThat(data.get("code").asText()).isEqualTo(code);
        assertThat(data.get("competentAgency").asText()).isEqualTo(WARD_PEOPLES_COMMITTEE);
        assertThat(data.get("components")).hasSize(3);
        assertThat(data.get("dueAt")).isNotNull();

        // ce_id is the outbox row id, and the row is marked published once Kafka acknowledged it.
        String ceId = TestKafka.header(event, "ce_id");
        await().atMost(Duration.ofSeconds(10)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                Dossier.getEntityManager().createNativeQuery(
                                "select count(*) from outbox_event where id = cast(?1 as uuid) and published_at is not null")
                        .setParameter(1, ceId).getSingleResult()).toString().equals("1"));
    }

    @Test
    void files_can_be_uploaded_as_multipart_parts_named_by_component() {
        byte[] pdf = "%PDF-1.4\n% giấy chứng sinh\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String dossier = """
                {"procedureId": "P1", "channel": "COUNTER", "receivingAgency": "%s",
                 "applicant": {"type": "CITIZEN", "fullName": "Hồ Thị Lan", "idNumber": "001203004588"}}"""
                .formatted(WARD_CENTRE);
        String key = UUID.randomUUID().toString();
        Response created = as(centreStaff(WARD_CENTRE)).header("Idempotency-Key", key)
                .multiPart("dossier", dossier, "application/json")
                .multiPart("BIRTH_REGISTRATION_FORM", "to-khai.pdf", pdf, "application/pdf")
                .multiPart("BIRTH_NOTICE", "giay-chung-sinh.pdf", pdf, "application/pdf")
                .multiPart("REQUESTER_ID", "cccd.pdf", pdf, "application/pdf")
                .post("/api/v1/dossiers");
        created.then().statusCode(201)
                .body("components.find { it.code == 'BIRTH_NOTICE' }.fileName", equalTo("giay-chung-sinh.pdf"))
                .body("components.find { it.code == 'BIRTH_NOTICE' }.sizeBytes", equalTo(pdf.length));
        as(centreStaff(WARD_CENTRE)).header("Idempotency-Key", UUID.randomUUID().toString())
                .multiPart("dossier", dossier, "application/json")
                .multiPart("BIRTH_NOTICE", "giay-chung-sinh.png", pdf, "image/png")
                .post("/api/v1/dossiers").then().statusCode(422)
                .body("violations.field", hasItems("components.BIRTH_NOTICE", "components.REQUESTER_ID"));
        as(centreStaff(WARD_CENTRE)).header("Idempotency-Key", UUID.randomUUID().toString())
                .multiPart("BIRTH_NOTICE", "giay-chung-sinh.pdf", pdf, "application/pdf")
                .post("/api/v1/dossiers").then().statusCode(400).body("violations.field", hasItem("dossier"));
    }

    @Test
    void boundary_free_intake_routes_to_the_applicants_commune() {
        String body = birthRegistration(PROVINCE_CENTRE, "ONLINE", "001203004599")
                .replace("\"notify\"", "\"administrativeUnit\": \"" + TAN_THANH_UNIT + "\", \"notify\"");
        submit(UUID.randomUUID().toString(), body).then().statusCode(201)
                .body("receivingAgency", equalTo(PROVINCE_CENTRE))
                .body("competentAgency", equalTo(TAN_THANH_PEOPLES_COMMITTEE))
                .body("code", matchesPattern(PROVINCE_CENTRE.replace(".", "\\.") + "-\\d{6}-\\d{4}"));
        // without the applicant's unit the provincial centre cannot tell which commune decides
        submit(UUID.randomUUID().toString(), birthRegistration(PROVINCE_CENTRE, "ONLINE", "001203004599"))
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://onestop.vn/problems/competent-agency-unresolved"));
    }

    @Test
    void an_incomplete_dossier_gets_one_guidance_listing_everything_and_nothing_is_stored() {
        long before = dossierCount();
        String body = """
                {"procedureId": "P1", "channel": "COUNTER", "receivingAgency": "%s",
                 "applicant": {"type": "CITIZEN", "fullName": "Lê Thị Mai", "idNumber": "001203004568"},
                 "components": [%s,
                   {"code": "BIRTH_NOTICE", "mediaType": "application/pdf", "contentBase64": "%s"},
                   {"code": "LAND_RIGHT_CERT", "mediaType": "application/pdf", "contentBase64": "%s"},
                   {"code": "MARRIAGE_CERT", "mediaType": "image/png", "contentBase64": "%s"},
                   {"code": "BIRTH_WITNESS_STATEMENT", "mediaType": "application/zip", "contentBase64": "%s"},
                   {"code": "POWER_OF_ATTORNEY", "mediaType": "application/pdf", "contentBase64": ""}]}
                """.formatted(WARD_CENTRE, pdf("BIRTH_REGISTRATION_FORM"), PDF, PDF, PDF, PDF);
        submit(UUID.randomUUID().toString(), body).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://onestop.vn/problems/incomplete-dossier"))
                .body("violations.field", hasItems("components.REQUESTER_ID", "components.LAND_RIGHT_CERT",
                        "components.MARRIAGE_CERT", "components.BIRTH_WITNESS_STATEMENT",
                        "components.POWER_OF_ATTORNEY"))
                .body("violations.find { it.field == 'components.REQUESTER_ID' }.message", containsString("required"))
                .body("violations.find { it.field == 'components.LAND_RIGHT_CERT' }.message",
                        containsString("not in the published list"))
                .body("violations.find { it.field == 'components.MARRIAGE_CERT' }.message",
                        containsString("but its content is application/pdf"))
                .body("violations.find { it.field == 'components.BIRTH_WITNESS_STATEMENT' }.message",
                        containsString("not accepted"))
                .body("violations.find { it.field == 'components.POWER_OF_ATTORNEY' }.message",
                        containsString("empty"))
                .body("violations.findAll { it.field == 'components.BIRTH_NOTICE' }", hasSize(0));
        assertThat(dossierCount()).isEqualTo(before);
    }

    @Test
    void the_catalog_decides_what_can_be_submitted_where() {
        long before = dossierCount();
        submit(UUID.randomUUID().toString(), birthRegistration(WARD_CENTRE, "COUNTER", "001203004569")
                .replace("\"P1\"", "\"P99\"")).then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("procedureId"));
        submit(UUID.randomUUID().toString(), birthRegistration(WARD_PEOPLES_COMMITTEE, "COUNTER", "001203004569"))
                .then().statusCode(400).body("violations.field", hasItem("receivingAgency"));
        // P13 (electronic certified copy) is only done at the counter
        submit(UUID.randomUUID().toString(), """
                {"procedureId": "P13", "channel": "ONLINE", "receivingAgency": "%s",
                 "applicant": {"type": "CITIZEN", "fullName": "A", "idNumber": "001203004569"},
                 "components": [%s, %s]}""".formatted(WARD_CENTRE, pdf("ORIGINAL_DOCUMENT"), pdf("REQUESTER_ID")))
                .then().statusCode(422).body("type", equalTo("https://onestop.vn/problems/channel-not-allowed"));
        // P11 (the tax notice of a land transfer) is handed over by the land office, never filed alone
        submit(UUID.randomUUID().toString(), """
                {"procedureId": "P11", "channel": "COUNTER", "receivingAgency": "%s", "subjectUnit": "96001",
                 "applicant": {"type": "CITIZEN", "fullName": "A", "idNumber": "001203004569"},
                 "components": [%s, %s, %s]}""".formatted(WARD_CENTRE, pdf("TRANSFER_FILE"), pdf("PIT_DECLARATION"),
                pdf("REGISTRATION_FEE_DECLARATION")))
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://onestop.vn/problems/not-filed-alone"))
                .body("detail", containsString("LAND_TAX_PERMIT"))
                .body("violations.field", hasItem("procedureId"));
        assertThat(dossierCount()).isEqualTo(before);
    }

    @Test
    void a_retry_with_the_same_key_returns_the_first_answer_and_creates_nothing() {
        String key = UUID.randomUUID().toString();
        Response first = submit(key, birthRegistration("001203004570"));
        first.then().statusCode(201).header("Idempotency-Replayed", "false");
        long count = dossierCount();

        Response retry = submit(key, birthRegistration("001203004570"));
        retry.then().statusCode(201).header("Idempotency-Replayed", "true")
                .body("id", equalTo(first.path("id")))
                .body("code", equalTo(first.path("code")))
                .body("receivedAt", equalTo(first.path("receivedAt")));
        assertThat(dossierCount()).isEqualTo(count);

        submit(key, birthRegistration("009999999999")).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://onestop.vn/problems/idempotency-key-reused"));
        assertThat(dossierCount()).isEqualTo(count);
    }

    @Test
    void bad_requests_get_a_problem_naming_the_field_and_store_nothing() {
        long before = dossierCount();
        as(centreStaff(WARD_CENTRE)).contentType(io.restassured.http.ContentType.JSON)
                .body(birthRegistration("001203004571")).when().post("/api/v1/dossiers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("Idempotency-Key"));

        submit(UUID.randomUUID().toString(), """
                {"procedureId": "P1", "channel": "COUNTER", "receivingAgency": "002.01.20.H22",
                 "applicant": {"type": "CITIZEN", "fullName": "", "idNumber": "12"}}""")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("violations.field", hasItem("applicant.fullName"))
                .body("violations.field", hasItem("applicant.idNumber"));

        submit(UUID.randomUUID().toString(), """
                {"procedureId": "P1", "channel": "CARRIER_PIGEON", "receivingAgency": "002.01.20.H22",
                 "applicant": {"type": "CITIZEN", "fullName": "A", "idNumber": "001203004569"}}""")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("channel"));

        // an address Bean Validation's @Email takes but DossierSubmitted's schema refuses: the dossier
        // would be received and its event dead-lettered by processing (never reaching an officer)
        submit(UUID.randomUUID().toString(), birthRegistration("001203004571")
                .replace("an@example.vn", "citizen-an@onestop.local"))
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("applicant.email"))
                .body("violations.find { it.field == 'applicant.email' }.message", containsString("known domain"));

        submit(UUID.randomUUID().toString(), "{not json")
                .then().statusCode(400).contentType("application/problem+json");

        as(centreStaff(WARD_CENTRE)).when().get("/api/v1/dossiers/{code}", "NOPE-000000-0000")
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
        assertThat(dossierCount()).isEqualTo(before);
    }

    @Test
    void concurrent_submissions_to_one_centre_get_gap_free_unique_codes() throws Exception {
        int submissions = 40;
        LocalDate before = LocalDate.now(VN);
        int lastBefore = lastSequence(WARD_CENTRE, before);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> calls = new ArrayList<>();
            for (int i = 0; i < submissions; i++) {
                String key = UUID.randomUUID().toString();
                String body = birthRegistration(String.format("0012030%05d", i));
                // every fourth request is retried at once with its key, as a flaky network would
                boolean retried = i % 4 == 0;
                calls.add(() -> {
                    String code = submit(key, body).then().statusCode(201).extract().path("code");
                    if (retried) {
                        String again = submit(key, body).then().statusCode(201).extract().path("code");
                        assertThat(again).isEqualTo(code);
                    }
                    return code;
                });
            }
            // per day of reception (the run may straddle midnight in the province): unique and gap-free
            Map<String, Set<Integer>> sequencesByDay = new TreeMap<>();
            for (Future<String> f : pool.invokeAll(calls)) {
                String code = f.get();
                assertThat(code).startsWith(WARD_CENTRE + "-");
                String[] parts = code.substring(WARD_CENTRE.length() + 1).split("-");
                assertThat(sequencesByDay.computeIfAbsent(parts[0], d -> new HashSet<>())
                        .add(Integer.parseInt(parts[1]))).as("unique code %s", code).isTrue();
            }
            String firstDay = before.format(DateTimeFormatter.ofPattern("yyMMdd"));
            int total = 0;
            for (Map.Entry<String, Set<Integer>> day : sequencesByDay.entrySet()) {
                int start = day.getKey().equals(firstDay) ? lastBefore + 1 : 1;
                Set<Integer> expected = new HashSet<>();
                for (int i = start; i < start + day.getValue().size(); i++) {
                    expected.add(i);
                }
                assertThat(day.getValue()).as("codes of %s", day.getKey()).isEqualTo(expected);
                total += day.getValue().size();
            }
            assertThat(total).isEqualTo(submissions);
        } finally {
            pool.shutdownNow();
        }
    }
}
