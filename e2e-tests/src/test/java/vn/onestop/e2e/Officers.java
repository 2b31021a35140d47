package vn.onestop.e2e;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import vn.onestop.platform.testing.Tokens;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Predicate;

import static vn.onestop.platform.testing.Tokens.as;
import static org.awaitility.Awaitility.await;

/**
 * The officers of every agency, over processing's REST API, each with their own token and seeing
 * only their own agency's inbox: they work the open tasks of the given dossiers until a condition
 * holds. Approvals of deciding steps carry a value of each of the
 * procedure's result fields, in the format its type asks for; the land transfer's tax step first asks for payment, and approves once
 * the tax receipt has resumed the dossier. A {@link Policy} may reject a task or ask the applicant
 * for a supplement first (once per task; the applicant's answer is the caller's), and the tasks of
 * partner agencies may be left to their partner systems.
 */
final class Officers {

    private static final ZoneId PROVINCE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The officers' choice for a task the first time they work it; after a supplement round they approve. */
    interface Policy {
        boolean rejects(Map<String, Object> task);

        default boolean asksSupplement(Map<String, Object> task) {
            return false;
        }
    }

    private final Set<String> dossiers;
    private final Policy policy;
    private final Predicate<Map<String, Object>> leftToPartner;
    private final Consumer<Map<String, Object>> supplementRequested;
    private final Set<String> paymentAsked = ConcurrentHashMap.newKeySet();
    private final Set<String> supplementAsked = ConcurrentHashMap.newKeySet();

    Officers(Set<String> dossiers, Set<String> rejectProcedures) {
        this(dossiers, task -> rejectProcedures.contains((String) task.get("procedureId")), task -> false, task -> {
        });
    }

    /**
     * @param dossiers            the dossiers whose tasks they work (may grow while they work)
     * @param leftToPartner       the tasks a partner system answers over its topics, not an officer
     * @param supplementRequested told of each task whose dossier now waits for the applicant's supplement
     */
    Officers(Set<String> dossiers, Policy policy, Predicate<Map<String, Object>> leftToPartner,
             Consumer<Map<String, Object>> supplementRequested) {
        this.dossiers = dossiers;
        this.policy = policy;
        this.leftToPartner = leftToPartner;
        this.supplementRequested = supplementRequested;
    }

    void workUntil(BooleanSupplier done) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        List<String> agencies = agencies();
        while (!done.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the dossiers " + dossiers + " were not finished within 120 s");
            }
            round(agencies);
        }
    }

    /**
     * One pass over the open tasks of these agencies: works each task of the dossiers; returns how
     * many were completed. A service that cannot answer throws {@link Unavailable}.
     */
    int round(Collection<String> agencies) {
        int worked = 0;
        for (String agency : agencies) {
            List<Map<String, Object>> tasks = expect(as(Tokens.officer(agency))
                    .baseUri(PackagedPlatform.url("processing-service"))
                    .queryParam("status", "OPEN").queryParam("limit", 200).get("/api/v1/tasks"), 200)
                    .jsonPath().getList("items");
            for (Map<String, Object> task : tasks) {
                if (dossiers.contains((String) task.get("dossierId")) && !leftToPartner.test(task) && work(task)) {
                    worked++;
                }
            }
        }
        return worked;
    }

    /** The answer, if its status is one of these; 5xx is {@link Unavailable}; anything else fails the test. */
    static Response expect(Response answer, int... statuses) {
        int status = answer.statusCode();
        if (status >= 500) {
            throw new Unavailable(status + ": " + answer.asString());
        }
        if (Arrays.stream(statuses).noneMatch(s -> s == status)) {
            throw new AssertionError("answered " + status + ", expected " + Arrays.toString(statuses) + ": "
                    + answer.asString());
        }
        return answer;
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

    /** True when the task was completed (200); false when its dossier waits (409), to be tried next round. */
    private boolean work(Map<String, Object> task) {
        String id = (String) task.get("id");
        String outcome;
        String body;
        if (policy.rejects(task)) {
            outcome = "REJECT";
            body = "{\"outcome\": \"REJECT\", \"note\": \"Hồ sơ không hợp lệ\"}";
        } else if ("TAX_NOTICE".equals(task.get("step")) && !paymentAsked.contains(id)) {
            outcome = "REQUEST_PAYMENT";
            body = "{\"outcome\": \"REQUEST_PAYMENT\", \"amount\": 25000000}";
        } else if (policy.asksSupplement(task) && !supplementAsked.contains(id)) {
            outcome = "REQUEST_SUPPLEMENT";
            body = "{\"outcome\": \"REQUEST_SUPPLEMENT\", \"missingItems\": [\"Bản sao giấy tờ tùy thân của người yêu cầu\"]}";
        } else {
            outcome = "APPROVE";
            body = json(Map.of("outcome", "APPROVE", "resultData", resultData(task)));
        }
        // 409 while a dossier waits for payment or a supplement: the task is tried again next round;
        // anything else (a 422 for result data the officer got wrong) fails the test at once
        int status = expect(as(Tokens.officer((String) task.get("agency")))
                .baseUri(PackagedPlatform.url("processing-service"))
                .contentType(ContentType.JSON).body(body)
                .post("/api/v1/tasks/{id}/complete", id), 200, 409).statusCode();
        // a pause is known once asked (200), or once the dossier waits (409: an earlier request whose
        // answer was lost did pause it); never asked twice
        if (outcome.equals("REQUEST_PAYMENT")) {
            paymentAsked.add(id);
        } else if (outcome.equals("REQUEST_SUPPLEMENT") && supplementAsked.add(id)) {
            supplementRequested.accept(task);
        }
        return status == 200;
    }

    /** A value of each of the task's result fields (a deciding step's), in the format its type asks for. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> resultData(Map<String, Object> task) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (Map<String, Object> field : (List<Map<String, Object>>) task.getOrDefault("resultFields", List.of())) {
            data.put((String) field.get("name"), sample(field));
        }
        return data;
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

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
