package vn.onestop.results;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.onestop.platform.testing.Tokens;
import vn.onestop.platform.testing.TestKafka;
import vn.onestop.results.testing.Decisions;
import vn.onestop.results.testing.Decisions.Decision;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static vn.onestop.platform.testing.Tokens.admin;
import static vn.onestop.platform.testing.Tokens.as;
import static vn.onestop.platform.testing.Tokens.centreStaff;
import static vn.onestop.platform.testing.Tokens.citizen;
import static vn.onestop.platform.testing.Tokens.leader;
import static vn.onestop.platform.testing.Tokens.officer;
import static vn.onestop.platform.testing.Tokens.operator;

/**
 * Who may call what (ResultAccess): no token 401, a role the operation does not allow 403, a result
 * that is not the caller's 404 as for an unknown id, another citizen's e-document store 403, the
 * owner and counter staff 200; verification is public.
 */
@QuarkusTest
class AccessTest {

    private static final TestKafka kafka = new TestKafka();
    /** Counter staff of another centre than Decisions.CENTRE: they see every result too (ResultAccess). */
    private static final String OTHER_CENTRE = "000.02.31.H22";
    private static final String OTHER_CITIZEN = "001203004567";

    @AfterAll
    static void close() {
        kafka.close();
    }

    private record Issued(String id, String code, String owner, String sha256) {
    }

    private static Issued issue() {
        String owner = String.format("0790%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        Decision decision = Decision.approved(Decisions.uniqueAgency(), 1, "P1", "CERTIFICATE", "Lâm Thị Hạnh", owner,
                Map.of("birthCertificateNumber", "12/2026"));
        Map<String, Object> result = decision.sendAndAwait(kafka);
        return new Issued((String) result.get("id"), decision.code(), owner, (String) result.get("sha256"));
    }

    private static void problem(ValidatableResponse response, int status) {
        response.statusCode(status).contentType("application/problem+json");
    }

    @Test
    void a_result_its_document_and_its_dossier_list_are_for_the_owner_counter_staff_and_administrators() {
        Issued r = issue();
        String result = "/api/v1/results/{id}";
        String document = "/api/v1/results/{id}/document";
        String dossier = "/api/v1/dossiers/{code}/results";

        problem(given().get(result, r.id()).then(), 401);
        problem(given().get(document, r.id()).then(), 401);
        problem(given().get(dossier, r.code()).then(), 401);

        for (String wrongRole : new String[]{officer("000.00.01.H22"), leader("000.00.01.H22"), operator()}) {
            problem(as(wrongRole).get(result, r.id()).then(), 403);
            problem(as(wrongRole).get(document, r.id()).then(), 403);
            problem(as(wrongRole).get(dossier, r.code()).then(), 403);
        }

        // another citizen: as for an unknown result, and as for an unknown dossier
        String stranger = citizen(OTHER_CITIZEN);
        problem(as(stranger).get(result, r.id()).then(), 404);
        problem(as(stranger).get(document, r.id()).then(), 404);
        problem(as(stranger).get(dossier, r.code()).then(), 404);
        problem(as(stranger).get(dossier, "H22-000000-0000").then(), 404);

        String owner = citizen(r.owner());
        as(owner).get(result, r.id()).then().statusCode(200).body("id", equalTo(r.id()))
                .body("ownerIdNumber", equalTo(r.owner()));
        as(owner).get(document, r.id()).then().statusCode(200).contentType("application/pdf");
        as(owner).get(dossier, r.code()).then().statusCode(200).body("items", hasSize(1))
                .body("items[0].id", equalTo(r.id()));
        // the owner, too, cannot tell an unknown dossier from one with nothing of theirs
        problem(as(owner).get(dossier, "H22-000000-0000").then(), 404);
        problem(as(owner).get(result, UUID.randomUUID()).then(), 404);

        for (String staff : new String[]{centreStaff(Decisions.CENTRE), centreStaff(OTHER_CENTRE), admin()}) {
            as(staff).get(result, r.id()).then().statusCode(200).body("id", equalTo(r.id()));
            as(staff).get(document, r.id()).then().statusCode(200).contentType("application/pdf");
            as(staff).get(dossier, r.code()).then().statusCode(200).body("items", hasSize(1));
            // they may see every result: an unknown dossier is an empty list, not a secret
            as(staff).get(dossier, "H22-000000-0000").then().statusCode(200).body("items", hasSize(0));
        }
    }

    @Test
    void verification_is_public() {
        Issued r = issue();
        given().queryParam("id", r.id()).queryParam("sha256", r.sha256()).get("/api/v1/results/verify").then()
                .statusCode(200).body("valid", equalTo(true));
    }

    @Test
    void only_administrators_ask_for_and_approve_a_revocation_and_both_are_recorded() {
        Issued r = issue();
        String revocation = "/api/v1/results/{id}/revocation";
        String body = "{\"reason\": \"cấp nhầm\"}";

        problem(given().contentType("application/json").body(body).post(revocation, r.id()).then(), 401);
        for (String wrongRole : new String[]{citizen(r.owner()), centreStaff(Decisions.CENTRE),
                officer("000.00.01.H22"), operator()}) {
            problem(as(wrongRole).contentType("application/json").body(body).post(revocation, r.id()).then(), 403);
        }
        Decisions.asStaff().get("/api/v1/results/{id}", r.id()).then().body("revoked", equalTo(false));

        problem(as(admin()).contentType("application/json").body(body).post(revocation, UUID.randomUUID()).then(), 404);
        String requestedAt = as(admin()).contentType("application/json").body(body).post(revocation, r.id()).then()
                .statusCode(200).body("revoked", equalTo(false)).body("revocationRequest.requestedBy", equalTo("admin"))
                .body("revocationRequest.reason", equalTo("cấp nhầm")).extract().path("revocationRequest.requestedAt");
        String approval = "{\"requestedAt\": \"" + requestedAt + "\"}";
        for (String wrongRole : new String[]{citizen(r.owner()), centreStaff(Decisions.CENTRE), operator()}) {
            problem(as(wrongRole).contentType("application/json").body(approval).post(revocation + "/approval", r.id())
                    .then(), 403);
            problem(as(wrongRole).delete(revocation, r.id()).then(), 403);
        }
        as(Tokens.secondAdmin()).contentType("application/json").body(approval).post(revocation + "/approval", r.id())
                .then().statusCode(200)
                .body("revoked", equalTo(true)).body("revocationReason", equalTo("cấp nhầm"));
    }

    @Test
    void only_counter_staff_record_a_handover_and_they_are_recorded() {
        Issued r = issue();
        String handover = "/api/v1/results/{id}/handover";
        String body = """
                {"channel": "COUNTER", "receivedBy": "Lâm Thị Hạnh", "receiverIdNumber": "%s"}""".formatted(r.owner());

        problem(given().contentType("application/json").body(body).post(handover, r.id()).then(), 401);
        for (String wrongRole : new String[]{citizen(r.owner()), admin(), officer("000.00.01.H22"), operator()}) {
            problem(as(wrongRole).contentType("application/json").body(body).post(handover, r.id()).then(), 403);
        }
        Decisions.asStaff().get("/api/v1/results/{id}", r.id()).then().body("returned", equalTo(null));

        problem(as(centreStaff(OTHER_CENTRE)).contentType("application/json").body(body)
                .post(handover, UUID.randomUUID()).then(), 404);
        // counter staff of any centre: results does not know which centre received the dossier
        as(centreStaff(OTHER_CENTRE)).contentType("application/json").body(body).post(handover, r.id()).then()
                .statusCode(201).body("handedOverBy", equalTo("centre-staff-000.02.31.h22"))
                .body("receivedBy", equalTo("Lâm Thị Hạnh")).body("receiverIdNumber", equalTo(r.owner()));
    }

    @Test
    void an_e_document_store_is_for_its_citizen_and_counter_staff() {
        Issued r = issue();
        String store = "/api/v1/citizens/{idNumber}/documents";

        problem(given().get(store, r.owner()).then(), 401);
        for (String wrongRole : new String[]{admin(), officer("000.00.01.H22"), operator()}) {
            problem(as(wrongRole).get(store, r.owner()).then(), 403);
        }
        as(citizen(OTHER_CITIZEN)).get(store, r.owner()).then().statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("only your own documents"));

        as(citizen(r.owner())).get(store, r.owner()).then().statusCode(200).body("items", hasSize(1))
                .body("items[0].id", equalTo(r.id()));
        as(centreStaff(OTHER_CENTRE)).get(store, r.owner()).then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void blocked_results_are_for_operators_and_administrators() {
        String blocked = "/api/v1/blocked-results";
        problem(given().get(blocked).then(), 401);
        for (String wrongRole : new String[]{citizen(OTHER_CITIZEN), centreStaff(Decisions.CENTRE),
                officer("000.00.01.H22")}) {
            problem(as(wrongRole).get(blocked).then(), 403);
        }
        as(operator()).get(blocked).then().statusCode(200);
        as(admin()).get(blocked).then().statusCode(200);
    }
}
