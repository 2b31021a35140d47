package vn.onestop.rating.portal.service;

import vn.onestop.rating.config.PortalConfig;
import jakarta.enterprise.context.ApplicationScoped;
import vn.onestop.platform.messaging.RetryPolicy;
import vn.onestop.platform.messaging.TraceParent;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Pushes one payload to the portal's sync endpoint: {@code POST {url}} with JSON, Basic or Bearer
 * authentication, {@code Idempotency-Key} = the change's id (the same on every retry). A 2xx answer
 * is success; 408, 425, 429, 5xx and network errors are retried; other answers are final.
 */
@ApplicationScoped
public class PortalClient {

    private static final int MAX_ERROR_BODY = 300;

    public sealed interface Outcome {
        record Sent(int status) implements Outcome {
        }

        record Failed(String error, boolean retryable) implements Outcome {
        }
    }

    private final PortalConfig config;
    private final HttpClient client;

    PortalClient(PortalConfig config) {
        this.config = config;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public boolean configured() {
        return config.url().isPresent();
    }

    public Outcome push(String changeId, String payload) {
        URI url = config.url().orElseThrow(() -> new IllegalStateException("onestop.portal.url is not set"));
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .timeout(config.timeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Accept", "application/json")
                .header("Idempotency-Key", changeId)
                .POST(HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8));
        // the portal, if it traces, continues the sync's trace (docs/adr/0021)
        TraceParent.propagate(request::header);
        if (config.token().isPresent()) {
            request.header("Authorization", "Bearer " + config.token().get());
        } else if (config.username().isPresent()) {
            String credentials = config.username().get() + ":" + config.password().orElse("");
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<String> response = client.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                return new Outcome.Sent(status);
            }
            return new Outcome.Failed("portal answered HTTP " + status + abbreviated(response.body()),
                    RetryPolicy.retryable(status));
        } catch (HttpTimeoutException e) {
            return new Outcome.Failed("portal did not answer within " + config.timeout(), true);
        } catch (IOException e) {
            return new Outcome.Failed("portal unreachable: " + e, true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome.Failed("interrupted while pushing", true);
        }
    }

    private static String abbreviated(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String oneLine = body.replaceAll("\\s+", " ").strip();
        return ": " + (oneLine.length() > MAX_ERROR_BODY ? oneLine.substring(0, MAX_ERROR_BODY) + "…" : oneLine);
    }
}
