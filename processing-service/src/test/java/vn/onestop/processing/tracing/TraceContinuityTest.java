package vn.onestop.processing.tracing;

import io.opentelemetry.sdk.trace.samplers.Sampler;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import io.quarkus.test.junit.QuarkusTest;
import vn.onestop.contracts.EventType;
import vn.onestop.platform.testing.TestKafka;
import vn.onestop.processing.ProcessingFixtures.Dossier;
import vn.onestop.processing.casefile.domain.CaseFile;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.onestop.platform.testing.Tokens.as;
import static vn.onestop.platform.testing.Tokens.officer;
import static vn.onestop.processing.ProcessingFixtures.DOSSIERS;
import static vn.onestop.processing.ProcessingFixtures.PROCESSING;
import static vn.onestop.processing.ProcessingFixtures.WARD_COMMITTEE;
import static vn.onestop.processing.ProcessingFixtures.newDossier;
import static vn.onestop.processing.ProcessingFixtures.openTask;
import static vn.onestop.processing.ProcessingFixtures.processed;
import static vn.onestop.processing.ProcessingFixtures.submitted;

/**
 * One trace per dossier through processing (docs/adr/0021), on the real broker and database, with
 * no exporter configured (as in this test profile): trace contexts propagate all the same. The
 * trace a dossier arrives with is kept on its case and carried by the events processing writes;
 * an officer's request, which comes in a trace of its own, continues the dossier's; an event with
 * a malformed trace context is handled in a new trace.
 */
@QuarkusTest
class TraceContinuityTest {

    private static final TestKafka kafka = new TestKafka();

    @Inject
    Sampler sampler;

    @AfterAll
    static void close() {
        kafka.close();
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        random[0] |= 1; // never all zeros
        return HexFormat.of().formatHex(random);
    }

    private static String submit(Dossier d, String traceparent) {
        String eventId = UUID.randomUUID().toString();
        kafka.sendEventFrom("/onestop/tests", DOSSIERS, EventType.DOSSIER_SUBMITTED.ceType(), eventId, d.id().toString(),
                submitted(d, "P1", WARD_COMMITTEE, OffsetDateTime.now(ZoneOffset.UTC)),
                Map.of("ce_traceparent", traceparent));
        return eventId;
    }

    /** The trace id of the ce_traceparent of processing's first event of {@code type} for the dossier. */
    private static String traceOf(Dossier d, EventType type, String containing) {
        List<ConsumerRecord<String, String>> records = kafka.awaitRecords(PROCESSING,
                r -> d.id().toString().equals(TestKafka.header(r, "ce_subject"))
                        && type.ceType().equals(TestKafka.header(r, "ce_type")) && r.value().contains(containing),
                Duration.ofSeconds(30));
        String traceparent = TestKafka.header(records.get(0), "ce_traceparent");
        assertThat(traceparent).as("%s carries a W3C trace context", type.eventName())
                .matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
        return traceparent.split("-")[1];
    }

    private static String storedTraceparent(Dossier d) {
        return QuarkusTransaction.requiringNew().call(() -> (String) CaseFile.getEntityManager()
                .createNativeQuery("select trace_parent from case_file where dossier_id = ?1")
                .setParameter(1, d.id()).getSingleResult());
    }

    @Test
    void a_dossier_keeps_its_trace_through_its_case_and_an_officer_s_request_in_another_trace() {
        Dossier d = newDossier();
        String dossierTrace = hex(16);
        submit(d, "00-" + dossierTrace + "-" + hex(8) + "-01");

        // what the consumer wrote, in the trace of the event it handled
        assertThat(traceOf(d, EventType.TASK_ASSIGNED, "RECEIVE_CHECK")).isEqualTo(dossierTrace);
        assertThat(storedTraceparent(d)).contains(dossierTrace);

        // the officer's request comes in a trace of its own (a browser's, a gateway's): the step it
        // completes is announced in the dossier's trace
        String requestTrace = hex(16);
        String task = openTask(d, WARD_COMMITTEE, "RECEIVE_CHECK");
        as(officer(WARD_COMMITTEE)).header("traceparent", "00-" + requestTrace + "-" + hex(8) + "-01")
                .contentType(ContentType.JSON).body("{\"outcome\": \"APPROVE\"}")
                .post("/api/v1/tasks/{id}/complete", task).then().statusCode(200);
        assertThat(traceOf(d, EventType.STEP_COMPLETED, "RECEIVE_CHECK")).isEqualTo(dossierTrace);
        assertThat(traceOf(d, EventType.TASK_ASSIGNED, "RECORD_ASSIGN_ID")).isEqualTo(dossierTrace);

        // and so does one that came with no trace context at all
        String next = openTask(d, WARD_COMMITTEE, "RECORD_ASSIGN_ID");
        as(officer(WARD_COMMITTEE)).contentType(ContentType.JSON).body("{\"outcome\": \"APPROVE\"}")
                .post("/api/v1/tasks/{id}/complete", next).then().statusCode(200);
        assertThat(traceOf(d, EventType.STEP_COMPLETED, "RECORD_ASSIGN_ID")).isEqualTo(dossierTrace);
    }

    @Test
    void with_no_endpoint_configured_no_span_is_recorded() {
        // Quarkus' default endpoint (localhost:4317) does not count: nothing would take the spans
        assertThat(sampler.getDescription()).isEqualTo(Sampler.alwaysOff().getDescription());
    }

    @Test
    void an_event_with_a_malformed_trace_context_is_handled_in_a_new_trace() {
        Dossier d = newDossier();
        String eventId = submit(d, "00-not-a-trace-context");

        await().atMost(Duration.ofSeconds(30)).until(() -> processed(eventId));
        openTask(d, WARD_COMMITTEE, "RECEIVE_CHECK");
        String trace = traceOf(d, EventType.TASK_ASSIGNED, "RECEIVE_CHECK");
        assertThat(trace).isNotEqualTo("0".repeat(32));
        assertThat(storedTraceparent(d)).contains(trace);
    }
}
