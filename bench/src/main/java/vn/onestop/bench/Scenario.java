package vn.onestop.bench;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** What a scenario offers at the constant rate, and what it measures beyond each request's answer. */
interface Scenario extends AutoCloseable {

    /** The unit of work one request submits: {@code dossier}, {@code bundle}. */
    String unit();

    /** The scenario's parameters, for the report. */
    Map<String, Object> parameters();

    /** Everything that must be ready before the first request is due (tokens, catalog look-ups, watchers). */
    void prepare() throws Exception;

    /** Request {@code index}, due at {@code intendedNanos} (System.nanoTime). */
    CompletableFuture<OpenLoop.Outcome> send(long index, long intendedNanos);

    /** After the load: waits, at most {@code timeout}, until the scenario's own end is reached (chains: every bundle's results). */
    void awaitOwnEnd(Duration timeout) throws InterruptedException;

    /** The scenario's own figures (chains: submission to third result), for the report. */
    Map<String, Object> results();

    @Override
    void close();
}
