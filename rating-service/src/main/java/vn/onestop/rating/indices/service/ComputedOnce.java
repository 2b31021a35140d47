package vn.onestop.rating.indices.service;

import vn.onestop.platform.rest.ProblemException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A published figure computed once per key and served for {@code maxAge} (docs/adr/0033): callers
 * asking for a key being computed wait for that one computation instead of starting their own; at
 * most {@code concurrent} computations run at once, and a caller who gets no slot within
 * {@code slotWait} is answered 503 with Retry-After rather than queueing work on a saturated
 * machine; at most {@code maxEntries} keys are kept. A failed computation is not kept: its waiting
 * callers get its failure, the next caller tries again. Plain Java: the clock is given.
 */
public final class ComputedOnce<K, V> {

    /** A value and how many more seconds a client may keep it (Cache-Control max-age). */
    public record Served<V>(V value, long maxAgeSeconds) {
    }

    private static final class Entry<V> {
        final CompletableFuture<V> future = new CompletableFuture<>();
        volatile Instant computedAt;
    }

    private final Clock clock;
    private final Duration maxAge;
    private final int maxEntries;
    private final Semaphore slots;
    private final Duration slotWait;
    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();

    ComputedOnce(Clock clock, Duration maxAge, int maxEntries, int concurrent, Duration slotWait) {
        if (maxAge.isNegative() || maxEntries < 1 || concurrent < 1 || slotWait.isNegative()) {
            throw new IllegalArgumentException("maxAge and slotWait must not be negative, maxEntries and concurrent "
                    + "at least 1");
        }
        this.clock = clock;
        this.maxAge = maxAge;
        this.maxEntries = maxEntries;
        this.slots = new Semaphore(concurrent, true);
        this.slotWait = slotWait;
    }

    Served<V> get(K key, Supplier<V> compute) {
        Entry<V> mine = new Entry<>();
        Entry<V> current = entries.compute(key, (k, old) -> old != null && usable(old) ? old : mine);
        if (current != mine) {
            return served(current, await(current));
        }
        evictIfFull();
        try {
            acquireSlot();
            try {
                V value = compute.get();
                mine.computedAt = clock.instant();
                mine.future.complete(value);
                return served(mine, value);
            } finally {
                slots.release();
            }
        } catch (RuntimeException e) {
            entries.remove(key, mine);
            mine.future.completeExceptionally(e);
            throw e;
        }
    }

    /** How many keys are kept (for tests and the gauge). */
    int size() {
        return entries.size();
    }

    /** Being computed, or computed less than maxAge ago. */
    private boolean usable(Entry<V> entry) {
        if (!entry.future.isDone()) {
            return true;
        }
        return !entry.future.isCompletedExceptionally() && entry.computedAt != null
                && entry.computedAt.plus(maxAge).isAfter(clock.instant());
    }

    private Served<V> served(Entry<V> entry, V value) {
        Instant computedAt = entry.computedAt == null ? clock.instant() : entry.computedAt;
        long left = Duration.between(clock.instant(), computedAt.plus(maxAge)).toSeconds();
        return new Served<>(value, Math.max(0, left));
    }

    private V await(Entry<V> entry) {
        try {
            return entry.future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private void acquireSlot() {
        boolean acquired;
        try {
            acquired = slots.tryAcquire(slotWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw new ProblemException(503, "overloaded", "Service overloaded", "as many indices as this service "
                    + "computes at once are being computed; ask again in a few seconds (a figure already computed is "
                    + "answered at once)").retryAfter(2);
        }
    }

    /** Drops expired keys, then, if still too many, any computed ones: a full cache never refuses a caller. */
    private void evictIfFull() {
        if (entries.size() <= maxEntries) {
            return;
        }
        entries.values().removeIf(entry -> !usable(entry));
        for (Iterator<Entry<V>> it = entries.values().iterator(); entries.size() > maxEntries && it.hasNext(); ) {
            if (it.next().future.isDone()) {
                it.remove();
            }
        }
    }
}
