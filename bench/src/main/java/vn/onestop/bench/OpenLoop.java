package vn.onestop.bench;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;

/**
 * An open-loop load generator: request {@code i} is due at {@code start + i / rate}, whether or not
 * the earlier ones have been answered, and its latency runs from that intended send time, not from
 * when it was actually sent. A system that falls behind therefore shows its queueing as latency
 * instead of silently lowering the offered rate (the coordinated-omission mistake of a closed loop,
 * ADR 0024). At most {@code maxInFlight} requests are outstanding; a request due while that many
 * are is not sent and counts as an error of kind {@value #DROPPED}.
 */
public final class OpenLoop {

    public static final String DROPPED = "dropped: in-flight limit";
    /** Latencies are recorded in microseconds, up to an hour, with three significant digits. */
    private static final long HIGHEST_MICROS = TimeUnit.HOURS.toMicros(1);

    /** Sends request {@code index}; the future completes with its outcome, never exceptionally on purpose. */
    @FunctionalInterface
    public interface Request {
        CompletableFuture<Outcome> send(long index, long intendedNanos);
    }

    /** What became of a request: accepted, or an error of a kind (e.g. {@code http 503}, {@code timeout}). */
    public record Outcome(String errorKind) {
        private static final Outcome OK = new Outcome(null);

        public static Outcome ok() {
            return OK;
        }

        public static Outcome error(String kind) {
            return new Outcome(kind);
        }

        public boolean isOk() {
            return errorKind == null;
        }
    }

    /**
     * The run: offered (scheduled) requests, those accepted, errors by kind (drops included), the
     * latency of the accepted ones in microseconds, how late the scheduler itself was at worst, and
     * how many were accepted each second of the schedule.
     */
    public record Result(double rate, Duration duration, long offered, long accepted, Map<String, Long> errors,
                         Histogram latencyMicros, long worstSchedulerLagMicros, long[] acceptedPerSecond,
                         boolean unfinished) {

        public long errorCount() {
            return errors.values().stream().mapToLong(Long::longValue).sum();
        }

        /** Accepted requests per second of the schedule. */
        public double achievedRate() {
            return accepted / (duration.toNanos() / 1e9);
        }
    }

    private final double rate;
    private final Duration duration;
    private final int maxInFlight;
    private final Duration completionTimeout;
    private final LongSupplier clock;

    /**
     * @param rate              requests per second (constant arrival rate)
     * @param duration          how long requests are offered
     * @param maxInFlight       outstanding requests at most; more are dropped and counted
     * @param completionTimeout how long to wait, after the last request is due, for the outstanding ones
     */
    public OpenLoop(double rate, Duration duration, int maxInFlight, Duration completionTimeout) {
        this(rate, duration, maxInFlight, completionTimeout, System::nanoTime);
    }

    OpenLoop(double rate, Duration duration, int maxInFlight, Duration completionTimeout, LongSupplier clock) {
        if (!(rate > 0) || duration.isNegative() || duration.isZero() || maxInFlight < 1) {
            throw new IllegalArgumentException("rate and duration must be positive and maxInFlight at least 1");
        }
        this.rate = rate;
        this.duration = duration;
        this.maxInFlight = maxInFlight;
        this.completionTimeout = completionTimeout;
        this.clock = clock;
    }

    /** Offers {@code rate × duration} requests on schedule and waits for the outstanding ones. */
    public Result run(Request request) {
        long offered = Math.max(1, Math.round(rate * duration.toNanos() / 1e9));
        double periodNanos = 1e9 / rate;
        Histogram latency = new ConcurrentHistogram(HIGHEST_MICROS, 3);
        Map<String, LongAdder> errors = new ConcurrentHashMap<>();
        AtomicInteger inFlight = new AtomicInteger();
        AtomicLong accepted = new AtomicLong();
        int seconds = (int) Math.max(1, (duration.toNanos() + 999_999_999L) / 1_000_000_000L);
        LongAdder[] perSecond = new LongAdder[seconds];
        for (int s = 0; s < seconds; s++) {
            perSecond[s] = new LongAdder();
        }
        long worstLag = 0;
        long start = clock.getAsLong();
        for (long i = 0; i < offered; i++) {
            long intended = start + (long) (i * periodNanos);
            long now;
            while ((now = clock.getAsLong()) < intended) {
                LockSupport.parkNanos(intended - now);
            }
            worstLag = Math.max(worstLag, now - intended);
            if (inFlight.incrementAndGet() > maxInFlight) {
                inFlight.decrementAndGet();
                errors.computeIfAbsent(DROPPED, k -> new LongAdder()).increment();
                continue;
            }
            CompletableFuture<Outcome> sent;
            try {
                sent = request.send(i, intended);
            } catch (RuntimeException e) {
                sent = CompletableFuture.completedFuture(Outcome.error("client: " + e.getClass().getSimpleName()));
            }
            sent.whenComplete((outcome, failure) -> {
                long done = clock.getAsLong();
                if (failure == null && outcome.isOk()) {
                    latency.recordValue(Math.min(HIGHEST_MICROS, Math.max(0, (done - intended) / 1_000)));
                    accepted.incrementAndGet();
                    int second = (int) ((done - start) / 1_000_000_000L);
                    if (second < perSecond.length) {
                        perSecond[second].increment();
                    }
                } else {
                    String kind = failure != null ? "client: " + rootCause(failure).getClass().getSimpleName()
                            : outcome.errorKind();
                    errors.computeIfAbsent(kind, k -> new LongAdder()).increment();
                }
                inFlight.decrementAndGet();
            });
        }
        long waitUntil = clock.getAsLong() + completionTimeout.toNanos();
        while (inFlight.get() > 0 && clock.getAsLong() < waitUntil) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
        }
        boolean unfinished = inFlight.get() > 0;
        Map<String, Long> errorCounts = new TreeMap<>();
        errors.forEach((kind, count) -> errorCounts.put(kind, count.sum()));
        if (unfinished) {
            errorCounts.merge("unanswered at the end", (long) inFlight.get(), Long::sum);
        }
        long[] acceptedPerSecond = new long[seconds];
        for (int s = 0; s < seconds; s++) {
            acceptedPerSecond[s] = perSecond[s].sum();
        }
        return new Result(rate, duration, offered, accepted.get(), errorCounts, latency.copy(), worstLag / 1_000,
                acceptedPerSecond, unfinished);
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
