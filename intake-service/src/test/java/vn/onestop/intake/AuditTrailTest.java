package vn.onestop.intake;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.onestop.contracts.EventType;
import vn.onestop.platform.audit.AuditEntry;
import vn.onestop.platform.audit.AuditTrail;
import vn.onestop.platform.testing.Concurrently;
import vn.onestop.platform.testing.EventTimes;
import vn.onestop.platform.testing.LocalIdentity;
import vn.onestop.platform.testing.TestKafka;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static vn.onestop.platform.testing.Tokens.as;
import static vn.onestop.platform.testing.Tokens.auditor;
import static vn.onestop.platform.testing.Tokens.citizen;
import static vn.onestop.platform.testing.Tokens.officer;

/**
 * The audit trail: every state-changing call (refused ones too) and every applied event, readable by
 * an auditor only, in hash chains that show a row edited by hand.
 */
@QuarkusTest
class AuditTrailTest {

    private static final TestKafka kafka = new TestKafka();

    @Inject
    AgroalDataSource dataSource;
    @Inject
    AuditTrail trail;

    @AfterAll
    static void close() {
        kafka.close();
    }

    private static String personId() {
        return "0012030" + String.format("%05d", (int) (Math.random() * 100_000));
    }

    private static List<Map<String, Object>> entriesAbout(String subject) {
        return as(auditor()).queryParam("dossier", subject).get("/api/v1/audit").then().statusCode(200)
                .extract().jsonPath().getList("items");
    }

    @Test
    void calls_and_refusals_on_a_dossier_are_recorded_with_the_token_s_person() {
        String applicant = personId();
        String stranger = personId();
        JsonPath created = IntakeFixtures.submit(UUID.randomUUID().toString(),
                IntakeFixtures.birthRegistration(IntakeFixtures.WARD_CENTRE, "ONLINE", applicant))
                .then().statusCode(201).extract().jsonPath();
        String code = created.getString("code");
        String withdrawal = "{\"reason\": \"Nộp nhầm\"}";
        as(citizen(stranger)).contentType("application/json").body(withdrawal)
                .post("/api/v1/dossiers/{code}/withdrawal", code).then().statusCode(404);
        as(citizen(applicant)).contentType("application/json").body(withdrawal)
                .post("/api/v1/dossiers/{code}/withdrawal", code).then().statusCode(200);

        List<Map<String, Object>> entries = entriesAbout(code);
        assertThat(entries).extracting(e -> e.get("action") + " " + e.get("outcome")).containsExactly(
                "POST /api/v1/dossiers 201",
                "POST /api/v1/dossiers/{code}/withdrawal 404",
                "POST /api/v1/dossiers/{code}/withdrawal 200");
        String applicantName = LocalIdentity.Person.citizen(applicant).username();
        assertThat(entries).extracting(e -> e.get("actor")).containsExactly(applicantName,
                LocalIdentity.Person.citizen(stranger).username(), applicantName);
        assertThat(entries).allSatisfy(e -> {
            assertThat((String) e.get("roles")).contains("citizen");
            assertThat((String) e.get("hash")).hasSize(64);
            assertThat(e.get("subject")).isEqualTo(code);
        });
        // a body field cannot name the actor: the entry holds the token's person, nothing from the request
        assertThat(entries.toString()).doesNotContain("Nộp nhầm");
    }

    @Test
    void an_applied_event_is_recorded_under_its_dossier_by_the_service_that_sent_it_and_found_by_code_or_id() {
        JsonPath created = IntakeFixtures.submit(UUID.randomUUID().toString(), IntakeFixtures.birthRegistration(personId()))
                .then().statusCode(201).extract().jsonPath();
        UUID id = UUID.fromString(created.getString("id"));
        String eventId = kafka.sendEvent("intake-test.onestop.processing.events.v1", EventType.DOSSIER_DECIDED, id, """
                {"dossierId": "%s", "dossierCode": "%s", "procedureId": "P1", "decision": "APPROVED",
                 "decidedAt": "%s", "decidedBy": "H22", "status": "DECIDED", "nationalStatusCode": 9,
                 "applicant": {"fullName": "A", "idNumber": "001203004570"}, "resultData": {}}"""
                .formatted(id, created.getString("code"), EventTimes.now()));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(entriesAbout(id.toString()))
                .filteredOn(e -> id.toString().equals(e.get("subject")))
                .singleElement().satisfies(e -> {
                    assertThat(e.get("action")).isEqualTo("apply DossierDecided " + eventId);
                    assertThat(e.get("roles")).isEqualTo("event");
                    assertThat((String) e.get("outcome")).startsWith("APPLIED");
                }));
        // the calls name the dossier by its code, the events by its id: either name gives the whole story
        List<Map<String, Object>> byId = entriesAbout(id.toString());
        assertThat(byId).extracting(e -> e.get("action")).containsExactly("POST /api/v1/dossiers",
                "apply DossierDecided " + eventId);
        assertThat(entriesAbout(created.getString("code"))).isEqualTo(byId);
    }

    @Test
    void only_an_auditor_reads_the_trail() {
        given().queryParam("dossier", "x").get("/api/v1/audit").then().statusCode(401)
                .contentType("application/problem+json");
        for (String token : List.of(citizen(personId()), officer(IntakeFixtures.WARD_CENTRE))) {
            as(token).queryParam("dossier", "x").get("/api/v1/audit").then().statusCode(403)
                    .contentType("application/problem+json");
            as(token).get("/api/v1/audit/verification").then().statusCode(403);
        }
        as(auditor()).get("/api/v1/audit").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("dossier"));
    }

    @Test
    void the_trail_refuses_changes_and_a_row_edited_by_hand_is_found() throws SQLException {
        String code = IntakeFixtures.submit(UUID.randomUUID().toString(), IntakeFixtures.birthRegistration(personId()))
                .then().statusCode(201).extract().path("code");
        Map<String, Object> entry = entriesAbout(code).get(0);
        long id = ((Number) entry.get("id")).longValue();
        as(auditor()).get("/api/v1/audit/verification").then().statusCode(200).body("intact", equalTo(true));

        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            assertThatThrownBy(() -> sql.executeUpdate("update audit_entry set actor = 'someone-else' where id = " + id))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> sql.executeUpdate("delete from audit_entry where id = " + id))
                    .hasMessageContaining("append-only");
            // what only the table's owner can do: switch the guard off and edit the row
            handEdit(sql, "update audit_entry set actor = 'someone-else' where id = " + id);
            try {
                as(auditor()).get("/api/v1/audit/verification").then().statusCode(200)
                        .body("intact", equalTo(false))
                        .body("breaks.size()", equalTo(1))
                        .body("breaks[0].id", equalTo((int) id))
                        .body("breaks[0].reason", org.hamcrest.Matchers.containsString("changed"));
            } finally {
                handEdit(sql, "update audit_entry set actor = '" + entry.get("actor") + "' where id = " + id);
            }
        }
        as(auditor()).get("/api/v1/audit/verification").then().statusCode(200).body("intact", equalTo(true));
    }

    @Test
    void appends_to_one_chain_at_once_each_take_their_own_position_and_the_chain_stays_intact() throws Exception {
        String subject = "audit-contention-" + UUID.randomUUID();
        int threads = 8;
        int each = 10;
        List<List<AuditEntry>> appended = Concurrently.run(threads, Duration.ofSeconds(120), thread -> {
            List<AuditEntry> mine = new ArrayList<>();
            for (int i = 0; i < each; i++) {
                String action = "append " + thread + "." + i;
                mine.add(QuarkusTransaction.requiringNew().call(() -> trail.record(new AuditEntry.Draft(
                        Instant.now(), "contention-test", null, null, subject, action, "OK"))));
            }
            return mine;
        });

        Map<Long, String> hashByPosition = new java.util.HashMap<>();
        appended.forEach(mine -> mine.forEach(entry -> hashByPosition.put(entry.position(), entry.hash())));
        assertThat(hashByPosition).as("every append got its own position").hasSize(threads * each);
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(
                "select position, hash from audit_entry where subject = ? order by position")) {
            query.setString(1, subject);
            Map<Long, String> stored = new java.util.HashMap<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    stored.put(rows.getLong(1), rows.getString(2));
                }
            }
            assertThat(stored).as("what each append answered is what the table holds").isEqualTo(hashByPosition);
        }
        as(auditor()).get("/api/v1/audit/verification").then().statusCode(200).body("intact", equalTo(true));
    }

    private static void handEdit(Statement sql, String update) throws SQLException {
        sql.execute("alter table audit_entry disable trigger audit_entry_append_only");
        try {
            sql.executeUpdate(update);
        } finally {
            sql.execute("alter table audit_entry enable trigger audit_entry_append_only");
        }
    }
}
