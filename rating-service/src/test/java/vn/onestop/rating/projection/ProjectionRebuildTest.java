package vn.onestop.rating.projection;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.onestop.platform.testing.TestKafka;
import vn.onestop.rating.support.Db;
import vn.onestop.rating.support.TestDossier;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import vn.onestop.contracts.Topics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static vn.onestop.platform.testing.Tokens.as;
import static vn.onestop.platform.testing.Tokens.citizen;
import static vn.onestop.platform.testing.Tokens.operator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

/**
 * The projection rebuilt from the topics equals the live one: after every event (of this and all
 * earlier tests) is folded, the live projection is damaged, rebuilt, and compared with what it was;
 * a rebuild while new events keep arriving loses none of them; and a dossier whose events have
 * expired from the topics is kept as it was.
 */
@QuarkusTest
class ProjectionRebuildTest {

    private static final TestKafka kafka = new TestKafka();
    private static final String CA = "002.04.20.H22";
    private static final String PA = "000.04.20.H22";

    @Inject
    Db db;

    @AfterAll
    static void close() {
        kafka.close();
    }

    private List<TestDossier> may2025() {
        List<TestDossier> dossiers = new ArrayList<>();
        dossiers.add(new TestDossier(kafka, "P2", "ONLINE", CA, PA, "2025-05-05T09:00", "2025-05-14T09:00", 1, 3)
                .submitted().started("2025-05-05T09:00")
                .step("check", "2025-05-05T09:01", "2025-05-06T09:00", "2025-05-06T10:00")
                .supplementRequested(1, "2025-05-06T11:00").resumed("2025-05-06T11:00", "2025-05-07T09:00",
                        "2025-05-15T07:00")
                .decided("APPROVED", "2025-05-14T10:00", "ON_TIME").resultIssued("2025-05-14T10:05"));
        dossiers.add(new TestDossier(kafka, "P1", "COUNTER", CA, PA, "2025-05-06T09:00", "2025-05-06T17:00", 0, 1)
                .finished("APPROVED", "2025-05-07T09:00", "LATE"));
        dossiers.add(new TestDossier(kafka, "P2", "POSTAL", CA, PA, "2025-05-07T09:00", "2025-05-16T09:00", 2)
                .finished("REJECTED", "2025-05-08T09:00", "EARLY"));
        dossiers.add(new TestDossier(kafka, "P2", "ONLINE", CA, PA, "2025-05-12T09:00", "2025-05-21T09:00", 1)
                .submitted().started("2025-05-12T09:00").withdrawn("2025-05-13T09:00"));
        dossiers.add(new TestDossier(kafka, "P2", "ONLINE", CA, PA, "2025-05-19T09:00", "2025-05-28T09:00", 1, 1)
                .submitted().started("2025-05-19T09:00").overdue("2025-05-28T09:01"));
        dossiers.add(new TestDossier(kafka, "P10", "COUNTER", CA, "000.00.05.H22", "2025-05-20T09:00",
                "2025-06-03T09:00", 1).submitted().started("2025-05-20T09:00").stopped("2025-05-30T09:00"));
        return dossiers;
    }

    private String quiescentDigest() {
        String[] last = {db.projectionDigest()};
        await().atMost(Duration.ofSeconds(60)).pollDelay(Duration.ofSeconds(2)).pollInterval(Duration.ofSeconds(2))
                .until(() -> {
                    String now = db.projectionDigest();
                    boolean stable = now.equals(last[0]);
                    last[0] = now;
                    return stable;
                });
        return last[0];
    }

    private static String indicesOfMay() {
        return given().queryParam("unit", "96004").queryParam("from", "2025-05-01").queryParam("to", "2025-05-31")
                .get("/api/v1/indices").then().statusCode(200).extract().asString()
                .replaceAll("\"asOf\":\"[^\"]*\"", "");
    }

    private String rebuild() {
        String id = as(operator()).post("/api/v1/admin/projection/rebuild").then().statusCode(202)
                .body("status", equalTo("RUNNING")).extract().path("id");
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() ->
                as(operator()).get("/api/v1/admin/projection/rebuild/{id}", id).then().statusCode(200)
                        .body("status", equalTo("DONE")));
        return id;
    }

    @Test
    void the_rebuilt_projection_equals_the_live_one() {
        List<TestDossier> dossiers = may2025();
        await().atMost(Duration.ofSeconds(60)).until(() -> db.folded(Db.all(dossiers)) == Db.all(dossiers).size());
        String live = quiescentDigest();
        String liveIndices = indicesOfMay();
        long portalRows = db.count("select count(*) from portal_sync");
        long invitations = db.count("select count(*) from rating_invitation");

        // damage the live projection: a dossier lost, another one's finish rewritten, an event forgotten
        db.update("delete from dossier_fact where code = ?1", dossiers.get(0).code);
        db.update("update dossier_fact set finished_status = 'EARLY', status = 'IN_PROCESS' where code = ?1",
                dossiers.get(1).code);
        db.update("delete from projection_event where event_id = ?1", dossiers.get(2).eventIds.get(0));
        assertThat(db.projectionDigest()).isNotEqualTo(live);
        assertThat(indicesOfMay()).isNotEqualTo(liveIndices);

        String id = rebuild();

        assertThat(db.projectionDigest()).isEqualTo(live);
        assertThat(indicesOfMay()).isEqualTo(liveIndices);
        as(operator()).get("/api/v1/admin/projection/rebuild/{id}", id).then()
                .body("eventsApplied", greaterThan(Db.all(dossiers).size()))
                .body("dossiers", equalTo((int) db.count("select count(*) from dossier_fact")));
        // a rebuild has no side effects: no second invitation, no second push to the portal
        assertThat(db.count("select count(*) from portal_sync")).isEqualTo(portalRows);
        assertThat(db.count("select count(*) from rating_invitation")).isEqualTo(invitations);
    }

    @Test
    void events_arriving_during_a_rebuild_are_not_lost() {
        List<TestDossier> before = List.of(new TestDossier(kafka, "P2", "ONLINE", CA, PA, "2025-06-02T09:00",
                "2025-06-11T09:00", 1).submitted().started("2025-06-02T09:00"));
        await().atMost(Duration.ofSeconds(60)).until(() -> db.folded(Db.all(before)) == Db.all(before).size());
        String id = as(operator()).post("/api/v1/admin/projection/rebuild").then().statusCode(202).extract().path("id");
        as(operator()).post("/api/v1/admin/projection/rebuild").then().statusCode(409)
                .body("type", equalTo("https://onestop.vn/problems/rebuild-running"));
        List<TestDossier> during = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            during.add(new TestDossier(kafka, "P2", "COUNTER", CA, PA, "2025-06-03T09:0" + i, "2025-06-12T09:00", 1, 0)
                    .finished("APPROVED", "2025-06-04T09:00", "EARLY"));
        }
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() ->
                as(operator()).get("/api/v1/admin/projection/rebuild/{id}", id).then().body("status", equalTo("DONE")));
        await().atMost(Duration.ofSeconds(60)).until(() -> db.folded(Db.all(during)) == Db.all(during).size());
        String afterFirst = quiescentDigest();
        for (TestDossier d : during) {
            assertThat(db.count("select count(*) from dossier_fact where code = ?1 and status = 'DECIDED'", d.code))
                    .isEqualTo(1);
            as(citizen(TestDossier.APPLICANT)).get("/api/v1/dossiers/{code}/rating-invitation", d.code).then()
                    .statusCode(200);
        }
        // and a rebuild of that gives the same again
        rebuild();
        assertThat(db.projectionDigest()).isEqualTo(afterFirst);
    }

    /**
     * As retention does: deletes every record up to and including {@code d}'s last one, in each
     * partition of the three topics that holds one of its events.
     */
    private static void expire(TestDossier d) throws Exception {
        Map<TopicPartition, RecordsToDelete> delete = new HashMap<>();
        for (String topic : List.of(Topics.DOSSIER_EVENTS, Topics.PROCESSING_EVENTS, Topics.RESULT_EVENTS)) {
            for (ConsumerRecord<String, String> r : kafka.records(TestDossier.PREFIX + topic, TestKafka.subject(d.id))) {
                TopicPartition tp = new TopicPartition(r.topic(), r.partition());
                long before = delete.containsKey(tp) ? delete.get(tp).beforeOffset() : 0;
                delete.put(tp, RecordsToDelete.beforeOffset(Math.max(before, r.offset() + 1)));
            }
        }
        assertThat(delete).isNotEmpty();
        try (Admin admin = Admin.create(TestKafka.clientConfig(TestKafka.bootstrapFromEnvironment(), TestKafka.ADMIN))) {
            admin.deleteRecords(delete).all().get(30, TimeUnit.SECONDS);
        }
        for (String topic : List.of(Topics.DOSSIER_EVENTS, Topics.PROCESSING_EVENTS, Topics.RESULT_EVENTS)) {
            assertThat(kafka.records(TestDossier.PREFIX + topic, TestKafka.subject(d.id))).as(topic).isEmpty();
        }
    }

    @Test
    void a_rebuild_keeps_what_the_topics_no_longer_hold() throws Exception {
        TestDossier old = new TestDossier(kafka, "P2", "ONLINE", CA, PA, "2025-04-07T09:00", "2025-04-16T09:00", 1, 1)
                .finished("APPROVED", "2025-04-10T09:00", "EARLY");
        await().atMost(Duration.ofSeconds(60)).until(() -> db.folded(old.eventIds) == old.eventIds.size());
        // nothing of the earlier tests may still be unread when their records go
        kafka.awaitConsumersCaughtUp(TestDossier.PREFIX, Duration.ofSeconds(60));
        expire(old);
        // a later event of the expired dossier is still folded live, and kept by the rebuild too
        old.returned("2025-04-11T09:00");
        await().atMost(Duration.ofSeconds(60)).until(() -> db.folded(old.eventIds) == old.eventIds.size());
        String live = quiescentDigest();
        String before = (String) db.one("select status from dossier_fact where dossier_id = ?1", old.id);

        String id = rebuild();

        assertThat(db.projectionDigest()).as("nothing lost, nothing changed").isEqualTo(live);
        assertThat(db.one("select status from dossier_fact where dossier_id = ?1", old.id)).isEqualTo(before);
        assertThat(db.count("select count(*) from projection_event where dossier_id = ?1", old.id))
                .isEqualTo(old.eventIds.size());
        as(operator()).get("/api/v1/admin/projection/rebuild/{id}", id).then()
                .body("dossiersCarriedOver", greaterThan(0));
    }
}
