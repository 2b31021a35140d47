package vn.onestop.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The benchmark's HTTP client: java.net.http over HTTP/1.1, which opens a new connection whenever
 * every pooled one is busy, so a request due is sent when due and nothing queues in the client
 * (the open loop's in-flight limit is the only bound).
 */
final class Http implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
        Thread thread = new Thread(r, "bench-http");
        thread.setDaemon(true);
        return thread;
    });
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).executor(executor).build();

    /** An answer: status and body; status 0 with the failure's kind when there was none. */
    record Answer(int status, String body, String failure) {

        boolean is(int expected) {
            return status == expected;
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON: " + body, e);
            }
        }

        /**
         * The error kind of an unexpected answer: {@code http 503 overloaded} (the problem type's last
         * segment, when the body is problem+json), or the client's failure ({@code timeout}, ...).
         */
        String errorKind() {
            if (failure != null) {
                return failure;
            }
            String type = "";
            try {
                JsonNode problem = JSON.readTree(body);
                String uri = problem.path("type").asText("");
                type = uri.isEmpty() ? "" : " " + uri.substring(uri.lastIndexOf('/') + 1);
            } catch (IOException | RuntimeException e) {
                // not problem+json: the status says enough
            }
            return "http " + status + type;
        }
    }

    CompletableFuture<Answer> post(String url, String token, String idempotencyKey, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return send(request.build());
    }

    CompletableFuture<Answer> get(String url, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                .header("Accept", "application/json").GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    /** GET, waiting for the answer, which must be 200 (set-up calls, not measured). */
    JsonNode getOk(String url, String token) {
        Answer answer = get(url, token).join();
        if (!answer.is(200)) {
            throw new IllegalStateException("GET " + url + ": " + answer.errorKind() + " " + answer.body());
        }
        return answer.json();
    }

    private CompletableFuture<Answer> send(HttpRequest request) {
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .thenApply(response -> new Answer(response.statusCode(), response.body(), null))
                .exceptionally(failure -> new Answer(0, "", kind(failure)));
    }

    private static String kind(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof HttpTimeoutException) {
            return "timeout";
        }
        if (cause instanceof ConnectException) {
            return "connection refused";
        }
        return "client: " + cause.getClass().getSimpleName();
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
