package vn.onestop.rating.indices.domain;

import java.util.Map;

/**
 * The figures of one scope and period (docs/indices.md). Rates are fractions 0..1, null when their
 * denominator is 0.
 */
public record IndexFigures(
        long received,
        Map<String, Long> receivedByChannel,
        Double onlineRate,
        long finished,
        long finishedEarly,
        long finishedOnTime,
        long finishedLate,
        Double onTimeRate,
        long withdrawn,
        long stopped,
        long inProcess,
        long inProcessOnTime,
        long overdue,
        Digitization digitization,
        Satisfaction satisfaction,
        Double feedbackOnTimeRate,
        FeedbackFigures feedback,
        PortalSync portalSync,
        OnlineService onlineService,
        Payment payment,
        Handling handling,
        Acceptance acceptance) {

    /**
     * Online submissions the centre accepts by hand (national statuses 1 and 3): {@code filed} in the
     * period, of them {@code accepted} by the time of the figures; {@code refused} at intake in the
     * period, with the guidance slip (form 02) or the refusal slip (form 03); {@code awaiting}
     * acceptance at the time of the figures (status 1), whenever filed.
     */
    public record Acceptance(long filed, long accepted, long refused, long refusedWithGuidance, long refusedOutright,
                             long awaiting) {
    }

    /**
     * Components of the dossiers received in the period by digitization state 0–3;
     * {@code digitizedRate} = states 1–3 ÷ all, {@code reuseRate} = states 2–3 ÷ all;
     * {@code resultsDigitized}: approved dossiers of the period with an electronic result issued.
     * Per dossier received in the period: {@code fullyDigitized} has no component in state 0,
     * {@code reusing} has at least one in state 2 or 3, {@code linkedToStore} took a component from
     * the e-document store or has a result issued (every result goes to its owner's store).
     */
    public record Digitization(long components, Map<String, Long> byState, Double digitizedRate, Double reuseRate,
                               long approved, long resultsDigitized, Double resultsDigitizedRate,
                               long dossiers, long fullyDigitized, Double fullyDigitizedRate, long reusing,
                               Double reusingRate, long linkedToStore, Double linkedToStoreRate) {
    }

    /**
     * Decision 766's online service: dossiers received in the period whose procedure was FULL
     * (full-process online) on the day of receipt, and of them those received ONLINE.
     */
    public record OnlineService(long fullProcessDossiers, long fullProcessOnline, Double rate) {
    }

    /**
     * Decision 766's online payment: dossiers received in the period that owed a fee, and how many of
     * them were paid online (FeePaid through the payment gateway); {@code rate} is null when no dossier
     * owed a fee (nothing to count). {@code paidOnline} is null in figures computed before online payment.
     */
    public record Payment(long feeBearingDossiers, Long paidOnline, Double rate) {
    }

    /**
     * Decision 766's satisfaction with the handling of dossiers: decided in the period, of them
     * {@code withProblem} finished late, rated dissatisfied in the period, or the subject of feedback
     * received in the period; {@code rate} = 1 − withProblem ÷ finished.
     */
    public record Handling(long finished, long late, long dissatisfied, long withFeedback, long withProblem,
                           Double rate) {
    }

    /** Ratings submitted in the period for dossiers of the scope. */
    public record Satisfaction(long ratings, long satisfied, Double satisfiedShare, Double averageLevel,
                               Map<String, Double> factors, Double averageEvaluationPoints,
                               Map<String, Long> grades, Double procedurePublishedShare) {
    }

    /**
     * Feedback received in the period about the scope's agencies. {@code onTimeRate} = answered on time ÷
     * settled (answered, or unanswered past due); {@code satisfactionRate} = (received − answered
     * "not satisfied" − overdue) ÷ received (Decision 766).
     */
    public record FeedbackFigures(long received, long answered, long answeredOnTime, long settled, long overdue,
                                  long notSatisfied, Double onTimeRate, Double satisfactionRate) {
    }

    /** Dossiers received in the period and how many of them are fully synced with the national portal. */
    public record PortalSync(long dossiers, long synced, Double completeness) {
    }
}
