package vn.onestop.processing.casefile;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.onestop.contracts.EventType;
import vn.onestop.platform.testing.Metrics;
import vn.onestop.platform.testing.TestKafka;
import vn.onestop.processing.ProcessingFixtures.Dossier;
import vn.onestop.processing.casefile.domain.CaseFile;
import vn.onestop.processing.task.domain.Task;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.onestop.platform.testing.Tokens.as;
import static vn.onestop.platform.testing.Tokens.officer;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static vn.onestop.processing.ProcessingFixtures.DOSSIERS;
import static vn.onestop.processing.ProcessingFixtures.WARD_POLICE;
import static vn.onestop.processing.ProcessingFixtures.newDossier;
import static vn.onestop.processing.ProcessingFixtures.processed;
import static vn.onestop.processing.ProcessingFixtures.submitted;

/**
 * The reliable consumer of platform-messaging against the real broker: a redelivered event is
 * applied once, poison goes to the dead-letter topic with a reason, and the next event is processed.
 */
@QuarkusTest
class ReliableConsumerTest {

    private static final TestKafka kafka = new TestKafka();

    @AfterAll
    static void close() {
        kafka.close();
    }

    @Test
    void a_redelivered_event_is_applied_once() {
        Dossier d = newDossier();
        String eventId = UUID.randomUUID().toString();
        String data = submitted(d, "P2", WARD_POLICE, OffsetDateTime.now(ZoneOffset.UTC));
        kafka.sendEvent(DOSSIERS, EventType.DOSSIER_SUBMITTED.ceType(), eventId, d.id().toString(), data);
        kafka.sendEvent(DOSSIERS, EventType.DOSSIER_SUBMITTED.ceType(), eventId, d.id().toString(), data);
        // the same dossier announced again under a new event id must not open a second case either
        String secondId = UUID.randomUUID().toString();
        kafka.sendEvent(DOSSIERS, EventType.DOSSIER_SUBMITTED.ceType(), secondId, d.id().toString(), data);

        // same key, same partition: once the last one is processed, the duplicate was seen too
        await().atMost(Duration.ofSeconds(30)).until(() -> processed(secondId));
        assertThat(processed(eventId)).isTrue();
        assertThat(QuarkusTransaction.requiringNew().call(() -> CaseFile.count("dossierId", d.id()))).isEqualTo(1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Task.count("dossierId", d.id()))).isEqualTo(1);
        as(officer(WARD_POLICE)).get("/api/v1/cases/{id}", d.id()).then().statusCode(200).body("status", equalTo("IN_PROCESS"));
    }

    @Test
    void poison_events_go_to_the_dead_letter_topic_with_a_reason_and_the_next_event_is_processed() {
        String[] deadLetters = {"consumer=\"processing-service\"", "topic=\"" + DOSSIERS + ".dlq\""};
        double deadBefore = Metrics.sum("onestop_dead_letters_total", deadLetters);
        Dossier d = newDossier();
        String notJson = UUID.randomUUID().toString();
        kafka.sendEvent(DOSSIERS, EventType.DOSSIER_SUBMITTED.ceType(), notJson, d.id().toString(), "{\"dossierId\": ");
        String wrongShape = UUID.randomUUID().toString();
        kafka.sendEvent(DOSSIERS, EventType.DOSSIER_SUBMITTED.ceType(), wrongShape, d.id().toString(),
                "{\"dossierId\": \"not-a-uuid\"}");
        String missingFields = UUID.randomUUID().toString();
        kafka.sendEvent(DOSSIERS, EventType.DOSSIER_SUBMITTED.ceType(), missingFields, d.id().toString(),
                "{\"dossierId\": \"" + d.id() + "\"}");
        String unknownProcedure = UUID.randomUUID().toString();
        kafka.sendEvent(DOSSIERS, EventType.DOSSIER_SUBMITTED.ceType(), unknownProcedure, d.id().toString(),
                submitted(d, "P99", WARD_POLICE, OffsetDateTime.now(ZoneOffset.UTC)));
        String good = kafka.sendEvent(DOSSIERS, EventType.DOSSIER_SUBMITTED, d.id(),
                submitted(d, "P2", WARD_POLICE, OffsetDateTime.now(ZoneOffset.UTC)));

        await().atMost(Duration.ofSeconds(30)).until(() -> processed(good));
        as(officer(WARD_POLICE)).get("/api/v1/cases/{id}", d.id()).then().statusCode(200).body("status", equalTo("IN_PROCESS"));

        String dlq = DOSSIERS + ".dlq";
        for (String id : List.of(notJson, wrongShape, missingFields, unknownProcedure)) {
            List<ConsumerRecord<String, String>> dead = kafka.awaitSettled(dlq,
                    r -> id.equals(TestKafka.header(r, "ce_id")), Duration.ofSeconds(30));
            assertThat(dead).hasSize(1);
            assertThat(TestKafka.header(dead.get(0), "dead-letter-reason")).isNotBlank();
            assertThat(dead.get(0).key()).isEqualTo(d.id().toString());
            assertThat(processed(id)).isFalse();
        }
        assertThat(TestKafka.header(kafka.awaitRecords(dlq, r -> unknownProcedure.equals(TestKafka.header(r, "ce_id")),
                Duration.ofSeconds(10)).get(0), "dead-letter-reason")).contains("no workflow for procedure P99");
        assertThat(Metrics.sum("onestop_dead_letters_total", deadLetters)).as("counted for the operator")
                .isEqualTo(deadBefore + 4);
    }

    @Test
    void an_unknown_case_is_a_problem_not_an_error() {
        as(officer(WARD_POLICE)).get("/api/v1/cases/{id}", UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
        // not a dossier id at all: the client's mistake, named (ParameterConverters)
        as(officer(WARD_POLICE)).get("/api/v1/cases/{id}", "not-a-uuid").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("dossierId"));
    }
}
