package vn.onestop.processing.workflow.domain;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import vn.onestop.contracts.resultdata.ResultFieldRule;
import vn.onestop.workingtime.TimeLimit;

/** Test shorthand: Vietnamese local times, JSON snippets and small workflow definitions. */
final class Fixtures {

    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    private Fixtures() {
    }

    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(VN).toInstant();
    }

    static OffsetDateTime odt(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + "+07:00");
    }

    // ---- JSON ----

    static String limit(int value, String unit) {
        return "{\"value\": " + value + ", \"unit\": \"" + unit + "\"}";
    }

    static String wd(int days) {
        return limit(days, "WORKING_DAYS");
    }

    static String step(String id, int group, boolean deciding, String budget) {
        return "{\"id\": \"" + id + "\", \"name\": \"Bước " + id + "\", \"agencyType\": \"POLICE\", \"level\": \"COMMUNE\","
                + " \"budget\": " + budget + ", \"parallelGroup\": " + group + ", \"deciding\": " + deciding + "}";
    }

    /** {@code objectJson} with {@code extra} fields added before its closing brace. */
    static String with(String objectJson, String extra) {
        int end = objectJson.lastIndexOf('}');
        return objectJson.substring(0, end) + ", " + extra + "}";
    }

    static String workflow(String procedureId, String timeLimit, String... steps) {
        return "{\"procedureId\": \"" + procedureId + "\", \"name\": \"Thủ tục " + procedureId + "\","
                + " \"timeLimit\": " + timeLimit + ", \"resultKind\": \"CERTIFICATE\","
                + " \"resultFields\": [{\"name\": \"certificateNumber\", \"required\": true}],"
                + " \"steps\": [" + String.join(", ", steps) + "]}";
    }

    static String catalog(String... workflows) {
        return "{\"workflows\": [" + String.join(", ", workflows) + "]}";
    }

    // ---- definitions ----

    static WorkflowStep step(String id, String agencyType, int group, boolean deciding, TimeLimit budget) {
        return new WorkflowStep(id, "Bước " + id, agencyType, "PROVINCE", budget, group, deciding);
    }

    static WorkflowDefinition definition(String procedureId, TimeLimit limit, boolean instant, WorkflowStep... steps) {
        return new WorkflowDefinition(procedureId, "Thủ tục " + procedureId, limit, instant, "CERTIFICATE",
                List.of(new ResultFieldRule("certificateNumber", true), new ResultFieldRule("issuedOn", true),
                        new ResultFieldRule("remark", false)),
                Arrays.asList(steps));
    }

    /** RECEIVE, then POLICE_CHECK and TAX_CHECK in parallel, then DECIDE (deciding). */
    static WorkflowDefinition parallelMiddle() {
        return definition("PAR", TimeLimit.workingDays(5), false,
                step("RECEIVE", "SERVICE_CENTRE", 1, false, TimeLimit.workingDays(1)),
                step("POLICE_CHECK", "POLICE", 2, false, TimeLimit.workingDays(2)),
                step("TAX_CHECK", "TAX", 2, false, TimeLimit.workingDays(1)),
                step("DECIDE", "PEOPLES_COMMITTEE", 3, true, TimeLimit.workingDays(2)));
    }

    /** RECEIVE, then DECIDE (deciding) and ARCHIVE in parallel as the last group. */
    static WorkflowDefinition parallelLast() {
        return definition("PARLAST", TimeLimit.workingDays(3), false,
                step("RECEIVE", "SERVICE_CENTRE", 1, false, TimeLimit.workingDays(1)),
                step("DECIDE", "PEOPLES_COMMITTEE", 2, true, TimeLimit.workingDays(2)),
                step("ARCHIVE", "SERVICE_CENTRE", 2, false, TimeLimit.workingHours(4)));
    }
}
