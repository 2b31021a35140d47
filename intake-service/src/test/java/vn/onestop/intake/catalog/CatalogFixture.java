package vn.onestop.intake.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.onestop.intake.catalog.domain.Catalog;
import vn.onestop.intake.catalog.loading.CatalogLoader;
import vn.onestop.intake.catalog.loading.CatalogSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;

/**
 * The small test catalog (src/test/resources/catalog/fixture/catalog.json) as a JSON tree that a
 * test changes in one place before loading it: two provinces, T1 in three versions, bundle TB with
 * options and bundle TL with a HANDOFF/RESUME loop.
 */
final class CatalogFixture {

    static final String NAME = "fixture.json";
    static final ObjectMapper JSON = new ObjectMapper();

    private CatalogFixture() {
    }

    static ObjectNode tree() {
        try (InputStream in = CatalogFixture.class.getClassLoader().getResourceAsStream("catalog/fixture/catalog.json")) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Catalog load() {
        return load(root -> { });
    }

    static Catalog load(Consumer<ObjectNode> change) {
        ObjectNode root = tree();
        change.accept(root);
        return CatalogLoader.fromSources(List.of(new CatalogSource(NAME, root.toPrettyString())));
    }

    static ObjectNode entry(ObjectNode root, String id, int version) {
        return find(root.withArrayProperty("entries"), e -> e.path("id").asText().equals(id) && e.path("version").asInt() == version,
                "entry " + id + " v" + version);
    }

    static ObjectNode agency(ObjectNode root, String code) {
        return find(root.withArrayProperty("agencies"), a -> a.path("code").asText().equals(code), "agency " + code);
    }

    static ObjectNode unit(ObjectNode root, String code) {
        return find(root.withArrayProperty("administrativeUnits"), u -> u.path("code").asText().equals(code), "unit " + code);
    }

    static ObjectNode component(ObjectNode entry, String code) {
        return find(entry.withArrayProperty("components"), c -> c.path("code").asText().equals(code), "component " + code);
    }

    static ObjectNode edge(ObjectNode bundle, String from, String to) {
        return find(bundle.withArrayProperty("chain"), e -> e.path("from").asText().equals(from) && e.path("to").asText().equals(to),
                "edge " + from + " → " + to);
    }

    static ObjectNode addEdge(ObjectNode bundle, String from, String to, String component, String type) {
        ObjectNode edge = bundle.withArrayProperty("chain").addObject();
        edge.put("from", from).put("to", to).put("component", component).put("type", type);
        return edge;
    }

    static void removeEdge(ObjectNode bundle, String from, String to) {
        ArrayNode chain = bundle.withArrayProperty("chain");
        for (int i = 0; i < chain.size(); i++) {
            if (chain.get(i).path("from").asText().equals(from) && chain.get(i).path("to").asText().equals(to)) {
                chain.remove(i);
                return;
            }
        }
        throw new IllegalArgumentException("no edge " + from + " → " + to);
    }

    private static ObjectNode find(ArrayNode array, Predicate<JsonNode> match, String what) {
        return (ObjectNode) StreamSupport.stream(array.spliterator(), false).filter(match).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("fixture has no " + what));
    }
}
