package vn.onestop.rating.indices.service;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.onestop.platform.rest.ProblemException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Published figures computed once per key, served for a while, with bounded work (docs/adr/0033). */
class ComputedOnceTest {

    private final MovableClock clock = new MovableClock();
    private final ExecutorService callers = Executors.newCachedThreadPool();

    @AfterEach
    void stopCallers() {
        callers.shutdownNow();
    }

    @Test
    void a_key_is_computed_once_and_served_until_its_max_age_has_passed() {
        ComputedOnce<String, Integer> cache = new ComputedOnce<>(clock, Duration.ofSeconds(30), 10, 2, Duration.ZERO);
        AtomicInteger computations = new AtomicInteger();

        ComputedOnce.Served<Integer> first = cache.get("province", computations::incrementAndGet);
        assertThat(first.value()).isEqualTo(1);
        assertThat(first.maxAgeSeconds()).isEqualTo(30);

        clock.advance(Duration.ofSeconds(29));
        ComputedOnce.Served<Integer> again = cache.get("province", computations::incrementAndGet);
        assertThat(again.value()).as("served as computed").isEqualTo(1);
        assertThat(again.maxAgeSeconds()).as("what is left of its max-age").isEqualTo(1);
        assertThat(cache.get("commune", computations::incrementAndGet).value()).as("another key").isEqualTo(2);

        clock.advance(Duration.ofSeconds(1));
        assertThat(cache.get("province", computations::incrementAndGet).value()).as("expired: computed again")
                .isEqualTo(3);
        assertThat(computations).hasValue(3);
    }

    @Test
    void with_max_age_zero_every_call_computes() {
        ComputedOnce<String, Integer> cache = new ComputedOnce<>(clock, Duration.ZERO, 10, 2, Duration.ZERO);
        AtomicInteger computations = new AtomicInteger();
        cache.get("province", computations::incrementAndGet);
        ComputedOnce.Served<Integer> second = cache.get("province", computations::incrementAndGet);
        assertThat(second.value()).isEqualTo(2);
        assertThat(second.maxAgeSeconds()).isZero();
    }

    @Test
    void concurrent_callers_of_one_key_share_one_computation() throws Exception {
        ComputedOnce<String, Integer> cache = new ComputedOnce<>(clock, Duration.ofSeconds(30), 10, 2, Duration.ZERO);
        AtomicInteger computations = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        Future<ComputedOnce.Served<Integer>> first = callers.submit(() -> cache.get("province", () -> {
            computations.incrementAndGet();
            waitFor(release);
            return 42;
        }));
        await().atMost(Duration.ofSeconds(10)).until(() -> computations.get() == 1);
        List<Future<ComputedOnce.Served<Integer>>> others = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            others.add(callers.submit(() -> cache.get("province", () -> {
                computations.incrementAndGet();
                return -1;
            })));
        }
        // the eight wait for the first computation rather than starting their own
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5))
                .until(() -> others.stream().noneMatch(Future::isDone));
        release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS).value()).isEqualTo(42);
        for (Future<ComputedOnce.Served<Integer>> other : others) {
            assertThat(other.get(10, TimeUnit.SECONDS).value()).isEqualTo(42);
        }
        assertThat(computations).hasValue(1);
    }

    @Test
    void a_caller_who_finds_every_slot_busy_is_answered_503_with_retry_after() throws Exception {
        ComputedOnce<String, Integer> cache = new ComputedOnce<>(clock, Duration.ofSeconds(30), 10, 1,
                Duration.ofMillis(100));
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<ComputedOnce.Served<Integer>> busy = callers.submit(() -> cache.get("province", () -> {
            started.countDown();
            waitFor(release);
            return 1;
        }));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> cache.get("commune", () -> 2))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(503);
                    assertThat(e.retryAfterSeconds()).isPositive();
                    assertThat(e.toProblem("/api/v1/indices").type().toString()).endsWith("overloaded");
                });
        release.countDown();
        assertThat(busy.get(10, TimeUnit.SECONDS).value()).isEqualTo(1);
        // the refused key was not kept: once a slot is free it is computed
        assertThat(cache.get("commune", () -> 2).value()).isEqualTo(2);
    }

    @Test
    void a_failed_computation_is_not_kept() {
        ComputedOnce<String, Integer> cache = new ComputedOnce<>(clock, Duration.ofSeconds(30), 10, 2, Duration.ZERO);
        assertThatThrownBy(() -> cache.get("province", () -> {
            throw new IllegalStateException("database gone");
        })).hasMessage("database gone");
        assertThat(cache.size()).isZero();
        assertThat(cache.get("province", () -> 7).value()).isEqualTo(7);
    }

    @Test
    void no_more_keys_are_kept_than_configured() {
        ComputedOnce<String, Integer> cache = new ComputedOnce<>(clock, Duration.ofSeconds(30), 3, 2, Duration.ZERO);
        for (int i = 0; i < 20; i++) {
            int value = i;
            assertThat(cache.get("unit-" + i, () -> value).value()).isEqualTo(i);
        }
        assertThat(cache.size()).isEqualTo(3);
    }

    private static void waitFor(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("not released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static final class MovableClock extends Clock {
        private volatile Instant now = Instant.parse("2026-03-14T02:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
