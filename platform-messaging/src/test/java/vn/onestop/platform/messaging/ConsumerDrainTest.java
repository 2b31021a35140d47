package vn.onestop.platform.messaging;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What a consumer may still do once shutdown has begun. */
class ConsumerDrainTest {

    private final ConsumerDrain drain = new ConsumerDrain();

    @Test
    void beforeShutdownHandlingsStartAndEnd() throws Exception {
        assertThat(drain.enter()).isTrue();
        assertThat(drain.enter()).isTrue();
        assertThat(drain.inProgress()).isEqualTo(2);
        drain.leave();
        drain.leave();
        assertThat(drain.inProgress()).isZero();
        assertThat(drain.closing()).isFalse();
        assertThat(drain.close(Duration.ZERO)).as("nothing in progress").isTrue();
    }

    @Test
    void onceClosingNoHandlingStarts() throws Exception {
        assertThat(drain.close(Duration.ofSeconds(1))).isTrue();
        assertThat(drain.closing()).isTrue();
        assertThat(drain.enter()).isFalse();
        assertThat(drain.inProgress()).isZero();
    }

    @Test
    void closingWaitsForTheHandlingInProgressToEnd() throws Exception {
        assertThat(drain.enter()).isTrue();
        CountDownLatch closingStarted = new CountDownLatch(1);
        CompletableFuture<Boolean> closed = CompletableFuture.supplyAsync(() -> {
            closingStarted.countDown();
            try {
                return drain.close(Duration.ofSeconds(30));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        closingStarted.await();
        // the handling in progress may go on while the drain waits, and no other may start
        await().atMost(Duration.ofSeconds(10)).until(drain::closing);
        assertThat(closed).isNotDone();
        assertThat(drain.enter()).isFalse();

        drain.leave();

        assertThat(closed.get(10, TimeUnit.SECONDS)).as("drained").isTrue();
    }

    @Test
    void closingGivesUpAfterItsTimeoutAndSaysSo() throws Exception {
        assertThat(drain.enter()).isTrue();
        assertThat(drain.close(Duration.ofMillis(50))).as("a handling still in progress").isFalse();
        assertThat(drain.inProgress()).isEqualTo(1);
        assertThat(drain.enter()).isFalse();
    }

    @Test
    void aParkedThreadNeitherReturnsNorEndsWhenInterrupted() throws Exception {
        CompletableFuture<String> outcome = new CompletableFuture<>();
        Thread consumer = new Thread(() -> {
            try {
                drain.park();
                outcome.complete("returned");
            } catch (Throwable e) {
                outcome.complete("threw " + e);
            }
        });
        consumer.setDaemon(true);
        consumer.start();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> consumer.getState() == Thread.State.TIMED_WAITING);

        consumer.interrupt();

        // the interrupt was taken (its flag cleared) and the thread waits again
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !consumer.isInterrupted() && consumer.getState() == Thread.State.TIMED_WAITING);
        assertThat(outcome).as("neither acknowledged (returned) nor failed (threw)").isNotDone();
        assertThat(consumer.isAlive()).isTrue();
    }
}
