package vn.onestop.platform.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vertx.core.Vertx;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The inbox backs off by waiting on its thread, so it must never run on an event loop. */
class EventInboxThreadTest {

    private final Vertx vertx = Vertx.vertx();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    // Neither database nor configuration is reached: both cases end before the first transaction.
    private final EventInbox inbox = new EventInbox(null, new ObjectMapper(), null, registry,
            java.util.List.<AppliedEventObserver>of(),
            io.opentelemetry.api.OpenTelemetry.noop().getTracer("test"));
    private final ConsumerRecord<String, String> malformed =
            IncomingEventTest.record("intake-test.onestop.dossier.events.v1", Map.of(), "{}");

    @AfterEach
    void closeVertx() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void refusesToRunOnAnEventLoop() throws Exception {
        CompletableFuture<Throwable> thrown = new CompletableFuture<>();
        vertx.runOnContext(ignored -> {
            try {
                inbox.handle("test-consumer", malformed, event -> { });
                thrown.complete(null);
            } catch (Throwable e) {
                thrown.complete(e);
            }
        });

        assertThat(thrown.get(10, TimeUnit.SECONDS))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("test-consumer")
                .hasMessageContaining("event loop")
                .hasMessageContaining("@Blocking");
        assertThat(registry.getMeters()).as("refused before reading the record").isEmpty();
    }

    @Test
    void onAWorkerThreadGoesOnToReadTheRecord() {
        // A record without CloudEvents headers is poison: reaching that verdict proves the guard let it in.
        assertThatThrownBy(() -> inbox.handle("test-consumer", malformed, event -> { }))
                .isInstanceOf(PoisonEventException.class);
        assertThat(registry.counter("onestop.events.consumed", "consumer", "test-consumer", "type", "unknown",
                "outcome", "dead-lettered").count()).isEqualTo(1.0);
        assertThat(registry.counter("onestop.dead.letters", "consumer", "test-consumer",
                "topic", "intake-test.onestop.dossier.events.v1.dlq").count()).isEqualTo(1.0);
    }

    @Test
    void whatIsDeadLetteredCarriesNoPersonalDataInItsReason() {
        ConsumerRecord<String, String> odd = IncomingEventTest.record("intake-test.onestop.dossier.events.v1",
                IncomingEventTest.with("ce_time", "079088001234 an@example.vn"), "{}");
        assertThatThrownBy(() -> inbox.handle("test-consumer", odd, event -> { }))
                .isInstanceOf(PoisonEventException.class)
                .hasMessage("ce_time is not an RFC 3339 timestamp: 079*******34 a***@example.vn")
                .hasNoCause();
    }
}
