package vn.onestop.intake.notification.sender;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.onestop.intake.notification.domain.Notification;
import vn.onestop.intake.notification.domain.NotificationChannel;
import vn.onestop.intake.notification.domain.SendOutcome;
import vn.onestop.intake.config.NotifyConfig;
import vn.onestop.platform.messaging.TraceParent;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Posts a message to an SMS or Zalo gateway:
 * <pre>
 * POST {url}   Authorization: Bearer {token}   Idempotency-Key: {notification id}
 * {"to": "0912345678", "text": "...", "reference": "{notification id}", "dossierCode": "...", "kind": "RECEIVED"}
 * </pre>
 * A 2xx answer is success; its JSON {@code id} / {@code messageId} / {@code msg_id} is kept as the
 * provider's message id. 408, 425, 429, 5xx and network errors are retried; other 4xx are final.
 */
abstract class HttpGatewaySender implements NotificationSender {

    private static final int MAX_ERROR_BODY = 300;

    private final NotificationChannel channel;
    private final String configKey;
    private final NotifyConfig.Gateway gateway;
    private final ObjectMapper mapper;
    private final HttpClient client;

    HttpGatewaySender(NotificationChannel channel, String configKey, NotifyConfig.Gateway gateway,
                      ObjectMapper mapper) {
        this.channel = channel;
        this.configKey = configKey;
        this.gateway = gateway;
        this.mapper = mapper;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(gateway.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public NotificationChannel channel() {
        return channel;
    }

    @Override
    public SendOutcome send(Notification n) {
        Optional<URI> url = gateway.url();
        if (url.isEmpty()) {
            return SendOutcome.permanent("no " + channel + " gateway configured (onestop.notify." + configKey + ".url)");
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(url.get())
                .timeout(gateway.timeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Accept", "application/json")
                .header("Idempotency-Key", n.id().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body(n), StandardCharsets.UTF_8));
        gateway.token().ifPresent(token -> request.header("Authorization", "Bearer " + token));
        // a gateway that traces continues the sender's trace (docs/adr/0021)
        TraceParent.propagate(request::header);
        try {
            HttpResponse<String> response = client.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return outcome(response.statusCode(), response.body());
        } catch (HttpTimeoutException e) {
            return SendOutcome.retryable(channel + " gateway did not answer within " + gateway.timeout());
        } catch (IOException e) {
            return SendOutcome.retryable(channel + " gateway unreachable: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return SendOutcome.retryable("interrupted while sending");
        }
    }

    private String body(Notification n) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("to", n.recipient());
        body.put("text", n.text());
        body.put("reference", n.id().toString());
        body.put("dossierCode", n.dossierCode());
        body.put("kind", n.kind().name());
        try {
            return mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    SendOutcome outcome(int status, String body) {
        if (status >= 200 && status < 300) {
            return SendOutcome.sent(messageId(body).orElse(channel + "-http-" + status));
        }
        String error = channel + " gateway answered HTTP " + status + abbreviated(body);
        boolean retryable = status == 408 || status == 425 || status == 429 || status >= 500;
        return retryable ? SendOutcome.retryable(error) : SendOutcome.permanent(error);
    }

    private Optional<String> messageId(String body) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        try {
            JsonNode json = mapper.readTree(body);
            for (String field : new String[]{"id", "messageId", "msg_id"}) {
                JsonNode value = json.findValue(field);
                if (value != null && value.isValueNode() && !value.asText().isBlank()) {
                    return Optional.of(value.asText());
                }
            }
        } catch (JsonProcessingException e) {
            // a 2xx without a JSON body still means the gateway took the message
        }
        return Optional.empty();
    }

    private static String abbreviated(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String oneLine = body.strip().replaceAll("\\s+", " ");
        return ": " + (oneLine.length() > MAX_ERROR_BODY ? oneLine.substring(0, MAX_ERROR_BODY) + "…" : oneLine);
    }
}
