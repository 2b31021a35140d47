package vn.onestop.rating.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import vn.onestop.contracts.ContractValidator;
import vn.onestop.contracts.EventType;
import vn.onestop.platform.testing.TestKafka;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * intake's reference data as it publishes it (CatalogPublished): the province of the tests
 * ({@code src/test/resources/reference/catalog-published.json}, a copy of intake's seed catalog:
 * five units, their agencies, the thirteen procedures), sent on the test catalog topic before the
 * application starts, for every test of the service. rating reads it from the compacted topic at
 * start, as a new installation does.
 */
public class ReferenceSnapshot implements QuarkusTestResourceLifecycleManager {

    public static final String TOPIC = "rating-test.onestop.catalog.events.v1";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The seed snapshot, a fresh copy each call. */
    public static ObjectNode seed() {
        try (InputStream in = ReferenceSnapshot.class.getResourceAsStream("/reference/catalog-published.json")) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends {@code snapshot} as intake would, checked against the contract; returns the event id. */
    public static String publish(TestKafka kafka, ObjectNode snapshot) {
        String json = snapshot.toString();
        ContractValidator.shared().requireValid(EventType.CATALOG_PUBLISHED, json);
        String id = java.util.UUID.randomUUID().toString();
        kafka.sendEvent(TOPIC, EventType.CATALOG_PUBLISHED.ceType(), id, snapshot.path("province").asText(), json);
        return id;
    }

    @Override
    public Map<String, String> start() {
        try (TestKafka kafka = new TestKafka()) {
            publish(kafka, seed());
        }
        return Map.of();
    }

    @Override
    public void stop() {
    }
}
