package vn.onestop.e2e;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.onestop.contracts.EventType;
import vn.onestop.contracts.Topics;
import vn.onestop.platform.testing.Metrics;
import vn.onestop.platform.testing.TestKafka;
import vn.onestop.platform.testing.Tokens;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static vn.onestop.platform.testing.Tokens.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/**
 * "Submit once, receive three results" through the four packaged services: the civil-status
 * officer works the birth registration over REST, the commune police over REST, and the social
 * security system as a partner over the public topics; the birth certificate feeds both follow-ons
 * and the applicant never uploads it. The services' business metrics move by exactly what the bundle
 * implies.
 */
class BirthBundleIT extends EndToEndTest {

    private static final String WARD_CENTRE = "002.01.20.H22";
    private static final String WARD_COMMITTEE = "000.01.20.H22";
    private static final String WARD_POLICE = "001.01.20.H22";
    private static final String SOCIAL_SECURITY = "000.00.03.H22";

    private static String processing() {
        return PackagedPlatform.url("processing-service");
    }

    private static void approve(String dossierId, String agency, String step, String resultData) {
        Officers.approve(dossierId, agency, step, resultData);
    }

    /**
     * The social security system answers over its topics; its task carries the person's identity
     * number (which the platform's copy does not) and the trace context its answer passes on.
     */
    private static void partnerApproves(String dossierId, String step, String resultData) {
        ConsumerRecord<String, String> assigned = SocialSecurity.approves(kafka, dossierId, step, resultData);
        assertThat(JsonPath.from(assigned.value()).getString("inputs.applicantIdNumber")).isEqualTo("079188004321");
        assertThat(TestKafka.header(assigned, "ce_traceparent")).as("TaskAssigned carries its trace context").isNotNull();
    }

    @Test
    void one_birth_bundle_submission_yields_three_results() {
        String intake = PackagedPlatform.url("intake-service");
        String applicant = Tokens.citizen("079188004321");
        // counter staff print and hand over the results
        String counter = Tokens.centreStaff(WARD_CENTRE);
        PlatformMetrics before = PlatformMetrics.read();
        // the portal that submits traces its own requests: the bundle's trace is the one it started
        String bundleTrace = UUID.randomUUID().toString().replace("-", "");
        JsonPath parent = as(applicant).baseUri(intake).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .header("traceparent", "00-" + bundleTrace + "-00f067aa0ba902b7-01")
                .body("""
                        {"procedureId": "BIRTH_BUNDLE", "channel": "ONLINE", "receivingAgency": "%s",
                         "applicant": {"type": "CITIZEN", "fullName": "Đặng Thu Trang", "idNumber": "079188004321"},
                         "components": [%s, %s, %s, %s, %s]}""".formatted(WARD_CENTRE, Components.pdf("BIRTH_REGISTRATION_FORM"),
                        Components.pdf("BIRTH_NOTICE"), Components.pdf("REQUESTER_ID"), Components.pdf("RESIDENCE_CHANGE_FORM"), Components.pdf("HEALTH_INSURANCE_FORM")))
                .post("/api/v1/dossiers").then().statusCode(201).body("children", hasSize(3)).extract().jsonPath();
        String parentCode = parent.getString("code");
        String p1 = parent.getString("children.find { it.procedureId == 'P1' }.id");
        String p2 = parent.getString("children.find { it.procedureId == 'P2' }.id");
        String p3 = parent.getString("children.find { it.procedureId == 'P3' }.id");

        approve(p1, WARD_COMMITTEE, "RECEIVE_CHECK", null);
        approve(p1, WARD_COMMITTEE, "RECORD_ASSIGN_ID", null);
        // dates of the facts are derived from the clock: a child born two days ago, registered today
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        approve(p1, WARD_COMMITTEE, "SIGN", """
                {"birthCertificateNumber": "45/%d", "childPersonalId": "079226000777",
                 "childFullName": "Đặng Minh An", "childDateOfBirth": "%s"}""".formatted(today.getYear(), today.minusDays(2)));

        // the birth certificate starts both follow-ons: police over REST, social security over events
        approve(p2, WARD_POLICE, "RECEIVE_CHECK", null);
        approve(p2, WARD_POLICE, "APPRAISE", null);
        approve(p2, WARD_POLICE, "APPROVE_UPDATE", """
                {"personalId": "079226000777", "permanentAddress": "Phường An Xuyên, Cà Mau", "registeredOn": "%s"}"""
                .formatted(today));
        partnerApproves(p3, "RECEIVE_CHECK", null);
        partnerApproves(p3, "APPRAISE", null);
        partnerApproves(p3, "ISSUE_CARD", "{\"healthInsuranceCardNumber\": \"TE1797922600777\", \"validFrom\": \""
                + today.minusDays(2) + "\"}");

        await().atMost(Duration.ofSeconds(90)).untilAsserted(() ->
                as(applicant).baseUri(intake).get("/api/v1/dossiers/{code}", parentCode).then().statusCode(200)
                        .body("status", equalTo("DECIDED"))
                        .body("decision", equalTo("ALL_APPROVED"))
                        .body("children.findAll { it.result != null }", hasSize(3)));

        oneTraceFromSubmissionToTheLastChainedResult(bundleTrace, p1, p2, p3);

        String results = PackagedPlatform.url("results-service");
        String p1Code = parent.getString("children.find { it.procedureId == 'P1' }.code");
        JsonPath certificate = as(counter).baseUri(results).get("/api/v1/dossiers/{code}/results", p1Code).then()
                .statusCode(200).body("items", hasSize(1)).extract().jsonPath();
        assertThat(certificate.getString("items[0].data.childPersonalId")).isEqualTo("079226000777");
        String certificateId = certificate.getString("items[0].id");

        // the follow-ons received the certificate as their component; the applicant never uploaded it
        for (String member : List.of("P2", "P3")) {
            String code = parent.getString("children.find { it.procedureId == '" + member + "' }.code");
            as(applicant).baseUri(intake).get("/api/v1/dossiers/{code}", code).then().statusCode(200)
                    .body("components.find { it.code == 'BIRTH_CERT' }.source", equalTo("CHAIN"))
                    .body("components.find { it.code == 'BIRTH_CERT' }.digitizationState", equalTo(3))
                    .body("components.find { it.code == 'BIRTH_CERT' }.documentRef", equalTo(certificateId));
            as(counter).baseUri(results).get("/api/v1/dossiers/{code}/results", code).then().statusCode(200)
                    .body("items", hasSize(1));
        }

        // every result verifies, without logging in; a tampered one does not
        for (String member : List.of("P1", "P2", "P3")) {
            String code = parent.getString("children.find { it.procedureId == '" + member + "' }.code");
            JsonPath result = as(counter).baseUri(results).get("/api/v1/dossiers/{code}/results", code).then()
                    .extract().jsonPath();
            String id = result.getString("items[0].id");
            String sha256 = result.getString("items[0].sha256");
            given().baseUri(results).queryParam("id", id).queryParam("sha256", sha256).get("/api/v1/results/verify")
                    .then().statusCode(200).body("valid", equalTo(true)).body("revoked", equalTo(false));
            String tampered = (sha256.charAt(0) == 'a' ? "b" : "a") + sha256.substring(1);
            given().baseUri(results).queryParam("id", id).queryParam("sha256", tampered).get("/api/v1/results/verify")
                    .then().statusCode(200).body("valid", equalTo(false));
            as(counter).baseUri(results).get("/api/v1/results/{id}/document", id).then().statusCode(200)
                    .contentType("application/pdf");
        }
        // handing the birth certificate over at the counter closes its dossier (national status 10)
        String p1Id = certificateId;
        as(counter).baseUri(results).contentType(ContentType.JSON).body("""
                {"channel": "COUNTER", "receivedBy": "Đặng Thu Trang", "receiverIdNumber": "079188004321"}""")
                .post("/api/v1/results/{id}/handover", p1Id).then().statusCode(201);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                as(applicant).baseUri(intake).get("/api/v1/dossiers/{code}", p1Code).then()
                        .body("status", equalTo("RETURNED")).body("nationalStatusCode", equalTo(10)));

        metricsMovedByOneBundle(before);
    }

    /**
     * One trace shows the bundle from its submission to the issuing of its chained members' results
     * (docs/adr/0021), through the four services and every outbox: the officers' steps, each a
     * request in a trace of its own, continue it (linked to their request's trace, where the request
     * itself is found), and so do the partner's replies, which pass the trace context on.
     */
    private static void oneTraceFromSubmissionToTheLastChainedResult(String trace, String p1, String p2, String p3) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<OtlpReceiver.ReceivedSpan> spans = PackagedPlatform.TRACES.trace(trace);
            assertThat(spans).extracting(OtlpReceiver.ReceivedSpan::service).as("services in the bundle's trace")
                    .contains("intake-service", "processing-service", "results-service", "rating-service");
            assertThat(spans).as("the submission").anySatisfy(span -> {
                assertThat(span.service()).isEqualTo("intake-service");
                assertThat(span.kind()).isEqualTo("SPAN_KIND_SERVER");
                assertThat(span.name()).contains("/api/v1/dossiers");
            });
            // the officers' steps of P1 (ward committee) and P2 (ward police): three each, at least
            for (String member : List.of(p1, p2)) {
                List<OtlpReceiver.ReceivedSpan> steps = spans.stream()
                        .filter(span -> span.service().equals("processing-service") && span.name().equals("case work")
                                && member.equals(span.attribute("onestop.dossier.id")))
                        .toList();
                assertThat(steps).as("officers' steps on %s", member).hasSizeGreaterThanOrEqualTo(3);
                for (OtlpReceiver.ReceivedSpan step : steps) {
                    assertThat(step.linkedTraceIds()).as("linked to its request's trace").singleElement()
                            .isNotEqualTo(trace)
                            .satisfies(request -> assertThat(PackagedPlatform.TRACES.trace(request))
                                    .anySatisfy(span -> {
                                        assertThat(span.service()).isEqualTo("processing-service");
                                        assertThat(span.kind()).isEqualTo("SPAN_KIND_SERVER");
                                        assertThat(span.attribute("onestop.dossier.trace_id")).isEqualTo(trace);
                                    }));
                }
            }
            // the social security system's three replies on P3, handled in the trace it was given
            assertThat(spans).filteredOn(span -> span.service().equals("processing-service")
                            && span.kind().equals("SPAN_KIND_CONSUMER")
                            && span.name().endsWith(Topics.forPartner(Topics.PARTNER_REPLIES, "social-security"))
                            && p3.equals(span.attribute("cloudevents.event_subject")))
                    .as("the partner's replies").hasSizeGreaterThanOrEqualTo(3);
            // and it ends with results issuing the chained members' results
            for (String member : List.of(p1, p2, p3)) {
                assertThat(spans).as("ResultIssued of %s published", member).anySatisfy(span -> {
                    assertThat(span.service()).isEqualTo("results-service");
                    assertThat(span.kind()).isEqualTo("SPAN_KIND_PRODUCER");
                    assertThat(span.attribute("cloudevents.event_type")).isEqualTo(EventType.RESULT_ISSUED.ceType());
                    assertThat(span.attribute("cloudevents.event_subject")).isEqualTo(member);
                });
            }
        });
    }

    /**
     * The counters rose by this bundle's figures, no more (each is counted after its commit, so the
     * readings are awaited), and every outbox is drained once the gauges refresh.
     */
    private static void metricsMovedByOneBundle(PlatformMetrics before) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            PlatformMetrics after = PlatformMetrics.read();
            // a bundle counts once, as its parent, under its channel and its centre
            assertThat(after.increase(before, "intake-service", "onestop_dossiers_received_total")).isEqualTo(1);
            assertThat(after.increase(before, "intake-service", "onestop_dossiers_received_total",
                    "channel=\"ONLINE\"", "agency=\"" + WARD_CENTRE + "\"")).isEqualTo(1);
            // each member is decided by its own agency; the parent only groups them
            assertThat(after.increase(before, "intake-service", "onestop_dossiers_decided_total")).isEqualTo(3);
            for (String agency : List.of(WARD_COMMITTEE, WARD_POLICE, SOCIAL_SECURITY)) {
                assertThat(after.increase(before, "intake-service", "onestop_dossiers_decided_total",
                        "agency=\"" + agency + "\"")).as("decided by %s", agency).isEqualTo(1);
            }
            // decided minutes after submission, long before any due date
            assertThat(after.increase(before, "intake-service", "onestop_dossiers_decided_total",
                    "timeliness=\"late\"")).isZero();
            assertThat(after.increase(before, "intake-service", "onestop_chain_completion_seconds_count")).isEqualTo(1);
            assertThat(after.increase(before, "results-service", "onestop_results_issued_total")).isEqualTo(3);
            for (String procedure : List.of("P1", "P2", "P3")) {
                assertThat(after.increase(before, "results-service", "onestop_results_issued_total",
                        "procedure=\"" + procedure + "\"")).as("results of %s", procedure).isEqualTo(1);
            }
            assertThat(after.increaseEverywhere(before, "onestop_dead_letters_total")).isZero();
            assertThat(after.increaseEverywhere(before, "onestop_events_consumed_total",
                    "outcome=\"dead-lettered\"")).isZero();
        });
        // the gauges refresh every onestop.metrics.gauge-refresh (PackagedPlatform sets 2 s)
        for (String service : PackagedPlatform.services()) {
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                Metrics.Scrape now = Metrics.scrape(PackagedPlatform.managementUrl(service));
                assertThat(now.shows("onestop_outbox_backlog")).as("%s shows its outbox backlog", service).isTrue();
                assertThat(now.sum("onestop_outbox_backlog")).as("%s outbox backlog", service).isZero();
                assertThat(now.sum("onestop_outbox_oldest_age_seconds")).as("%s oldest outbox row", service).isZero();
            });
        }
    }
}
