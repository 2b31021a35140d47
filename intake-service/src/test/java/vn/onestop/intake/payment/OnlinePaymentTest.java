package vn.onestop.intake.payment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.onestop.contracts.ContractValidator;
import vn.onestop.contracts.EventType;
import vn.onestop.intake.payment.domain.GatewaySignature;
import vn.onestop.platform.testing.PdfReading;
import vn.onestop.platform.testing.TestKafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static vn.onestop.intake.IntakeFixtures.WARD_CENTRE;
import static vn.onestop.intake.IntakeFixtures.birthRegistration;
import static vn.onestop.intake.IntakeFixtures.pdf;
import static vn.onestop.intake.IntakeFixtures.submit;
import static vn.onestop.platform.testing.Tokens.as;
import static vn.onestop.platform.testing.Tokens.centreStaff;
import static vn.onestop.platform.testing.Tokens.citizen;
import static vn.onestop.platform.testing.Tokens.operator;

/**
 * Paying online through the payment gateway (docs/payments.md), against the gateway stand-in that
 * ./onestop test starts (a separate process speaking HTTP, signing with the shared secret): the fee
 * a procedure charges for the channel, owed from reception; the applicant's payment, its signed
 * callback, the electronic receipt and FeePaid; a lost callback found by reconciliation; forged
 * and replayed callbacks; a payment asked for during processing, paid at the counter or settled by
 * the agency; withdrawal.
 */
@QuarkusTest
class OnlinePaymentTest {

    private static final String DOSSIERS = "intake-test.onestop.dossier.events.v1";
    private static final String PROCESSING = "intake-test.onestop.processing.events.v1";
    /** The stand-in's secret for this installation (./onestop test; %test config). */
    private static final String SECRET = "paygate-local-secret";
    private static final TestKafka kafka = new TestKafka();
    private static final ObjectMapper json = new ObjectMapper();

    @AfterAll
    static void close() {
        kafka.close();
    }

    /** P2 (residence registration) filed online: 10,000 VND online (20,000 at the counter). */
    private static String residenceOnline(String idNumber) {
        return """
                {"procedureId": "P2", "channel": "ONLINE", "receivingAgency": "%s",
                 "applicant": {"type": "CITIZEN", "fullName": "Trần Thị Mai", "idNumber": "%s"},
                 "components": [%s]}
                """.formatted(WARD_CENTRE, idNumber, pdf("RESIDENCE_CHANGE_FORM"));
    }

    private static JsonNode submitted(String body) throws Exception {
        Response created = submit(UUID.randomUUID().toString(), body);
        created.then().statusCode(201);
        return json.readTree(created.asString());
    }

    private static JsonNode fees(String token, String code) throws Exception {
        return json.readTree(as(token).get("/api/v1/dossiers/{code}/fees", code).then().statusCode(200)
                .extract().asString());
    }

    private static Response startPayment(String token, String code, String obligation) {
        return as(token).post("/api/v1/dossiers/{code}/fees/{o}/payments", code, obligation);
    }

    /** The applicant on the gateway's pay page: pays (or gives up); {@code notify=false} loses the callback. */
    private static JsonNode payAtGateway(String payUrl, String outcome, boolean notify) throws Exception {
        String answer = RestAssured.given().accept(ContentType.JSON).contentType(ContentType.URLENC)
                .formParam("outcome", outcome).formParam("notify", String.valueOf(notify))
                .post(payUrl).then().statusCode(200).extract().asString();
        return json.readTree(answer);
    }

    /** The FeePaid records of a dossier. */
    private static java.util.function.Predicate<ConsumerRecord<String, String>> feePaidOf(UUID dossierId) {
        return r -> TestKafka.subject(dossierId).test(r)
                && EventType.FEE_PAID.ceType().equals(TestKafka.header(r, "ce_type"));
    }

    private static List<ConsumerRecord<String, String>> feePaid(UUID dossierId) {
        return kafka.records(DOSSIERS, feePaidOf(dossierId));
    }

    @Test
    void the_applicant_pays_the_fee_online_and_gets_an_electronic_receipt() throws Exception {
        String applicant = citizen("079203009101");
        JsonNode dossier = submitted(residenceOnline("079203009101"));
        String code = dossier.get("code").asText();
        UUID dossierId = UUID.fromString(dossier.get("id").asText());

        JsonNode owed = fees(applicant, code);
        assertThat(owed).hasSize(1);
        assertThat(owed.get(0).get("kind").asText()).isEqualTo("FEE");
        assertThat(owed.get(0).get("amountVnd").asLong()).as("the online fee of P2").isEqualTo(10_000);
        assertThat(owed.get(0).get("status").asText()).isEqualTo("DUE");
        String obligation = owed.get(0).get("id").asText();

        Response started = startPayment(applicant, code, obligation);
        started.then().statusCode(201).body("status", equalTo("PENDING"))
                .body("payUrl", startsWith(System.getenv().getOrDefault("ONESTOP_TEST_PAYGATE_URL", "http://127.0.0.1:18190")));
        String payUrl = started.path("payUrl");
        String transaction = started.path("transactionId");
        // the same attempt again while it is open: the same transaction, not a second one
        startPayment(applicant, code, obligation).then().statusCode(200).body("transactionId", equalTo(transaction));

        JsonNode paid = payAtGateway(payUrl, "PAID", true);
        assertThat(paid.get("callbackStatus").asInt()).as("intake accepted the gateway's signed callback").isEqualTo(204);

        JsonNode after = fees(applicant, code).get(0);
        assertThat(after.get("status").asText()).isEqualTo("PAID");
        assertThat(after.get("paidVia").asText()).isEqualTo("ONLINE");
        String receipt = after.get("receiptNumber").asText();
        assertThat(receipt).matches("BL\\d{4}-\\d{8}");
        assertThat(after.get("payments").get(0).get("status").asText()).isEqualTo("PAID");

        List<ConsumerRecord<String, String>> events = kafka.awaitRecords(DOSSIERS, feePaidOf(dossierId), Duration.ofSeconds(30));
        ContractValidator.shared().requireValid(EventType.FEE_PAID, events.get(0).value());
        JsonNode event = json.readTree(events.get(0).value());
        assertThat(event.get("amountVnd").asLong()).isEqualTo(10_000);
        assertThat(event.get("paidVia").asText()).isEqualTo("ONLINE");
        assertThat(event.get("transactionId").asText()).isEqualTo(transaction);
        assertThat(event.get("receiptNumber").asText()).isEqualTo(receipt);
        assertThat(event.get("kind").asText()).isEqualTo("FEE");

        byte[] pdf = as(applicant).get("/api/v1/dossiers/{code}/fees/{o}/receipt", code, obligation)
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        String text = PdfReading.text(pdf);
        assertThat(text).contains("BIÊN LAI THU PHÍ, LỆ PHÍ ĐIỆN TỬ").contains(receipt).contains("10.000 đồng")
                .contains(transaction).contains("Trần Thị Mai");

        // paid: nothing more to pay, and the callback replayed changes nothing
        startPayment(applicant, code, obligation).then().statusCode(409)
                .contentType("application/problem+json").body("type", containsString("obligation-not-due"));
        as(centreStaff(WARD_CENTRE)).post("/api/v1/dossiers/{code}/fees/{o}/counter-payment", code, obligation)
                .then().statusCode(409);
        String replay = callbackBody(transaction, after.get("payments").get(0).get("id").asText(), 10_000, "PAID");
        postCallback(replay, GatewaySignature.sign(SECRET, replay)).then().statusCode(204);
        assertThat(kafka.awaitSettled(DOSSIERS, feePaidOf(dossierId), Duration.ofSeconds(30)))
                .as("FeePaid exactly once").hasSize(1);
    }

    private static String callbackBody(String transaction, String orderId, long amount, String status) {
        return """
                {"transactionId":"%s","orderId":"%s","merchantCode":"onestop-local","amount":%d,"status":"%s","paidAt":"%s","bankCode":"NCB"}"""
                .formatted(transaction, orderId, amount, status,
                        OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS));
    }

    private static Response postCallback(String body, String signature) {
        var request = RestAssured.given().contentType(ContentType.JSON).body(body.getBytes(StandardCharsets.UTF_8));
        if (signature != null) {
            request = request.header("X-Signature", signature);
        }
        return request.post("/api/v1/payments/callback");
    }

    @Test
    void a_forged_callback_pays_nothing() throws Exception {
        String applicant = citizen("079203009102");
        JsonNode dossier = submitted(residenceOnline("079203009102"));
        String code = dossier.get("code").asText();
        String obligation = fees(applicant, code).get(0).get("id").asText();
        Response started = startPayment(applicant, code, obligation);
        started.then().statusCode(201);
        String payment = started.path("id");
        String transaction = started.path("transactionId");

        String paid = callbackBody(transaction, payment, 10_000, "PAID");
        postCallback(paid, null).then().statusCode(400).contentType("application/problem+json")
                .body("type", containsString("invalid-signature"));
        postCallback(paid, GatewaySignature.sign("not-the-secret", paid)).then().statusCode(400);
        String cheaper = callbackBody(transaction, payment, 1_000, "PAID");
        postCallback(cheaper, GatewaySignature.sign(SECRET, cheaper)).then().statusCode(422)
                .contentType("application/problem+json").body("type", containsString("amount-mismatch"));
        String unknown = callbackBody(transaction, UUID.randomUUID().toString(), 10_000, "PAID");
        postCallback(unknown, GatewaySignature.sign(SECRET, unknown)).then().statusCode(404);
        String garbage = "{\"hello\": 1}";
        postCallback(garbage, GatewaySignature.sign(SECRET, garbage)).then().statusCode(400)
                .contentType("application/problem+json");

        JsonNode after = fees(applicant, code).get(0);
        assertThat(after.get("status").asText()).isEqualTo("DUE");
        assertThat(after.get("payments").get(0).get("status").asText()).isEqualTo("PENDING");
        assertThat(feePaid(UUID.fromString(dossier.get("id").asText()))).isEmpty();
    }

    @Test
    void a_lost_callback_is_found_by_reconciliation_and_a_failed_payment_can_be_tried_again() throws Exception {
        String applicant = citizen("079203009103");
        JsonNode dossier = submitted(residenceOnline("079203009103"));
        String code = dossier.get("code").asText();
        UUID dossierId = UUID.fromString(dossier.get("id").asText());
        String obligation = fees(applicant, code).get(0).get("id").asText();

        // first attempt: the applicant gives up at the gateway
        String firstUrl = startPayment(applicant, code, obligation).then().statusCode(201).extract().path("payUrl");
        payAtGateway(firstUrl, "FAILED", true);
        assertThat(fees(applicant, code).get(0).get("payments").get(0).get("status").asText()).isEqualTo("FAILED");

        // second attempt: paid, but the callback never arrives
        Response second = startPayment(applicant, code, obligation);
        second.then().statusCode(201);
        assertThat(payAtGateway(second.path("payUrl"), "PAID", false).get("callbackStatus").isNull()).isTrue();
        assertThat(fees(applicant, code).get(0).get("status").asText()).isEqualTo("DUE");

        // only operators reconcile; then the payment is known
        as(applicant).post("/api/v1/payments/reconciliation").then().statusCode(403);
        as(operator()).queryParam("olderThan", "soon").post("/api/v1/payments/reconciliation").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("olderThan"));
        as(operator()).post("/api/v1/payments/reconciliation").then().statusCode(200)
                .body("errors", hasSize(0));
        JsonNode after = fees(applicant, code).get(0);
        assertThat(after.get("status").asText()).isEqualTo("PAID");
        assertThat(after.get("payments")).extracting(p -> p.get("status").asText()).containsExactly("FAILED", "PAID");
        assertThat(kafka.awaitSettled(DOSSIERS, feePaidOf(dossierId), Duration.ofSeconds(30)))
                .as("FeePaid exactly once").hasSize(1);
        // a second run finds nothing new
        as(operator()).post("/api/v1/payments/reconciliation").then().statusCode(200);
        assertThat(feePaid(dossierId)).hasSize(1);
    }

    @Test
    void who_may_see_and_pay() throws Exception {
        String applicant = citizen("079203009104");
        JsonNode dossier = submitted(residenceOnline("079203009104"));
        String code = dossier.get("code").asText();
        String obligation = fees(applicant, code).get(0).get("id").asText();

        as(citizen("079203009199")).get("/api/v1/dossiers/{code}/fees", code).then().statusCode(404);
        startPayment(citizen("079203009199"), code, obligation).then().statusCode(404);
        fees(centreStaff(WARD_CENTRE), code);
        as(centreStaff("002.02.20.H22")).get("/api/v1/dossiers/{code}/fees", code).then().statusCode(404);
        startPayment(centreStaff(WARD_CENTRE), code, obligation).then().statusCode(403);
        as(applicant).post("/api/v1/dossiers/{code}/fees/{o}/counter-payment", code, obligation).then().statusCode(403);
        startPayment(applicant, code, UUID.randomUUID().toString()).then().statusCode(404)
                .contentType("application/problem+json");
        startPayment(applicant, code, "not-an-id").then().statusCode(404);
        as(applicant).get("/api/v1/dossiers/{code}/fees/{o}/receipt", code, obligation).then().statusCode(409)
                .contentType("application/problem+json").body("type", containsString("not-paid"));

        // withdrawn before paying: nothing is owed any more
        as(applicant).contentType(ContentType.JSON).body("{\"reason\": \"Không còn nhu cầu\"}")
                .post("/api/v1/dossiers/{code}/withdrawal", code).then().statusCode(200);
        assertThat(fees(applicant, code).get(0).get("status").asText()).isEqualTo("CANCELLED");
        startPayment(applicant, code, obligation).then().statusCode(409);
    }

    @Test
    void a_payment_asked_for_during_processing_is_paid_at_the_counter_or_settled_by_the_agency() throws Exception {
        JsonNode paidHere = submitted(birthRegistration("079203009105"));
        JsonNode settled = submitted(birthRegistration("079203009106"));
        assertThat(fees(citizen("079203009105"), paidHere.get("code").asText())).as("P1 charges no fee").isEmpty();
        String requestedAt = "2026-03-03T08:00:00.123456Z";
        for (JsonNode d : List.of(paidHere, settled)) {
            kafka.sendEvent(PROCESSING, EventType.PAYMENT_REQUESTED, UUID.fromString(d.get("id").asText()), """
                    {"dossierId": "%s", "dossierCode": "%s", "amount": 150000, "currency": "VND",
                     "reason": "Lệ phí cấp bản sao trích lục", "requestedAt": "%s", "requestedBy": "officer",
                     "status": "AWAITING_PAYMENT", "nationalStatusCode": 6}"""
                    .formatted(d.get("id").asText(), d.get("code").asText(), requestedAt));
        }
        String code = paidHere.get("code").asText();
        UUID dossierId = UUID.fromString(paidHere.get("id").asText());
        String staff = centreStaff(WARD_CENTRE);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> fees(staff, code).size() == 1 && fees(staff, settled.get("code").asText()).size() == 1);
        JsonNode requested = fees(staff, code).get(0);
        assertThat(requested.get("kind").asText()).isEqualTo("REQUESTED");
        assertThat(requested.get("amountVnd").asLong()).isEqualTo(150_000);

        as(staff).post("/api/v1/dossiers/{code}/fees/{o}/counter-payment", code, requested.get("id").asText())
                .then().statusCode(200).body("status", equalTo("PAID")).body("paidVia", equalTo("COUNTER"))
                .body("receiptNumber", matchesPattern("BL\\d{4}-\\d{8}"));
        JsonNode event = json.readTree(kafka.awaitRecords(DOSSIERS, feePaidOf(dossierId), Duration.ofSeconds(30))
                .get(0).value());
        assertThat(event.get("kind").asText()).isEqualTo("REQUESTED");
        assertThat(event.get("paidVia").asText()).isEqualTo("COUNTER");
        assertThat(OffsetDateTime.parse(event.get("requestedAt").asText()).toInstant())
                .as("names the pause it ends").isEqualTo(OffsetDateTime.parse(requestedAt).toInstant());

        // the other: the officer confirmed the payment in processing (the clock runs again)
        String other = settled.get("code").asText();
        UUID otherId = UUID.fromString(settled.get("id").asText());
        kafka.sendEvent(PROCESSING, EventType.PROCESSING_RESUMED, otherId, """
                {"dossierId": "%s", "dossierCode": "%s", "pauseReason": "PAYMENT", "pausedFrom": "%s",
                 "resumedAt": "2026-03-04T08:00:00Z", "oldDueAt": "2026-03-05T08:00:00Z",
                 "newDueAt": "2026-03-06T08:00:00Z", "status": "IN_PROCESS", "nationalStatusCode": 4,
                 "pausedWorkingTime": "PT8H"}""".formatted(otherId, other, requestedAt));
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> "SETTLED".equals(fees(staff, other).get(0).get("status").asText()));
        startPayment(citizen("079203009106"), other, fees(staff, other).get(0).get("id").asText()).then()
                .statusCode(409);
    }
}
