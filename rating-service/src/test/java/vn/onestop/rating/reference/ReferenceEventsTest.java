package vn.onestop.rating.reference;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.onestop.platform.testing.TestKafka;
import vn.onestop.rating.reference.service.References;
import vn.onestop.rating.support.Db;
import vn.onestop.rating.support.ReferenceSnapshot;

import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * rating's units, agencies and procedure codes come from intake's CatalogPublished on the compacted
 * catalog topic, not from a copy of its files: read at start (the seed snapshot sent before the
 * application started), replaced by a newer snapshot, an older or unusable one changing nothing.
 */
@QuarkusTest
@WithTestResource(value = ReferenceSnapshot.class, scope = TestResourceScope.GLOBAL)
class ReferenceEventsTest {

    /** An agency intake adds to the An Xuyên ward (unit 96001): a new service point. */
    private static final String NEW_AGENCY = "003.01.20.H22";
    private static final TestKafka kafka = new TestKafka();

    @Inject
    Db db;

    /** The later test classes get the seed back, newer than anything this one sent. */
    @AfterAll
    static void close() {
        ReferenceSnapshot.publish(kafka, ReferenceSnapshot.seed().put("publishedAt", "2027-12-31T00:00:00Z"));
        kafka.close();
    }

    private static ObjectNode withNewAgency(String publishedAt, String sha256) {
        ObjectNode snapshot = ReferenceSnapshot.seed();
        ((ArrayNode) snapshot.withArray("agencies")).addObject()
                .put("code", NEW_AGENCY).put("name", "Điểm tiếp nhận hồ sơ phường An Xuyên").putNull("nameEn")
                .put("type", "SERVICE_CENTRE").put("level", "COMMUNE").put("unit", "96001").putNull("parent")
                .put("receivesDossiers", true);
        snapshot.put("publishedAt", publishedAt).put("sha256", sha256);
        return snapshot;
    }

    private static int indicesOf(String unit) {
        return given().queryParam("unit", unit).queryParam("from", "2024-03-01").queryParam("to", "2024-03-31")
                .get("/api/v1/indices").statusCode();
    }

    @Test
    void the_seed_snapshot_was_read_at_start_and_a_newer_one_replaces_it() {
        // read at start from the topic: the seed's units answer
        given().queryParam("unit", "96001").get("/api/v1/indices").then().statusCode(200)
                .body("unit.code", equalTo("96001"));
        given().queryParam("unit", NEW_AGENCY).get("/api/v1/indices").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("unit"));

        ReferenceSnapshot.publish(kafka, withNewAgency("2026-06-01T00:00:00Z", "a".repeat(64)));
        await().atMost(Duration.ofSeconds(30)).until(() -> indicesOf(NEW_AGENCY) == 200);
        given().queryParam("unit", NEW_AGENCY).get("/api/v1/indices").then().statusCode(200)
                .body("unit.kind", equalTo("AGENCY"));
        assertThat(db.one("select sha256 from reference_snapshot")).isEqualTo("a".repeat(64));

        // an older snapshot (the seed again, as a late replay would bring it) is not taken
        String old = ReferenceSnapshot.publish(kafka, ReferenceSnapshot.seed());
        await().atMost(Duration.ofSeconds(30)).until(() -> db.count("select count(*) from processed_event where event_id = '"
                + old + "'") == 1);
        assertThat(indicesOf(NEW_AGENCY)).isEqualTo(200);
        assertThat(db.one("select sha256 from reference_snapshot")).isEqualTo("a".repeat(64));

        // a snapshot whose agency names an unknown unit is dead-lettered with the reason, and changes nothing
        ObjectNode broken = withNewAgency("2026-07-01T00:00:00Z", "b".repeat(64));
        ((ObjectNode) broken.withArray("agencies").get(0)).put("unit", "99999");
        String brokenId = ReferenceSnapshot.publish(kafka, broken);
        List<ConsumerRecord<String, String>> dead = kafka.awaitRecords(ReferenceSnapshot.TOPIC + ".dlq",
                r -> brokenId.equals(TestKafka.header(r, "ce_id")), Duration.ofSeconds(30));
        assertThat(TestKafka.header(dead.get(0), "dead-letter-reason")).contains("unknown unit 99999");
        assertThat(db.one("select sha256 from reference_snapshot")).isEqualTo("a".repeat(64));
        given().queryParam("unit", NEW_AGENCY).get("/api/v1/indices").then().statusCode(200)
                .body("unit.name", containsString("Điểm tiếp nhận"));
    }

    @Inject
    References references;

    @Test
    void a_first_start_takes_the_newest_usable_snapshot_even_behind_a_newer_unusable_one() {
        // an unusable snapshot under a key of its own: compaction keeps it on the topic for good
        ObjectNode broken = withNewAgency("2027-12-30T00:00:00Z", "c".repeat(64));
        ((ObjectNode) broken.withArray("agencies").get(0)).put("unit", "99999");
        String brokenId = java.util.UUID.randomUUID().toString();
        kafka.sendEvent(ReferenceSnapshot.TOPIC, vn.onestop.contracts.EventType.CATALOG_PUBLISHED.ceType(), brokenId,
                "poison-" + brokenId, broken.toString());
        kafka.awaitRecords(ReferenceSnapshot.TOPIC + ".dlq", r -> brokenId.equals(TestKafka.header(r, "ce_id")),
                Duration.ofSeconds(30));

        // a new installation's first start: nothing stored yet
        db.update("delete from reference_snapshot");
        references.readLatestFromTopic();

        assertThat(db.count("select count(*) from reference_snapshot")).as("a usable snapshot was taken").isEqualTo(1);
        assertThat(db.one("select sha256 from reference_snapshot")).isNotEqualTo("c".repeat(64));
    }
}
