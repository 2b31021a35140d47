package vn.onestop.results.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.common.mapper.TypeRef;
import io.restassured.specification.RequestSpecification;
import vn.onestop.contracts.ContractValidator;
import vn.onestop.contracts.EventType;
import vn.onestop.platform.testing.EventTimes;
import vn.onestop.platform.testing.TestKafka;
import vn.onestop.platform.testing.Tokens;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.awaitility.Awaitility.await;

/** Approved decisions sent to results-service as processing-service would, and the results they issue. */
public final class Decisions {

    public static final String DECISIONS = "results-test.onestop.processing.events.v1";
    public static final String RESULTS = "results-test.onestop.result.events.v1";
    /** The service centre whose counter staff read results in the tests (counter staff see every result). */
    public static final String CENTRE = "000.01.20.H22";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Decisions() {
    }

    /** A request as counter staff, who see every result: how the tests read what was issued. */
    public static RequestSpecification asStaff() {
        return Tokens.as(Tokens.centreStaff(CENTRE));
    }

    /** A request as an administrator, who revokes results. */
    public static RequestSpecification asAdmin() {
        return Tokens.as(Tokens.admin());
    }

    /**
     * Revokes a result as the province does: one administrator asks with the reason, a second one
     * approves. Returns the approval's answer.
     */
    public static io.restassured.response.ValidatableResponse revoke(Object resultId, String reason) {
        String requestedAt = asAdmin().contentType("application/json").body(Map.of("reason", reason))
                .post("/api/v1/results/{id}/revocation", resultId).then().statusCode(200)
                .extract().path("revocationRequest.requestedAt");
        return Tokens.as(Tokens.secondAdmin()).contentType("application/json").body(Map.of("requestedAt", requestedAt))
                .post("/api/v1/results/{id}/revocation/approval", resultId).then().statusCode(200);
    }

    /** An agency code no other test uses, so that its number sequences start at 1. */
    public static String uniqueAgency() {
        return "000.00.77.T" + ThreadLocalRandom.current().nextInt(1_000_000);
    }

    /** A DossierDecided APPROVED, valid per its contract. */
    public record Decision(UUID dossierId, String code, String agency, String procedureId, String resultKind,
                           String ownerName, String ownerIdNumber, Map<String, Object> resultData) {

        public static Decision approved(String agency, int sequence, String procedureId, String resultKind,
                                        String ownerName, String ownerIdNumber, Map<String, Object> resultData) {
            return new Decision(UUID.randomUUID(), agency + "-261126-" + String.format("%04d", sequence), agency,
                    procedureId, resultKind, ownerName, ownerIdNumber, resultData);
        }

        public String json() {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("dossierId", dossierId.toString());
            data.put("dossierCode", code);
            data.put("procedureId", procedureId);
            data.put("decision", "APPROVED");
            data.put("decidedAt", EventTimes.now());
            data.put("decidedBy", agency);
            data.put("status", "DECIDED");
            data.put("nationalStatusCode", 9);
            data.put("applicant", Map.of("fullName", ownerName, "idNumber", ownerIdNumber));
            data.put("resultData", resultData);
            if (resultKind != null) {
                data.put("resultKind", resultKind);
            }
            try {
                String json = JSON.writeValueAsString(data);
                ContractValidator.shared().requireValid(EventType.DOSSIER_DECIDED, json);
                return json;
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }

        public void send(TestKafka kafka) {
            kafka.sendEvent(DECISIONS, EventType.DOSSIER_DECIDED, dossierId, json());
        }

        public Map<String, Object> sendAndAwait(TestKafka kafka) {
            send(kafka);
            return awaitResult();
        }

        /** The result issued for this dossier, as GET /api/v1/results/{id} shows it, once it is there. */
        public Map<String, Object> awaitResult() {
            List<Map<String, Object>> items = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                    .until(() -> asStaff().get("/api/v1/dossiers/{code}/results", code).then().statusCode(200)
                            .extract().body().as(new TypeRef<Map<String, List<Map<String, Object>>>>() {
                            }).get("items"), list -> !list.isEmpty());
            return result(items.get(0).get("id").toString());
        }
    }

    public static Map<String, Object> result(String id) {
        return asStaff().get("/api/v1/results/{id}", id).then().statusCode(200).extract().body()
                .as(new TypeRef<Map<String, Object>>() {
                });
    }
}
