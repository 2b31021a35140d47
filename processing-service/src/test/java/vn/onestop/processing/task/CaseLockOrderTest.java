package vn.onestop.processing.task;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.onestop.contracts.EventType;
import vn.onestop.platform.testing.EventTimes;
import vn.onestop.platform.testing.TestKafka;
import vn.onestop.processing.ProcessingFixtures.Dossier;
import vn.onestop.processing.casefile.domain.CaseFile;
import vn.onestop.processing.task.domain.Task;
import vn.onestop.processing.task.messaging.TaskRepliesConsumer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.onestop.platform.testing.Tokens.as;
import static vn.onestop.platform.testing.Tokens.leader;
import static vn.onestop.platform.testing.Tokens.officer;
import static vn.onestop.processing.ProcessingFixtures.REPLIES;
import static vn.onestop.processing.ProcessingFixtures.TAX_OFFICE;
import static vn.onestop.processing.ProcessingFixtures.TAX_PARTNER;
import static vn.onestop.processing.ProcessingFixtures.newDossier;
import static vn.onestop.processing.ProcessingFixtures.processed;
import static vn.onestop.processing.ProcessingFixtures.submit;
import static vn.onestop.processing.ProcessingFixtures.taskCompleted;

/**
 * A request over REST and a consumed event changing the same case at the same moment: each takes
 * the case's row lock before anything else of the case, so one waits for the other and neither is
 * rolled back, neither by PostgreSQL breaking a deadlock (40P01, answered 503 concurrent-update) nor
 * by finding a row the other changed meanwhile (a stale version). Each round releases the request and
 * the event together, the event a random moment before or after the request, so that the rounds sweep
 * the interleavings; the event is applied as the Kafka consumer applies it (TaskRepliesConsumer
 * through EventInbox) on a thread of its own.
 */
@QuarkusTest
class CaseLockOrderTest {

    private static final int ROUNDS = 24;
    private static final String BUSINESS_OFFICE = "000.00.06.H22";
    private static final TestKafka kafka = new TestKafka();

    @Inject
    TaskRepliesConsumer replies;
    @Inject
    EntityManager entityManager;

    @AfterAll
    static void close() {
        kafka.close();
    }

    /**
     * P9's social security step (an officer, over REST) and invoice registration step (the tax
     * partner, over its replies topic) run in parallel. The officer approves the one while the partner
     * rejects the other: the partner's rejection decides the dossier and cancels the officer's step if
     * it is still open. Whichever comes first, the rejection is applied once and the officer gets 200
     * (approved before the rejection) or 409 (the step was cancelled by it), never a 5xx.
     */
    @Test
    void an_officer_approving_a_step_while_the_partner_rejects_the_parallel_one_never_collides() throws Exception {
        List<Dossier> dossiers = submitted("P9", BUSINESS_OFFICE);
        String officer = officer(BUSINESS_OFFICE);
        for (Dossier d : dossiers) {
            as(officer).contentType(ContentType.JSON).body("{\"outcome\": \"APPROVE\"}")
                    .post("/api/v1/tasks/{id}/complete", activeTask(d, "RECEIVE_FORWARD").id).then().statusCode(200);
        }
        List<String> collisions = new ArrayList<>();
        long deadlocksBefore = deadlocks();
        try (FailedAttempts failed = FailedAttempts.watch()) {
            for (int round = 0; round < ROUNDS; round++) {
                Dossier d = dossiers.get(round);
                Task officers = activeTask(d, "SOCIAL_INSURANCE_LABOUR");
                Task partners = activeTask(d, "INVOICE_REGISTRATION");
                String eventId = UUID.randomUUID().toString();
                ConsumerRecord<String, String> rejection = reply(d, eventId, taskCompleted(partners.id.toString(), d,
                        "REJECT", "\"note\": \"the invoice registration is refused\""));
                Round r = race(() -> as(officer).contentType(ContentType.JSON).body("{\"outcome\": \"APPROVE\"}")
                        .post("/api/v1/tasks/{id}/complete", officers.id), () -> replies.onReply(rejection), failed);
                if (r.collided(200, 409)) {
                    collisions.add("round " + round + ": " + r);
                    continue;
                }
                assertThat(processed(eventId)).as("the rejection is applied").isTrue();
                CaseFile file = caseOf(d);
                assertThat(file.status.name()).isEqualTo("DECIDED");
                assertThat(file.decision).isEqualTo("REJECTED");
                assertThat(published(d, EventType.DOSSIER_DECIDED, null)).as("decided once").isEqualTo(1);
                Task rejected = task(partners.id);
                assertThat(rejected.status).isEqualTo(Task.Status.DONE);
                assertThat(rejected.outcome).isEqualTo("REJECT");
                assertThat(published(d, EventType.STEP_COMPLETED, partners.id)).isEqualTo(1);
                Task approved = task(officers.id);
                if (r.status() == 200) {
                    assertThat(approved.status).as("approved before the rejection").isEqualTo(Task.Status.DONE);
                    assertThat(approved.outcome).isEqualTo("APPROVE");
                    assertThat(published(d, EventType.STEP_COMPLETED, officers.id)).isEqualTo(1);
                } else {
                    assertThat(approved.status).as("cancelled by the rejection").isEqualTo(Task.Status.CANCELLED);
                    assertThat(published(d, EventType.STEP_COMPLETED, officers.id)).isZero();
                }
            }
        }
        assertNoCollision(collisions, deadlocksBefore);
    }

    /**
     * A leader of the tax office issues an apology with a new date (every open step gets the extra
     * working time) while the tax partner approves the first step of P11. Both always apply, in
     * either order: one apology and the new date, the step done once and the next one open within
     * the new date.
     */
    @Test
    void a_leader_extending_the_deadline_while_the_partner_completes_a_step_both_apply_once() throws Exception {
        List<Dossier> dossiers = submitted("P11", TAX_OFFICE);
        String leader = leader(TAX_OFFICE);
        List<String> collisions = new ArrayList<>();
        long deadlocksBefore = deadlocks();
        try (FailedAttempts failed = FailedAttempts.watch()) {
            for (int round = 0; round < ROUNDS; round++) {
                Dossier d = dossiers.get(round);
                Task first = activeTask(d, "RECEIVE_CHECK");
                OffsetDateTime newDue = caseOf(d).dueAt.plusDays(3);
                String apology = "{\"newDueAt\": \"%s\", \"reason\": \"the land records are being moved\"}"
                        .formatted(EventTimes.rfc3339(newDue));
                String eventId = UUID.randomUUID().toString();
                ConsumerRecord<String, String> approval = reply(d, eventId,
                        taskCompleted(first.id.toString(), d, "APPROVE", ""));
                Round r = race(() -> as(leader).contentType(ContentType.JSON).body(apology)
                        .post("/api/v1/dossiers/{id}/apology", d.id()), () -> replies.onReply(approval), failed);
                if (r.collided(200)) {
                    collisions.add("round " + round + ": " + r);
                    continue;
                }
                assertThat(processed(eventId)).as("the approval is applied").isTrue();
                CaseFile file = caseOf(d);
                assertThat(file.apologies).isEqualTo(1);
                assertThat(file.dueAt.toInstant()).isEqualTo(newDue.toInstant());
                assertThat(published(d, EventType.APOLOGY_ISSUED, null)).isEqualTo(1);
                Task done = task(first.id);
                assertThat(done.status).isEqualTo(Task.Status.DONE);
                assertThat(done.outcome).isEqualTo("APPROVE");
                assertThat(published(d, EventType.STEP_COMPLETED, first.id)).isEqualTo(1);
                Task next = activeTask(d, "ASSESS_NOTIFY");
                assertThat(next.dueAt).isBeforeOrEqualTo(newDue);
            }
        }
        assertNoCollision(collisions, deadlocksBefore);
    }

    /** What one round did: the request's answer and whether the event failed, at last or on a try. */
    record Round(int status, String problem, Throwable eventFailure, List<String> failedAttempts) {

        boolean collided(Integer... expected) {
            return !Arrays.asList(expected).contains(status) || eventFailure != null || !failedAttempts.isEmpty();
        }

        @Override
        public String toString() {
            return "request " + status + (problem == null ? "" : " " + problem)
                    + (eventFailure == null ? "" : ", event failed: " + eventFailure)
                    + (failedAttempts.isEmpty() ? "" : ", event retried after: " + failedAttempts);
        }
    }

    /**
     * The request and the event released together; one of them starts up to a few milliseconds later
     * (a request takes longer to reach the database than an event handed to its consumer).
     */
    private static Round race(Callable<Response> request, Runnable event, FailedAttempts failed) throws Exception {
        long offsetMicros = ThreadLocalRandom.current().nextLong(-5_000, 20_000);
        failed.clear();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Response> answered = threads.submit(() -> {
                go.await();
                stagger(-offsetMicros);
                return request.call();
            });
            Future<?> applied = threads.submit(() -> {
                go.await();
                stagger(offsetMicros);
                event.run();
                return null;
            });
            go.countDown();
            Response response = answered.get(60, TimeUnit.SECONDS);
            Throwable eventFailure = null;
            try {
                applied.get(60, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                eventFailure = e.getCause();
            }
            String problem = response.contentType().contains("problem")
                    ? response.jsonPath().getString("type") + ": " + response.jsonPath().getString("detail") : null;
            return new Round(response.statusCode(), problem, eventFailure, failed.messages());
        } finally {
            threads.shutdownNow();
        }
    }

    private static void stagger(long micros) {
        if (micros > 0) {
            LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(micros));
        }
    }

    private void assertNoCollision(List<String> collisions, long deadlocksBefore) {
        assertThat(collisions).as("rounds (of %d) where the request or the event collided", ROUNDS).isEmpty();
        // PostgreSQL counts the deadlocks it broke once the aborted session reports its statistics
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> deadlocks() == deadlocksBefore);
    }

    /** {@code ROUNDS} dossiers of a procedure submitted at once, each once its first task is open. */
    private static List<Dossier> submitted(String procedureId, String competentAgency) {
        List<Dossier> dossiers = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            Dossier d = newDossier();
            submit(kafka, d, procedureId, competentAgency);
            dossiers.add(d);
        }
        dossiers.forEach(d -> await().atMost(Duration.ofSeconds(60)).until(() -> caseOf(d) != null));
        return dossiers;
    }

    /** The partner's TaskCompleted as the consumer receives it from the tax partner's replies topic. */
    private static ConsumerRecord<String, String> reply(Dossier d, String eventId, String data) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>(REPLIES, 0, 0L, d.id().toString(), data);
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", eventId);
        header(record, "ce_type", EventType.TASK_COMPLETED.ceType());
        header(record, "ce_source", EventType.PARTNER_SOURCE_PREFIX + TAX_PARTNER);
        header(record, "ce_subject", d.id().toString());
        header(record, "ce_time", EventTimes.now());
        header(record, "content-type", "application/json");
        return record;
    }

    private static void header(ConsumerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static Task activeTask(Dossier d, String step) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> Task.activeOf(d.id(), step).stream().findFirst().orElse(null)), Objects::nonNull);
    }

    private static Task task(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> Task.<Task>findById(id));
    }

    private static CaseFile caseOf(Dossier d) {
        return QuarkusTransaction.requiringNew().call(() -> CaseFile.<CaseFile>findById(d.id()));
    }

    /** The events of a type written to the outbox for a dossier (for one task, when {@code taskId} is given). */
    private long published(Dossier d, EventType type, UUID taskId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery("""
                        select count(*) from outbox_event
                        where ce_subject = ?1 and ce_type = ?2 and (?3 = '' or payload ->> 'taskId' = ?3)""")
                .setParameter(1, d.id().toString()).setParameter(2, type.ceType())
                .setParameter(3, taskId == null ? "" : taskId.toString()).getSingleResult()).longValue());
    }

    /** The deadlocks PostgreSQL has broken in this database (each rolled back one of the transactions). */
    private long deadlocks() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select deadlocks from pg_stat_database where datname = current_database()").getSingleResult()).longValue());
    }

    /**
     * The tries EventInbox failed and retried (it logs each one and applies the event on a later try,
     * so the consumer's caller never sees them).
     */
    private static final class FailedAttempts extends Handler implements AutoCloseable {

        private static final Logger MESSAGING = Logger.getLogger("vn.onestop.platform.messaging");
        private final List<String> messages = new CopyOnWriteArrayList<>();

        static FailedAttempts watch() {
            FailedAttempts handler = new FailedAttempts();
            handler.setLevel(Level.ALL);
            MESSAGING.addHandler(handler);
            return handler;
        }

        @Override
        public void publish(LogRecord record) {
            String format = record.getMessage();
            if (format == null || !format.contains("failed attempt")) {
                return;
            }
            Object[] parameters = record.getParameters();
            messages.add(parameters == null || parameters.length == 0 ? format
                    : String.valueOf(parameters[parameters.length - 1]));
        }

        List<String> messages() {
            return List.copyOf(messages);
        }

        void clear() {
            messages.clear();
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
            MESSAGING.removeHandler(this);
        }
    }
}
