package vn.onestop.processing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import vn.onestop.contracts.ContractValidator;
import vn.onestop.contracts.EventType;
import vn.onestop.contracts.Topics;
import vn.onestop.platform.testing.EventTimes;
import vn.onestop.platform.testing.LocalIdentity;
import vn.onestop.platform.testing.TestKafka;
import vn.onestop.processing.casefile.domain.CaseFile;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.onestop.platform.testing.Tokens.as;
import static vn.onestop.platform.testing.Tokens.centreStaff;
import static vn.onestop.platform.testing.Tokens.officer;

/**
 * What the processing tests share: topics, the partner's and intake's events, task handling over REST
 * with the tokens of the people who really do it (an officer of the task's agency, the counter staff
 * of the centre that received the dossier).
 */
public final class ProcessingFixtures {

    public static final String DOSSIERS = "processing-test.onestop.dossier.events.v1";
    public static final String PROCESSING = "processing-test.onestop.processing.events.v1";
    /** The tax authority's partner system, which works the tasks of {@link #TAX_OFFICE}. */
    public static final String TAX_PARTNER = "tax";
    public static final String REPLIES = "processing-test." + Topics.forPartner(Topics.PARTNER_REPLIES, TAX_PARTNER);
    public static final String PARTNER_DEAD_LETTERS = "processing-test." + Topics.PARTNER_REPLIES_DEAD_LETTERS;
    public static final String LAND_OFFICE = "000.00.05.H22";
    public static final String TAX_OFFICE = "000.00.04.H22";
    public static final String WARD_POLICE = "001.01.20.H22";
    public static final String WARD_COMMITTEE = "000.01.20.H22";
    /** The service centre that receives every dossier of these tests ({@link #submitted}). */
    public static final String RECEIVING_CENTRE = "002.01.20.H22";
    public static final Map<String, String> AGENCIES = Map.of(
            "LAND_REGISTRATION@PROVINCE", LAND_OFFICE, "TAX@PROVINCE", TAX_OFFICE,
            "POLICE@COMMUNE", WARD_POLICE, "PEOPLES_COMMITTEE@COMMUNE", WARD_COMMITTEE);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static int sequence = (int) (System.nanoTime() % 5000);

    private ProcessingFixtures() {
    }

    public record Dossier(UUID id, String code) {
    }

    public static Dossier newDossier() {
        return new Dossier(UUID.randomUUID(), String.format("002.01.20.H22-261126-%04d", 1000 + (++sequence % 8000)));
    }

    /** DossierSubmitted as intake publishes it, validated against the contract. */
    public static String submitted(Dossier d, String procedureId, String competentAgency, OffsetDateTime receivedAt) {
        try {
            String data = """
                    {"dossierId": "%s", "code": "%s", "procedureId": "%s", "kind": "PROCEDURE", "channel": "COUNTER",
                     "receivingAgency": "%s", "competentAgency": "%s",
                     "applicant": {"type": "CITIZEN", "fullName": "Trần Thị Bình", "idNumber": "079088001235"},
                     "status": "RECEIVED", "nationalStatusCode": 2, "receivedAt": "%s", "agencies": %s}
                    """.formatted(d.id(), d.code(), procedureId, RECEIVING_CENTRE, competentAgency, EventTimes.rfc3339(receivedAt),
                    JSON.writeValueAsString(AGENCIES));
            ContractValidator.shared().requireValid(EventType.DOSSIER_SUBMITTED, data);
            return data;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static void submit(TestKafka kafka, Dossier d, String procedureId, String competentAgency) {
        kafka.sendEvent(DOSSIERS, EventType.DOSSIER_SUBMITTED, d.id(),
                submitted(d, procedureId, competentAgency, OffsetDateTime.now(ZoneOffset.UTC)));
    }

    /** The user name the platform records as the actor of what a token's holder does. */
    public static String userOf(String role, String agency) {
        return LocalIdentity.Person.of(role, agency).username();
    }

    /** Another officer of {@code agency} than {@link vn.onestop.platform.testing.Tokens#officer}'s. */
    public static String colleague(String agency) {
        return LocalIdentity.fromEnvironment().tokenOf(new LocalIdentity.Person("officer", agency, "000000000002"));
    }

    /** The dossier's open task at an agency, once it exists, as an officer of that agency sees it. */
    public static String openTask(Dossier d, String agency, String step) {
        String[] found = new String[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            List<Map<String, Object>> items = as(officer(agency)).queryParam("agency", agency).queryParam("limit", 200)
                    .get("/api/v1/tasks").then().statusCode(200).extract().jsonPath().getList("items");
            for (Map<String, Object> item : items) {
                if (d.id().toString().equals(item.get("dossierId")) && step.equals(item.get("step"))
                        && ("OPEN".equals(item.get("status")) || "CLAIMED".equals(item.get("status")))) {
                    found[0] = (String) item.get("id");
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }

    /** Records an outcome of a task of {@code agency} as an officer of that agency. */
    public static io.restassured.response.ValidatableResponse complete(String agency, String taskId, String body) {
        return as(officer(agency)).contentType(ContentType.JSON).body(body)
                .post("/api/v1/tasks/{id}/complete", taskId).then();
    }

    public static void approve(Dossier d, String agency, String step) {
        complete(agency, openTask(d, agency, step), "{\"outcome\": \"APPROVE\"}").statusCode(200);
    }

    /** The case's status as the receiving centre sees it, or null while processing has not opened it yet. */
    public static String caseStatus(Dossier d) {
        var response = as(centreStaff(RECEIVING_CENTRE)).get("/api/v1/cases/{id}", d.id());
        return response.statusCode() == 200 ? response.path("status") : null;
    }

    /** The events of a type published for a dossier, each valid against its contract. */
    public static List<JsonNode> events(TestKafka kafka, Dossier d, EventType type, int atLeast) {
        List<ConsumerRecord<String, String>> records = kafka.awaitRecords(type.topic().equals("onestop.processing.events.v1")
                        ? PROCESSING : DOSSIERS,
                r -> d.id().toString().equals(TestKafka.header(r, "ce_subject"))
                        && type.ceType().equals(TestKafka.header(r, "ce_type")), Duration.ofSeconds(30));
        assertThat(records).hasSizeGreaterThanOrEqualTo(atLeast);
        return records.stream().map(r -> {
            ContractValidator.shared().requireValid(type, r.value());
            try {
                return JSON.readTree(r.value());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** Waits for the event of a type for a dossier that matches, validated against its contract. */
    public static JsonNode eventWhere(TestKafka kafka, Dossier d, EventType type,
                                      java.util.function.Predicate<JsonNode> match) {
        List<ConsumerRecord<String, String>> records = kafka.awaitRecords(PROCESSING,
                r -> d.id().toString().equals(TestKafka.header(r, "ce_subject"))
                        && type.ceType().equals(TestKafka.header(r, "ce_type")) && match.test(tree(r.value())),
                Duration.ofSeconds(30));
        ContractValidator.shared().requireValid(type, records.get(0).value());
        return tree(records.get(0).value());
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static boolean processed(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) CaseFile.getEntityManager()
                .createNativeQuery("select count(*) from processed_event where event_id = ?1")
                .setParameter(1, eventId).getSingleResult()).longValue() == 1);
    }

    public static String taskCompleted(String taskId, Dossier d, String outcome, String extra) {
        String data = """
                {"taskId": "%s", "dossierId": "%s", "outcome": "%s", "completedBy": "tax-system",
                 "completedAt": "%s"%s}""".formatted(taskId, d.id(), outcome, EventTimes.now(),
                extra.isEmpty() ? "" : ", " + extra);
        ContractValidator.shared().requireValid(EventType.TASK_COMPLETED, data);
        return data;
    }

    /** A partner system's reply on the inbound topic, with its own ce_source. */
    public static String reply(TestKafka kafka, Dossier d, String data) {
        String id = UUID.randomUUID().toString();
        reply(kafka, d, id, data);
        return id;
    }

    public static void reply(TestKafka kafka, Dossier d, String eventId, String data) {
        replyAs(kafka, TAX_PARTNER, d, eventId, data);
    }

    /** A reply on {@code partner}'s own replies topic, with that partner's ce_source. */
    public static void replyAs(TestKafka kafka, String partner, Dossier d, String eventId, String data) {
        kafka.sendEventFrom(EventType.PARTNER_SOURCE_PREFIX + partner,
                "processing-test." + Topics.forPartner(Topics.PARTNER_REPLIES, partner),
                EventType.TASK_COMPLETED.ceType(), eventId, d.id().toString(), data);
    }
}
