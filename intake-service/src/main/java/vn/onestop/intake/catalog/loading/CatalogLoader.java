package vn.onestop.intake.catalog.loading;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import vn.onestop.intake.catalog.domain.Catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the catalog files, checks each item's shape against the JSON Schema ({@link CatalogSchema}) and
 * validates the files together ({@link CatalogValidator}). A location is a class-path resource
 * ({@code catalog/procedures.json}, optionally prefixed {@code classpath:}) or a file
 * ({@code file:/etc/onestop/catalog/extra.json}). Any problem, in any file, fails the whole load.
 */
public final class CatalogLoader {

    private static final String CLASSPATH = "classpath:";
    private static final String FILE = "file:";
    private static final Set<String> SECTIONS = Set.of("note", "levels", "agencyTypes", "administrativeUnits",
            "agencies", "entries");

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .build();

    private CatalogLoader() {
    }

    /** @throws InvalidCatalogException naming each file and item in trouble */
    public static Catalog load(List<String> locations) {
        Problems problems = new Problems();
        List<CatalogSource> sources = new ArrayList<>();
        for (String location : locations) {
            try {
                sources.add(new CatalogSource(location, read(location)));
            } catch (IOException e) {
                problems.add(location, "file", ProblemCode.FILE_UNREADABLE, "cannot be read: " + e.getMessage());
            }
        }
        if (locations.isEmpty()) {
            problems.add("(configuration)", "onestop.catalog.files", ProblemCode.NO_FILES, "lists no file");
        }
        if (problems.any()) {
            throw new InvalidCatalogException(problems.all());
        }
        return fromSources(sources);
    }

    /** @throws InvalidCatalogException naming each file and item in trouble */
    public static Catalog fromSources(List<CatalogSource> sources) {
        Problems problems = new Problems();
        List<CatalogFile.Parsed> parsed = new ArrayList<>();
        for (CatalogSource source : sources) {
            parsed.add(parse(source, problems));
        }
        return new CatalogValidator(problems).validate(parsed);
    }

    static String read(String location) throws IOException {
        if (location.startsWith(FILE)) {
            return Files.readString(Path.of(location.substring(FILE.length())), StandardCharsets.UTF_8);
        }
        String resource = location.startsWith(CLASSPATH) ? location.substring(CLASSPATH.length()) : location;
        resource = resource.startsWith("/") ? resource.substring(1) : resource;
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = CatalogLoader.class.getClassLoader();
        }
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no class-path resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * Whole file first (syntax, sections), then item by item, so one bad item does not hide the others:
     * each item is read (unknown fields, wrong types), then checked against the JSON Schema.
     */
    static CatalogFile.Parsed parse(CatalogSource source, Problems problems) {
        JsonNode root;
        try {
            root = MAPPER.readTree(source.json());
        } catch (JsonProcessingException e) {
            problems.add(source.name(), "file", ProblemCode.JSON_SYNTAX, "is not valid JSON" + at(e.getLocation()) + ": "
                    + e.getOriginalMessage());
            return empty(source.name());
        }
        if (root == null || !root.isObject()) {
            problems.add(source.name(), "file", ProblemCode.NOT_AN_OBJECT, "must hold a JSON object with any of the sections "
                    + SECTIONS.stream().sorted().collect(Collectors.joining(", ")));
            return empty(source.name());
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!SECTIONS.contains(name)) {
                problems.add(source.name(), "file", ProblemCode.UNKNOWN_SECTION, "unknown section \"" + name
                        + "\"; sections are " + SECTIONS.stream().sorted().collect(Collectors.joining(", ")));
            }
        }
        Shape shape = new Shape();
        return new CatalogFile.Parsed(source.name(),
                section(source, root, "levels", CatalogFile.Level.class, shape, problems),
                section(source, root, "agencyTypes", CatalogFile.AgencyType.class, shape, problems),
                section(source, root, "administrativeUnits", CatalogFile.Unit.class, shape, problems),
                section(source, root, "agencies", CatalogFile.Agency.class, shape, problems),
                section(source, root, "entries", CatalogFile.Entry.class, shape, problems),
                shape);
    }

    private static <T extends CatalogFile.Item> List<T> section(CatalogSource source, JsonNode root, String name,
                                                                Class<T> type, Shape shape, Problems problems) {
        JsonNode node = root.get(name);
        if (node == null) {
            return null;
        }
        if (!node.isArray()) {
            problems.add(source.name(), name, ProblemCode.NOT_A_LIST, "must be a list");
            return List.of();
        }
        List<T> items = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            T value;
            try {
                value = MAPPER.treeToValue(item, type);
            } catch (JsonProcessingException e) {
                problems.add(source.name(), itemName(name, i, item), e instanceof UnrecognizedPropertyException
                        ? ProblemCode.UNKNOWN_FIELD : ProblemCode.WRONG_TYPE, describe(e));
                items.add(null);
                continue;
            }
            String itemName = value == null ? name + "[" + i + "]" : value.item(i);
            Set<String> said = new HashSet<>();
            for (CatalogSchema.Violation violation : CatalogSchema.shared().check(name, item)) {
                shape.refuse("/" + name + "/" + i + violation.pointer());
                // Two bad elements of one list can read the same ("format "PDF" is not a media type"): say it once.
                if (said.add(violation.message())) {
                    problems.add(source.name(), itemName, violation.code(), violation.message());
                }
            }
            items.add(value);
        }
        return items;
    }

    /** "entry P3" when the item has an id or code, else "entries[2]". */
    private static String itemName(String section, int index, JsonNode item) {
        String key = item.hasNonNull("id") ? item.get("id").asText() : item.hasNonNull("code") ? item.get("code").asText() : null;
        if (key == null) {
            return section + "[" + index + "]";
        }
        String kind = switch (section) {
            case "levels" -> "level";
            case "agencyTypes" -> "agency type";
            case "administrativeUnits" -> "unit";
            case "agencies" -> "agency";
            default -> "entry";
        };
        return kind + " " + key + " (" + section + "[" + index + "])";
    }

    private static String describe(JsonProcessingException e) {
        String path = e instanceof JsonMappingException mapping ? path(mapping) : "";
        if (e instanceof UnrecognizedPropertyException unknown) {
            String parent = path.contains(".") ? path.substring(0, path.lastIndexOf('.')) : "";
            return "unknown field \"" + unknown.getPropertyName() + "\"" + (parent.isEmpty() ? "" : " in " + parent);
        }
        String message = e.getOriginalMessage();
        int detail = message.indexOf('\n');
        message = detail > 0 ? message.substring(0, detail) : message;
        return (path.isEmpty() ? "" : path + ": ") + "has the wrong type: " + message;
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String at(JsonLocation location) {
        return location == null || location.getLineNr() < 0 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static CatalogFile.Parsed empty(String name) {
        return new CatalogFile.Parsed(name, null, null, null, null, null, new Shape());
    }
}
