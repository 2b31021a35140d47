package vn.onestop.processing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.onestop.platform.testing.TestKafka;
import vn.onestop.processing.ProcessingFixtures.Dossier;
import vn.onestop.processing.casefile.domain.CaseFile;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static vn.onestop.platform.testing.Tokens.as;
import static vn.onestop.platform.testing.Tokens.leader;
import static vn.onestop.platform.testing.Tokens.officer;
import static vn.onestop.processing.ProcessingFixtures.WARD_POLICE;
import static vn.onestop.processing.ProcessingFixtures.complete;
import static vn.onestop.processing.ProcessingFixtures.newDossier;
import static vn.onestop.processing.ProcessingFixtures.openTask;
import static vn.onestop.processing.ProcessingFixtures.submit;

/**
 * Bad input on a real case and a real task (issue 13: never a 5xx for a client's mistake, every 4xx a
 * problem naming what was wrong, nothing half-written): dates PostgreSQL cannot store, unpaired
 * surrogates jsonb refuses, parameters of the wrong type, a URI and a body too long. Each refusal
 * leaves the case, its tasks and its outbox exactly as they were, and the same request with a sound
 * value then succeeds.
 */
@QuarkusTest
class BadInputTest {

    private static final TestKafka kafka = new TestKafka();
    private static final String PROBLEM = "application/problem+json";
    private static final String VALIDATION = "https://onestop.vn/problems/validation";

    @TestHTTPResource("/")
    URL root;

    @AfterAll
    static void close() {
        kafka.close();
    }

    @Test
    void a_date_outside_the_years_1_to_9999_is_refused_naming_its_field_and_changes_nothing() {
        Dossier d = newDossier();
        submit(kafka, d, "P2", WARD_POLICE);
        String task = openTask(d, WARD_POLICE, "RECEIVE_CHECK");
        String before = snapshot(d);

        for (String newDueAt : List.of("+999999999-12-31T23:59:59Z", "-000001-01-01T00:00:00Z", "+10000-01-01T12:00:00Z",
                "+12026-11-26T09:00:00+07:00")) {
            as(leader(WARD_POLICE)).contentType(ContentType.JSON).body("""
                            {"newDueAt": "%s", "reason": "Cần xác minh thêm"}""".formatted(newDueAt))
                    .post("/api/v1/dossiers/{id}/apology", d.id()).then().statusCode(400).contentType(PROBLEM)
                    .body("type", equalTo(VALIDATION))
                    .body("detail", equalTo("newDueAt must be within the years 1 to 9999"))
                    .body("violations", hasSize(1))
                    .body("violations[0].field", equalTo("newDueAt"))
                    .body("violations[0].message", equalTo("must be within the years 1 to 9999"));
        }
        complete(WARD_POLICE, task, """
                {"outcome": "REQUEST_SUPPLEMENT", "missingItems": ["Giấy tờ chứng minh chỗ ở hợp pháp"],
                 "supplementDeadline": "+999999999-12-31T23:59:59Z"}""")
                .statusCode(400).contentType(PROBLEM).body("type", equalTo(VALIDATION))
                .body("detail", equalTo("supplementDeadline must be within the years 1 to 9999"))
                .body("violations[0].field", equalTo("supplementDeadline"));

        assertThat(snapshot(d)).as("the case, its tasks and its outbox").isEqualTo(before);
        // the record was open to these requests: a date within the years is taken
        String due = as(officer(WARD_POLICE)).get("/api/v1/cases/{id}", d.id()).then().statusCode(200)
                .extract().path("dueAt");
        as(leader(WARD_POLICE)).contentType(ContentType.JSON).body("""
                        {"newDueAt": "%s", "reason": "Cần xác minh thêm"}""".formatted(
                        java.time.OffsetDateTime.parse(due).plusDays(3)))
                .post("/api/v1/dossiers/{id}/apology", d.id()).then().statusCode(200).body("apologies", equalTo(1));
    }

    @Test
    void a_payment_request_of_no_amount_or_less_than_nothing_is_refused_naming_the_amount_and_changes_nothing() {
        Dossier d = newDossier();
        submit(kafka, d, "P2", WARD_POLICE);
        String task = openTask(d, WARD_POLICE, "RECEIVE_CHECK");
        String before = snapshot(d);

        // below 0 the body's own constraint answers, 0 the outcome's check: both name the amount
        for (String amount : List.of("0", "-25000")) {
            complete(WARD_POLICE, task, """
                    {"outcome": "REQUEST_PAYMENT", "amount": %s, "note": "Lệ phí đăng ký"}""".formatted(amount))
                    .statusCode(400).contentType(PROBLEM).body("type", equalTo(VALIDATION))
                    .body("violations", hasSize(1))
                    .body("violations[0].field", equalTo("amount"))
                    .body("violations[0].message", equalTo(amount.equals("0") ? "the amount must be above 0 VND"
                            : "must be greater than or equal to 0"));
        }

        assertThat(snapshot(d)).as("the case, its tasks and its outbox").isEqualTo(before);
    }

    @Test
    void half_a_character_or_a_control_character_in_result_data_or_a_note_is_refused_and_changes_nothing() {
        Dossier d = newDossier();
        submit(kafka, d, "P2", WARD_POLICE);
        String task = openTask(d, WARD_POLICE, "RECEIVE_CHECK");
        String before = snapshot(d);

        // the JSON escapes a client sends: half of a character, which jsonb refuses
        complete(WARD_POLICE, task, "{\"outcome\": \"APPROVE\", \"resultData\": {\"remark\": \"\\ud800\"}}")
                .statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://onestop.vn/problems/unpaired-surrogate"))
                .body("detail", equalTo("resultData.remark contains the unpaired surrogate U+D800 at position 0, "
                        + "which is half of a character"))
                .body("violations[0].field", equalTo("resultData.remark"));
        // in a key Jackson's parser refuses half a character itself, in the field that holds it
        complete(WARD_POLICE, task, "{\"outcome\": \"APPROVE\", \"resultData\": {\"checks\": {\"k\\udfff\": true}}}")
                .statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://onestop.vn/problems/malformed-body"))
                .body("detail", equalTo("the request body is not valid JSON for this operation: resultData: Unexpected "
                        + "low surrogate in field name: 0xdfff"))
                .body("violations[0].field", equalTo("resultData"));
        // a control character in a key nested in result data, which Jackson reads with no key deserializer
        complete(WARD_POLICE, task, "{\"outcome\": \"APPROVE\", \"resultData\": {\"checks\": {\"k\\u0000\": true}}}")
                .statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://onestop.vn/problems/control-character"))
                .body("violations[0].field", equalTo("resultData.checks"))
                .body("violations[0].message", equalTo("has a key that contains the control character U+0000 at "
                        + "position 1"));
        complete(WARD_POLICE, task, "{\"outcome\": \"REJECT\", \"note\": \"Không \\udc00thuộc địa bàn\"}")
                .statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("note"));

        assertThat(snapshot(d)).as("the case, its tasks and its outbox").isEqualTo(before);
        complete(WARD_POLICE, task, "{\"outcome\": \"APPROVE\", \"resultData\": {\"remark\": \"\\ud83d\\ude00 đủ\"}}")
                .statusCode(200);
    }

    @Test
    void a_parameter_of_the_wrong_type_is_a_400_naming_it() {
        Dossier d = newDossier();
        submit(kafka, d, "P2", WARD_POLICE);
        String task = openTask(d, WARD_POLICE, "RECEIVE_CHECK");
        String before = snapshot(d);

        as(officer(WARD_POLICE)).queryParam("agency", WARD_POLICE).queryParam("limit", "abc").get("/api/v1/tasks")
                .then().statusCode(400).contentType(PROBLEM).body("type", equalTo(VALIDATION))
                .body("detail", equalTo("query parameter limit: 'abc' is not a whole number"))
                .body("violations[0].field", equalTo("limit"));
        as(officer(WARD_POLICE)).queryParam("limit", "99999999999").get("/api/v1/tasks").then().statusCode(400)
                .body("detail", equalTo("query parameter limit: '99999999999' is not a whole number from "
                        + "-2147483648 to 2147483647"));
        as(officer(WARD_POLICE)).get("/api/v1/cases/{id}", "not-a-uuid").then().statusCode(400).contentType(PROBLEM)
                .body("detail", equalTo("path parameter dossierId: 'not-a-uuid' is not a UUID "
                        + "(8-4-4-4-12 hexadecimal digits)"))
                .body("violations[0].field", equalTo("dossierId"));
        as(officer(WARD_POLICE)).post("/api/v1/tasks/{id}/claim", "0-0-0-0-0").then().statusCode(400)
                .body("violations[0].field", equalTo("id"));

        assertThat(snapshot(d)).isEqualTo(before);
        // the same operations with values of their types
        as(officer(WARD_POLICE)).queryParam("agency", WARD_POLICE).queryParam("limit", "200").get("/api/v1/tasks")
                .then().statusCode(200);
        as(officer(WARD_POLICE)).post("/api/v1/tasks/{id}/claim", task).then().statusCode(200);
    }

    @Test
    void a_uri_or_a_body_too_long_to_read_is_a_problem_and_changes_nothing() throws Exception {
        Dossier d = newDossier();
        submit(kafka, d, "P2", WARD_POLICE);
        String task = openTask(d, WARD_POLICE, "RECEIVE_CHECK");
        String before = snapshot(d);

        as(officer(WARD_POLICE)).queryParam("agency", "x".repeat(5000)).get("/api/v1/tasks").then().statusCode(414)
                .contentType(PROBLEM).body("type", equalTo("https://onestop.vn/problems/uri-too-long"))
                .body("violations[0].field", equalTo("uri"));
        // 10 MiB is processing's body limit (quarkus.http.limits.max-body-size, 10240K by default): the
        // answer comes before a byte of the body is sent
        String answer = rawRequest("POST /api/v1/tasks/" + task + "/complete HTTP/1.1\r\n"
                + "Authorization: Bearer " + officer(WARD_POLICE) + "\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + (10L * 1024 * 1024 + 1) + "\r\n");
        assertThat(answer).startsWith("HTTP/1.1 413 ").contains("Content-Type: application/problem+json")
                .contains("\"type\":\"https://onestop.vn/problems/body-too-large\"")
                .contains("at most 10485760 bytes");
        assertThat(snapshot(d)).isEqualTo(before);

        // Past Vert.x's own request-line limit (raised to 16384) the HTTP layer still answers by itself,
        // with a bare 414 and no body: no hook reaches it. What a client gets there, pinned.
        HttpResponse<String> bare = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(URI.create(root + "api/v1/tasks?agency=" + "x".repeat(17_000))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(bare.statusCode()).isEqualTo(414);
        assertThat(bare.body()).isEmpty();
        assertThat(bare.headers().firstValue("Content-Type")).isEmpty();
    }

    /** The case's version, status, due date and apologies, its tasks' states and versions, and its outbox rows. */
    private static String snapshot(Dossier d) {
        return QuarkusTransaction.requiringNew().call(() -> (String) CaseFile.getEntityManager().createNativeQuery("""
                        select c.version || '|' || c.status || '|' || coalesce(cast(c.due_at as text), '') || '|' || c.apologies
                            || '|' || (select count(*) from outbox_event o where o.ce_subject = cast(c.dossier_id as text))
                            || '|' || (select string_agg(t.id || ':' || t.status || ':' || t.version, ',' order by t.id)
                                       from task t where t.dossier_id = c.dossier_id)
                        from case_file c where c.dossier_id = ?1""")
                .setParameter(1, d.id()).getSingleResult());
    }

    /** A request head over a plain socket (it may declare a body it never sends); the whole answer. */
    private String rawRequest(String head) throws IOException {
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write((head + "Host: " + root.getHost() + ":" + root.getPort() + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
