package vn.onestop.bench;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

class OpenLoopTest {

    /**
     * The first request holds the generator for 300 ms (a stalled client). A closed loop would send
     * the next ones late and time them from then, hiding the stall; the open loop times each from
     * when it was due, so the requests due during the stall show it as latency.
     */
    @Test
    void latency_runs_from_the_intended_send_time_so_a_stall_is_not_hidden() {
        OpenLoop loop = new OpenLoop(100, Duration.ofMillis(500), 100, Duration.ofSeconds(5));
        OpenLoop.Result result = loop.run((index, intended) -> {
            if (index == 0) {
                try {
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return CompletableFuture.completedFuture(OpenLoop.Outcome.ok());
        });

        assertThat(result.offered()).isEqualTo(50);
        assertThat(result.accepted()).isEqualTo(50);
        assertThat(result.errors()).isEmpty();
        // requests 1..29 were due during the stall (every 10 ms) and were sent at its end: the one due
        // at 10 ms waited about 290 ms, and at least 20 of them waited over 50 ms
        assertThat(result.latencyMicros().getMaxValue()).isGreaterThanOrEqualTo(250_000);
        assertThat(result.latencyMicros().getCountBetweenValues(50_000, 3_600_000_000L)).isGreaterThanOrEqualTo(20);
        assertThat(result.worstSchedulerLagMicros()).isGreaterThanOrEqualTo(250_000);
    }

    /** Requests due while the limit is outstanding are not sent; they count as dropped, and the unanswered ones as such. */
    @Test
    void requests_beyond_the_in_flight_limit_are_dropped_and_counted() {
        List<CompletableFuture<OpenLoop.Outcome>> never = new ArrayList<>();
        OpenLoop loop = new OpenLoop(200, Duration.ofMillis(100), 5, Duration.ofMillis(50));
        OpenLoop.Result result = loop.run((index, intended) -> {
            CompletableFuture<OpenLoop.Outcome> pending = new CompletableFuture<>();
            never.add(pending);
            return pending;
        });

        assertThat(result.offered()).isEqualTo(20);
        assertThat(never).hasSize(5);
        assertThat(result.accepted()).isZero();
        assertThat(result.errors()).containsEntry(OpenLoop.DROPPED, 15L).containsEntry("unanswered at the end", 5L);
        assertThat(result.unfinished()).isTrue();
    }

    /** An error answer is counted by its kind and kept out of the latency of accepted requests. */
    @Test
    void errors_are_counted_by_kind_and_not_timed() {
        OpenLoop loop = new OpenLoop(100, Duration.ofMillis(100), 10, Duration.ofSeconds(5));
        OpenLoop.Result result = loop.run((index, intended) -> CompletableFuture.completedFuture(
                index % 2 == 0 ? OpenLoop.Outcome.ok() : OpenLoop.Outcome.error("http 503 overloaded")));

        assertThat(result.offered()).isEqualTo(10);
        assertThat(result.accepted()).isEqualTo(5);
        assertThat(result.latencyMicros().getTotalCount()).isEqualTo(5);
        assertThat(result.errors()).containsExactlyEntriesOf(java.util.Map.of("http 503 overloaded", 5L));
    }
}
