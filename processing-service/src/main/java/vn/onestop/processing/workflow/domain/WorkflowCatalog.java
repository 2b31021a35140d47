package vn.onestop.processing.workflow.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import vn.onestop.contracts.resultdata.DecisionBound;
import vn.onestop.contracts.resultdata.ResultFieldRule;
import vn.onestop.contracts.resultdata.ResultFieldType;
import vn.onestop.workingtime.TimeLimit;

/**
 * The workflow definitions, one per procedure, read from JSON:
 *
 * <pre>{@code
 * {"note": "...",
 *  "workflows": [
 *   {"procedureId": "P2", "name": "Đăng ký thường trú",
 *    "timeLimit": {"value": 7, "unit": "WORKING_DAYS"}, "instant": false, "resultKind": "RECORD_UPDATE",
 *    "resultFields": [{"name": "personalId", "required": true, "type": "PERSONAL_ID"}],
 *    "note": "...",
 *    "steps": [
 *     {"id": "RECEIVE_CHECK", "name": "...", "agencyType": "POLICE", "level": "COMMUNE",
 *      "budget": {"value": 1, "unit": "WORKING_DAYS"}, "parallelGroup": 1, "deciding": false,
 *      "partner": false, "maxSupplementRequests": 1}]}]}
 * }</pre>
 * {@code note}, {@code instant}, {@code deciding}, {@code partner} (false),
 * {@code maxSupplementRequests} (no limit) and a result field's {@code type} (TEXT) and {@code bound}
 * (NONE, see {@link vn.onestop.contracts.resultdata.ResultDataRules}) may be omitted; every other field is required. Units are
 * those of working-time's {@code TimeLimit} (WORKING_DAYS, WORKING_HOURS, CALENDAR_DAYS, SAME_DAY).
 * Unknown fields are errors (a misspelt {@code "parallelgroup"} must not silently become another
 * workflow). Invalid data throws {@link IllegalArgumentException} naming the workflow and the step,
 * e.g. {@code workflow P2: step APPRAISE: budget: unit: unknown unit 'WEEKS' (...)}; the rules on
 * steps, groups and budgets are those of {@link WorkflowDefinition}.
 */
public final class WorkflowCatalog {

    /** The shipped definitions of P1–P13, read by {@link #bundled()}. */
    public static final String BUNDLED_RESOURCE = "/workflows/workflows.json";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> ROOT_FIELDS = Set.of("note", "workflows");
    private static final Set<String> WORKFLOW_FIELDS = Set.of("procedureId", "name", "timeLimit", "instant",
            "resultKind", "resultFields", "steps", "note", "earlierTimeLimits");
    private static final Set<String> STEP_FIELDS = Set.of("id", "name", "agencyType", "level", "budget",
            "parallelGroup", "deciding", "partner", "maxSupplementRequests");
    private static final Set<String> RESULT_FIELD_FIELDS = Set.of("name", "required", "type", "bound");

    private final Map<String, WorkflowDefinition> byProcedure;

    private WorkflowCatalog(Map<String, WorkflowDefinition> byProcedure) {
        this.byProcedure = Collections.unmodifiableMap(byProcedure);
    }

    /** The definitions shipped in {@value #BUNDLED_RESOURCE}. */
    public static WorkflowCatalog bundled() {
        try (InputStream in = WorkflowCatalog.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(BUNDLED_RESOURCE + " is not on the classpath");
            }
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + BUNDLED_RESOURCE, e);
        }
    }

    public static WorkflowCatalog load(InputStream json) {
        Objects.requireNonNull(json, "json");
        try {
            return parse(new String(json.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read workflow data", e);
        }
    }

    public static WorkflowCatalog parse(String json) {
        Objects.requireNonNull(json, "json");
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("workflow data is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("workflow data must be a JSON object with a \"workflows\" array");
        }
        checkFields(root, ROOT_FIELDS, "");
        JsonNode list = root.get("workflows");
        if (list == null || !list.isArray()) {
            throw new IllegalArgumentException("workflows is required and must be an array");
        }
        List<WorkflowDefinition> definitions = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            definitions.add(workflow(list.get(i), i));
        }
        return of(definitions);
    }

    /** A catalog of already built definitions; a procedure may have only one workflow. */
    public static WorkflowCatalog of(Collection<WorkflowDefinition> definitions) {
        Map<String, WorkflowDefinition> byProcedure = new LinkedHashMap<>();
        for (WorkflowDefinition d : definitions) {
            if (byProcedure.putIfAbsent(d.procedureId(), d) != null) {
                throw new IllegalArgumentException("workflow " + d.procedureId()
                        + ": duplicate workflow; a procedure has exactly one");
            }
        }
        return new WorkflowCatalog(byProcedure);
    }

    public Optional<WorkflowDefinition> find(String procedureId) {
        return Optional.ofNullable(byProcedure.get(procedureId));
    }

    /** @throws IllegalArgumentException when the procedure has no workflow */
    public WorkflowDefinition get(String procedureId) {
        WorkflowDefinition d = byProcedure.get(procedureId);
        if (d == null) {
            throw new IllegalArgumentException("no workflow for procedure " + procedureId + " (known: "
                    + String.join(", ", byProcedure.keySet()) + ")");
        }
        return d;
    }

    /** All definitions, in file order. */
    public List<WorkflowDefinition> all() {
        return List.copyOf(byProcedure.values());
    }

    public Set<String> procedureIds() {
        return byProcedure.keySet();
    }

    private static WorkflowDefinition workflow(JsonNode node, int index) {
        String at = "workflows[" + index + "]";
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException(at + " must be an object");
        }
        String procedureId = text(node, "procedureId", at + ": ");
        String where = "workflow " + procedureId + ": ";
        checkFields(node, WORKFLOW_FIELDS, where);
        String name = text(node, "name", where);
        TimeLimit timeLimit = timeLimit(node.get("timeLimit"), where + "timeLimit");
        boolean instant = bool(node, "instant", where);
        String resultKind = text(node, "resultKind", where);
        List<ResultFieldRule> resultFields = resultFields(node.get("resultFields"), where);
        JsonNode stepList = node.get("steps");
        if (stepList == null || !stepList.isArray()) {
            throw new IllegalArgumentException(where + "steps is required and must be an array");
        }
        List<WorkflowStep> steps = new ArrayList<>();
        for (int i = 0; i < stepList.size(); i++) {
            steps.add(step(stepList.get(i), where, i));
        }
        List<WorkflowDefinition.DatedTimeLimit> earlier = new ArrayList<>();
        JsonNode earlierList = node.get("earlierTimeLimits");
        if (earlierList != null && !earlierList.isNull()) {
            if (!earlierList.isArray()) {
                throw new IllegalArgumentException(where + "earlierTimeLimits must be an array");
            }
            for (int i = 0; i < earlierList.size(); i++) {
                JsonNode item = earlierList.get(i);
                String field = where + "earlierTimeLimits[" + i + "]";
                if (item == null || !item.isObject()) {
                    throw new IllegalArgumentException(field + " must be an object");
                }
                try {
                    earlier.add(new WorkflowDefinition.DatedTimeLimit(
                            java.time.LocalDate.parse(text(item, "until", field + ": ")),
                            timeLimit(((com.fasterxml.jackson.databind.node.ObjectNode) item.deepCopy()).without("until"),
                                    field)));
                } catch (java.time.format.DateTimeParseException e) {
                    throw new IllegalArgumentException(field + ": until must be a date YYYY-MM-DD");
                }
            }
        }
        return new WorkflowDefinition(procedureId, name, timeLimit, instant, resultKind, resultFields, steps, earlier);
    }

    private static WorkflowStep step(JsonNode node, String workflow, int index) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException(workflow + "steps[" + index + "] must be an object");
        }
        String id = text(node, "id", workflow + "steps[" + index + "]: ");
        String where = workflow + "step " + id + ": ";
        checkFields(node, STEP_FIELDS, where);
        String name = text(node, "name", where);
        String agencyType = text(node, "agencyType", where);
        String level = text(node, "level", where);
        TimeLimit budget = timeLimit(node.get("budget"), where + "budget");
        int group = integer(node, "parallelGroup", where);
        boolean deciding = bool(node, "deciding", where);
        boolean partner = bool(node, "partner", where);
        Integer maxSupplementRequests = node.hasNonNull("maxSupplementRequests")
                ? integer(node, "maxSupplementRequests", where) : null;
        try {
            return new WorkflowStep(id, name, agencyType, level, budget, group, deciding, partner, maxSupplementRequests);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(workflow + e.getMessage(), e);
        }
    }

    private static List<ResultFieldRule> resultFields(JsonNode node, String where) {
        if (node == null || !node.isArray()) {
            throw new IllegalArgumentException(where + "resultFields is required and must be an array");
        }
        List<ResultFieldRule> fields = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode f = node.get(i);
            String at = where + "resultFields[" + i + "]: ";
            if (!f.isObject()) {
                throw new IllegalArgumentException(at + "must be an object {\"name\", \"required\"}");
            }
            checkFields(f, RESULT_FIELD_FIELDS, at);
            JsonNode required = f.get("required");
            if (required == null || !required.isBoolean()) {
                throw new IllegalArgumentException(at + "required is required and must be true or false");
            }
            try {
                fields.add(new ResultFieldRule(text(f, "name", at), required.booleanValue(),
                        optionalEnum(f, "type", ResultFieldType.class, at), optionalEnum(f, "bound", DecisionBound.class, at)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(at + e.getMessage(), e);
            }
        }
        return fields;
    }

    private static <E extends Enum<E>> E optionalEnum(JsonNode node, String field, Class<E> type, String where) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.asText());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + field + " must be one of "
                    + java.util.Arrays.toString(type.getEnumConstants()) + ", not " + value);
        }
    }

    private static TimeLimit timeLimit(JsonNode node, String field) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException(field + " is required, e.g. {\"value\": 2, \"unit\": \"WORKING_DAYS\"}");
        }
        try {
            return TimeLimit.parse(node.toString());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + ": " + e.getMessage(), e);
        }
    }

    private static void checkFields(JsonNode node, Set<String> known, String where) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!known.contains(field)) {
                throw new IllegalArgumentException(where + "unknown field '" + field + "' (known: "
                        + String.join(", ", new TreeSet<>(known)) + ")");
            }
        }
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException(where + field + " is required and must be non-blank text");
        }
        return value.asText().strip();
    }

    private static boolean bool(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            throw new IllegalArgumentException(where + field + " must be true or false, not " + value);
        }
        return value.booleanValue();
    }

    private static int integer(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new IllegalArgumentException(where + field + " is required and must be a whole number");
        }
        return value.intValue();
    }
}
