package vn.onestop.rating.indices.domain;

import vn.onestop.rating.portal.domain.SyncState;
import vn.onestop.rating.projection.domain.DossierFact;
import vn.onestop.rating.projection.domain.Timeliness;
import vn.onestop.rating.ratings.domain.EvaluationGrade;
import vn.onestop.rating.ratings.domain.SatisfactionLevel;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.UUID;
import java.util.function.Function;

/**
 * Computes the figures of a period from the dossiers, ratings and feedback of one scope (the caller
 * filters by scope). Rules, per dossier (BUNDLE parents are left out by the caller):
 * <ul>
 *   <li>received: received in the period; by channel; online rate = ONLINE ÷ received;</li>
 *   <li>finished early / on time / late: decided in the period, the decision's date against the due
 *       date ({@link DossierFact#finishedTimeliness}; no due date known counts as on time);
 *       on-time rate = (early + on time) ÷ finished; withdrawn and stopped in the period are counted
 *       apart and are not "finished";</li>
 *   <li>in process at {@code asOf} (the period's end, or now for a period not over): received before it
 *       and not decided, withdrawn or stopped by then; overdue when its due date is before the date
 *       of {@code asOf} (dates compared, as the national portal does), else in process on time (a
 *       dossier with no due date known is on time);</li>
 *   <li>digitization: the components of the dossiers received in the period.</li>
 * </ul>
 */
public final class IndexCalculator {

    private IndexCalculator() {
    }

    public static IndexFigures compute(Period period, Instant asOf, List<DossierFact> dossiers, List<RatingRow> ratings,
                                       List<FeedbackRow> feedback, Map<UUID, SyncState> syncStates) {
        long received = 0;
        Map<String, Long> byChannel = new LinkedHashMap<>();
        for (String channel : new String[]{"ONLINE", "COUNTER", "POSTAL"}) {
            byChannel.put(channel, 0L);
        }
        long early = 0;
        long onTime = 0;
        long late = 0;
        long withdrawn = 0;
        long stopped = 0;
        long inProcessOnTime = 0;
        long overdue = 0;
        long[] states = new long[4];
        long approved = 0;
        long resultsDigitized = 0;
        long syncDossiers = 0;
        long synced = 0;
        long fullyDigitized = 0;
        long reusing = 0;
        long linkedToStore = 0;
        long fullProcess = 0;
        long fullProcessOnline = 0;
        long feeBearing = 0;
        long paidOnline = 0;
        Set<UUID> dissatisfied = ratings.stream().filter(r -> r.overall().value() <= SatisfactionLevel.DISSATISFIED.value())
                .map(RatingRow::dossierId).collect(Collectors.toSet());
        Set<String> withFeedback = feedback.stream().map(FeedbackRow::dossierCode).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        long handlingLate = 0;
        long handlingDissatisfied = 0;
        long handlingFeedback = 0;
        long handlingProblems = 0;
        long filed = 0;
        long accepted = 0;
        long refused = 0;
        long refusedWithGuidance = 0;
        long awaiting = 0;
        for (DossierFact d : dossiers) {
            if (period.contains(d.filedAt)) {
                filed++;
                if (d.receivedAt != null && d.receivedAt.toInstant().isBefore(asOf)) {
                    accepted++;
                }
            }
            if (period.contains(d.refusedAt)) {
                refused++;
                if ("GUIDANCE".equals(d.refusalSlip)) {
                    refusedWithGuidance++;
                }
            }
            if (d.awaitingAcceptanceAt(asOf)) {
                awaiting++;
            }
            if (d.receivedAt == null) {
                continue;   // filed online and not (yet) accepted, or refused at intake: never received
            }
            if (period.contains(d.receivedAt)) {
                received++;
                if (d.componentsInState(0) == 0) {
                    fullyDigitized++;
                }
                if (d.componentsInState(2) + d.componentsInState(3) > 0) {
                    reusing++;
                }
                if (!d.results.isEmpty() || d.components.stream().anyMatch(c -> "DOCUMENT_STORE".equals(c.source()))) {
                    linkedToStore++;
                }
                if ("FULL".equals(d.onlineService)) {
                    fullProcess++;
                    if ("ONLINE".equals(d.channel)) {
                        fullProcessOnline++;
                    }
                }
                if (Boolean.TRUE.equals(d.feeBearing)) {
                    feeBearing++;
                    if (d.paidOnlineAt != null) {
                        paidOnline++;
                    }
                }
                if (d.channel != null) {
                    byChannel.merge(d.channel, 1L, Long::sum);
                }
                for (int s = 0; s <= 3; s++) {
                    states[s] += d.componentsInState(s);
                }
                syncDossiers++;
                if (syncStates.get(d.dossierId) == SyncState.SYNCED) {
                    synced++;
                }
            }
            switch (endKind(d, period)) {
                case DECIDED -> {
                    Timeliness t = d.finishedTimeliness(period.zone());
                    if (t == Timeliness.EARLY) {
                        early++;
                    } else if (t == Timeliness.LATE) {
                        late++;
                    } else {
                        onTime++;
                    }
                    boolean isLate = t == Timeliness.LATE;
                    boolean isDissatisfied = dissatisfied.contains(d.dossierId);
                    boolean hasFeedback = d.code != null && withFeedback.contains(d.code);
                    handlingLate += isLate ? 1 : 0;
                    handlingDissatisfied += isDissatisfied ? 1 : 0;
                    handlingFeedback += hasFeedback ? 1 : 0;
                    handlingProblems += isLate || isDissatisfied || hasFeedback ? 1 : 0;
                    if ("APPROVED".equals(d.decision)) {
                        approved++;
                        if (!d.results.isEmpty()) {
                            resultsDigitized++;
                        }
                    }
                }
                case WITHDRAWN -> withdrawn++;
                case STOPPED -> stopped++;
                case NONE -> {
                }
            }
            if (d.inProcessAt(asOf)) {
                if (d.overdueAt(asOf, period.zone())) {
                    overdue++;
                } else {
                    inProcessOnTime++;
                }
            }
        }
        long finished = early + onTime + late;
        long components = states[0] + states[1] + states[2] + states[3];
        Map<String, Long> byState = new LinkedHashMap<>();
        for (int s = 0; s <= 3; s++) {
            byState.put(Integer.toString(s), states[s]);
        }
        IndexFigures.Digitization digitization = new IndexFigures.Digitization(components, byState,
                rate(states[1] + states[2] + states[3], components), rate(states[2] + states[3], components),
                approved, resultsDigitized, rate(resultsDigitized, approved), received, fullyDigitized,
                rate(fullyDigitized, received), reusing, rate(reusing, received), linkedToStore,
                rate(linkedToStore, received));
        IndexFigures.FeedbackFigures feedbackFigures = feedback(feedback, asOf);
        return new IndexFigures(received, byChannel, rate(byChannel.get("ONLINE"), received), finished, early, onTime,
                late, rate(early + onTime, finished), withdrawn, stopped, inProcessOnTime + overdue, inProcessOnTime,
                overdue, digitization, satisfaction(ratings), feedbackFigures.onTimeRate(), feedbackFigures,
                new IndexFigures.PortalSync(syncDossiers, synced, rate(synced, syncDossiers)),
                new IndexFigures.OnlineService(fullProcess, fullProcessOnline, rate(fullProcessOnline, fullProcess)),
                new IndexFigures.Payment(feeBearing, paidOnline, rate(paidOnline, feeBearing)),
                new IndexFigures.Handling(finished, handlingLate, handlingDissatisfied, handlingFeedback, handlingProblems,
                        finished == 0 ? null : 1 - (double) handlingProblems / finished),
                new IndexFigures.Acceptance(filed, accepted, refused, refusedWithGuidance, refused - refusedWithGuidance,
                        awaiting));
    }

    enum EndKind {
        DECIDED, WITHDRAWN, STOPPED, NONE
    }

    /** How a dossier ended within the period, if it did; NONE for one never received (withdrawn before acceptance). */
    static EndKind endKind(DossierFact d, Period period) {
        OffsetDateTime ended = d.endedAt();
        if (d.receivedAt == null || !period.contains(ended)) {
            return EndKind.NONE;
        }
        if (d.decidedAt != null && ended.isEqual(d.decidedAt)) {
            return EndKind.DECIDED;
        }
        return d.withdrawnAt != null && ended.isEqual(d.withdrawnAt) ? EndKind.WITHDRAWN : EndKind.STOPPED;
    }

    private static IndexFigures.Satisfaction satisfaction(List<RatingRow> ratings) {
        long n = ratings.size();
        long satisfied = ratings.stream().filter(r -> r.overall().satisfied()).count();
        Map<String, Double> factors = new LinkedHashMap<>();
        factors.put("access", average(ratings, r -> r.factors().access()));
        factors.put("procedure", average(ratings, r -> r.factors().procedure()));
        factors.put("officials", average(ratings, r -> r.factors().officials()));
        factors.put("result", average(ratings, r -> r.factors().result()));
        factors.put("feedbackHandling", average(ratings, r -> r.factors().feedbackHandling()));
        Map<String, Long> grades = new LinkedHashMap<>();
        for (EvaluationGrade g : EvaluationGrade.values()) {
            grades.put(g.name(), ratings.stream().filter(r -> r.grade() == g).count());
        }
        return new IndexFigures.Satisfaction(n, satisfied, rate(satisfied, n), average(ratings, RatingRow::overall),
                factors, n == 0 ? null : ratings.stream().mapToInt(RatingRow::evaluationPoints).sum() / (double) n,
                grades, n == 0 ? null : ratings.stream().mapToInt(r -> r.procedurePublished().points()).sum() / (2.0 * n));
    }

    private static IndexFigures.FeedbackFigures feedback(List<FeedbackRow> feedback, Instant asOf) {
        long n = feedback.size();
        long answered = feedback.stream().filter(f -> f.handling().answeredAt() != null).count();
        long onTime = feedback.stream().filter(f -> f.handling().answeredOnTime()).count();
        long settled = feedback.stream().filter(f -> f.handling().settledAt(asOf)).count();
        long overdue = feedback.stream().filter(f -> f.handling().overdueAt(asOf)).count();
        long notSatisfied = feedback.stream().filter(f -> f.handling().notSatisfied()).count();
        long notSatisfiedOrOverdue = feedback.stream()
                .filter(f -> f.handling().notSatisfied() || f.handling().overdueAt(asOf)).count();
        return new IndexFigures.FeedbackFigures(n, answered, onTime, settled, overdue, notSatisfied,
                rate(onTime, settled), rate(n - notSatisfiedOrOverdue, n));
    }

    private static Double average(List<RatingRow> ratings, Function<RatingRow, SatisfactionLevel> level) {
        return ratings.isEmpty() ? null : ratings.stream().mapToInt(r -> level.apply(r).value()).average().orElseThrow();
    }

    static Double rate(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
