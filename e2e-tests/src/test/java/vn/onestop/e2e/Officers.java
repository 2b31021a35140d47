package vn.onestop.e2e;

import io.restassured.http.ContentType;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

import static io.restassured.RestAssured.given;

/**
 * The officers of every agency, over processing's REST API: they work the open tasks of the given
 * dossiers until a condition holds. Approvals of deciding steps carry sample values of the
 * procedure's result fields; the land transfer's tax step first asks for payment, and approves once
 * the tax receipt has resumed the dossier.
 */
final class Officers {

    private final Set<String> dossiers;
    private final Set<String> rejectProcedures;
    private final Set<String> paymentRequested = new HashSet<>();

    Officers(Set<String> dossiers, Set<String> rejectProcedures) {
        this.dossiers = dossiers;
        this.rejectProcedures = rejectProcedures;
    }

    void workUntil(BooleanSupplier done) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (!done.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                StringBuilder states = new StringBuilder();
                for (String dossier : dossiers) {
                    states.append("\n  ").append(dossier).append(": ").append(given()
                            .baseUri(PackagedPlatform.url("processing-service")).get("/api/v1/cases/{id}", dossier).asString());
                }
                throw new AssertionError("the dossiers were not finished within 120 s:" + states);
            }
            List<Map<String, Object>> tasks = given().baseUri(PackagedPlatform.url("processing-service"))
                    .queryParam("status", "OPEN").queryParam("limit", 200).get("/api/v1/tasks")
                    .then().statusCode(200).extract().jsonPath().getList("items");
            for (Map<String, Object> task : tasks) {
                if (dossiers.contains((String) task.get("dossierId"))) {
                    work(task);
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void work(Map<String, Object> task) {
        String id = (String) task.get("id");
        String body;
        if (rejectProcedures.contains((String) task.get("procedureId"))) {
            body = "{\"outcome\": \"REJECT\", \"note\": \"Hồ sơ không hợp lệ\", \"completedBy\": \"officer\"}";
        } else if ("TAX_NOTICE".equals(task.get("step")) && paymentRequested.add(id)) {
            body = "{\"outcome\": \"REQUEST_PAYMENT\", \"amount\": 25000000, \"completedBy\": \"tax-officer\"}";
        } else {
            StringBuilder data = new StringBuilder();
            for (Map<String, Object> field : (List<Map<String, Object>>) task.getOrDefault("resultFields", List.of())) {
                data.append(data.length() == 0 ? "" : ", ").append('"').append(field.get("name")).append("\": \"")
                        .append(sample((String) field.get("name"))).append('"');
            }
            body = "{\"outcome\": \"APPROVE\", \"completedBy\": \"officer\", \"resultData\": {" + data + "}}";
        }
        // 409 while a dossier waits for payment or a supplement: the task is tried again next round
        given().baseUri(PackagedPlatform.url("processing-service")).contentType(ContentType.JSON).body(body)
                .post("/api/v1/tasks/{id}/complete", id);
    }

    private static String sample(String field) {
        String lower = field.toLowerCase();
        if (lower.endsWith("on") || lower.endsWith("from") || lower.contains("date") || lower.contains("until")) {
            return "2026-11-26";
        }
        if (lower.contains("personalid") || lower.contains("idnumber")) {
            return "079226000888";
        }
        if (lower.contains("count") || lower.contains("amount")) {
            return "2";
        }
        return "E2E-" + field;
    }
}
