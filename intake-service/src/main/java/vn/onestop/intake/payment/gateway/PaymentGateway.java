package vn.onestop.intake.payment.gateway;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import vn.onestop.intake.config.PaymentConfig;
import vn.onestop.intake.payment.domain.GatewaySignature;
import vn.onestop.platform.messaging.TraceParent;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The province's payment gateway, in the shape of the national online payment platform: create a
 * payment (the applicant's browser goes to its pay page), ask a payment's status (reconciliation),
 * check the signature of its callback. Every request carries the merchant code and is signed
 * ({@link GatewaySignature}); locally and in tests the stand-in of platform-testing plays it.
 */
@ApplicationScoped
public class PaymentGateway {

    /** The gateway's answer to a new payment. */
    public record Created(String transactionId, URI payUrl, OffsetDateTime expiresAt) {
    }

    /** What the gateway knows of a payment. {@code status}: PENDING, PAID, FAILED or EXPIRED. */
    public record Status(String transactionId, String orderId, long amount, String status, OffsetDateTime paidAt,
                         String bankCode) {
    }

    /** The gateway could not be used: not configured, unreachable, or it refused the request. */
    public static class Unavailable extends RuntimeException {
        public Unavailable(String message) {
            super(message);
        }
    }

    private final PaymentConfig.Gateway config;
    private final ObjectMapper mapper;
    private final HttpClient client;

    PaymentGateway(PaymentConfig config, ObjectMapper mapper) {
        this.config = config.gateway();
        this.mapper = mapper;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(this.config.timeout()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public boolean configured() {
        return config.url().isPresent() && config.secret().isPresent();
    }

    public Created create(UUID orderId, long amountVnd, String description, URI returnUrl, URI notifyUrl) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("orderId", orderId.toString());
        body.put("amount", amountVnd);
        body.put("currency", "VND");
        body.put("description", description);
        body.put("returnUrl", returnUrl.toString());
        body.put("notifyUrl", notifyUrl.toString());
        byte[] bytes;
        try {
            bytes = mapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        HttpRequest request = signed(endpoint("api/v1/payments"), bytes)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
        JsonNode answer = call(request, "create the payment");
        try {
            return new Created(text(answer, "transactionId"), URI.create(text(answer, "payUrl")),
                    OffsetDateTime.parse(text(answer, "expiresAt")));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw new Unavailable("the payment gateway's answer to create the payment is not usable: " + e.getMessage());
        }
    }

    /** The payment's status; empty when the gateway does not know the transaction. */
    public Optional<Status> status(String transactionId) {
        HttpRequest request = signed(endpoint("api/v1/payments/"
                + URLEncoder.encode(transactionId, StandardCharsets.UTF_8)), transactionId.getBytes(StandardCharsets.UTF_8))
                .GET().build();
        HttpResponse<String> response = send(request, "ask the payment's status");
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        JsonNode answer = parse(response, "ask the payment's status");
        try {
            return Optional.of(status(answer));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw new Unavailable("the payment gateway's status of " + transactionId + " is not usable: " + e.getMessage());
        }
    }

    /** Whether the gateway signed {@code body} (its callback) with the shared secret. */
    public boolean signedByGateway(byte[] body, String signature) {
        return config.secret().map(secret -> GatewaySignature.verifies(secret, body, signature)).orElse(false);
    }

    public String merchant() {
        return config.merchant();
    }

    /** A callback's or a status answer's fields. */
    public static Status status(JsonNode json) {
        JsonNode paidAt = json.get("paidAt");
        JsonNode bank = json.get("bankCode");
        return new Status(text(json, "transactionId"), text(json, "orderId"), json.path("amount").asLong(-1),
                text(json, "status"),
                paidAt == null || paidAt.isNull() ? null : OffsetDateTime.parse(paidAt.asText()),
                bank == null || bank.isNull() ? null : bank.asText());
    }

    private HttpRequest.Builder signed(URI uri, byte[] signedContent) {
        String secret = config.secret().orElseThrow(() -> new Unavailable(
                "no payment gateway secret configured (onestop.payments.gateway.secret)"));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(config.timeout())
                .header("Accept", "application/json")
                .header("X-Merchant", config.merchant())
                .header("X-Signature", GatewaySignature.sign(secret, signedContent));
        // a gateway that traces continues the caller's trace (docs/adr/0021); the signature covers the body only
        TraceParent.propagate(request::header);
        return request;
    }

    private URI endpoint(String path) {
        URI base = config.url().orElseThrow(() -> new Unavailable(
                "no payment gateway configured (onestop.payments.gateway.url)"));
        String text = base.toString();
        return URI.create((text.endsWith("/") ? text : text + "/") + path);
    }

    private JsonNode call(HttpRequest request, String what) {
        return parse(send(request, what), what);
    }

    private HttpResponse<String> send(HttpRequest request, String what) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new Unavailable("the payment gateway is unreachable (" + what + "): " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted while waiting for the payment gateway");
        }
    }

    private JsonNode parse(HttpResponse<String> response, String what) {
        if (response.statusCode() / 100 != 2) {
            String body = response.body() == null ? "" : response.body();
            throw new Unavailable("the payment gateway refused to " + what + ": HTTP " + response.statusCode() + " "
                    + body.substring(0, Math.min(body.length(), 300)));
        }
        try {
            return mapper.readTree(response.body());
        } catch (JsonProcessingException e) {
            throw new Unavailable("the payment gateway's answer to " + what + " is not JSON");
        }
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("the gateway's message has no " + field);
        }
        return value.asText();
    }
}
