package vn.onestop.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static vn.onestop.contracts.EventType.DOSSIER_DECIDED;
import static vn.onestop.contracts.EventType.DOSSIER_SUBMITTED;
import static vn.onestop.contracts.EventType.RESULT_ISSUED;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ContractValidatorTest {

    private static final String SUBMITTED = "dossier-submitted.v1.online.json";
    private static final String APPROVED = "dossier-decided.v1.approved.json";
    private static final String REJECTED = "dossier-decided.v1.rejected.json";
    private static final String ISSUED = "result-issued.v1.licence.json";

    private final ContractValidator validator = ContractValidator.shared();

    /** Every file in examples/, paired with the event type whose schema file name it starts with. */
    static Stream<Arguments> validExamples() {
        return ContractResources.jsonFiles(ContractResources.resourceDir("/examples")).stream()
                .map(file -> arguments(typeOfExample(file), file.getFileName().toString()));
    }

    private static EventType typeOfExample(Path file) {
        String name = file.getFileName().toString();
        return Arrays.stream(EventType.values())
                .filter(t -> name.startsWith(t.schemaPath().substring("schemas/".length()).replace(".json", ".")))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("example " + name + " matches no schema file name"));
    }

    @Test
    void everyEventTypeHasAValidExample() {
        List<EventType> covered = validExamples().map(a -> (EventType) a.get()[0]).distinct().toList();
        assertEquals(List.of(EventType.values()), covered.stream().sorted().toList());
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("validExamples")
    void validExamplePasses(EventType type, String exampleFile) throws Exception {
        String json = ContractResources.JSON.writeValueAsString(ContractResources.example(exampleFile));
        assertEquals(List.of(), validator.violations(type, json));
        validator.requireValid(type, json);
    }

    /**
     * Invalid payloads, each made by changing one thing in a valid example. A {@code null}
     * replacement removes the field. The expected fragment names the offending field.
     */
    static Stream<Arguments> invalidPayloads() {
        return Stream.of(
                // missing required fields
                arguments("submitted without dossierId", DOSSIER_SUBMITTED, SUBMITTED, "/dossierId", null, "dossierId"),
                arguments("submitted without code", DOSSIER_SUBMITTED, SUBMITTED, "/code", null, "code"),
                arguments("submitted without receivedAt", DOSSIER_SUBMITTED, SUBMITTED, "/receivedAt", null, "receivedAt"),
                arguments("submitted without nationalStatusCode", DOSSIER_SUBMITTED, SUBMITTED, "/nationalStatusCode", null,
                        "nationalStatusCode"),
                arguments("submitted without applicant", DOSSIER_SUBMITTED, SUBMITTED, "/applicant", null, "applicant"),
                arguments("submitted without applicant idNumber", DOSSIER_SUBMITTED, SUBMITTED, "/applicant/idNumber", null,
                        "idNumber"),
                arguments("decided without decision", DOSSIER_DECIDED, APPROVED, "/decision", null, "decision"),
                arguments("decided without resultData", DOSSIER_DECIDED, APPROVED, "/resultData", null, "resultData"),
                arguments("decided without applicant fullName", DOSSIER_DECIDED, APPROVED, "/applicant/fullName", null,
                        "fullName"),
                arguments("issued without number", RESULT_ISSUED, ISSUED, "/number", null, "number"),
                arguments("issued without ownerIdNumber", RESULT_ISSUED, ISSUED, "/ownerIdNumber", null, "ownerIdNumber"),
                // REJECTED needs a written reason
                arguments("rejected without reason", DOSSIER_DECIDED, REJECTED, "/reason", null, "reason"),
                arguments("rejected with empty reason", DOSSIER_DECIDED, REJECTED, "/reason", text(""), "reason"),
                // bad enum values
                arguments("submitted with unknown channel", DOSSIER_SUBMITTED, SUBMITTED, "/channel", text("EMAIL"), "channel"),
                arguments("submitted with lower-case channel", DOSSIER_SUBMITTED, SUBMITTED, "/channel", text("online"),
                        "channel"),
                arguments("submitted with unknown applicant type", DOSSIER_SUBMITTED, SUBMITTED, "/applicant/type",
                        text("GOVERNMENT"), "applicant.type"),
                arguments("decided with unknown decision", DOSSIER_DECIDED, APPROVED, "/decision", text("PENDING"),
                        "decision"),
                arguments("issued with unknown kind", RESULT_ISSUED, ISSUED, "/kind", text("PERMIT"), "kind"),
                // bad date-times (RFC 3339 needs a date, a time and an offset)
                arguments("submitted receivedAt without offset", DOSSIER_SUBMITTED, SUBMITTED, "/receivedAt",
                        text("2025-03-01T08:15:30"), "receivedAt"),
                arguments("submitted receivedAt date only", DOSSIER_SUBMITTED, SUBMITTED, "/receivedAt", text("2025-03-01"),
                        "receivedAt"),
                arguments("decided decidedAt not a date", DOSSIER_DECIDED, APPROVED, "/decidedAt", text("yesterday"),
                        "decidedAt"),
                arguments("issued issuedAt impossible date", RESULT_ISSUED, ISSUED, "/issuedAt",
                        text("2025-02-30T09:00:00+07:00"), "issuedAt"),
                // bad dossier codes
                arguments("code with short date", DOSSIER_SUBMITTED, SUBMITTED, "/code", text("000.00.01.H22-2503-0001"),
                        "code"),
                arguments("code with 3-digit sequence", DOSSIER_SUBMITTED, SUBMITTED, "/code",
                        text("000.00.01.H22-250301-001"), "code"),
                arguments("code without agency", DOSSIER_SUBMITTED, SUBMITTED, "/code", text("-250301-0001"), "code"),
                arguments("code with trailing text", DOSSIER_SUBMITTED, SUBMITTED, "/code",
                        text("000.00.01.H22-250301-0001x"), "code"),
                arguments("decided dossierCode with slash", DOSSIER_DECIDED, APPROVED, "/dossierCode",
                        text("000/00-250301-0001"), "dossierCode"),
                arguments("issued dossierCode with spaces", RESULT_ISSUED, ISSUED, "/dossierCode",
                        text("000.00.01.H22 - 250301 - 0001"), "dossierCode"),
                // bad uuids, types and ranges
                arguments("submitted dossierId not a uuid", DOSSIER_SUBMITTED, SUBMITTED, "/dossierId", text("dossier-1"),
                        "dossierId"),
                arguments("issued resultId not a uuid", RESULT_ISSUED, ISSUED, "/resultId", text("42"), "resultId"),
                arguments("nationalStatusCode 0", DOSSIER_SUBMITTED, SUBMITTED, "/nationalStatusCode", IntNode.valueOf(0),
                        "nationalStatusCode"),
                arguments("nationalStatusCode 11", DOSSIER_DECIDED, APPROVED, "/nationalStatusCode", IntNode.valueOf(11),
                        "nationalStatusCode"),
                arguments("nationalStatusCode as string", RESULT_ISSUED, ISSUED, "/nationalStatusCode", text("9"),
                        "nationalStatusCode"),
                arguments("resultData as string", DOSSIER_DECIDED, APPROVED, "/resultData", text("{}"), "resultData"),
                arguments("issued data as array", RESULT_ISSUED, ISSUED, "/data",
                        ContractResources.JSON.createArrayNode(), "data"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidPayloads")
    void invalidPayloadFailsNamingTheField(String description, EventType type, String exampleFile, String pointer,
            JsonNode replacement, String expectedField) throws Exception {
        ObjectNode payload = ContractResources.example(exampleFile);
        apply(payload, pointer, replacement);
        String json = ContractResources.JSON.writeValueAsString(payload);

        List<String> violations = validator.violations(type, json);

        assertFalse(violations.isEmpty(), description + " was accepted");
        assertTrue(violations.stream().anyMatch(v -> v.contains(expectedField)),
                description + ": no violation names " + expectedField + ": " + violations);
        ContractViolation thrown = assertThrows(ContractViolation.class, () -> validator.requireValid(type, json));
        assertSame(type, thrown.eventType());
        assertEquals(violations, thrown.violations());
        assertTrue(thrown.getMessage().contains(type.ceType()), thrown.getMessage());
        assertTrue(thrown.getMessage().contains(expectedField), thrown.getMessage());
    }

    @Test
    void approvedNeedsNoReasonButMayHaveOne() throws Exception {
        ObjectNode approved = ContractResources.example(APPROVED);
        assertEquals(List.of(), validator.violations(DOSSIER_DECIDED, approved));
        approved.put("reason", "Complete and correct.");
        assertEquals(List.of(), validator.violations(DOSSIER_DECIDED, approved));
    }

    @Test
    void optionalApplicantContactMayBeLeftOut() {
        ObjectNode submitted = ContractResources.example(SUBMITTED);
        ((ObjectNode) submitted.get("applicant")).remove(List.of("email", "phone"));
        assertEquals(List.of(), validator.violations(DOSSIER_SUBMITTED, submitted));
    }

    @Test
    void aPayloadOfAnotherTypeIsRejected() {
        ObjectNode submitted = ContractResources.example(SUBMITTED);
        List<String> violations = validator.violations(RESULT_ISSUED, submitted);
        assertTrue(violations.stream().anyMatch(v -> v.contains("resultId")), violations.toString());
    }

    @Test
    void malformedJsonIsOneViolation() {
        List<String> violations = validator.violations(DOSSIER_SUBMITTED, "{\"dossierId\": ");
        assertEquals(1, violations.size(), violations.toString());
        assertTrue(violations.get(0).startsWith("$: not valid JSON"), violations.toString());
        assertEquals(List.of("$: empty payload"), validator.violations(DOSSIER_SUBMITTED, ""));
    }

    @Test
    void nonObjectPayloadIsRejected() {
        assertFalse(validator.violations(DOSSIER_SUBMITTED, "[]").isEmpty());
        assertFalse(validator.violations(DOSSIER_SUBMITTED, "null").isEmpty());
    }

    @Test
    void separateInstancesValidateTheSame() {
        String json = "{\"dossierId\":\"not-a-uuid\"}";
        assertEquals(validator.violations(DOSSIER_SUBMITTED, json),
                new ContractValidator().violations(DOSSIER_SUBMITTED, json));
    }

    @Test
    void messagesAreEnglishWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMAN);
            List<String> violations = new ContractValidator().violations(DOSSIER_SUBMITTED, "{}");
            assertTrue(violations.contains("$: required property 'dossierId' not found"), violations.toString());
        } finally {
            Locale.setDefault(before);
        }
    }

    private static TextNode text(String value) {
        return TextNode.valueOf(value);
    }

    private static void apply(ObjectNode root, String pointer, JsonNode replacement) {
        int last = pointer.lastIndexOf('/');
        JsonNode parent = last == 0 ? root : root.at(pointer.substring(0, last));
        if (!(parent instanceof ObjectNode object)) {
            throw new IllegalArgumentException(pointer + " has no object parent in the example");
        }
        String field = pointer.substring(last + 1);
        if (replacement == null) {
            if (object.remove(field) == null) {
                throw new IllegalArgumentException(pointer + " is not in the example");
            }
        } else {
            object.set(field, replacement);
        }
    }
}
