package vn.onestop.rating.support;

import vn.onestop.contracts.ContractValidator;
import vn.onestop.contracts.EventType;
import vn.onestop.platform.testing.TestKafka;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One dossier's life told on the public topics, the way intake, processing and results tell it:
 * each method builds the event's data, checks it against its contract and sends it on the
 * {@code rating-test.} topic of its type. Times are local times of the province
 * ({@code 2024-03-04T09:00}, +07:00).
 */
public final class TestDossier {

    public static final String PREFIX = "rating-test.";
    /** The applicant of every test dossier (applicant.idNumber, ownerIdNumber in the events below). */
    public static final String APPLICANT = "096185000321";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

    public final UUID id = UUID.randomUUID();
    public final String code;
    public final String procedure;
    public final String channel;
    public final String receiving;
    public final String competent;
    public final String receivedAt;
    private String dueAt;
    private final int[] componentStates;
    private String kind = "PROCEDURE";
    private final TestKafka kafka;
    private UUID lastResultId;
    /** ce_ids of the events sent for this dossier, in order. */
    public final List<String> eventIds = new ArrayList<>();

    public TestDossier(TestKafka kafka, String procedure, String channel, String receiving, String competent,
                       String receivedAt, String dueAt, int... componentStates) {
        this.kafka = kafka;
        this.procedure = procedure;
        this.channel = channel;
        this.receiving = receiving;
        this.competent = competent;
        this.receivedAt = receivedAt;
        this.dueAt = dueAt;
        this.componentStates = componentStates;
        this.code = receiving + "-" + LocalDateTime.parse(receivedAt).format(YYMMDD) + "-"
                + String.format("%04d", SEQUENCE.incrementAndGet());
    }

    public TestDossier bundleParent() {
        this.kind = "BUNDLE";
        return this;
    }

    public static String at(String local) {
        return local + (local.length() == 16 ? ":00" : "") + "+07:00";
    }

    /** The source intake writes for each digitization state (0 paper, 1 upload, 2 earlier dossier, 3 e-document store). */
    private static final String[] SOURCES = {"PAPER", "UPLOAD", "DOSSIER", "DOCUMENT_STORE"};

    public TestDossier submitted() {
        StringBuilder components = new StringBuilder();
        for (int i = 0; i < componentStates.length; i++) {
            int s = componentStates[i];
            components.append(i == 0 ? "" : ", ").append("""
                    {"code": "C%d", "name": "Thành phần %d", "digitizationState": %d, "source": "%s", "documentRef": "doc-%s-%d"}"""
                    .formatted(i, i, s, SOURCES[s], id, i));
        }
        // as the seed catalog says: P1 and P2 full-process online, P10 partial; P2 owes a fee on every channel
        String online = switch (procedure) {
            case "P1", "P2" -> ", \"onlineService\": \"FULL\"";
            case "P10" -> ", \"onlineService\": \"PARTIAL\"";
            default -> "";
        };
        String fee = kind.equals("BUNDLE") ? "" : ", \"feeBearing\": " + procedure.equals("P2");
        return send(EventType.DOSSIER_SUBMITTED, """
                {"dossierId": "%s", "code": "%s", "procedureId": "%s", "kind": "%s", "channel": "%s",
                 "receivingAgency": "%s", "competentAgency": "%s",
                 "applicant": {"type": "CITIZEN", "fullName": "Nguyễn Văn An", "idNumber": "096185000321"},
                 "status": "RECEIVED", "nationalStatusCode": 2, "receivedAt": "%s", "dueAt": "%s",
                 "components": [%s]%s%s}""".formatted(id, code, procedure, kind, channel, receiving, competent,
                at(receivedAt), at(dueAt), components, online, fee));
    }

    public TestDossier started(String startedAt) {
        return send(EventType.PROCESSING_STARTED, """
                {"dossierId": "%s", "dossierCode": "%s", "procedureId": "%s", "startedAt": "%s", "dueAt": "%s",
                 "status": "IN_PROCESS", "nationalStatusCode": 4,
                 "steps": [{"step": "appraise", "name": "Thẩm định", "agency": "%s", "parallelGroup": 1}]}"""
                .formatted(id, code, procedure, at(startedAt), at(dueAt), competent));
    }

    /** A step: TaskAssigned, and StepCompleted when {@code completedAt} is given. */
    public TestDossier step(String step, String assignedAt, String stepDue, String completedAt) {
        UUID task = UUID.randomUUID();
        send(EventType.TASK_ASSIGNED, """
                {"taskId": "%s", "dossierId": "%s", "dossierCode": "%s", "procedureId": "%s", "step": "%s",
                 "stepName": "Bước %s", "agency": "%s", "agencyType": "PEOPLES_COMMITTEE", "dueAt": "%s",
                 "assignedAt": "%s"}""".formatted(task, id, code, procedure, step, step, competent, at(stepDue),
                at(assignedAt)));
        if (completedAt != null) {
            send(EventType.STEP_COMPLETED, """
                    {"dossierId": "%s", "dossierCode": "%s", "taskId": "%s", "step": "%s", "agency": "%s",
                     "outcome": "APPROVE", "completedAt": "%s"}""".formatted(id, code, task, step, competent,
                    at(completedAt)));
        }
        return this;
    }

    public TestDossier supplementRequested(int round, String requestedAt) {
        return send(EventType.SUPPLEMENT_REQUESTED, """
                {"dossierId": "%s", "dossierCode": "%s", "round": %d, "missingItems": ["Bản sao giấy khai sinh"],
                 "applicantDeadline": "%s", "requestedAt": "%s", "requestedBy": "%s",
                 "status": "SUPPLEMENT_REQUESTED", "nationalStatusCode": 5}"""
                .formatted(id, code, round, at(requestedAt), at(requestedAt), competent));
    }

    public TestDossier resumed(String pausedFrom, String resumedAt, String newDueAt) {
        String oldDue = dueAt;
        dueAt = newDueAt;
        return send(EventType.PROCESSING_RESUMED, """
                {"dossierId": "%s", "dossierCode": "%s", "pauseReason": "SUPPLEMENT", "pausedFrom": "%s",
                 "resumedAt": "%s", "oldDueAt": "%s", "newDueAt": "%s", "status": "IN_PROCESS", "nationalStatusCode": 4}"""
                .formatted(id, code, at(pausedFrom), at(resumedAt), at(oldDue), at(newDueAt)));
    }

    public TestDossier overdue(String detectedAt) {
        return send(EventType.DOSSIER_OVERDUE, """
                {"dossierId": "%s", "dossierCode": "%s", "procedureId": "%s", "agency": "%s", "dueAt": "%s",
                 "detectedAt": "%s"}""".formatted(id, code, procedure, competent, at(dueAt), at(detectedAt)));
    }

    public TestDossier decided(String decision, String decidedAt, String finishedStatus) {
        boolean approved = decision.equals("APPROVED");
        return send(EventType.DOSSIER_DECIDED, """
                {"dossierId": "%s", "dossierCode": "%s", "procedureId": "%s", "decision": "%s", %s
                 "decidedAt": "%s", "decidedBy": "%s", "status": "%s", "nationalStatusCode": 9,
                 "applicant": {"fullName": "Nguyễn Văn An", "idNumber": "096185000321"}, "resultData": {},
                 "dueAt": "%s", "finishedStatus": "%s"%s}"""
                .formatted(id, code, procedure, decision, approved ? "" : "\"reason\": \"Không đủ điều kiện\",",
                        at(decidedAt), competent, approved ? "DECIDED" : "REJECTED", at(dueAt), finishedStatus,
                        approved ? ", \"resultKind\": \"CERTIFICATE\"" : ""));
    }

    public TestDossier resultIssued(String issuedAt) {
        lastResultId = UUID.randomUUID();
        return send(EventType.RESULT_ISSUED, """
                {"resultId": "%s", "number": "%06d/2024/GCN-%s", "kind": "CERTIFICATE", "dossierId": "%s",
                 "dossierCode": "%s", "procedureId": "%s", "issuer": "%s", "issuedAt": "%s",
                 "ownerIdNumber": "096185000321", "nationalStatusCode": 9}"""
                .formatted(lastResultId, SEQUENCE.incrementAndGet(), competent, id, code, procedure, competent,
                        at(issuedAt)));
    }

    /** The last issued result (or, when none was sent, one issued before the story starts) handed over. */
    public TestDossier returned(String returnedAt) {
        if (lastResultId == null) {
            lastResultId = UUID.randomUUID();
        }
        return send(EventType.RESULT_RETURNED, """
                {"resultId": "%s", "dossierId": "%s", "dossierCode": "%s", "channel": "COUNTER", "returnedAt": "%s",
                 "receivedBy": "Nguyễn Văn An", "procedureId": "%s", "nationalStatusCode": 10}"""
                .formatted(lastResultId, id, code, at(returnedAt), procedure));
    }

    public TestDossier withdrawn(String withdrawnAt) {
        return send(EventType.DOSSIER_WITHDRAWN, """
                {"dossierId": "%s", "dossierCode": "%s", "reason": "Người nộp rút hồ sơ", "withdrawnAt": "%s",
                 "status": "WITHDRAWN", "nationalStatusCode": 7}""".formatted(id, code, at(withdrawnAt)));
    }

    /** Its fee paid (intake's FeePaid): {@code via} ONLINE through the gateway or COUNTER. */
    public TestDossier feePaid(String via, String paidAt) {
        return send(EventType.FEE_PAID, """
                {"dossierId": "%s", "dossierCode": "%s", "obligationId": "%s", "kind": "FEE",
                 "description": "Lệ phí đăng ký cư trú", "amountVnd": 20000, "currency": "VND", "paidVia": "%s",
                 "paidAt": "%s", "receiptNumber": "BL2024-%08d"}"""
                .formatted(id, code, java.util.UUID.randomUUID(), via, at(paidAt), Math.abs(id.hashCode() % 100000000)));
    }

    public TestDossier stopped(String stoppedAt) {
        return send(EventType.PROCESSING_STOPPED, """
                {"dossierId": "%s", "dossierCode": "%s", "reason": "Quá hạn bổ sung", "stoppedAt": "%s",
                 "stoppedBy": "%s", "status": "STOPPED", "nationalStatusCode": 8}"""
                .formatted(id, code, at(stoppedAt), competent));
    }

    /** Received, started, decided in time or not, and (approved) its result issued: the common life. */
    public TestDossier finished(String decision, String decidedAt, String finishedStatus) {
        submitted().started(receivedAt);
        decided(decision, decidedAt, finishedStatus);
        return decision.equals("APPROVED") ? resultIssued(decidedAt) : this;
    }

    private TestDossier send(EventType type, String json) {
        ContractValidator.shared().requireValid(type, json);
        eventIds.add(kafka.sendEvent(PREFIX + type.topic(), type, id, json));
        return this;
    }
}
