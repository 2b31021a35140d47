package vn.onestop.processing.deadline;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.onestop.contracts.ContractValidator;
import vn.onestop.contracts.EventType;
import vn.onestop.platform.testing.EventTimes;
import vn.onestop.platform.testing.TestKafka;
import vn.onestop.processing.ProcessingFixtures;
import vn.onestop.processing.ProcessingFixtures.Dossier;
import vn.onestop.processing.deadline.service.DeadlineWatch;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.onestop.platform.testing.Tokens.as;
import static vn.onestop.platform.testing.Tokens.officer;
import static vn.onestop.processing.ProcessingFixtures.WARD_POLICE;
import static vn.onestop.processing.ProcessingFixtures.caseStatus;
import static vn.onestop.processing.ProcessingFixtures.complete;
import static vn.onestop.processing.ProcessingFixtures.eventWhere;
import static vn.onestop.processing.ProcessingFixtures.newDossier;
import static vn.onestop.processing.ProcessingFixtures.openTask;
import static vn.onestop.processing.ProcessingFixtures.submit;

/**
 * The watch reads only the clocks whose stored moment has come: open dossiers not due are neither
 * read nor changed, and a dossier paused for a supplement is neither announced nor looked at again
 * until its clock runs again.
 */
@QuarkusTest
class DeadlineWatchSelectionTest {

    private static final TestKafka kafka = new TestKafka();
    private static final int OPEN_NOT_DUE = 300;

    @Inject
    DeadlineWatch watch;
    @Inject
    EntityManager entityManager;

    private final String run = "SEL-" + UUID.randomUUID().toString().substring(0, 8) + "-";

    @AfterAll
    static void close() {
        kafka.close();
    }

    @AfterEach
    void remove() {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "delete from case_file where dossier_code like ?1").setParameter(1, run + "%").executeUpdate());
    }

    private <T> T sql(String query, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var q = entityManager.createNativeQuery(query);
            for (int i = 0; i < parameters.length; i++) {
                q.setParameter(i + 1, parameters[i]);
            }
            @SuppressWarnings("unchecked")
            T result = (T) q.getSingleResult();
            return result;
        });
    }

    private long count(String query, Object... parameters) {
        return this.<Number>sql(query, parameters).longValue();
    }

    /** When the watch will next look at the dossier's own clock (null: never, as things stand). */
    private Object caseMoment(Dossier d) {
        return sql("select next_watch_at from case_file where dossier_id = ?1", d.id());
    }

    private long stepsWatched(Dossier d) {
        return count("select count(*) from task where dossier_id = ?1 and next_watch_at is not null", d.id());
    }

    private long alerts(Dossier d) {
        return count("select count(*) from outbox_event where ce_subject = ?1 and ce_type in (?2, ?3)", d.id().toString(),
                EventType.DOSSIER_AT_RISK.ceType(), EventType.DOSSIER_OVERDUE.ceType());
    }

    @Test
    void among_many_open_dossiers_only_the_one_whose_moment_has_come_is_read_and_announced() {
        // many open dossiers due in 20 days, planned as the service plans them
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        insert into case_file (dossier_id, dossier_code, procedure_id, competent_agency, applicant_name,
                            applicant_id_number, status, received_at, due_at, next_watch_at)
                        select gen_random_uuid(), ?1 || g, 'P2', ?2, 'Nguyễn Văn Thử', '001203004567',
                            'IN_PROCESS', now(), now() + interval '20 days', now() + interval '19 days'
                        from generate_series(1, ?3) g""")
                .setParameter(1, run).setParameter(2, WARD_POLICE).setParameter(3, OPEN_NOT_DUE).executeUpdate());
        // and one received 60 days ago: overdue at once
        Dossier late = newDossier();
        kafka.sendEvent(ProcessingFixtures.DOSSIERS, EventType.DOSSIER_SUBMITTED, late.id(), ProcessingFixtures.submitted(
                late, "P2", WARD_POLICE, OffsetDateTime.now(ZoneOffset.UTC).minusDays(60)));
        await().atMost(Duration.ofSeconds(30)).until(() -> "IN_PROCESS".equals(caseStatus(late)) && stepsWatched(late) > 0);
        assertThat(caseMoment(late)).as("planned when its workflow started").isNotNull();

        Instant now = Instant.now();
        long dueDossiers = count("select count(*) from case_file where next_watch_at <= ?1", now.atOffset(ZoneOffset.UTC));
        long versions = count("select coalesce(sum(version), 0) from case_file where dossier_code like ?1", run + "%");
        DeadlineWatch.Round round = watch.round(now);

        assertThat(round.dossiersLooked()).as("the dossiers whose moment had come, no other")
                .isBetween(1, (int) dueDossiers);
        assertThat(dueDossiers).as("the open dossiers not due are not among them").isLessThan(OPEN_NOT_DUE);
        assertThat(count("select coalesce(sum(version), 0) from case_file where dossier_code like ?1", run + "%"))
                .as("no dossier not due was changed").isEqualTo(versions);
        assertThat(count("select count(*) from case_file where dossier_code like ?1 and next_watch_at <= ?2",
                run + "%", now.atOffset(ZoneOffset.UTC))).isZero();
        eventWhere(kafka, late, EventType.DOSSIER_OVERDUE, e -> !e.has("step") || e.get("step").isNull());
        eventWhere(kafka, late, EventType.DOSSIER_OVERDUE, e -> "RECEIVE_CHECK".equals(e.path("step").asText()));
        assertThat(caseMoment(late)).as("everything announced: nothing left to look at").isNull();
        assertThat(round.batches()).isEqualTo(1);

        assertThat(alerts(late)).as("the dossier and its first step, overdue").isEqualTo(2);

        // looking again at the same moment finds nothing and announces nothing
        DeadlineWatch.Round again = watch.round(now);
        assertThat(again.announced()).isZero();
        assertThat(again.dossiersLooked() + again.stepsLooked()).isZero();
        assertThat(alerts(late)).isEqualTo(2);
    }

    @Test
    void a_dossier_paused_for_a_supplement_is_not_announced_and_watched_again_when_it_resumes() {
        Dossier d = newDossier();
        submit(kafka, d, "P2", WARD_POLICE);
        String task = openTask(d, WARD_POLICE, "RECEIVE_CHECK");
        OffsetDateTime due = OffsetDateTime.parse(as(officer(WARD_POLICE)).get("/api/v1/cases/{id}", d.id())
                .then().statusCode(200).extract().<String>path("dueAt"));
        assertThat(caseMoment(d)).isNotNull();
        complete(WARD_POLICE, task, """
                {"outcome": "REQUEST_SUPPLEMENT", "missingItems": ["Giấy tờ chứng minh chỗ ở hợp pháp"]}""").statusCode(200);
        assertThat(caseStatus(d)).isEqualTo("SUPPLEMENT_REQUESTED");
        assertThat(caseMoment(d)).as("its clock stands: not watched").isNull();

        // long past its due date and its step's, nothing is announced while it waits for the applicant
        Instant late = due.plusDays(3).toInstant();
        watch.round(late);
        assertThat(alerts(d)).isZero();
        assertThat(stepsWatched(d)).as("its open step is not looked at again either").isZero();
        assertThat(count("select count(*) from case_file where dossier_id = ?1 and (at_risk_announced or overdue_announced)",
                d.id())).isZero();
        watch.round(late.plusSeconds(60));
        assertThat(alerts(d)).isZero();

        // the supplement arrives: the clock runs again, and the dossier and its step are watched again
        String supplemented = """
                {"dossierId": "%s", "dossierCode": "%s", "round": 1, "supplementedAt": "%s",
                 "components": [{"code": "LAWFUL_RESIDENCE_PROOF", "digitizationState": 1, "source": "UPLOAD"}]}
                """.formatted(d.id(), d.code(), EventTimes.now());
        ContractValidator.shared().requireValid(EventType.DOSSIER_SUPPLEMENTED, supplemented);
        kafka.sendEvent(ProcessingFixtures.DOSSIERS, EventType.DOSSIER_SUPPLEMENTED, d.id(), supplemented);
        await().atMost(Duration.ofSeconds(30)).until(() -> "IN_PROCESS".equals(caseStatus(d)));
        assertThat(caseMoment(d)).isNotNull();
        assertThat(stepsWatched(d)).isEqualTo(1);
    }
}
