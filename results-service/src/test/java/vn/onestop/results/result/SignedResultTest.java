package vn.onestop.results.result;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.onestop.contracts.ContractValidator;
import vn.onestop.contracts.EventType;
import vn.onestop.platform.testing.EventTimes;
import vn.onestop.platform.testing.TestKafka;
import vn.onestop.platform.testing.Tokens;
import vn.onestop.results.result.domain.Result;
import vn.onestop.results.testing.Decisions;
import vn.onestop.results.testing.Decisions.Decision;

import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static vn.onestop.results.testing.Decisions.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

/** Results are signed, verifiable by anyone, revocable, and a changed result no longer verifies. */
@QuarkusTest
class SignedResultTest {

    private static final TestKafka kafka = new TestKafka();
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The documented canonical form, rebuilt with a general JSON library: sorted members, no whitespace. */
    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true).build();

    @AfterAll
    static void close() {
        kafka.close();
    }

    static Decision birth(String agency, int sequence, String owner, String ownerId) {
        return Decision.approved(agency, sequence, "P1", "CERTIFICATE", owner, ownerId, Map.of(
                "birthCertificateNumber", "123/2026", "childPersonalId", "096226000123",
                "childFullName", "Phạm Minh Khôi", "childDateOfBirth", "2026-11-20"));
    }

    @Test
    void an_issued_result_is_signed_over_its_canonical_form_and_announced_with_the_signature() throws Exception {
        Decision decision = birth(Decisions.uniqueAgency(), 1, "Lê Văn Cường", "079088001236");
        decision.send(kafka);
        Map<String, Object> result = decision.awaitResult();

        assertThat(result).containsEntry("kind", "CERTIFICATE").containsEntry("procedureId", "P1")
                .containsEntry("dossierCode", decision.code()).containsEntry("issuer", decision.agency())
                .containsEntry("ownerIdNumber", "079088001236").containsEntry("ownerName", "Lê Văn Cường")
                .containsEntry("signer", "onestop results-service").containsEntry("keyId", "onestop-dev-1")
                .containsEntry("validUntil", null).containsEntry("revoked", false).containsEntry("returned", null);
        assertThat((String) result.get("number")).isEqualTo("000001/" + yearOf(result) + "/GCN-" + decision.agency());
        assertThat((String) result.get("sha256")).matches("[0-9a-f]{64}");
        assertThat(result.get("verifyUrl")).isEqualTo("https://ketqua.onestop.test/api/v1/results/verify?id="
                + result.get("id") + "&sha256=" + result.get("sha256"));
        assertThat(result.get("documentUrl")).isEqualTo("https://ketqua.onestop.test/api/v1/results/"
                + result.get("id") + "/document");
        assertThat(Instant.parse((String) result.get("issuedAt")).getNano()).isZero();

        // Checked here without the service's code: the documented form, SHA-256, the configured public key.
        byte[] canonical = canonicalForm(result);
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical)))
                .isEqualTo(result.get("sha256"));
        assertThat(verifies(canonical, (String) result.get("signature"))).isTrue();
        Map<String, Object> changed = new TreeMap<>(result);
        changed.put("ownerName", "Lê Văn Cường Giả");
        assertThat(verifies(canonicalForm(changed), (String) result.get("signature"))).isFalse();

        List<ConsumerRecord<String, String>> issued = kafka.awaitSettled(Decisions.RESULTS,
                TestKafka.subject(decision.dossierId()), Duration.ofSeconds(30));
        assertThat(issued).hasSize(1);
        ContractValidator.shared().requireValid(EventType.RESULT_ISSUED, issued.get(0).value());
        Map<?, ?> event = JSON.readValue(issued.get(0).value(), Map.class);
        assertThat(event.get("sha256")).isEqualTo(result.get("sha256"));
        assertThat(event.get("signature")).isEqualTo(result.get("signature"));
        assertThat(event.get("keyId")).isEqualTo("onestop-dev-1");
        assertThat(event.get("verifyUrl")).isEqualTo(result.get("verifyUrl"));
        assertThat(event.get("signer")).isEqualTo("onestop results-service");
        assertThat(event.containsKey("validUntil")).as("no validUntil when the result does not expire").isFalse();
    }

    @Test
    void a_licence_gets_its_validity_and_is_signed_by_the_key_holder() throws Exception {
        String agency = Decisions.uniqueAgency();
        Decision permit = Decision.approved(agency, 1, "P12", "LICENCE", "Võ Thị Mai", "096185004321",
                Map.of("permitNumber", "45/GPXD"));
        // an officer's date three years ahead of today: derived from the clock, valid on any day the suite runs
        LocalDate givenDate = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusYears(3);
        Decision withDate = Decision.approved(agency, 2, "P12", "LICENCE", "Võ Thị Mai", "096185004321",
                Map.of("permitNumber", "46/GPXD", "validUntil", givenDate.toString()));
        permit.send(kafka);
        withDate.send(kafka);

        Map<String, Object> first = permit.awaitResult();
        OffsetDateTime issued = OffsetDateTime.parse((String) first.get("issuedAt"));
        OffsetDateTime expected = issued.atZoneSameInstant(ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate().plusMonths(12)
                .atTime(23, 59, 59).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toOffsetDateTime();
        assertThat(OffsetDateTime.parse((String) first.get("validUntil")).isEqual(expected)).isTrue();
        assertThat(first).containsEntry("signer", "onestop results-service");
        assertThat((String) first.get("number")).endsWith("/" + yearOf(first) + "/GP-" + agency);
        assertThat(verifies(canonicalForm(first), (String) first.get("signature"))).isTrue();

        Map<String, Object> second = withDate.awaitResult();
        assertThat(OffsetDateTime.parse((String) second.get("validUntil"))
                .isEqual(givenDate.atTime(23, 59, 59).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toOffsetDateTime())).isTrue();
        assertThat(verifies(canonicalForm(second), (String) second.get("signature"))).isTrue();

        ConsumerRecord<String, String> event = kafka.awaitRecords(Decisions.RESULTS,
                TestKafka.subject(permit.dossierId()), Duration.ofSeconds(30)).get(0);
        ContractValidator.shared().requireValid(EventType.RESULT_ISSUED, event.value());
        assertThat(OffsetDateTime.parse((String) JSON.readValue(event.value(), Map.class).get("validUntil"))
                .isEqual(expected)).isTrue();
    }

    @Test
    void result_data_cannot_name_the_signer_such_a_result_is_blocked_and_issued_once_corrected() throws Exception {
        Decision permit = Decision.approved(Decisions.uniqueAgency(), 1, "P12", "LICENCE", "Võ Thị Mai",
                "096185004321", Map.of("permitNumber", "47/GPXD", "signer", "Chủ tịch UBND tỉnh"));
        permit.send(kafka);

        ConsumerRecord<String, String> blocked = kafka.awaitRecords(Decisions.RESULTS,
                TestKafka.subject(permit.dossierId()).and(r -> EventType.RESULT_BLOCKED.ceType()
                        .equals(TestKafka.header(r, "ce_type"))), Duration.ofSeconds(30)).get(0);
        ContractValidator.shared().requireValid(EventType.RESULT_BLOCKED, blocked.value());
        Map<?, ?> data = JSON.readValue(blocked.value(), Map.class);
        assertThat(((List<?>) data.get("violations"))).singleElement()
                .satisfies(v -> assertThat(((Map<?, ?>) v).get("field")).isEqualTo("signer"));
        assertThat((String) data.get("reason")).contains("holder of the signing key");
        Decisions.asStaff().get("/api/v1/dossiers/{code}/results", permit.code()).then().statusCode(200)
                .body("items", org.hamcrest.Matchers.empty());

        String correction = JSON.writeValueAsString(Map.of("dossierId", permit.dossierId().toString(),
                "dossierCode", permit.code(), "procedureId", permit.procedureId(),
                "correctedAt", EventTimes.now(), "correctedBy", "officer-x",
                "resultData", Map.of("permitNumber", "47/GPXD")));
        ContractValidator.shared().requireValid(EventType.RESULT_DATA_CORRECTED, correction);
        kafka.sendEvent(Decisions.DECISIONS, EventType.RESULT_DATA_CORRECTED, permit.dossierId(), correction);
        Map<String, Object> result = permit.awaitResult();
        assertThat(result).containsEntry("signer", "onestop results-service");
        assertThat(((Map<?, ?>) result.get("data")).containsKey("signer")).isFalse();
        assertThat(verifies(canonicalForm(result), (String) result.get("signature"))).isTrue();
    }

    @Test
    void anyone_can_verify_a_result_and_a_wrong_hash_or_an_unknown_result_does_not_verify() {
        Map<String, Object> result = birth(Decisions.uniqueAgency(), 1, "Trần Thị Bích", "079190000111").sendAndAwait(kafka);
        String id = (String) result.get("id");
        String sha = (String) result.get("sha256");

        given().queryParam("id", id).queryParam("sha256", sha).get("/api/v1/results/verify").then().statusCode(200)
                .body("valid", equalTo(true)).body("revoked", equalTo(false))
                .body("reason", containsString("onestop-dev-1"));
        // the hash as printed may be upper case
        given().queryParam("id", id).queryParam("sha256", sha.toUpperCase()).get("/api/v1/results/verify").then()
                .body("valid", equalTo(true));
        String other = sha.substring(0, 63) + (sha.endsWith("0") ? "1" : "0");
        given().queryParam("id", id).queryParam("sha256", other).get("/api/v1/results/verify").then().statusCode(200)
                .body("valid", equalTo(false)).body("revoked", equalTo(false))
                .body("reason", containsString("SHA-256"));
        given().queryParam("id", UUID.randomUUID()).queryParam("sha256", sha).get("/api/v1/results/verify").then()
                .statusCode(200).body("valid", equalTo(false)).body("revoked", equalTo(false))
                .body("reason", containsString("no result"));
    }

    @Test
    void malformed_verification_requests_are_problems_naming_the_parameter() {
        given().queryParam("id", "not-a-uuid").queryParam("sha256", "abc").get("/api/v1/results/verify").then()
                .statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://onestop.vn/problems/validation"))
                .body("violations.field", hasItems("id", "sha256"));
        given().get("/api/v1/results/verify").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItems("id", "sha256"));
    }

    @Test
    void a_result_changed_in_the_database_no_longer_verifies() throws Exception {
        Map<String, Object> result = birth(Decisions.uniqueAgency(), 1, "Đỗ Văn Hải", "079088009999").sendAndAwait(kafka);
        UUID id = UUID.fromString((String) result.get("id"));
        String sha = (String) result.get("sha256");
        given().queryParam("id", id).queryParam("sha256", sha).get("/api/v1/results/verify").then()
                .body("valid", equalTo(true));

        QuarkusTransaction.requiringNew().run(() -> Result.getEntityManager()
                .createNativeQuery("update result set data = cast(?1 as jsonb) where id = ?2")
                .setParameter(1, "{\"birthCertificateNumber\": \"999/2026\", \"childPersonalId\": \"096226000123\","
                        + " \"childFullName\": \"Phạm Minh Khôi\", \"childDateOfBirth\": \"2026-11-20\"}")
                .setParameter(2, id).executeUpdate());

        given().queryParam("id", id).queryParam("sha256", sha).get("/api/v1/results/verify").then().statusCode(200)
                .body("valid", equalTo(false)).body("revoked", equalTo(false))
                .body("reason", containsString("changed after it was signed"));
        // even with the hash of the changed content, the signature gives it away
        Map<String, Object> changed = Decisions.result(id.toString());
        String changedSha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonicalForm(changed)));
        QuarkusTransaction.requiringNew().run(() -> Result.getEntityManager()
                .createNativeQuery("update result set sha256 = ?1 where id = ?2")
                .setParameter(1, changedSha).setParameter(2, id).executeUpdate());
        given().queryParam("id", id).queryParam("sha256", changedSha).get("/api/v1/results/verify").then()
                .body("valid", equalTo(false)).body("reason", containsString("signature does not verify"));
        assertThat(verifies(canonicalForm(changed), (String) changed.get("signature"))).isFalse();
    }

    @Test
    void a_revocation_takes_two_administrators_then_the_result_does_not_verify_for_good() {
        Map<String, Object> result = birth(Decisions.uniqueAgency(), 1, "Ngô Thị Lan", "079190000222").sendAndAwait(kafka);
        String id = (String) result.get("id");
        String sha = (String) result.get("sha256");
        String second = Tokens.secondAdmin();

        // one administrator asks: nothing changes for the citizen yet, who does not even see the request
        String first = asAdmin().contentType("application/json").body("{\"reason\": \"cấp nhầm người\"}")
                .post("/api/v1/results/{id}/revocation", id).then().statusCode(200)
                .body("revoked", equalTo(false)).body("revocationRequest.requestedBy", equalTo("admin"))
                .body("revocationRequest.reason", equalTo("cấp nhầm người"))
                .extract().path("revocationRequest.requestedAt");
        given().queryParam("id", id).queryParam("sha256", sha).get("/api/v1/results/verify").then()
                .body("valid", equalTo(true));
        Tokens.as(Tokens.citizen("079190000222")).get("/api/v1/results/{id}", id).then().statusCode(200)
                .body("revoked", equalTo(false)).body("revocationRequest", nullValue());
        asAdmin().contentType("application/json").body("{\"reason\": \"again\"}")
                .post("/api/v1/results/{id}/revocation", id).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://onestop.vn/problems/revocation-pending"));
        // the one who asked cannot approve
        asAdmin().contentType("application/json").body(Map.of("requestedAt", first))
                .post("/api/v1/results/{id}/revocation/approval", id).then().statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("second administrator"));
        // a second administrator may withdraw the request ...
        Tokens.as(second).delete("/api/v1/results/{id}/revocation", id).then().statusCode(200)
                .body("revoked", equalTo(false)).body("revocationRequest", nullValue());
        Tokens.as(second).contentType("application/json").body(Map.of("requestedAt", first))
                .post("/api/v1/results/{id}/revocation/approval", id).then().statusCode(409)
                .body("type", equalTo("https://onestop.vn/problems/no-revocation-requested"));

        // a request made again is another request: approving the one read before is refused
        String again = asAdmin().contentType("application/json").body("{\"reason\": \"cấp nhầm người\"}")
                .post("/api/v1/results/{id}/revocation", id).then().statusCode(200)
                .extract().path("revocationRequest.requestedAt");
        Tokens.as(second).contentType("application/json").body(Map.of("requestedAt", first))
                .post("/api/v1/results/{id}/revocation/approval", id).then().statusCode(409)
                .body("type", equalTo("https://onestop.vn/problems/revocation-request-changed"));
        Tokens.as(second).contentType("application/json").body("{}")
                .post("/api/v1/results/{id}/revocation/approval", id).then().statusCode(400)
                .body("violations.field", hasItems("requestedAt"));

        // ... the one read is approved: revoked by the approver, for the reason asked
        String approver = Tokens.as(second).contentType("application/json").body(Map.of("requestedAt", again))
                .post("/api/v1/results/{id}/revocation/approval", id).then().statusCode(200)
                .body("revoked", equalTo(true)).body("revocationReason", equalTo("cấp nhầm người"))
                .body("revocationRequest.requestedBy", equalTo("admin")).body("revokedAt", startsWith("20"))
                .extract().path("revokedBy");
        assertThat(approver).isNotBlank().isNotEqualTo("admin");

        given().queryParam("id", id).queryParam("sha256", sha).get("/api/v1/results/verify").then().statusCode(200)
                .body("valid", equalTo(false)).body("revoked", equalTo(true))
                .body("reason", containsString("cấp nhầm người"));
        asAdmin().contentType("application/json").body("{\"reason\": \"again\"}")
                .post("/api/v1/results/{id}/revocation", id).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://onestop.vn/problems/already-revoked"));

        // the auditor finds the decision (under the dossier's id) and every step of the revocation
        // (under the result's id), whichever name of the record they give
        for (Object name : new Object[]{result.get("dossierCode"), id}) {
            List<String> actions = Tokens.as(Tokens.auditor()).queryParam("dossier", name).get("/api/v1/audit").then()
                    .statusCode(200).extract().jsonPath().getList("items.action", String.class);
            assertThat(actions).anyMatch(a -> a.startsWith("apply DossierDecided "))
                    .contains("POST /api/v1/results/{id}/revocation", "DELETE /api/v1/results/{id}/revocation",
                            "POST /api/v1/results/{id}/revocation/approval");
        }
    }

    @Test
    void revocation_needs_a_reason_and_an_existing_result() {
        asAdmin().contentType("application/json").body("{}")
                .post("/api/v1/results/{id}/revocation", UUID.randomUUID()).then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItems("reason"));
        asAdmin().contentType("application/json").body("{\"reason\": \"x\"}")
                .post("/api/v1/results/{id}/revocation", UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }

    /** The canonical form as docs/results.md defines it, from the fields of the API's result view. */
    static byte[] canonicalForm(Map<String, Object> view) throws Exception {
        Map<String, Object> form = new TreeMap<>();
        for (String field : List.of("data", "dossierCode", "id", "issuer", "kind", "number", "ownerIdNumber",
                "ownerName", "procedureId", "signer")) {
            form.put(field, view.get(field));
        }
        form.put("issuedAt", Instant.parse((String) view.get("issuedAt")).toString());
        form.put("validUntil", view.get("validUntil") == null ? null
                : OffsetDateTime.parse((String) view.get("validUntil")).toInstant().toString());
        return CANONICAL.writeValueAsBytes(form);
    }

    static boolean verifies(byte[] canonical, String base64Signature) throws Exception {
        String configured = ConfigProvider.getConfig().getValue("onestop.results.signing.public-key", String.class);
        PublicKey key = KeyFactory.getInstance("Ed25519")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(configured)));
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(key);
        verifier.update(canonical);
        return verifier.verify(Base64.getDecoder().decode(base64Signature));
    }

    /** The year of the result's issue in the province, the year its number carries. */
    static int yearOf(Map<String, Object> result) {
        return OffsetDateTime.parse((String) result.get("issuedAt")).atZoneSameInstant(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
    }
}
