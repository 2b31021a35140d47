package vn.onestop.e2e;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import vn.onestop.platform.testing.Tokens;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

import static vn.onestop.platform.testing.Tokens.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;

/**
 * The officers of every agency, over processing's REST API, each with their own token and seeing
 * only their own agency's inbox: they work the open tasks of the given dossiers until a condition
 * holds. Approvals of deciding steps carry a value of each of the
 * procedure's result fields, in the format its type asks for; the land transfer's tax step first asks for payment, and approves once
 * the tax receipt has resumed the dossier.
 */
final class Officers {

    private static final ZoneId PROVINCE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Set<String> dossiers;
    private final Set<String> rejectProcedures;
    private final Set<String> paymentRequested = new HashSet<>();

    Officers(Set<String> dossiers, Set<String> rejectProcedures) {
        this.dossiers = dossiers;
        this.rejectProcedures = rejectProcedures;
    }

    void workUntil(BooleanSupplier done) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        List<String> agencies = agencies();
        while (!done.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the dossiers " + dossiers + " were not finished within 120 s");
            }
            for (String agency : agencies) {
                List<Map<String, Object>> tasks = as(Tokens.officer(agency))
                        .baseUri(PackagedPlatform.url("processing-service"))
                        .queryParam("status", "OPEN").queryParam("limit", 200).get("/api/v1/tasks")
                        .then().statusCode(200).extract().jsonPath().getList("items");
                for (Map<String, Object> task : tasks) {
                    if (dossiers.contains((String) task.get("dossierId"))) {
                        work(task);
                    }
                }
            }
        }
    }

    /** Every agency of the province, from intake's public catalog. */
    private static List<String> agencies() {
        return RestAssured.given().baseUri(PackagedPlatform.url("intake-service")).queryParam("limit", 200)
                .get("/api/v1/agencies").then().statusCode(200).extract().jsonPath().getList("items.code");
    }

    /** The open task of a dossier's step in an agency's inbox, once it is there. */
    static String task(String dossierId, String agency, String step) {
        String[] found = new String[1];
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            List<Map<String, Object>> items = as(Tokens.officer(agency)).baseUri(PackagedPlatform.url("processing-service"))
                    .queryParam("agency", agency).queryParam("status", "OPEN").queryParam("limit", 200)
                    .get("/api/v1/tasks").then().statusCode(200).extract().jsonPath().getList("items");
            found[0] = items.stream().filter(t -> dossierId.equals(t.get("dossierId")) && step.equals(t.get("step")))
                    .map(t -> (String) t.get("id")).findFirst().orElse(null);
            return found[0] != null;
        });
        return found[0];
    }

    /** An officer of the agency approves the dossier's step over REST, with this result data (JSON) or none. */
    static void approve(String dossierId, String agency, String step, String resultData) {
        as(Tokens.officer(agency)).baseUri(PackagedPlatform.url("processing-service")).contentType(ContentType.JSON)
                .body("{\"outcome\": \"APPROVE\""
                        + (resultData == null ? "" : ", \"resultData\": " + resultData) + "}")
                .post("/api/v1/tasks/{id}/complete", task(dossierId, agency, step)).then().statusCode(200);
    }

    @SuppressWarnings("unchecked")
    private void work(Map<String, Object> task) {
        String id = (String) task.get("id");
        String body;
        if (rejectProcedures.contains((String) task.get("procedureId"))) {
            body = "{\"outcome\": \"REJECT\", \"note\": \"Hồ sơ không hợp lệ\"}";
        } else if ("TAX_NOTICE".equals(task.get("step")) && paymentRequested.add(id)) {
            body = "{\"outcome\": \"REQUEST_PAYMENT\", \"amount\": 25000000}";
        } else {
            Map<String, Object> data = new LinkedHashMap<>();
            for (Map<String, Object> field : (List<Map<String, Object>>) task.getOrDefault("resultFields", List.of())) {
                data.put((String) field.get("name"), sample(field));
            }
            body = json(Map.of("outcome", "APPROVE", "resultData", data));
        }
        // 409 while a dossier waits for payment or a supplement: the task is tried again next round;
        // anything else (a 422 for result data the officer got wrong) fails the test at once
        as(Tokens.officer((String) task.get("agency"))).baseUri(PackagedPlatform.url("processing-service"))
                .contentType(ContentType.JSON).body(body)
                .post("/api/v1/tasks/{id}/complete", id).then().statusCode(anyOf(is(200), is(409)));
    }

    /**
     * A value of the field's type that the result can be issued with today: facts dated today (never
     * after the decision), validity a year from today (never before it). Derived from the clock, so
     * the suite passes on any day.
     */
    private static Object sample(Map<String, Object> field) {
        LocalDate today = LocalDate.now(PROVINCE);
        String bound = (String) field.getOrDefault("bound", "NONE");
        return switch ((String) field.getOrDefault("type", "TEXT")) {
            case "DATE" -> "NOT_BEFORE_DECISION".equals(bound) ? today.plusYears(1).toString() : today.toString();
            case "PERSONAL_ID" -> "079226000888";
            case "TAX_CODE" -> "0312345678";
            case "AMOUNT_VND" -> 2_500_000;
            case "COUNT" -> 2;
            case "BOOLEAN" -> true;
            default -> "E2E-" + field.get("name");
        };
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
