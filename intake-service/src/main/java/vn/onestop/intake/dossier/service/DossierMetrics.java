package vn.onestop.intake.dossier.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import vn.onestop.intake.config.IntakeConfig;
import vn.onestop.intake.dossier.domain.Dossier;
import vn.onestop.platform.messaging.AfterCommit;
import vn.onestop.workingtime.FinishedStatus;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;

/**
 * The business figures intake counts, for the province's dashboards (docs/reliability.md, Metrics).
 * Each is counted once the transaction that records the fact has committed ({@link AfterCommit}): a
 * rolled-back submission or a redelivered event counts nothing. The labels are the channel, the
 * competent agency and the timeliness, never a dossier.
 */
@ApplicationScoped
public class DossierMetrics {

    /** Buckets of the chain completion time: bundles take hours to weeks. */
    private static final Duration[] CHAIN_BUCKETS = {Duration.ofHours(1), Duration.ofHours(4), Duration.ofDays(1),
            Duration.ofDays(2), Duration.ofDays(3), Duration.ofDays(5), Duration.ofDays(7), Duration.ofDays(10),
            Duration.ofDays(15), Duration.ofDays(20), Duration.ofDays(30), Duration.ofDays(45), Duration.ofDays(60),
            Duration.ofDays(90)};

    private final MeterRegistry registry;
    private final AfterCommit afterCommit;
    private final ZoneId zone;
    private final Timer chainCompletion;

    DossierMetrics(MeterRegistry registry, AfterCommit afterCommit, IntakeConfig config) {
        this.registry = registry;
        this.afterCommit = afterCommit;
        this.zone = config.zone();
        this.chainCompletion = Timer.builder("onestop.chain.completion")
                .description("Time from a bundle's submission to its last result (or to its last member's "
                        + "decision when no member is approved)")
                .serviceLevelObjectives(CHAIN_BUCKETS)
                .register(registry);
    }

    /** A dossier (a bundle counts once, as its parent) was submitted, through {@code dossier.channel}. */
    public void received(Dossier dossier) {
        String channel = dossier.channel.name();
        String agency = dossier.competentAgency;
        afterCommit.run(() -> registry.counter("onestop.dossiers.received", "channel", channel, "agency", agency)
                .increment());
    }

    /**
     * A dossier was decided: its timeliness by the reports' rule ({@link FinishedStatus}: the decision's
     * date against the due date in the province's zone), or, with no due date known here, the
     * producer's {@code finishedStatus}; with neither it counts on time, as in the indices
     * (docs/indices.md §3).
     */
    public void decided(Dossier dossier, OffsetDateTime decidedAt, String producersStatus) {
        FinishedStatus status = dossier.dueAt != null && decidedAt != null
                ? FinishedStatus.byDate(dossier.dueAt.toInstant(), decidedAt.toInstant(), zone)
                : producersStatus(producersStatus);
        String timeliness = status.name().toLowerCase(Locale.ROOT).replace('_', '-');
        String agency = dossier.competentAgency;
        afterCommit.run(() -> registry.counter("onestop.dossiers.decided", "agency", agency, "timeliness", timeliness)
                .increment());
    }

    /** The schema allows only the three values; anything else must not fail the event's handling. */
    private static FinishedStatus producersStatus(String value) {
        for (FinishedStatus status : FinishedStatus.values()) {
            if (status.name().equals(value)) {
                return status;
            }
        }
        return FinishedStatus.ON_TIME;
    }

    /** A bundle's chain is complete at {@code at}: observed from the bundle's submission. */
    public void chainCompleted(Dossier bundle, OffsetDateTime at) {
        if (bundle.receivedAt == null || at == null || at.isBefore(bundle.receivedAt)) {
            return;
        }
        Duration took = Duration.between(bundle.receivedAt, at);
        afterCommit.run(() -> chainCompletion.record(took));
    }
}
