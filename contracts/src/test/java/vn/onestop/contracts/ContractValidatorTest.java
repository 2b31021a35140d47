package vn.onestop.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static vn.onestop.contracts.EventType.APOLOGY_ISSUED;
import static vn.onestop.contracts.EventType.CALENDAR_CHANGED;
import static vn.onestop.contracts.EventType.DOSSIER_AT_RISK;
import static vn.onestop.contracts.EventType.DOSSIER_DECIDED;
import static vn.onestop.contracts.EventType.DOSSIER_OVERDUE;
import static vn.onestop.contracts.EventType.DOSSIER_SUBMITTED;
import static vn.onestop.contracts.EventType.DOSSIER_SUPPLEMENTED;
import static vn.onestop.contracts.EventType.DOSSIER_WITHDRAWN;
import static vn.onestop.contracts.EventType.PAYMENT_REQUESTED;
import static vn.onestop.contracts.EventType.PROCESSING_RESUMED;
import static vn.onestop.contracts.EventType.PROCESSING_STARTED;
import static vn.onestop.contracts.EventType.PROCESSING_STOPPED;
import static vn.onestop.contracts.EventType.RESULT_ISSUED;
import static vn.onestop.contracts.EventType.RESULT_RETURNED;
import static vn.onestop.contracts.EventType.STEP_COMPLETED;
import static vn.onestop.contracts.EventType.SUPPLEMENT_REQUESTED;
import static vn.onestop.contracts.EventType.TASK_ASSIGNED;
import static vn.onestop.contracts.EventType.TASK_CANCELLED;
import static vn.onestop.contracts.EventType.TASK_COMPLETED;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
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
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ContractValidatorTest {

    private static final String SUBMITTED = "dossier-submitted.v1.online.json";
    private static final String APPROVED = "dossier-decided.v1.approved.json";
    private static final String REJECTED = "dossier-decided.v1.rejected.json";
    private static final String ISSUED = "result-issued.v1.licence.json";
    private static final String MEMBER = "dossier-submitted.v1.bundle-member.json";
    private static final String WITHDRAWN = "dossier-withdrawn.v1.by-applicant.json";
    private static final String SUPPLEMENTED = "dossier-supplemented.v1.round-1.json";
    private static final String CALENDAR = "calendar-changed.v1.agency.json";
    private static final String DECIDED_TIMELY = "dossier-decided.v1.approved-with-timeliness.json";
    private static final String STARTED = "processing-started.v1.land-transfer.json";
    private static final String ASSIGNED = "task-assigned.v1.partner-tax.json";
    private static final String TASK_APPROVE = "task-completed.v1.approve.json";
    private static final String TASK_REJECT = "task-completed.v1.reject.json";
    private static final String TASK_SUPPLEMENT = "task-completed.v1.request-supplement.json";
    private static final String TASK_PAYMENT = "task-completed.v1.request-payment.json";
    private static final String STEP = "step-completed.v1.approve.json";
    private static final String CANCELLED = "task-cancelled.v1.withdrawn.json";
    private static final String SUPPLEMENT = "supplement-requested.v1.round-1.json";
    private static final String PAYMENT = "payment-requested.v1.land-tax.json";
    private static final String RESUMED = "processing-resumed.v1.after-payment.json";
    private static final String STOPPED = "processing-stopped.v1.no-supplement.json";
    private static final String AT_RISK = "dossier-at-risk.v1.step.json";
    private static final String OVERDUE = "dossier-overdue.v1.step.json";
    private static final String APOLOGY = "apology-issued.v1.in-time.json";
    private static final String SIGNED = "result-issued.v1.signed.json";
    private static final String RETURNED = "result-returned.v1.postal.json";

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
                        ContractResources.JSON.createArrayNode(), "data"),
                // DossierSubmitted: optional bundle, time-limit and component properties, when present
                arguments("digitizationState 4", DOSSIER_SUBMITTED, MEMBER, "/components/0/digitizationState",
                        IntNode.valueOf(4), "digitizationState"),
                arguments("digitizationState -1", DOSSIER_SUBMITTED, MEMBER, "/components/1/digitizationState",
                        IntNode.valueOf(-1), "digitizationState"),
                arguments("digitizationState as string", DOSSIER_SUBMITTED, SUBMITTED, "/components/0/digitizationState",
                        text("1"), "digitizationState"),
                arguments("component without digitizationState", DOSSIER_SUBMITTED, MEMBER,
                        "/components/0/digitizationState", null, "digitizationState"),
                arguments("component source FAX", DOSSIER_SUBMITTED, MEMBER, "/components/0/source", text("FAX"),
                        "source"),
                arguments("component source lower-case", DOSSIER_SUBMITTED, MEMBER, "/components/1/source", text("chain"),
                        "source"),
                arguments("component without source", DOSSIER_SUBMITTED, SUBMITTED, "/components/1/source", null,
                        "source"),
                arguments("component without code", DOSSIER_SUBMITTED, SUBMITTED, "/components/0/code", null, "code"),
                arguments("sha256 too short", DOSSIER_SUBMITTED, MEMBER, "/components/0/sha256", text("e3b0c442"),
                        "sha256"),
                arguments("sha256 upper-case", DOSSIER_SUBMITTED, SUBMITTED, "/components/0/sha256",
                        text("9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08"), "sha256"),
                arguments("sha256 not hex", DOSSIER_SUBMITTED, MEMBER, "/components/0/sha256",
                        text("z3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"), "sha256"),
                arguments("sha256 65 digits", DOSSIER_SUBMITTED, MEMBER, "/components/0/sha256",
                        text("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b8550"), "sha256"),
                arguments("negative sizeBytes", DOSSIER_SUBMITTED, MEMBER, "/components/0/sizeBytes", IntNode.valueOf(-1),
                        "sizeBytes"),
                arguments("providedBy without procedureId", DOSSIER_SUBMITTED, MEMBER,
                        "/components/1/providedBy/procedureId", null, "procedureId"),
                arguments("unknown kind", DOSSIER_SUBMITTED, MEMBER, "/kind", text("BUNDLE_CHILD"), "kind"),
                arguments("parentId not a uuid", DOSSIER_SUBMITTED, MEMBER, "/parentId", text("parent-1"), "parentId"),
                arguments("parentCode not a dossier code", DOSSIER_SUBMITTED, MEMBER, "/parentCode", text("BIRTH-1"),
                        "parentCode"),
                arguments("dueAt without offset", DOSSIER_SUBMITTED, MEMBER, "/dueAt", text("2025-03-17T16:30:00"), "dueAt"),
                arguments("timeLimit unit MONTHS", DOSSIER_SUBMITTED, SUBMITTED, "/timeLimit/unit", text("MONTHS"), "unit"),
                arguments("timeLimit negative", DOSSIER_SUBMITTED, SUBMITTED, "/timeLimit/value", IntNode.valueOf(-1),
                        "value"),
                arguments("endToEndLimit without unit", DOSSIER_SUBMITTED, MEMBER, "/chain/endToEndLimit/unit", null,
                        "unit"),
                arguments("representative without idNumber", DOSSIER_SUBMITTED, MEMBER, "/representative/idNumber", null,
                        "idNumber"),
                arguments("notify by FAX", DOSSIER_SUBMITTED, SUBMITTED, "/notify", json("[\"EMAIL\", \"FAX\"]"), "notify"),
                arguments("notify twice the same", DOSSIER_SUBMITTED, SUBMITTED, "/notify", json("[\"SMS\", \"SMS\"]"),
                        "notify"),
                arguments("waitingFor without component", DOSSIER_SUBMITTED, MEMBER, "/waitingFor/0/component", null,
                        "component"),
                arguments("waitingFor without procedureId", DOSSIER_SUBMITTED, MEMBER, "/waitingFor/0/procedureId", null,
                        "procedureId"),
                arguments("waitingFor dossierId not a uuid", DOSSIER_SUBMITTED, MEMBER, "/waitingFor/0/dossierId",
                        text("42"), "dossierId"),
                arguments("chain without bundleId", DOSSIER_SUBMITTED, MEMBER, "/chain/bundleId", null, "bundleId"),
                arguments("chain member without dossierId", DOSSIER_SUBMITTED, MEMBER, "/chain/members/0/dossierId", null,
                        "dossierId"),
                arguments("chain member with bad code", DOSSIER_SUBMITTED, MEMBER, "/chain/members/1/code", text("0007"),
                        "code"),
                arguments("chain member optional as string", DOSSIER_SUBMITTED, MEMBER, "/chain/members/2/optional",
                        text("yes"), "optional"),
                arguments("chain edge without to", DOSSIER_SUBMITTED, MEMBER, "/chain/edges/0/to", null, "'to'"),
                arguments("chain edge without component", DOSSIER_SUBMITTED, MEMBER, "/chain/edges/1/component", null,
                        "component"),
                // DossierWithdrawn
                arguments("withdrawn without reason", DOSSIER_WITHDRAWN, WITHDRAWN, "/reason", null, "reason"),
                arguments("withdrawn with empty reason", DOSSIER_WITHDRAWN, WITHDRAWN, "/reason", text(""), "reason"),
                arguments("withdrawn without withdrawnAt", DOSSIER_WITHDRAWN, WITHDRAWN, "/withdrawnAt", null,
                        "withdrawnAt"),
                arguments("withdrawnAt without offset", DOSSIER_WITHDRAWN, WITHDRAWN, "/withdrawnAt",
                        text("2025-03-03T14:20:00"), "withdrawnAt"),
                arguments("withdrawn without status", DOSSIER_WITHDRAWN, WITHDRAWN, "/status", null, "status"),
                arguments("withdrawn nationalStatusCode 0", DOSSIER_WITHDRAWN, WITHDRAWN, "/nationalStatusCode",
                        IntNode.valueOf(0), "nationalStatusCode"),
                arguments("withdrawn dossierId not a uuid", DOSSIER_WITHDRAWN, WITHDRAWN, "/dossierId", text("x"),
                        "dossierId"),
                arguments("withdrawn bad dossierCode", DOSSIER_WITHDRAWN, WITHDRAWN, "/dossierCode", text("0001"),
                        "dossierCode"),
                // DossierSupplemented (components are DossierSubmitted's, by $ref across schema files)
                arguments("supplemented round 0", DOSSIER_SUPPLEMENTED, SUPPLEMENTED, "/round", IntNode.valueOf(0), "round"),
                arguments("supplemented without round", DOSSIER_SUPPLEMENTED, SUPPLEMENTED, "/round", null, "round"),
                arguments("supplemented without components", DOSSIER_SUPPLEMENTED, SUPPLEMENTED, "/components", null,
                        "components"),
                arguments("supplemented with no component", DOSSIER_SUPPLEMENTED, SUPPLEMENTED, "/components",
                        ContractResources.JSON.createArrayNode(), "components"),
                arguments("supplemented supplementedAt date only", DOSSIER_SUPPLEMENTED, SUPPLEMENTED, "/supplementedAt",
                        text("2025-03-03"), "supplementedAt"),
                arguments("supplemented digitizationState 5", DOSSIER_SUPPLEMENTED, SUPPLEMENTED,
                        "/components/0/digitizationState", IntNode.valueOf(5), "digitizationState"),
                arguments("supplemented component source EMAIL", DOSSIER_SUPPLEMENTED, SUPPLEMENTED,
                        "/components/0/source", text("EMAIL"), "source"),
                arguments("supplemented bad sha256", DOSSIER_SUPPLEMENTED, SUPPLEMENTED, "/components/0/sha256",
                        text("not-a-digest"), "sha256"),
                // CalendarChanged
                arguments("calendar without agency", CALENDAR_CHANGED, CALENDAR, "/agency", null, "agency"),
                arguments("calendar with empty agency", CALENDAR_CHANGED, CALENDAR, "/agency", text(""), "agency"),
                arguments("calendar version 0", CALENDAR_CHANGED, CALENDAR, "/version", IntNode.valueOf(0), "version"),
                arguments("calendar without changedAt", CALENDAR_CHANGED, CALENDAR, "/changedAt", null, "changedAt"),
                arguments("calendar without calendar", CALENDAR_CHANGED, CALENDAR, "/calendar", null, "calendar"),
                arguments("calendar without zone", CALENDAR_CHANGED, CALENDAR, "/calendar/zone", null, "zone"),
                arguments("calendar without working periods", CALENDAR_CHANGED, CALENDAR, "/calendar/workingPeriods",
                        ContractResources.JSON.createArrayNode(), "workingPeriods"),
                arguments("working period 7:30", CALENDAR_CHANGED, CALENDAR, "/calendar/workingPeriods/0/start",
                        text("7:30"), "start"),
                arguments("working period 24:00", CALENDAR_CHANGED, CALENDAR, "/calendar/workingPeriods/1/end",
                        text("24:00"), "end"),
                arguments("working period without end", CALENDAR_CHANGED, CALENDAR, "/calendar/workingPeriods/1/end",
                        null, "end"),
                arguments("weekend SAT", CALENDAR_CHANGED, CALENDAR, "/calendar/weekend", json("[\"SAT\"]"), "weekend"),
                arguments("sameDayCutoff 15h", CALENDAR_CHANGED, CALENDAR, "/calendar/sameDayCutoff", text("15h"),
                        "sameDayCutoff"),
                arguments("holiday impossible date", CALENDAR_CHANGED, CALENDAR, "/calendar/holidays/0/date",
                        text("2025-02-30"), "date"),
                arguments("holiday date-time", CALENDAR_CHANGED, CALENDAR, "/calendar/holidays/1/date",
                        text("2025-04-07T00:00:00+07:00"), "date"),
                arguments("holiday without date", CALENDAR_CHANGED, CALENDAR, "/calendar/holidays/2/date", null, "date"),
                arguments("holiday verify as string", CALENDAR_CHANGED, CALENDAR, "/calendar/holidays/4/verify",
                        text("true"), "verify"),
                arguments("make-up day impossible date", CALENDAR_CHANGED, CALENDAR,
                        "/calendar/makeUpWorkingDays/0/date", text("2025-13-01"), "date"),
                // DossierDecided: optional timeliness properties, when present
                arguments("decided dueAt without offset", DOSSIER_DECIDED, DECIDED_TIMELY, "/dueAt",
                        text("2025-04-02T15:00:00"), "dueAt"),
                arguments("decided finishedStatus OVERDUE", DOSSIER_DECIDED, DECIDED_TIMELY, "/finishedStatus",
                        text("OVERDUE"), "finishedStatus"),
                arguments("decided resultKind PERMIT", DOSSIER_DECIDED, DECIDED_TIMELY, "/resultKind", text("PERMIT"),
                        "resultKind"),
                // ProcessingStarted
                arguments("started without dueAt", PROCESSING_STARTED, STARTED, "/dueAt", null, "dueAt"),
                arguments("started without steps", PROCESSING_STARTED, STARTED, "/steps", null, "steps"),
                arguments("started with no step", PROCESSING_STARTED, STARTED, "/steps",
                        ContractResources.JSON.createArrayNode(), "steps"),
                arguments("started step without agency", PROCESSING_STARTED, STARTED, "/steps/1/agency", null, "agency"),
                arguments("started step without parallelGroup", PROCESSING_STARTED, STARTED, "/steps/2/parallelGroup",
                        null, "parallelGroup"),
                arguments("started parallelGroup 0", PROCESSING_STARTED, STARTED, "/steps/0/parallelGroup",
                        IntNode.valueOf(0), "parallelGroup"),
                arguments("started parallelGroup as string", PROCESSING_STARTED, STARTED, "/steps/0/parallelGroup",
                        text("1"), "parallelGroup"),
                arguments("started startedAt date only", PROCESSING_STARTED, STARTED, "/startedAt", text("2025-03-12"),
                        "startedAt"),
                arguments("started bad dossierCode", PROCESSING_STARTED, STARTED, "/dossierCode", text("P10-1"),
                        "dossierCode"),
                arguments("started nationalStatusCode 11", PROCESSING_STARTED, STARTED, "/nationalStatusCode",
                        IntNode.valueOf(11), "nationalStatusCode"),
                // TaskAssigned
                arguments("assigned without taskId", TASK_ASSIGNED, ASSIGNED, "/taskId", null, "taskId"),
                arguments("assigned taskId not a uuid", TASK_ASSIGNED, ASSIGNED, "/taskId", text("task-1"), "taskId"),
                arguments("assigned without agencyType", TASK_ASSIGNED, ASSIGNED, "/agencyType", null, "agencyType"),
                arguments("assigned without stepName", TASK_ASSIGNED, ASSIGNED, "/stepName", null, "stepName"),
                arguments("assigned without assignedAt", TASK_ASSIGNED, ASSIGNED, "/assignedAt", null, "assignedAt"),
                arguments("assigned dueAt without offset", TASK_ASSIGNED, ASSIGNED, "/dueAt", text("2025-03-19T10:15:00"),
                        "dueAt"),
                arguments("assigned deciding as string", TASK_ASSIGNED, ASSIGNED, "/deciding", text("false"), "deciding"),
                arguments("assigned result field without name", TASK_ASSIGNED, ASSIGNED, "/resultFields/0/name", null,
                        "name"),
                arguments("assigned result field required as string", TASK_ASSIGNED, ASSIGNED,
                        "/resultFields/1/required", text("no"), "required"),
                arguments("assigned inputs as array", TASK_ASSIGNED, ASSIGNED, "/inputs",
                        ContractResources.JSON.createArrayNode(), "inputs"),
                // TaskCompleted (inbound from partner agency systems)
                arguments("completed without taskId", TASK_COMPLETED, TASK_APPROVE, "/taskId", null, "taskId"),
                arguments("completed without dossierId", TASK_COMPLETED, TASK_APPROVE, "/dossierId", null, "dossierId"),
                arguments("completed without outcome", TASK_COMPLETED, TASK_APPROVE, "/outcome", null, "outcome"),
                arguments("completed without completedBy", TASK_COMPLETED, TASK_APPROVE, "/completedBy", null,
                        "completedBy"),
                arguments("completed without completedAt", TASK_COMPLETED, TASK_APPROVE, "/completedAt", null,
                        "completedAt"),
                arguments("completed outcome APPROVED", TASK_COMPLETED, TASK_APPROVE, "/outcome", text("APPROVED"),
                        "outcome"),
                arguments("completed outcome lower-case", TASK_COMPLETED, TASK_APPROVE, "/outcome", text("approve"),
                        "outcome"),
                arguments("completed completedAt without offset", TASK_COMPLETED, TASK_APPROVE, "/completedAt",
                        text("2025-03-17T09:40:00"), "completedAt"),
                arguments("completed resultData as string", TASK_COMPLETED, TASK_APPROVE, "/resultData", text("{}"),
                        "resultData"),
                arguments("reject without note", TASK_COMPLETED, TASK_REJECT, "/note", null, "note"),
                arguments("reject with empty note", TASK_COMPLETED, TASK_REJECT, "/note", text(""), "note"),
                arguments("approve turned into reject without note", TASK_COMPLETED, TASK_APPROVE, "/outcome",
                        text("REJECT"), "note"),
                arguments("supplement without missingItems", TASK_COMPLETED, TASK_SUPPLEMENT, "/missingItems", null,
                        "missingItems"),
                arguments("supplement with no missing item", TASK_COMPLETED, TASK_SUPPLEMENT, "/missingItems",
                        ContractResources.JSON.createArrayNode(), "missingItems"),
                arguments("supplement with an empty missing item", TASK_COMPLETED, TASK_SUPPLEMENT, "/missingItems",
                        json("[\"\"]"), "missingItems"),
                arguments("supplement deadline date only", TASK_COMPLETED, TASK_SUPPLEMENT, "/supplementDeadline",
                        text("2025-03-24"), "supplementDeadline"),
                arguments("approve turned into supplement request without missingItems", TASK_COMPLETED, TASK_APPROVE,
                        "/outcome", text("REQUEST_SUPPLEMENT"), "missingItems"),
                arguments("payment without amount", TASK_COMPLETED, TASK_PAYMENT, "/amount", null, "amount"),
                arguments("payment negative amount", TASK_COMPLETED, TASK_PAYMENT, "/amount", IntNode.valueOf(-1),
                        "amount"),
                arguments("payment amount as string", TASK_COMPLETED, TASK_PAYMENT, "/amount", text("12500000"),
                        "amount"),
                arguments("payment amount with decimals", TASK_COMPLETED, TASK_PAYMENT, "/amount", json("12500000.5"),
                        "amount"),
                arguments("payment in USD", TASK_COMPLETED, TASK_PAYMENT, "/currency", text("USD"), "currency"),
                arguments("approve turned into payment request without amount", TASK_COMPLETED, TASK_APPROVE,
                        "/outcome", text("REQUEST_PAYMENT"), "amount"),
                // StepCompleted
                arguments("step without taskId", STEP_COMPLETED, STEP, "/taskId", null, "taskId"),
                arguments("step without agency", STEP_COMPLETED, STEP, "/agency", null, "agency"),
                arguments("step without outcome", STEP_COMPLETED, STEP, "/outcome", null, "outcome"),
                arguments("step outcome DONE", STEP_COMPLETED, STEP, "/outcome", text("DONE"), "outcome"),
                arguments("step completedAt not a date", STEP_COMPLETED, STEP, "/completedAt", text("today"),
                        "completedAt"),
                arguments("step with empty note", STEP_COMPLETED, STEP, "/note", text(""), "note"),
                // TaskCancelled
                arguments("cancelled without reason", TASK_CANCELLED, CANCELLED, "/reason", null, "reason"),
                arguments("cancelled without step", TASK_CANCELLED, CANCELLED, "/step", null, "step"),
                arguments("cancelled without cancelledAt", TASK_CANCELLED, CANCELLED, "/cancelledAt", null,
                        "cancelledAt"),
                arguments("cancelled taskId not a uuid", TASK_CANCELLED, CANCELLED, "/taskId", text("7"), "taskId"),
                // SupplementRequested
                arguments("supplement requested without missingItems", SUPPLEMENT_REQUESTED, SUPPLEMENT, "/missingItems",
                        null, "missingItems"),
                arguments("supplement requested with no missing item", SUPPLEMENT_REQUESTED, SUPPLEMENT,
                        "/missingItems", ContractResources.JSON.createArrayNode(), "missingItems"),
                arguments("supplement requested round 0", SUPPLEMENT_REQUESTED, SUPPLEMENT, "/round", IntNode.valueOf(0),
                        "round"),
                arguments("supplement requested without applicantDeadline", SUPPLEMENT_REQUESTED, SUPPLEMENT,
                        "/applicantDeadline", null, "applicantDeadline"),
                arguments("supplement requested without requestedBy", SUPPLEMENT_REQUESTED, SUPPLEMENT, "/requestedBy",
                        null, "requestedBy"),
                arguments("supplement requested nationalStatusCode 0", SUPPLEMENT_REQUESTED, SUPPLEMENT,
                        "/nationalStatusCode", IntNode.valueOf(0), "nationalStatusCode"),
                // PaymentRequested
                arguments("payment requested without amount", PAYMENT_REQUESTED, PAYMENT, "/amount", null, "amount"),
                arguments("payment requested negative amount", PAYMENT_REQUESTED, PAYMENT, "/amount", IntNode.valueOf(-5),
                        "amount"),
                arguments("payment requested without currency", PAYMENT_REQUESTED, PAYMENT, "/currency", null,
                        "currency"),
                arguments("payment requested in EUR", PAYMENT_REQUESTED, PAYMENT, "/currency", text("EUR"), "currency"),
                arguments("payment requested without reason", PAYMENT_REQUESTED, PAYMENT, "/reason", null, "reason"),
                // ProcessingResumed
                arguments("resumed without pauseReason", PROCESSING_RESUMED, RESUMED, "/pauseReason", null,
                        "pauseReason"),
                arguments("resumed pauseReason HOLIDAY", PROCESSING_RESUMED, RESUMED, "/pauseReason", text("HOLIDAY"),
                        "pauseReason"),
                arguments("resumed without newDueAt", PROCESSING_RESUMED, RESUMED, "/newDueAt", null, "newDueAt"),
                arguments("resumed oldDueAt without offset", PROCESSING_RESUMED, RESUMED, "/oldDueAt",
                        text("2025-03-26T09:00:00"), "oldDueAt"),
                arguments("resumed pausedWorkingTime 20h", PROCESSING_RESUMED, RESUMED, "/pausedWorkingTime",
                        text("20h"), "pausedWorkingTime"),
                // ProcessingStopped
                arguments("stopped without reason", PROCESSING_STOPPED, STOPPED, "/reason", null, "reason"),
                arguments("stopped without stoppedBy", PROCESSING_STOPPED, STOPPED, "/stoppedBy", null, "stoppedBy"),
                arguments("stopped stoppedAt date only", PROCESSING_STOPPED, STOPPED, "/stoppedAt", text("2025-03-17"),
                        "stoppedAt"),
                // DossierAtRisk, DossierOverdue
                arguments("at risk without detectedAt", DOSSIER_AT_RISK, AT_RISK, "/detectedAt", null, "detectedAt"),
                arguments("at risk without agency", DOSSIER_AT_RISK, AT_RISK, "/agency", null, "agency"),
                arguments("at risk taskId not a uuid", DOSSIER_AT_RISK, AT_RISK, "/taskId", text("tax-notice"), "taskId"),
                arguments("at risk with empty step", DOSSIER_AT_RISK, AT_RISK, "/step", text(""), "step"),
                arguments("overdue without dueAt", DOSSIER_OVERDUE, OVERDUE, "/dueAt", null, "dueAt"),
                arguments("overdue without procedureId", DOSSIER_OVERDUE, OVERDUE, "/procedureId", null, "procedureId"),
                arguments("overdue bad dossierCode", DOSSIER_OVERDUE, OVERDUE, "/dossierCode", text("overdue"),
                        "dossierCode"),
                // ApologyIssued
                arguments("apology without late", APOLOGY_ISSUED, APOLOGY, "/late", null, "late"),
                arguments("apology late as string", APOLOGY_ISSUED, APOLOGY, "/late", text("false"), "late"),
                arguments("apology without newDueAt", APOLOGY_ISSUED, APOLOGY, "/newDueAt", null, "newDueAt"),
                arguments("apology without reason", APOLOGY_ISSUED, APOLOGY, "/reason", null, "reason"),
                arguments("apology issuedAt without offset", APOLOGY_ISSUED, APOLOGY, "/issuedAt",
                        text("2025-03-26T16:00:00"), "issuedAt"),
                // ResultIssued: the optional signature properties, when present
                arguments("issued sha256 upper-case", RESULT_ISSUED, SIGNED, "/sha256",
                        text("9F2C1B7A4E0D3C6B8A5F1E2D7C4B9A0E3F6D2C8B1A7E4F0D9C3B6A2E5F8D1C47"), "sha256"),
                arguments("issued sha256 too short", RESULT_ISSUED, SIGNED, "/sha256", text("9f2c1b7a"), "sha256"),
                arguments("issued signature not base64", RESULT_ISSUED, SIGNED, "/signature", text("not base64!"),
                        "signature"),
                arguments("issued empty keyId", RESULT_ISSUED, SIGNED, "/keyId", text(""), "keyId"),
                arguments("issued verifyUrl not a URI", RESULT_ISSUED, SIGNED, "/verifyUrl", text("verify me"),
                        "verifyUrl"),
                arguments("issued validUntil date only", RESULT_ISSUED, SIGNED, "/validUntil", text("2027-09-15"),
                        "validUntil"),
                arguments("issued validUntil null", RESULT_ISSUED, SIGNED, "/validUntil",
                        ContractResources.JSON.nullNode(), "validUntil"),
                arguments("issued empty signer", RESULT_ISSUED, SIGNED, "/signer", text(""), "signer"),
                // ResultReturned
                arguments("returned without resultId", RESULT_RETURNED, RETURNED, "/resultId", null, "resultId"),
                arguments("returned without dossierId", RESULT_RETURNED, RETURNED, "/dossierId", null, "dossierId"),
                arguments("returned without dossierCode", RESULT_RETURNED, RETURNED, "/dossierCode", null, "dossierCode"),
                arguments("returned without channel", RESULT_RETURNED, RETURNED, "/channel", null, "channel"),
                arguments("returned without returnedAt", RESULT_RETURNED, RETURNED, "/returnedAt", null, "returnedAt"),
                arguments("returned without receivedBy", RESULT_RETURNED, RETURNED, "/receivedBy", null, "receivedBy"),
                arguments("returned without nationalStatusCode", RESULT_RETURNED, RETURNED, "/nationalStatusCode", null,
                        "nationalStatusCode"),
                arguments("returned by e-mail", RESULT_RETURNED, RETURNED, "/channel", text("EMAIL"), "channel"),
                arguments("returned with status 9", RESULT_RETURNED, RETURNED, "/nationalStatusCode", IntNode.valueOf(9),
                        "nationalStatusCode"),
                arguments("returned returnedAt without offset", RESULT_RETURNED, RETURNED, "/returnedAt",
                        text("2026-11-28T10:15:00"), "returnedAt"),
                arguments("returned empty receivedBy", RESULT_RETURNED, RETURNED, "/receivedBy", text(""), "receivedBy"),
                arguments("returned empty proof", RESULT_RETURNED, RETURNED, "/proof", text(""), "proof"),
                arguments("returned resultId not a uuid", RESULT_RETURNED, RETURNED, "/resultId", text("r-1"),
                        "resultId"));
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

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "an@example.vn, true",
            "nguyen.van.an+hoso@dichvucong.gov.vn, true",
            "AN@EXAMPLE.COM, true",
            // a dotted domain without a known top-level domain: what Keycloak's local realm gives its users
            "citizen-an@onestop.local, false",
            // the format takes a single-label host name (RFC 5321 allows it); the schema decides, not this list
            "an@localhost, true",
            "an@, false",
            "@example.vn, false",
            "an example@example.vn, false",
            "an@@example.vn, false"})
    void anEmailAddressPassesTheEventsFormatOnlyWithAKnownDomain(String address, boolean accepted) {
        assertEquals(accepted, validator.acceptsEmail(address));
        // the same answer as DossierSubmitted's own schema gives for the applicant's address
        ObjectNode submitted = ContractResources.example(SUBMITTED);
        ((ObjectNode) submitted.get("applicant")).put("email", address);
        assertEquals(accepted, validator.violations(DOSSIER_SUBMITTED, submitted).isEmpty());
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
    void submittedRequiredPropertiesAreStillTheV1Ones() {
        JsonNode schema = ContractResources.readJson(
                ContractResources.resourceDir("/contracts").resolve(DOSSIER_SUBMITTED.schemaPath()));
        List<String> required = new java.util.ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        assertEquals(List.of("dossierId", "code", "procedureId", "channel", "receivingAgency", "competentAgency",
                "applicant", "status", "nationalStatusCode", "receivedAt"), required,
                "a published v1 must not gain required properties");
    }

    @Test
    void decidedRequiredPropertiesAreStillTheV1Ones() {
        JsonNode schema = ContractResources.readJson(
                ContractResources.resourceDir("/contracts").resolve(DOSSIER_DECIDED.schemaPath()));
        List<String> required = new java.util.ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        assertEquals(List.of("dossierId", "dossierCode", "procedureId", "decision", "decidedAt", "decidedBy", "status",
                "nationalStatusCode", "applicant", "resultData"), required,
                "a published v1 must not gain required properties");
    }

    @Test
    void issuedRequiredPropertiesAreStillTheV1Ones() {
        JsonNode schema = ContractResources.readJson(
                ContractResources.resourceDir("/contracts").resolve(RESULT_ISSUED.schemaPath()));
        List<String> required = new java.util.ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        assertEquals(List.of("resultId", "number", "kind", "dossierId", "dossierCode", "procedureId", "issuer",
                "issuedAt", "ownerIdNumber", "nationalStatusCode"), required,
                "a published v1 must not gain required properties");
    }

    @Test
    void issuedSignatureAndValidityPropertiesMayBeLeftOut() {
        ObjectNode signed = ContractResources.example(SIGNED);
        signed.remove(List.of("sha256", "signature", "keyId", "verifyUrl", "signer", "data"));
        assertEquals(List.of(), validator.violations(RESULT_ISSUED, signed));
    }

    @Test
    void returnedNeedsNoReceiverIdProofNumberOrProcedure() {
        ObjectNode returned = ContractResources.example(RETURNED);
        returned.remove(List.of("receiverIdNumber", "proof", "number", "procedureId"));
        assertEquals(List.of(), validator.violations(RESULT_RETURNED, returned));
        for (String channel : List.of("COUNTER", "POSTAL", "ONLINE")) {
            returned.put("channel", channel);
            assertEquals(List.of(), validator.violations(RESULT_RETURNED, returned), channel);
        }
    }

    @Test
    void decidedTimelinessPropertiesMayBeLeftOut() {
        ObjectNode decided = ContractResources.example(DECIDED_TIMELY);
        decided.remove(List.of("dueAt", "finishedStatus", "resultKind"));
        assertEquals(List.of(), validator.violations(DOSSIER_DECIDED, decided));
    }

    @Test
    void decidedResultKindsAreTheKindsOfResultIssued() {
        JsonNode decided = ContractResources.readJson(
                ContractResources.resourceDir("/contracts").resolve(DOSSIER_DECIDED.schemaPath()));
        JsonNode issued = ContractResources.readJson(
                ContractResources.resourceDir("/contracts").resolve(RESULT_ISSUED.schemaPath()));
        assertEquals(issued.at("/properties/kind/enum"), decided.at("/properties/resultKind/enum"));
    }

    @Test
    void everyOutcomeOfATaskIsAnOutcomeOfAStep() {
        JsonNode outcomes = ContractResources.readJson(
                ContractResources.resourceDir("/contracts").resolve(TASK_COMPLETED.schemaPath())).at("/$defs/outcome/enum");
        assertEquals(4, outcomes.size(), outcomes.toString());
        for (JsonNode outcome : outcomes) {
            ObjectNode step = ContractResources.example(STEP);
            step.set("outcome", outcome);
            assertEquals(List.of(), validator.violations(STEP_COMPLETED, step), outcome.asText());
        }
    }

    @Test
    void approveNeedsNoNoteMissingItemsOrAmountButMayHaveThem() {
        ObjectNode approve = ContractResources.example(TASK_APPROVE);
        approve.retain("taskId", "dossierId", "outcome", "completedBy", "completedAt");
        assertEquals(List.of(), validator.violations(TASK_COMPLETED, approve));
        approve.put("note", "Đã xác minh.");
        approve.set("missingItems", json("[\"not asked for\"]"));
        approve.put("amount", 0);
        approve.put("currency", "VND");
        assertEquals(List.of(), validator.violations(TASK_COMPLETED, approve));
    }

    @Test
    void requestsNeedOnlyWhatTheirOutcomeRequires() {
        ObjectNode supplement = ContractResources.example(TASK_SUPPLEMENT);
        supplement.remove(List.of("note", "supplementDeadline"));
        assertEquals(List.of(), validator.violations(TASK_COMPLETED, supplement));
        ObjectNode payment = ContractResources.example(TASK_PAYMENT);
        payment.remove(List.of("note", "resultData", "currency"));
        payment.put("amount", 0);
        assertEquals(List.of(), validator.violations(TASK_COMPLETED, payment));
    }

    @Test
    void conditionalRulesNameOnlyTheMissingProperty() {
        ObjectNode reject = ContractResources.example(TASK_REJECT);
        reject.remove("note");
        assertEquals(List.of("$: required property 'note' not found"), validator.violations(TASK_COMPLETED, reject));
    }

    @Test
    void optionalPartsOfTasksStepsAndDeadlineAlertsMayBeLeftOut() {
        ObjectNode assigned = ContractResources.example(ASSIGNED);
        assigned.remove(List.of("deciding", "resultFields", "inputs"));
        assertEquals(List.of(), validator.violations(TASK_ASSIGNED, assigned));
        ObjectNode step = ContractResources.example("step-completed.v1.reject-with-note.json");
        step.remove("note");
        assertEquals(List.of(), validator.violations(STEP_COMPLETED, step));
        ObjectNode resumed = ContractResources.example(RESUMED);
        resumed.remove("pausedWorkingTime");
        assertEquals(List.of(), validator.violations(PROCESSING_RESUMED, resumed));
        for (EventType type : List.of(DOSSIER_AT_RISK, DOSSIER_OVERDUE)) {
            ObjectNode alert = ContractResources.example(type == DOSSIER_AT_RISK ? AT_RISK : OVERDUE);
            alert.remove(List.of("step", "taskId"));
            assertEquals(List.of(), validator.violations(type, alert), type.toString());
        }
    }

    @Test
    void bundleAndComponentPropertiesMayBeLeftOut() {
        ObjectNode member = ContractResources.example(MEMBER);
        member.remove(List.of("kind", "parentId", "parentCode", "bundleId", "catalogVersion", "dueAt", "timeLimit",
                "representative", "notify", "components", "waitingFor", "chain"));
        assertEquals(List.of(), validator.violations(DOSSIER_SUBMITTED, member));
    }

    @Test
    void optionalPartsOfComponentsAndChainMayBeLeftOut() {
        ObjectNode member = ContractResources.example(MEMBER);
        ObjectNode upload = (ObjectNode) member.get("components").get(0);
        upload.remove(List.of("name", "documentRef", "sha256", "mediaType", "sizeBytes"));
        ObjectNode chained = (ObjectNode) member.get("components").get(1);
        chained.remove("providedBy");
        ((ObjectNode) member.get("waitingFor").get(0)).remove(List.of("dossierId", "dossierCode"));
        ((ObjectNode) member.get("chain").get("members").get(0)).remove("optional");
        ((ObjectNode) member.get("chain")).remove(List.of("members", "edges", "endToEndLimit"));
        ((ObjectNode) member.get("representative")).remove("relation");
        assertEquals(List.of(), validator.violations(DOSSIER_SUBMITTED, member));
    }

    @Test
    void sameDayTimeLimitMayHaveValueZero() {
        ObjectNode submitted = ContractResources.example(SUBMITTED);
        submitted.set("timeLimit", json("{\"value\": 0, \"unit\": \"SAME_DAY\"}"));
        assertEquals(List.of(), validator.violations(DOSSIER_SUBMITTED, submitted));
    }

    @Test
    void calendarNeedsOnlyItsZoneAndMayBeTheDefault() {
        ObjectNode calendar = ContractResources.example(CALENDAR);
        calendar.put("agency", "default");
        ((ObjectNode) calendar.get("calendar")).retain("zone");
        assertEquals(List.of(), validator.violations(CALENDAR_CHANGED, calendar));
        ((ObjectNode) calendar.get("calendar")).set("weekend", json("[]"));
        ((ObjectNode) calendar.get("calendar")).set("holidays", json("[{\"date\": \"2025-09-02\"}]"));
        assertEquals(List.of(), validator.violations(CALENDAR_CHANGED, calendar));
        ((ObjectNode) calendar.get("calendar").get("holidays").get(0)).set("verify", BooleanNode.TRUE);
        assertEquals(List.of(), validator.violations(CALENDAR_CHANGED, calendar));
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

    private static JsonNode json(String value) {
        try {
            return ContractResources.JSON.readTree(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(value, e);
        }
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
