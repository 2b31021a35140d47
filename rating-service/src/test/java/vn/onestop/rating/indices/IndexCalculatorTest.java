package vn.onestop.rating.indices;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.onestop.rating.feedback.domain.FeedbackHandling;
import vn.onestop.rating.indices.domain.FeedbackRow;
import vn.onestop.rating.indices.domain.IndexCalculator;
import vn.onestop.rating.indices.domain.IndexFigures;
import vn.onestop.rating.indices.domain.Period;
import vn.onestop.rating.indices.domain.RatingRow;
import vn.onestop.rating.portal.domain.SyncState;
import vn.onestop.rating.projection.domain.ComponentFact;
import vn.onestop.rating.projection.domain.DossierFact;
import vn.onestop.rating.projection.domain.ResultFact;
import vn.onestop.rating.projection.domain.Timeliness;
import vn.onestop.rating.ratings.domain.Answer;
import vn.onestop.rating.ratings.domain.EvaluationGrade;
import vn.onestop.rating.ratings.domain.SatisfactionLevel;
import vn.onestop.rating.ratings.domain.SipasFactors;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class IndexCalculatorTest {

    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    static final Period MARCH = new Period(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31), VN);

    static OffsetDateTime t(String local) {
        return local == null ? null : OffsetDateTime.parse(local + "+07:00").withOffsetSameInstant(ZoneOffset.UTC);
    }

    static DossierFact dossier(String channel, String received, String due, String decided, String decision,
                               Timeliness status, boolean result, int... componentStates) {
        DossierFact f = new DossierFact(UUID.randomUUID());
        f.channel = channel;
        f.receivedAt = t(received);
        f.dueAt = t(due);
        f.decidedAt = t(decided);
        f.decision = decision;
        f.finishedStatus = status;
        if (result) {
            f.results = List.of(new ResultFact(UUID.randomUUID(), "1", "CERTIFICATE", "x", t(decided)));
        }
        List<ComponentFact> components = new ArrayList<>();
        for (int i = 0; i < componentStates.length; i++) {
            components.add(new ComponentFact("C" + i, componentStates[i], "UPLOAD"));
        }
        f.components = components;
        return f;
    }

    static RatingRow rating(SatisfactionLevel overall, Answer published, int points) {
        return new RatingRow(UUID.randomUUID(), t("2024-03-28T10:00:00"), overall,
                new SipasFactors(overall, overall, SatisfactionLevel.NEUTRAL, overall, SatisfactionLevel.VERY_DISSATISFIED),
                published, points, EvaluationGrade.of(points));
    }

    /** An online submission the centre accepts by hand: filed, then accepted, refused or withdrawn (or not yet). */
    static DossierFact filed(String filedAt) {
        DossierFact f = new DossierFact(UUID.randomUUID());
        f.channel = "ONLINE";
        f.filedAt = t(filedAt);
        return f;
    }

    /**
     * Statuses 1 and 3 in March, by hand: five filed in March (a, b, c, d, e), one in February (old);
     * a accepted on 5 Mar (received: counted as received, not as waiting); b refused with the
     * guidance slip, c with the refusal slip; d withdrawn before the centre answered (never received:
     * neither received nor withdrawn in the figures); e and old still waiting at the end of March;
     * f filed in March and accepted on 2 April (waiting at the end of March).
     */
    @Test
    void online_submissions_waiting_accepted_and_refused_at_intake() {
        DossierFact a = filed("2024-03-04T09:00:00");
        a.receivedAt = t("2024-03-05T08:00:00");
        a.dueAt = t("2024-03-12T08:00:00");
        DossierFact b = filed("2024-03-06T09:00:00");
        b.refusedAt = t("2024-03-07T09:00:00");
        b.refusalSlip = "GUIDANCE";
        DossierFact c = filed("2024-03-08T09:00:00");
        c.refusedAt = t("2024-03-08T15:00:00");
        c.refusalSlip = "REFUSAL";
        DossierFact d = filed("2024-03-11T09:00:00");
        d.withdrawnAt = t("2024-03-12T09:00:00");
        DossierFact e = filed("2024-03-29T09:00:00");
        DossierFact old = filed("2024-02-27T09:00:00");
        DossierFact f = filed("2024-03-30T09:00:00");
        f.receivedAt = t("2024-04-02T08:00:00");

        IndexFigures figures = IndexCalculator.compute(MARCH, MARCH.end().toInstant(), List.of(a, b, c, d, e, old, f),
                List.of(), List.of(), Map.of());

        assertThat(figures.acceptance()).isEqualTo(new IndexFigures.Acceptance(6, 1, 2, 1, 1, 3));
        assertThat(figures.received()).as("only a was received in March").isEqualTo(1);
        assertThat(figures.withdrawn()).as("d was never received").isZero();
        assertThat(figures.inProcess()).isEqualTo(1);
    }

    @Test
    void figures_of_a_small_month() {
        DossierFact feb = dossier("COUNTER", "2024-02-26T09:00:00", "2024-03-04T09:00:00", "2024-03-05T10:00:00",
                "APPROVED", Timeliness.LATE, true, 0, 1);
        DossierFact early = dossier("ONLINE", "2024-03-05T08:00:00", "2024-03-07T08:00:00", "2024-03-06T10:00:00",
                "APPROVED", Timeliness.EARLY, true, 1, 3);
        DossierFact rejected = dossier("ONLINE", "2024-03-06T09:00:00", "2024-03-08T09:00:00", "2024-03-07T09:00:00",
                "REJECTED", Timeliness.EARLY, false, 2);
        DossierFact noStatus = dossier("POSTAL", "2024-03-06T09:00:00", "2024-03-08T09:00:00", "2024-03-08T09:00:00",
                "APPROVED", null, false, 0);
        DossierFact overdue = dossier("COUNTER", "2024-03-20T09:00:00", "2024-03-27T09:00:00", null, null, null, false, 1);
        DossierFact onTime = dossier("ONLINE", "2024-03-25T09:00:00", "2024-04-03T09:00:00", null, null, null, false, 1);
        DossierFact withdrawn = dossier("COUNTER", "2024-03-15T09:00:00", "2024-03-22T09:00:00", null, null, null, false, 0);
        withdrawn.withdrawnAt = t("2024-03-18T10:00:00");
        List<DossierFact> dossiers = List.of(feb, early, rejected, noStatus, overdue, onTime, withdrawn);
        Map<UUID, SyncState> sync = Map.of(early.dossierId, SyncState.SYNCED, rejected.dossierId, SyncState.SYNCED,
                noStatus.dossierId, SyncState.FAILING, overdue.dossierId, SyncState.SYNCED, onTime.dossierId,
                SyncState.PENDING, withdrawn.dossierId, SyncState.SYNCED, feb.dossierId, SyncState.SYNCED);
        List<RatingRow> ratings = List.of(rating(SatisfactionLevel.VERY_SATISFIED, Answer.YES, 18),
                rating(SatisfactionLevel.NEUTRAL, Answer.PARTLY, 11), rating(SatisfactionLevel.SATISFIED, Answer.NO, 12));
        Instant asOf = MARCH.end().toInstant();
        List<FeedbackRow> feedback = List.of(
                new FeedbackRow("a", t("2024-03-14T09:00:00"), new FeedbackHandling(t("2024-03-28T09:00:00").toInstant(),
                        t("2024-03-20T10:00:00").toInstant(), true), null),
                new FeedbackRow("a", t("2024-03-18T09:00:00"), new FeedbackHandling(t("2024-03-25T09:00:00").toInstant(),
                        t("2024-03-26T10:00:00").toInstant(), false), null),
                new FeedbackRow("a", t("2024-03-27T09:00:00"), new FeedbackHandling(t("2024-04-10T09:00:00").toInstant(),
                        null, null), "E1"));
        early.code = "E1";
        early.onlineService = "FULL";
        noStatus.onlineService = "FULL";
        overdue.onlineService = "PARTIAL";
        onTime.feeBearing = true;
        onTime.paidOnlineAt = t("2024-03-25T10:00:00");
        overdue.feeBearing = true;
        // paid online but owing no fee (a requested tax): not a fee-bearing dossier of the criterion
        rejected.paidOnlineAt = t("2024-03-06T10:00:00");

        IndexFigures f = IndexCalculator.compute(MARCH, asOf, dossiers, ratings, feedback, sync);

        assertThat(f.received()).isEqualTo(6);
        assertThat(f.receivedByChannel()).containsExactly(Map.entry("ONLINE", 3L), Map.entry("COUNTER", 2L),
                Map.entry("POSTAL", 1L));
        assertThat(f.onlineRate()).isCloseTo(0.5, within(1e-9));
        assertThat(f.finishedEarly()).isEqualTo(2);
        assertThat(f.finishedOnTime()).as("no finished status, due date reached exactly").isEqualTo(1);
        assertThat(f.finishedLate()).isEqualTo(1);
        assertThat(f.onTimeRate()).isCloseTo(0.75, within(1e-9));
        assertThat(f.withdrawn()).isEqualTo(1);
        assertThat(f.inProcess()).isEqualTo(2);
        assertThat(f.inProcessOnTime()).isEqualTo(1);
        assertThat(f.overdue()).isEqualTo(1);
        assertThat(f.digitization().byState()).containsExactly(Map.entry("0", 2L), Map.entry("1", 3L),
                Map.entry("2", 1L), Map.entry("3", 1L));
        assertThat(f.digitization().digitizedRate()).isCloseTo(5 / 7.0, within(1e-9));
        assertThat(f.digitization().reuseRate()).isCloseTo(2 / 7.0, within(1e-9));
        assertThat(f.digitization().approved()).isEqualTo(3);
        assertThat(f.digitization().resultsDigitized()).isEqualTo(2);
        assertThat(f.satisfaction().ratings()).isEqualTo(3);
        assertThat(f.satisfaction().satisfiedShare()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(f.satisfaction().averageLevel()).isCloseTo(4.0, within(1e-9));
        assertThat(f.satisfaction().factors().get("officials")).isCloseTo(3.0, within(1e-9));
        assertThat(f.satisfaction().factors().get("feedbackHandling")).isCloseTo(1.0, within(1e-9));
        assertThat(f.satisfaction().procedurePublishedShare()).isCloseTo(0.5, within(1e-9));
        assertThat(f.satisfaction().averageEvaluationPoints()).isCloseTo(41 / 3.0, within(1e-9));
        assertThat(f.satisfaction().grades()).containsEntry("EXCELLENT", 1L).containsEntry("GOOD", 1L)
                .containsEntry("FAIR", 1L);
        assertThat(f.feedback().settled()).isEqualTo(2);
        assertThat(f.feedbackOnTimeRate()).isCloseTo(0.5, within(1e-9));
        assertThat(f.feedback().satisfactionRate()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(f.portalSync().dossiers()).isEqualTo(6);
        assertThat(f.portalSync().synced()).isEqualTo(4);
        // per dossier received in March (six): no paper left in four; early (3) and rejected (2) reuse;
        // only early has a result in its owner's store
        assertThat(f.digitization().dossiers()).isEqualTo(6);
        assertThat(f.digitization().fullyDigitized()).isEqualTo(4);
        assertThat(f.digitization().reusing()).isEqualTo(2);
        assertThat(f.digitization().linkedToStore()).isEqualTo(1);
        assertThat(f.digitization().linkedToStoreRate()).isCloseTo(1 / 6.0, within(1e-9));
        // FULL procedures: early (online) and noStatus (postal)
        assertThat(f.onlineService().fullProcessDossiers()).isEqualTo(2);
        assertThat(f.onlineService().rate()).isCloseTo(0.5, within(1e-9));
        // owing a fee: onTime (paid online) and overdue (not paid)
        assertThat(f.payment().feeBearingDossiers()).isEqualTo(2);
        assertThat(f.payment().paidOnline()).isEqualTo(1);
        assertThat(f.payment().rate()).isCloseTo(0.5, within(1e-9));
        // handling: four decided in March; feb late, early the subject of feedback
        assertThat(f.handling().finished()).isEqualTo(4);
        assertThat(f.handling().withProblem()).isEqualTo(2);
        assertThat(f.handling().rate()).isCloseTo(0.5, within(1e-9));
    }

    /**
     * The portal's rule compares dates (Asia/Ho_Chi_Minh): due Friday 8 March 2024 09:00. What the
     * event said (LATE from a producer that compared instants) does not count; the dates do.
     */
    @ParameterizedTest(name = "[{index}] decided {0} (event said {1}): {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2024-03-08T09:00:00 | ON_TIME | ON_TIME | at the due instant
            2024-03-08T16:30:00 | LATE    | ON_TIME | the due date after the due hour: on time by date
            2024-03-08T23:59:00 | LATE    | ON_TIME | the last minute of the due date
            2024-03-09T00:00:00 | LATE    | LATE    | the next day
            2024-03-07T17:00:00 | EARLY   | EARLY   | the day before
            """)
    void finished_by_date_not_by_hour(String decided, Timeliness eventSaid, Timeliness expected, String why) {
        DossierFact d = dossier("ONLINE", "2024-03-06T09:00:00", "2024-03-08T09:00:00", decided, "APPROVED",
                eventSaid, true, 1);
        IndexFigures f = IndexCalculator.compute(MARCH, MARCH.end().toInstant(), List.of(d), List.of(), List.of(), Map.of());
        assertThat(new long[]{f.finishedEarly(), f.finishedOnTime(), f.finishedLate()}).containsExactly(
                expected == Timeliness.EARLY ? 1 : 0, expected == Timeliness.ON_TIME ? 1 : 0,
                expected == Timeliness.LATE ? 1 : 0);
    }

    /** Open, due Friday 8 March 2024 09:00: overdue in the reports from Saturday 9 March 00:00 local time. */
    @ParameterizedTest(name = "[{index}] as of {0}: overdue {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2024-03-08T09:01:00 | false | a minute past the due hour, still the due date
            2024-03-09T00:00:00 | false | a period ending at midnight judges by its last day, the due date
            2024-03-09T00:01:00 | true  | the next day
            """)
    void open_dossiers_overdue_by_date(String asOf, boolean overdue, String why) {
        DossierFact d = dossier("ONLINE", "2024-03-06T09:00:00", "2024-03-08T09:00:00", null, null, null, false, 1);
        IndexFigures f = IndexCalculator.compute(MARCH, t(asOf).toInstant(), List.of(d), List.of(), List.of(), Map.of());
        assertThat(f.overdue()).isEqualTo(overdue ? 1 : 0);
        assertThat(f.inProcessOnTime()).isEqualTo(overdue ? 0 : 1);
    }

    @Test
    void nothing_to_count_gives_null_rates() {
        IndexFigures f = IndexCalculator.compute(MARCH, MARCH.end().toInstant(), List.of(), List.of(), List.of(), Map.of());
        assertThat(f.onlineRate()).isNull();
        assertThat(f.onTimeRate()).isNull();
        assertThat(f.digitization().digitizedRate()).isNull();
        assertThat(f.satisfaction().averageLevel()).isNull();
        assertThat(f.feedbackOnTimeRate()).isNull();
        assertThat(f.portalSync().completeness()).isNull();
    }
}
