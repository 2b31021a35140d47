package vn.onestop.intake.dossier;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.onestop.contracts.ContractValidator;
import vn.onestop.contracts.EventType;
import vn.onestop.intake.dossier.messaging.DossierDecidedData;
import vn.onestop.intake.dossier.service.DossierTracking;
import vn.onestop.platform.messaging.EventInbox;
import vn.onestop.platform.testing.Concurrently;
import vn.onestop.platform.testing.EventTimes;
import vn.onestop.platform.testing.Metrics;
import vn.onestop.platform.testing.TestKafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static vn.onestop.intake.IntakeFixtures.WARD_CENTRE;
import static vn.onestop.intake.IntakeFixtures.pdf;
import static vn.onestop.intake.IntakeFixtures.submit;
import static vn.onestop.platform.testing.Tokens.as;
import static vn.onestop.platform.testing.Tokens.citizen;

/**
 * A bundle is decided once, when every member's decision is known (DossierTracking, docs/reliability.md
 * "Bundles decided partially approved although every member was approved"): a member's result handed
 * over before its decision arrived does not count as a member that was not approved, and two members
 * decided at the same moment do not miss each other.
 */
@QuarkusTest
class BundleDecisionTest {

    private static final String PROCESSING = "intake-test.onestop.processing.events.v1";
    private static final String RESULTS = "intake-test.onestop.result.events.v1";
    /** The mother, who files the birth bundle online and is told by e-mail. */
    private static final String MOTHER = "079190004455";
    private static final TestKafka kafka = new TestKafka();

    @Inject
    EventInbox inbox;
    @Inject
    DossierTracking tracking;
    @Inject
    EntityManager entityManager;

    @AfterAll
    static void close() {
        kafka.close();
    }

    record Member(UUID id, String code, String procedureId) {
    }

    record Bundle(String code, Member p1, Member p2, Member p3) {
    }

    @Test
    void a_result_handed_over_before_its_decision_does_not_close_the_bundle_as_partially_approved() {
        double received = Metrics.sum("onestop_dossiers_received_total", "channel=\"ONLINE\"");
        double decidedInTime = decidedInTime();
        double late = Metrics.sum("onestop_dossiers_decided_total", "timeliness=\"late\"");
        double chains = Metrics.sum("onestop_chain_completion_seconds_count");
        Bundle bundle = submitBirthBundle();
        assertThat(Metrics.sum("onestop_dossiers_received_total", "channel=\"ONLINE\"")).as("a bundle counts once")
                .isEqualTo(received + 1);
        // P1's result is issued and handed over while its DossierDecided is still on its way (another topic)
        UUID resultId = UUID.randomUUID();
        kafka.sendEvent(RESULTS, EventType.RESULT_ISSUED, bundle.p1().id(), resultIssued(bundle.p1(), resultId));
        kafka.sendEvent(RESULTS, EventType.RESULT_RETURNED, bundle.p1().id(), resultReturned(bundle.p1(), resultId));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mother().get("/api/v1/dossiers/{code}",
                bundle.p1().code()).then().body("status", equalTo("RETURNED")).body("decision", equalTo(null)));
        assertOpen(bundle);

        kafka.sendEvent(PROCESSING, EventType.DOSSIER_DECIDED, bundle.p2().id(), decided(bundle.p2()));
        kafka.sendEvent(PROCESSING, EventType.DOSSIER_DECIDED, bundle.p3().id(), decided(bundle.p3()));
        for (Member m : List.of(bundle.p2(), bundle.p3())) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mother().get("/api/v1/dossiers/{code}", m.code())
                    .then().body("decision", equalTo("APPROVED")));
        }
        // the bundle is checked in the transaction that applied P3's decision, committed by now: P1's
        // decision is not known yet, so the bundle is not decided
        assertOpen(bundle);

        kafka.sendEvent(PROCESSING, EventType.DOSSIER_DECIDED, bundle.p1().id(), decided(bundle.p1()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mother().get("/api/v1/dossiers/{code}", bundle.code())
                .then().body("status", equalTo("DECIDED")));
        assertDecidedOnceAllApproved(bundle);
        assertThat(mother().get("/api/v1/dossiers/{code}", bundle.p1().code()).then().extract().jsonPath()
                .getString("status")).as("the late decision does not move the returned member back").isEqualTo("RETURNED");

        // decided today, before their due dates: in time
        assertThat(decidedInTime()).isEqualTo(decidedInTime + 3);
        assertThat(Metrics.sum("onestop_dossiers_decided_total", "timeliness=\"late\"")).isEqualTo(late);
        // the chain is complete with its last result, not before
        assertThat(Metrics.sum("onestop_chain_completion_seconds_count")).isEqualTo(chains);
        kafka.sendEvent(RESULTS, EventType.RESULT_ISSUED, bundle.p2().id(), resultIssued(bundle.p2(), UUID.randomUUID()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mother().get("/api/v1/dossiers/{code}",
                bundle.p2().code()).then().body("result", org.hamcrest.Matchers.notNullValue()));
        assertThat(Metrics.sum("onestop_chain_completion_seconds_count")).isEqualTo(chains);
        kafka.sendEvent(RESULTS, EventType.RESULT_ISSUED, bundle.p3().id(), resultIssued(bundle.p3(), UUID.randomUUID()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(Metrics.sum("onestop_chain_completion_seconds_count")).isEqualTo(chains + 1));
        assertThat(Metrics.sum("onestop_chain_completion_seconds_bucket", "le=\"+Inf\""))
                .isGreaterThanOrEqualTo(chains + 1);
    }

    private static double decidedInTime() {
        return Metrics.sum("onestop_dossiers_decided_total", "timeliness=\"early\"")
                + Metrics.sum("onestop_dossiers_decided_total", "timeliness=\"on-time\"");
    }

    /**
     * The messaging path cannot apply two decisions at once (one consumer thread per topic), so the
     * two are applied as the consumer applies them (EventInbox, DossierTracking) on two threads, each
     * transaction held open after its bundle check until the other has made its own check too, or is
     * waiting for a lock. Without the parent's lock both checks run before either commits and each
     * misses the other's decision: the bundle is never decided.
     */
    @Test
    void two_members_decided_at_the_same_moment_decide_the_bundle_exactly_once() throws Exception {
        Bundle bundle = submitBirthBundle();
        kafka.sendEvent(PROCESSING, EventType.DOSSIER_DECIDED, bundle.p1().id(), decided(bundle.p1()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mother().get("/api/v1/dossiers/{code}",
                bundle.p1().code()).then().body("decision", equalTo("APPROVED")));
        assertOpen(bundle);

        List<Member> last = List.of(bundle.p2(), bundle.p3());
        CountDownLatch checked = new CountDownLatch(last.size());
        CountDownLatch commit = new CountDownLatch(1);
        Concurrently.run(last.size() + 1, Duration.ofSeconds(90), thread -> {
            if (thread < last.size()) {
                inbox.handle("intake-service", decisionRecord(last.get(thread)), event -> {
                    tracking.decided(event, event.dataAs(DossierDecidedData.class));
                    checked.countDown();
                    awaitQuietly(commit);
                });
            } else {
                await("both decisions checked the bundle, or one waits for the other's lock").atMost(Duration.ofSeconds(30))
                        .until(() -> checked.getCount() == 0 || waitingForALock());
                commit.countDown();
            }
            return null;
        });

        // both transactions have committed: nothing is on its way any more
        assertDecidedOnceAllApproved(bundle);
    }

    private static RequestSpecification mother() {
        return as(citizen(MOTHER));
    }

    private static Bundle submitBirthBundle() {
        JsonPath parent = submit(UUID.randomUUID().toString(), """
                {"procedureId": "BIRTH_BUNDLE", "channel": "ONLINE", "receivingAgency": "%s",
                 "applicant": {"type": "CITIZEN", "fullName": "Phan Thị Hoa", "idNumber": "%s",
                               "email": "hoa@example.vn", "notify": ["EMAIL"]},
                 "components": [%s, %s, %s, %s, %s]}""".formatted(WARD_CENTRE, MOTHER, pdf("BIRTH_REGISTRATION_FORM"),
                pdf("BIRTH_NOTICE"), pdf("REQUESTER_ID"), pdf("RESIDENCE_CHANGE_FORM"), pdf("HEALTH_INSURANCE_FORM")))
                .then().statusCode(201).extract().jsonPath();
        return new Bundle(parent.getString("code"), member(parent, "P1"), member(parent, "P2"), member(parent, "P3"));
    }

    private static Member member(JsonPath parent, String procedureId) {
        String child = "children.find { it.procedureId == '" + procedureId + "' }";
        return new Member(UUID.fromString(parent.getString(child + ".id")), parent.getString(child + ".code"), procedureId);
    }

    private static void assertOpen(Bundle bundle) {
        JsonPath parent = mother().get("/api/v1/dossiers/{code}", bundle.code()).then().statusCode(200).extract().jsonPath();
        assertThat(parent.getString("decision")).as("the bundle's decision").isNull();
        assertThat(parent.getString("status")).as("the bundle's status").isNotEqualTo("DECIDED");
        assertThat(parent.getList("timeline.kind", String.class)).doesNotContain("BUNDLE_FINISHED");
        assertThat(notificationKinds(bundle.code())).doesNotContain("BUNDLE_FINISHED");
    }

    /**
     * Decided, as all approved, and once: one BUNDLE_FINISHED on the timeline naming every member's
     * result, one notice to the applicant. (Intake publishes no event of its own when a bundle is
     * decided: the timeline and the notice are what a second decision would double.)
     */
    private static void assertDecidedOnceAllApproved(Bundle bundle) {
        JsonPath parent = mother().get("/api/v1/dossiers/{code}", bundle.code()).then().statusCode(200).extract().jsonPath();
        assertThat(parent.getString("status")).isEqualTo("DECIDED");
        assertThat(parent.getString("decision")).isEqualTo("ALL_APPROVED");
        assertThat(parent.getString("decidedAt")).isNotNull();
        List<String> finished = parent.getList("timeline.findAll { it.kind == 'BUNDLE_FINISHED' }.description", String.class);
        assertThat(finished).hasSize(1);
        for (Member m : List.of(bundle.p1(), bundle.p2(), bundle.p3())) {
            assertThat(finished.get(0)).contains(m.procedureId() + " " + m.code() + ": có kết quả");
        }
        assertThat(finished.get(0)).doesNotContain("không có kết quả");
        assertThat(notificationKinds(bundle.code())).filteredOn("BUNDLE_FINISHED"::equals).hasSize(1);
    }

    private static List<String> notificationKinds(String code) {
        return mother().get("/api/v1/dossiers/{code}/notifications", code).then().statusCode(200).extract().jsonPath()
                .getList("items.kind", String.class);
    }

    private static String decided(Member m) {
        String data = """
                {"dossierId": "%s", "dossierCode": "%s", "procedureId": "%s", "decision": "APPROVED",
                 "decidedAt": "%s", "decidedBy": "000.01.20.H22", "status": "DECIDED", "nationalStatusCode": 9,
                 "applicant": {"fullName": "Phan Thị Hoa", "idNumber": "%s"}, "resultData": {}}
                """.formatted(m.id(), m.code(), m.procedureId(), EventTimes.now(), MOTHER);
        ContractValidator.shared().requireValid(EventType.DOSSIER_DECIDED, data);
        return data;
    }

    private static String resultIssued(Member m, UUID resultId) {
        String data = """
                {"resultId": "%s", "number": "%06d/2026/GCN-000.01.20.H22", "kind": "CERTIFICATE",
                 "dossierId": "%s", "dossierCode": "%s", "procedureId": "%s", "issuer": "000.01.20.H22",
                 "issuedAt": "%s", "ownerIdNumber": "%s", "nationalStatusCode": 9}
                """.formatted(resultId, ThreadLocalRandom.current().nextInt(1, 1_000_000), m.id(), m.code(),
                m.procedureId(), EventTimes.now(), MOTHER);
        ContractValidator.shared().requireValid(EventType.RESULT_ISSUED, data);
        return data;
    }

    private static String resultReturned(Member m, UUID resultId) {
        String data = """
                {"resultId": "%s", "dossierId": "%s", "dossierCode": "%s", "channel": "POSTAL",
                 "returnedAt": "%s", "receivedBy": "Phan Thị Hoa", "nationalStatusCode": 10}
                """.formatted(resultId, m.id(), m.code(), EventTimes.now());
        ContractValidator.shared().requireValid(EventType.RESULT_RETURNED, data);
        return data;
    }

    /** A member's DossierDecided as the consumer receives it from the processing topic. */
    private static ConsumerRecord<String, String> decisionRecord(Member m) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>(PROCESSING, 0, 0L, m.id().toString(), decided(m));
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", UUID.randomUUID().toString());
        header(record, "ce_type", EventType.DOSSIER_DECIDED.ceType());
        header(record, "ce_source", "processing-service");
        header(record, "ce_subject", m.id().toString());
        header(record, "ce_time", Instant.now().toString());
        header(record, "content-type", "application/json");
        return record;
    }

    private static void header(ConsumerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /** Whether a transaction of this database waits for a lock (the parent's row, held by the other decision's). */
    private boolean waitingForALock() {
        Number waiting = QuarkusTransaction.requiringNew().call(() -> (Number) entityManager.createNativeQuery("""
                        select count(*) from pg_stat_activity
                        where datname = current_database() and wait_event_type = 'Lock'""")
                .getSingleResult());
        return waiting.longValue() > 0;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while holding the transaction open", e);
        }
    }
}
