package vn.onestop.rating.portal;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.onestop.platform.messaging.QueryGauges;
import vn.onestop.platform.testing.Metrics;
import vn.onestop.platform.testing.TestKafka;
import vn.onestop.rating.support.Db;
import vn.onestop.rating.support.PortalStub;
import vn.onestop.rating.support.TestDossier;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static vn.onestop.platform.testing.Tokens.as;
import static vn.onestop.platform.testing.Tokens.operator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;

/** The national portal sync against WireMock playing the portal, including its failures. */
@QuarkusTest
class PortalSyncTest {

    private static final TestKafka kafka = new TestKafka();

    @Inject
    Db db;
    @Inject
    QueryGauges gauges;

    @AfterAll
    static void close() {
        kafka.close();
    }

    @AfterEach
    void portalUp() {
        PortalStub.up();
    }

    private static List<LoggedRequest> pushesOf(TestDossier d) {
        return PortalStub.portal.findAll(postRequestedFor(urlEqualTo(PortalStub.PATH))
                        .withRequestBody(matchingJsonPath("$.MaHoSo", equalTo(d.code)))).stream()
                .sorted(Comparator.comparing(LoggedRequest::getLoggedDate)).toList();
    }

    private static io.restassured.response.ValidatableResponse syncOf(TestDossier d, String state) {
        return as(operator()).queryParam("status", state).queryParam("dossierCode", d.code).get("/api/v1/portal-sync")
                .then().statusCode(200)
                .body("items.find { it.dossierCode == '" + d.code + "' }.state", org.hamcrest.Matchers.equalTo(state));
    }

    @Test
    void a_503_is_retried_and_the_push_then_succeeds() {
        TestDossier d = new TestDossier(kafka, "P1", "COUNTER", "002.01.20.H22", "000.01.20.H22", "2026-11-26T09:00",
                "2026-11-26T17:00", 1, 1);
        PortalStub.portal.stubFor(post(urlEqualTo(PortalStub.PATH)).atPriority(1)
                .withRequestBody(matchingJsonPath("$.MaHoSo", equalTo(d.code)))
                .inScenario("503 " + d.code).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503).withBody("Hệ thống đang bảo trì"))
                .willSetStateTo("up"));
        PortalStub.portal.stubFor(post(urlEqualTo(PortalStub.PATH)).atPriority(1)
                .withRequestBody(matchingJsonPath("$.MaHoSo", equalTo(d.code)))
                .inScenario("503 " + d.code).whenScenarioStateIs("up")
                .willReturn(okJson("{\"error_code\": 0}")));
        d.submitted();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> syncOf(d, "SYNCED")
                .body("items.find { it.dossierCode == '" + d.code + "' }.attempts", org.hamcrest.Matchers.equalTo(2))
                .body("items.find { it.dossierCode == '" + d.code + "' }.syncedNationalStatus",
                        org.hamcrest.Matchers.equalTo(2)));
        List<LoggedRequest> pushes = pushesOf(d);
        assertThat(pushes).hasSize(2);
        assertThat(pushes.get(0).getHeader("Idempotency-Key")).isEqualTo(pushes.get(1).getHeader("Idempotency-Key"));
        assertThat(pushes.get(0).getHeader("Authorization")).isEqualTo("Basic " + Base64.getEncoder()
                .encodeToString((PortalStub.USER + ":" + PortalStub.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        JsonPath body = JsonPath.from(pushes.get(1).getBodyAsString());
        assertThat(body.getString("MaHoSo")).isEqualTo(d.code);
        assertThat(body.getString("MaTTHC")).isEqualTo("1.001193");
        assertThat(body.getString("ChuHoSo")).isEqualTo("Nguyễn Văn An");
        assertThat(body.getString("MaDoiTuong")).isEqualTo("096185000321");
        assertThat(body.getString("NgayTiepNhan")).isEqualTo("26/11/2026 09:00:00");
        assertThat(body.getString("NgayHenTra")).isEqualTo("26/11/2026 17:00:00");
        assertThat(body.getInt("TrangThaiHoSo")).isEqualTo(2);
        assertThat(body.getString("DonViXuLy")).isEqualTo("000.01.20.H22");
        assertThat(body.getInt("KenhThucHien")).isEqualTo(1);
        assertThat(body.getInt("SoLanBoSung")).isEqualTo(0);
    }

    /** The states of the dossier's portal_sync rows, in the order of its changes. */
    private String rowsOf(TestDossier d) {
        return (String) db.one("select coalesce(string_agg(status, ',' order by seq), '') from portal_sync "
                + "where dossier_id = ?1", d.id);
    }

    @Test
    void a_change_refused_for_good_stays_failed_when_a_later_change_is_pushed() {
        TestDossier d = new TestDossier(kafka, "P1", "COUNTER", "002.01.20.H22", "000.01.20.H22", "2026-11-26T10:00",
                "2026-11-26T17:00", 1, 1);
        PortalStub.portal.stubFor(post(urlEqualTo(PortalStub.PATH)).atPriority(1)
                .withRequestBody(matchingJsonPath("$.MaHoSo", equalTo(d.code)))
                .inScenario("400 " + d.code).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(400).withBody("{\"error_code\": 1, \"message\": \"MaTTHC không hợp lệ\"}"))
                .willSetStateTo("refused"));
        d.submitted();
        await().atMost(Duration.ofSeconds(30)).until(() -> rowsOf(d).equals("FAILED"));

        d.started(d.receivedAt);
        await().atMost(Duration.ofSeconds(30)).until(() -> rowsOf(d).endsWith(",SENT"));
        // the push of the later change records that change only: the refused one keeps its state and error
        assertThat(rowsOf(d)).isEqualTo("FAILED,SENT");
        assertThat((String) db.one("select last_error from portal_sync where dossier_id = ?1 order by seq limit 1", d.id))
                .contains("HTTP 400");
        assertThat(pushesOf(d)).as("a refusal for good is not retried").hasSize(2);
    }

    @Test
    void while_the_portal_is_down_changes_wait_in_order_and_catch_up_when_it_is_back() {
        PortalStub.portal.stubFor(post(urlEqualTo(PortalStub.PATH)).atPriority(1)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        List<TestDossier> dossiers = List.of(
                new TestDossier(kafka, "P2", "ONLINE", "002.03.20.H22", "000.03.20.H22", "2026-11-23T09:00",
                        "2026-12-02T09:00", 1),
                new TestDossier(kafka, "P2", "COUNTER", "002.03.20.H22", "000.03.20.H22", "2026-11-23T10:00",
                        "2026-12-02T10:00", 0),
                new TestDossier(kafka, "P2", "POSTAL", "002.03.20.H22", "000.03.20.H22", "2026-11-23T11:00",
                        "2026-12-02T11:00", 1));
        for (TestDossier d : dossiers) {
            d.submitted();
        }
        // the first change of each dossier fails and is retried; the later ones wait behind it
        for (TestDossier d : dossiers) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> syncOf(d, "FAILING")
                    .body("items.find { it.dossierCode == '" + d.code + "' }.lastError", containsString("unreachable")));
            d.started(d.receivedAt).supplementRequested(1, "2026-11-24T09:00")
                    .resumed("2026-11-24T09:00", "2026-11-25T09:00", "2026-12-03T09:00")
                    .decided("APPROVED", "2026-11-27T09:00", "EARLY");
        }
        // the result comes on another topic: sent once the processing events are folded, so that each
        // change's state is the one right after its own event, as in real life
        await().atMost(Duration.ofSeconds(30)).until(() -> db.folded(Db.all(dossiers)) == Db.all(dossiers).size());
        dossiers.forEach(d -> d.resultIssued("2026-11-27T09:10"));
        await().atMost(Duration.ofSeconds(30)).until(() -> db.folded(Db.all(dossiers)) == Db.all(dossiers).size());
        as(operator()).get("/api/v1/portal-sync/summary").then().statusCode(200)
                .body("byState.FAILING", greaterThanOrEqualTo(3))
                .body("completeness", lessThan(1.0f));
        // retried with backoff while the portal stays down
        for (TestDossier d : dossiers) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> syncOf(d, "FAILING")
                    .body("items.find { it.dossierCode == '" + d.code + "' }.attempts", greaterThanOrEqualTo(2))
                    .body("items.find { it.dossierCode == '" + d.code + "' }.synced", org.hamcrest.Matchers.equalTo(0)));
        }
        int[] duringOutage = dossiers.stream().mapToInt(d -> pushesOf(d).size()).toArray();
        // the operator sees the queue: at least the 18 changes of these dossiers wait
        double queued = await().ignoreExceptions().atMost(Duration.ofSeconds(30)).until(this::pendingGauge, q -> q >= 18);
        PortalStub.up();

        for (int i = 0; i < dossiers.size(); i++) {
            TestDossier d = dossiers.get(i);
            // after the outage every change queued meanwhile is pushed, one by one, in order
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> syncOf(d, "SYNCED")
                    .body("items.find { it.dossierCode == '" + d.code + "' }.changes", org.hamcrest.Matchers.equalTo(6))
                    .body("items.find { it.dossierCode == '" + d.code + "' }.synced", org.hamcrest.Matchers.equalTo(6))
                    .body("items.find { it.dossierCode == '" + d.code + "' }.syncedNationalStatus",
                            org.hamcrest.Matchers.equalTo(9)));
            List<LoggedRequest> pushes = pushesOf(d);
            assertThat(pushes.size()).isGreaterThan(duringOutage[i]);
            // the portal saw every state of the dossier in the order they happened (received 2, in process
            // 4, supplement 5, in process 4, decided 9), none skipped, never an older one after a newer one
            List<Integer> seen = new java.util.ArrayList<>();
            for (LoggedRequest r : pushes) {
                int status = JsonPath.from(r.getBodyAsString()).getInt("TrangThaiHoSo");
                if (seen.isEmpty() || seen.get(seen.size() - 1) != status) {
                    seen.add(status);
                }
            }
            assertThat(seen).as("states pushed").containsExactly(2, 4, 5, 4, 9);
            JsonPath last = JsonPath.from(pushes.get(pushes.size() - 1).getBodyAsString());
            assertThat(last.getInt("TrangThaiHoSo")).isEqualTo(9);
            assertThat(last.getInt("SoLanBoSung")).isEqualTo(1);
            assertThat(last.getString("NgayHenTra")).isEqualTo("03/12/2026 09:00:00");
            assertThat(last.getString("NgayKetThucXuLy")).isEqualTo("27/11/2026 09:00:00");
            assertThat(last.getString("KetQuaXuLy")).isEqualTo("APPROVED");
            assertThat(last.getList("DanhSachGiayToKetQua")).hasSize(1);
        }
        as(operator()).get("/api/v1/portal-sync/summary").then().statusCode(200).body("byState.FAILING", org.hamcrest.Matchers.equalTo(0));
        // and sees it drain: these dossiers' changes are gone from it
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(pendingGauge())
                .isLessThanOrEqualTo(queued - 18));
    }

    /** The pending gauge once refreshed, checked against the table it is read from. */
    private double pendingGauge() {
        gauges.refresh();
        double pending = Metrics.sum("onestop_portal_sync_pending");
        assertThat(pending).isEqualTo(db.count("select count(*) from portal_sync where status not in ('SENT', 'FAILED')"));
        return pending;
    }
}
