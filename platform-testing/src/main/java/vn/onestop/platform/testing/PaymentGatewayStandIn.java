package vn.onestop.platform.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local stand-in for the national online payment platform (the payment gateway a province's
 * system uses to take fees online): the merchant creates a payment, redirects the citizen's browser
 * to the gateway's pay page, receives a signed callback with the outcome and queries the status to
 * reconcile. <b>For local use and tests only, never production</b>: it keeps its transactions in
 * memory, listens on 127.0.0.1 only, knows exactly one merchant and lets whoever opens the pay page
 * choose the outcome.
 *
 * <p>Depends on the JDK only, so that {@code ./onestop up} and {@code ./onestop test} run this file
 * as it is:
 * {@code java PaymentGatewayStandIn.java --port 8190 --merchant onestop-local --secret paygate-local-secret
 * [--expiry-seconds 900]}. In a test: {@code new PaymentGatewayStandIn(merchant, secret).start(0)}
 * returns the bound port; {@link #stop()} ends it.
 *
 * <h2>Signatures</h2>
 * {@code X-Signature} is the lower-case hex of HMAC-SHA256(secret, the exact body bytes as sent).
 * Every merchant-to-gateway call carries {@code X-Merchant: <merchant code>} and {@code X-Signature};
 * for {@code GET /api/v1/payments/{id}} the signed bytes are the transaction id (UTF-8). A wrong or
 * missing merchant or signature answers 401. Every answer under {@code /api/v1} carries
 * {@code X-Signature} over its own body; the callback carries {@code X-Merchant} and
 * {@code X-Signature} over its body.
 *
 * <h2>Endpoints</h2>
 * <ul>
 *   <li>{@code POST /api/v1/payments} {@code {"orderId","amount","currency":"VND","description",
 *       "returnUrl","notifyUrl"}}: 201 {@code {"transactionId","orderId","amount","status":"PENDING",
 *       "payUrl","expiresAt"}}; the same orderId and amount again: 200 with that transaction; the same
 *       orderId with another amount: 409; a missing or invalid field: 400 naming it.</li>
 *   <li>{@code GET /api/v1/payments/{transactionId}}: 200 {@code {"transactionId","orderId","amount",
 *       "status","paidAt","bankCode"}} (the last two only when PAID; a PENDING transaction past its
 *       expiresAt reports EXPIRED); unknown: 404.</li>
 *   <li>{@code GET /pay/{transactionId}}: the pay page the citizen's browser is sent to.</li>
 *   <li>{@code POST /pay/{transactionId}} form {@code outcome=PAID|FAILED} [{@code notify=false}]:
 *       settles a PENDING transaction (else 409), posts the callback to notifyUrl (up to 3 attempts,
 *       1 s apart, until a 2xx) unless {@code notify=false}, then answers 303 to returnUrl with
 *       {@code transactionId} and {@code status} appended, or, when the request accepts
 *       application/json, 200 {@code {"transactionId","status","callbackStatus","callbackAttempts"}}.</li>
 *   <li>{@code GET /health}: 200 {@code ok}.</li>
 * </ul>
 * Errors are JSON {@code {"error":"..."}} (HTML for the browser pages): 400 for what cannot be
 * parsed, 500 with the message for anything unexpected.
 */
public final class PaymentGatewayStandIn implements AutoCloseable {

    public static final String DEFAULT_MERCHANT = "onestop-local";
    public static final String DEFAULT_SECRET = "paygate-local-secret";
    public static final int DEFAULT_PORT = 8190;
    public static final Duration DEFAULT_EXPIRY = Duration.ofMinutes(15);
    /** The bank the stand-in reports for every paid transaction. */
    public static final String BANK_CODE = "NCB";
    public static final int CALLBACK_ATTEMPTS = 3;

    private static final Duration CALLBACK_RETRY_DELAY = Duration.ofSeconds(1);
    private static final Duration CALLBACK_TIMEOUT = Duration.ofSeconds(10);
    private static final int MAX_BODY_BYTES = 64 * 1024;
    private static final String ID_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final String JSON_TYPE = "application/json";
    private static final String HTML_TYPE = "text/html; charset=UTF-8";
    /** What the request log line adds about the request being handled on this thread. */
    private static final ThreadLocal<String> LOG_NOTE = new ThreadLocal<>();

    private final String merchantCode;
    private final byte[] secret;
    private final Duration expiry;
    private final Map<String, Transaction> transactions = new ConcurrentHashMap<>();
    /** orderId -> transactionId */
    private final Map<String, String> orders = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(CALLBACK_TIMEOUT).build();
    private HttpServer server;
    private ExecutorService executor;
    private volatile int port = -1;

    public PaymentGatewayStandIn(String merchantCode, String secret) {
        this(merchantCode, secret, DEFAULT_EXPIRY);
    }

    public PaymentGatewayStandIn(String merchantCode, String secret, Duration expiry) {
        this.merchantCode = requireText(merchantCode, "merchantCode");
        this.secret = requireText(secret, "secret").getBytes(StandardCharsets.UTF_8);
        this.expiry = Objects.requireNonNull(expiry, "expiry");
        if (expiry.isNegative() || expiry.isZero()) {
            throw new IllegalArgumentException("expiry must be positive");
        }
    }

    // -----------------------------------------------------------------------------------------
    // Life cycle
    // -----------------------------------------------------------------------------------------

    /** Listens on 127.0.0.1:{@code port} (0: a free port) and returns the bound port. */
    public synchronized int start(int port) throws IOException {
        if (server != null) {
            throw new IllegalStateException("already started on port " + this.port);
        }
        HttpServer created = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 0);
        AtomicInteger threads = new AtomicInteger();
        executor = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "paygate-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        created.setExecutor(executor);
        created.createContext("/", this::handle);
        created.start();
        server = created;
        this.port = created.getAddress().getPort();
        return this.port;
    }

    public synchronized void stop() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
            server = null;
            executor = null;
            port = -1;
        }
    }

    @Override
    public void close() {
        stop();
    }

    /** The bound port, or -1 when not started. */
    public int port() {
        return port;
    }

    /** {@code http://127.0.0.1:<port>}. */
    public String baseUrl() {
        if (port < 0) {
            throw new IllegalStateException("not started");
        }
        return "http://127.0.0.1:" + port;
    }

    /** The status a status query would report now (PENDING, PAID, FAILED or EXPIRED). */
    public Optional<String> status(String transactionId) {
        return Optional.ofNullable(transactions.get(transactionId)).map(t -> t.effectiveStatus(Instant.now()));
    }

    /** Lower-case hex of HMAC-SHA256(secret, bytes): the value of {@code X-Signature}. */
    public static String sign(String secret, byte[] bytes) {
        return sign(secret.getBytes(StandardCharsets.UTF_8), bytes);
    }

    /** {@link #sign(String, byte[])} of the UTF-8 bytes of {@code text}. */
    public static String sign(String secret, String text) {
        return sign(secret, text.getBytes(StandardCharsets.UTF_8));
    }

    private static String sign(byte[] key, byte[] bytes) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(bytes));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    // -----------------------------------------------------------------------------------------
    // Routing
    // -----------------------------------------------------------------------------------------

    private void handle(HttpExchange exchange) {
        long started = System.nanoTime();
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        try {
            route(exchange, method, path == null ? "" : path);
        } catch (HttpError e) {
            sendError(exchange, e.status, e.getMessage(), e.html);
        } catch (Exception e) {
            sendError(exchange, 500, e.getClass().getSimpleName() + ": " + e.getMessage(), false);
        } finally {
            exchange.close();
            String note = LOG_NOTE.get();
            LOG_NOTE.remove();
            System.out.printf("%s paygate %s %s -> %d (%d ms)%s%n", Instant.now().truncatedTo(ChronoUnit.MILLIS),
                    method, path, exchange.getResponseCode(), (System.nanoTime() - started) / 1_000_000,
                    note == null ? "" : " " + note);
        }
    }

    private void route(HttpExchange exchange, String method, String path) throws IOException {
        if (path.equals("/health")) {
            requireMethod(method, "GET");
            send(exchange, 200, "text/plain; charset=UTF-8", "ok".getBytes(StandardCharsets.UTF_8));
        } else if (path.equals("/api/v1/payments")) {
            requireMethod(method, "POST");
            createPayment(exchange);
        } else if (path.startsWith("/api/v1/payments/") && path.indexOf('/', "/api/v1/payments/".length()) < 0
                && path.length() > "/api/v1/payments/".length()) {
            requireMethod(method, "GET");
            queryPayment(exchange, path.substring("/api/v1/payments/".length()));
        } else if (path.startsWith("/pay/") && path.indexOf('/', "/pay/".length()) < 0
                && path.length() > "/pay/".length()) {
            String id = path.substring("/pay/".length());
            if (method.equals("GET")) {
                payPage(exchange, id);
            } else if (method.equals("POST")) {
                settle(exchange, id);
            } else {
                throw new HttpError(405, "method " + method + " is not allowed here (GET, POST)", true);
            }
        } else {
            throw new HttpError(404, "no such endpoint: " + method + " " + path);
        }
    }

    private static void requireMethod(String method, String allowed) {
        if (!method.equals(allowed)) {
            throw new HttpError(405, "method " + method + " is not allowed here (" + allowed + ")");
        }
    }

    // -----------------------------------------------------------------------------------------
    // Merchant API
    // -----------------------------------------------------------------------------------------

    private void createPayment(HttpExchange exchange) throws IOException {
        byte[] body = readBody(exchange);
        authenticate(exchange, body);
        Map<String, Object> request = Json.parseObject(decodeUtf8(body));
        String orderId = requireString(request, "orderId", 64);
        long amount = requireAmount(request);
        String currency = requireString(request, "currency", 3);
        if (!currency.equals("VND")) {
            throw new HttpError(400, "field 'currency' must be \"VND\"");
        }
        String description = requireString(request, "description", 255);
        String returnUrl = requireUrl(request, "returnUrl");
        String notifyUrl = requireUrl(request, "notifyUrl");

        Transaction transaction;
        boolean created = false;
        synchronized (orders) {
            String existingId = orders.get(orderId);
            if (existingId != null) {
                transaction = transactions.get(existingId);
                if (transaction.amount() != amount) {
                    throw new HttpError(409, "orderId '" + orderId + "' already has transaction " + existingId
                            + " with amount " + transaction.amount() + ", not " + amount);
                }
            } else {
                Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
                String id;
                do {
                    id = newTransactionId();
                } while (transactions.containsKey(id));
                transaction = new Transaction(id, orderId, amount, description, returnUrl, notifyUrl,
                        now.plus(expiry), "PENDING", null, null, null, 0);
                transactions.put(id, transaction);
                orders.put(orderId, id);
                created = true;
            }
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("transactionId", transaction.id());
        answer.put("orderId", transaction.orderId());
        answer.put("amount", transaction.amount());
        answer.put("status", transaction.effectiveStatus(Instant.now()));
        answer.put("payUrl", baseUrl() + "/pay/" + transaction.id());
        answer.put("expiresAt", transaction.expiresAt().toString());
        LOG_NOTE.set(transaction.id() + " order=" + orderId + " amount=" + amount
                + (created ? "" : " (existing)"));
        sendJson(exchange, created ? 201 : 200, answer);
    }

    private void queryPayment(HttpExchange exchange, String transactionId) throws IOException {
        readBody(exchange);
        authenticate(exchange, transactionId.getBytes(StandardCharsets.UTF_8));
        Transaction transaction = transactions.get(transactionId);
        if (transaction == null) {
            throw new HttpError(404, "unknown transaction " + transactionId);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("transactionId", transaction.id());
        answer.put("orderId", transaction.orderId());
        answer.put("amount", transaction.amount());
        String status = transaction.effectiveStatus(Instant.now());
        answer.put("status", status);
        if (status.equals("PAID")) {
            answer.put("paidAt", transaction.paidAt().toString());
            answer.put("bankCode", transaction.bankCode());
        }
        LOG_NOTE.set(transactionId + " " + status);
        sendJson(exchange, 200, answer);
    }

    private void authenticate(HttpExchange exchange, byte[] signed) {
        String merchant = exchange.getRequestHeaders().getFirst("X-Merchant");
        if (merchant == null || merchant.isBlank()) {
            throw new HttpError(401, "missing X-Merchant header");
        }
        if (!merchant.equals(merchantCode)) {
            throw new HttpError(401, "unknown merchant '" + merchant + "'");
        }
        String signature = exchange.getRequestHeaders().getFirst("X-Signature");
        if (signature == null || signature.isBlank()) {
            throw new HttpError(401, "missing X-Signature header");
        }
        byte[] expected = sign(secret, signed).getBytes(StandardCharsets.US_ASCII);
        byte[] given = signature.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, given)) {
            throw new HttpError(401, "X-Signature does not match: expected the lower-case hex HMAC-SHA256 of the "
                    + "exact request body (of the transaction id for a status query) with the merchant's secret");
        }
    }

    // -----------------------------------------------------------------------------------------
    // The citizen's browser
    // -----------------------------------------------------------------------------------------

    private void payPage(HttpExchange exchange, String transactionId) throws IOException {
        Transaction transaction = transactions.get(transactionId);
        if (transaction == null) {
            throw new HttpError(404, "Kh\u00f4ng c\u00f3 giao d\u1ecbch " + transactionId, true);
        }
        String status = transaction.effectiveStatus(Instant.now());
        StringBuilder html = new StringBuilder();
        html.append("<p>M\u00e3 giao d\u1ecbch: <b>").append(escapeHtml(transaction.id())).append("</b><br>")
                .append("M\u00e3 \u0111\u01a1n h\u00e0ng: ").append(escapeHtml(transaction.orderId())).append("</p>\n")
                .append("<p class=\"amount\">").append(formatVnd(transaction.amount())).append("</p>\n")
                .append("<p>").append(escapeHtml(transaction.description())).append("</p>\n");
        if (status.equals("PENDING")) {
            html.append("<p>H\u1ebft h\u1ea1n l\u00fac ").append(transaction.expiresAt()).append(" (UTC)</p>\n")
                    .append("<form method=\"post\" action=\"/pay/").append(escapeHtml(transaction.id())).append("\">\n")
                    .append("<button type=\"submit\" name=\"outcome\" value=\"PAID\">Thanh to\u00e1n</button>\n")
                    .append("<button type=\"submit\" name=\"outcome\" value=\"FAILED\">H\u1ee7y giao d\u1ecbch</button>\n")
                    .append("<p class=\"standin\"><label><input type=\"checkbox\" name=\"notify\" value=\"false\"> ")
                    .append("Kh\u00f4ng g\u1eedi th\u00f4ng b\u00e1o k\u1ebft qu\u1ea3 cho \u0111\u01a1n v\u1ecb ")
                    .append("(gi\u1ea3 l\u1eadp m\u1ea5t callback)</label></p>\n")
                    .append("</form>\n");
        } else {
            html.append("<p>Tr\u1ea1ng th\u00e1i: <b>").append(statusText(status)).append("</b></p>\n")
                    .append("<p><a href=\"").append(escapeHtml(returnLocation(transaction, status)))
                    .append("\">Quay l\u1ea1i trang c\u1ee7a \u0111\u01a1n v\u1ecb</a></p>\n");
        }
        LOG_NOTE.set(transactionId + " " + status);
        send(exchange, 200, HTML_TYPE, page("Thanh to\u00e1n tr\u1ef1c tuy\u1ebfn", html.toString()));
    }

    private void settle(HttpExchange exchange, String transactionId) throws IOException {
        boolean json = acceptsJson(exchange);
        Map<String, String> form = parseForm(decodeUtf8(readBody(exchange)), json);
        String outcome = form.get("outcome");
        if (!"PAID".equals(outcome) && !"FAILED".equals(outcome)) {
            throw new HttpError(400, "form field 'outcome' must be PAID or FAILED", !json);
        }
        String notifyValue = form.getOrDefault("notify", "true");
        if (!notifyValue.equals("true") && !notifyValue.equals("false")) {
            throw new HttpError(400, "form field 'notify' must be true or false", !json);
        }
        boolean notify = notifyValue.equals("true");
        if (!transactions.containsKey(transactionId)) {
            throw new HttpError(404, "unknown transaction " + transactionId, !json);
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String[] refused = new String[1];
        Transaction settled = transactions.computeIfPresent(transactionId, (id, current) -> {
            String status = current.effectiveStatus(now);
            if (!status.equals("PENDING")) {
                refused[0] = status;
                return current;
            }
            return outcome.equals("PAID")
                    ? current.withStatus("PAID", now, BANK_CODE)
                    : current.withStatus("FAILED", null, null);
        });
        if (refused[0] != null) {
            throw new HttpError(409, "transaction " + transactionId + " is " + refused[0]
                    + "; only a PENDING transaction can be paid or cancelled", !json);
        }
        Integer callbackStatus = null;
        int attempts = 0;
        if (notify) {
            int[] result = sendCallback(settled);
            callbackStatus = result[0];
            attempts = result[1];
            Integer recorded = callbackStatus;
            int recordedAttempts = attempts;
            settled = transactions.computeIfPresent(transactionId,
                    (id, current) -> current.withCallback(recorded, recordedAttempts));
        }
        LOG_NOTE.set(transactionId + " " + settled.status()
                + (notify ? " callback=" + callbackStatus + " after " + attempts + " attempt(s)" : " callback not sent"));
        if (json) {
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("transactionId", settled.id());
            answer.put("status", settled.status());
            answer.put("callbackStatus", callbackStatus);
            answer.put("callbackAttempts", attempts);
            sendJson(exchange, 200, answer);
        } else {
            exchange.getResponseHeaders().set("Location", returnLocation(settled, settled.status()));
            exchange.sendResponseHeaders(303, -1);
        }
    }

    /**
     * Posts the outcome to the transaction's notifyUrl until it answers 2xx, at most
     * {@link #CALLBACK_ATTEMPTS} times. Returns {last HTTP status (0: no answer), attempts}.
     */
    private int[] sendCallback(Transaction transaction) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("transactionId", transaction.id());
        body.put("orderId", transaction.orderId());
        body.put("merchantCode", merchantCode);
        body.put("amount", transaction.amount());
        body.put("status", transaction.status());
        if (transaction.status().equals("PAID")) {
            body.put("paidAt", transaction.paidAt().toString());
            body.put("bankCode", transaction.bankCode());
        }
        byte[] bytes = Json.write(body).getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(transaction.notifyUrl()))
                .timeout(CALLBACK_TIMEOUT)
                .header("Content-Type", JSON_TYPE)
                .header("X-Merchant", merchantCode)
                .header("X-Signature", sign(secret, bytes))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                .build();
        int status = 0;
        int attempt = 0;
        while (attempt < CALLBACK_ATTEMPTS) {
            attempt++;
            String outcome;
            try {
                status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                outcome = String.valueOf(status);
            } catch (IOException e) {
                status = 0;
                outcome = "no answer (" + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                status = 0;
                outcome = "interrupted";
            }
            System.out.printf("%s paygate callback %s %s -> %s (attempt %d/%d)%n",
                    Instant.now().truncatedTo(ChronoUnit.MILLIS), transaction.id(), transaction.notifyUrl(),
                    outcome, attempt, CALLBACK_ATTEMPTS);
            if ((status >= 200 && status < 300) || attempt == CALLBACK_ATTEMPTS || Thread.currentThread().isInterrupted()) {
                break;
            }
            try {
                Thread.sleep(CALLBACK_RETRY_DELAY.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return new int[] {status, attempt};
    }

    /** returnUrl with {@code transactionId} and {@code status} appended to its query. */
    private static String returnLocation(Transaction transaction, String status) {
        String url = transaction.returnUrl();
        String fragment = "";
        int hash = url.indexOf('#');
        if (hash >= 0) {
            fragment = url.substring(hash);
            url = url.substring(0, hash);
        }
        String separator = url.contains("?") ? (url.endsWith("?") || url.endsWith("&") ? "" : "&") : "?";
        return url + separator + "transactionId=" + URLEncoder.encode(transaction.id(), StandardCharsets.UTF_8)
                + "&status=" + URLEncoder.encode(status, StandardCharsets.UTF_8) + fragment;
    }

    private static boolean acceptsJson(HttpExchange exchange) {
        List<String> accept = exchange.getRequestHeaders().get("Accept");
        return accept != null && accept.stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).contains(JSON_TYPE));
    }

    private static Map<String, String> parseForm(String body, boolean json) {
        Map<String, String> form = new HashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name;
            String value;
            try {
                name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw new HttpError(400, "the form body is not application/x-www-form-urlencoded: " + e.getMessage(), !json);
            }
            if (form.putIfAbsent(name, value) != null) {
                throw new HttpError(400, "form field '" + name + "' given twice", !json);
            }
        }
        return form;
    }

    private static String statusText(String status) {
        return switch (status) {
            case "PAID" -> "\u0110\u00e3 thanh to\u00e1n";
            case "FAILED" -> "\u0110\u00e3 h\u1ee7y / kh\u00f4ng th\u00e0nh c\u00f4ng";
            case "EXPIRED" -> "\u0110\u00e3 h\u1ebft h\u1ea1n";
            default -> "Ch\u1edd thanh to\u00e1n";
        };
    }

    /** 1234567 -> "1.234.567 VND". */
    static String formatVnd(long amount) {
        return String.format(Locale.ROOT, "%,d", amount).replace(',', '.') + " VND";
    }

    private static byte[] page(String title, String content) {
        String html = "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"UTF-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + escapeHtml(title) + "</title>\n"
                + "<style>body{font-family:sans-serif;max-width:36em;margin:2em auto;padding:0 1em}"
                + ".amount{font-size:1.6em;font-weight:bold}.standin{color:#666;font-size:.9em}"
                + ".banner{background:#fff3cd;padding:.5em}button{font-size:1em;padding:.5em 1em;margin-right:.5em}"
                + "</style>\n</head>\n<body>\n"
                + "<p class=\"banner\">C\u1ed5ng thanh to\u00e1n GI\u1ea2 L\u1eacP \u0111\u1ec3 ch\u1ea1y th\u1eed v\u00e0 ki\u1ec3m th\u1eed "
                + "(payment gateway stand-in, not the real platform)</p>\n"
                + "<h1>" + escapeHtml(title) + "</h1>\n" + content + "</body>\n</html>\n";
        return html.getBytes(StandardCharsets.UTF_8);
    }

    private static String escapeHtml(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    // -----------------------------------------------------------------------------------------
    // Request validation and answers
    // -----------------------------------------------------------------------------------------

    private static String requireString(Map<String, Object> request, String field, int maxLength) {
        Object value = request.get(field);
        if (value == null) {
            throw new HttpError(400, "field '" + field + "' is required");
        }
        if (!(value instanceof String text)) {
            throw new HttpError(400, "field '" + field + "' must be a string");
        }
        if (text.isBlank()) {
            throw new HttpError(400, "field '" + field + "' must not be blank");
        }
        if (text.length() > maxLength) {
            throw new HttpError(400, "field '" + field + "' is longer than " + maxLength + " characters");
        }
        return text;
    }

    private static long requireAmount(Map<String, Object> request) {
        Object value = request.get("amount");
        if (value == null) {
            throw new HttpError(400, "field 'amount' is required");
        }
        if (!(value instanceof BigDecimal number) || number.scale() != 0) {
            throw new HttpError(400, "field 'amount' must be an integer number of VND");
        }
        if (number.signum() <= 0) {
            throw new HttpError(400, "field 'amount' must be greater than 0");
        }
        try {
            return number.longValueExact();
        } catch (ArithmeticException e) {
            throw new HttpError(400, "field 'amount' is too large");
        }
    }

    private static String requireUrl(Map<String, Object> request, String field) {
        String text = requireString(request, field, 2048);
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return text;
            }
        } catch (URISyntaxException e) {
            // answered below
        }
        throw new HttpError(400, "field '" + field + "' must be an absolute http(s) URL");
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    private String newTransactionId() {
        StringBuilder id = new StringBuilder("PG");
        for (int i = 0; i < 12; i++) {
            id.append(ID_ALPHABET.charAt(random.nextInt(ID_ALPHABET.length())));
        }
        return id.toString();
    }

    private static byte[] readBody(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES) {
                throw new HttpError(413, "the request body is larger than " + MAX_BODY_BYTES + " bytes");
            }
            return body;
        }
    }

    private static String decodeUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new HttpError(400, "the request body is not UTF-8");
        }
    }

    private void sendJson(HttpExchange exchange, int status, Map<String, ?> body) throws IOException {
        byte[] bytes = Json.write(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("X-Signature", sign(secret, bytes));
        send(exchange, status, JSON_TYPE, bytes);
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private void sendError(HttpExchange exchange, int status, String message, boolean html) {
        if (exchange.getResponseCode() != -1) {
            return; // the headers are gone already; nothing more can be said
        }
        try {
            if (html) {
                String title = status == 404 ? "Kh\u00f4ng t\u00ecm th\u1ea5y" : "L\u1ed7i " + status;
                send(exchange, status, HTML_TYPE, page(title, "<p>" + escapeHtml(String.valueOf(message)) + "</p>\n"));
            } else {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("error", String.valueOf(message));
                sendJson(exchange, status, body);
            }
        } catch (IOException | RuntimeException e) {
            // the client went away; the request log line says what it was answered
        }
    }

    /** An answer other than success, with its message. */
    private static final class HttpError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int status;
        final boolean html;

        HttpError(int status, String message) {
            this(status, message, false);
        }

        HttpError(int status, String message, boolean html) {
            super(message, null, false, false);
            this.status = status;
            this.html = html;
        }
    }

    /** One payment, immutable: a change replaces it in the map. Instants are whole seconds. */
    private record Transaction(String id, String orderId, long amount, String description, String returnUrl,
            String notifyUrl, Instant expiresAt, String status, Instant paidAt, String bankCode,
            Integer callbackStatus, int callbackAttempts) {

        /** A PENDING transaction past its expiresAt is EXPIRED. */
        String effectiveStatus(Instant now) {
            return status.equals("PENDING") && now.isAfter(expiresAt) ? "EXPIRED" : status;
        }

        Transaction withStatus(String newStatus, Instant newPaidAt, String newBankCode) {
            return new Transaction(id, orderId, amount, description, returnUrl, notifyUrl, expiresAt, newStatus,
                    newPaidAt, newBankCode, callbackStatus, callbackAttempts);
        }

        Transaction withCallback(Integer newCallbackStatus, int attempts) {
            return new Transaction(id, orderId, amount, description, returnUrl, notifyUrl, expiresAt, status,
                    paidAt, bankCode, newCallbackStatus, attempts);
        }
    }

    // -----------------------------------------------------------------------------------------
    // JSON: flat objects of strings, numbers, booleans and null only
    // -----------------------------------------------------------------------------------------

    /** A tiny reader and writer for flat JSON objects; numbers are read as {@link BigDecimal}. */
    static final class Json {

        private final String text;
        private int pos;

        private Json(String text) {
            this.text = text;
        }

        /** A JSON object whose values are strings, numbers, booleans or null; else 400. */
        static Map<String, Object> parseObject(String text) {
            Json json = new Json(text);
            Map<String, Object> object = new LinkedHashMap<>();
            json.skipSpace();
            json.expect('{');
            json.skipSpace();
            if (json.peek() == '}') {
                json.pos++;
            } else {
                while (true) {
                    json.skipSpace();
                    String key = json.readString();
                    json.skipSpace();
                    json.expect(':');
                    json.skipSpace();
                    Object value = json.readValue();
                    if (object.containsKey(key)) {
                        throw json.error("duplicate key \"" + key + "\"");
                    }
                    object.put(key, value);
                    json.skipSpace();
                    char c = json.next();
                    if (c == '}') {
                        break;
                    }
                    if (c != ',') {
                        json.pos--;
                        throw json.error("expected ',' or '}'");
                    }
                }
            }
            json.skipSpace();
            if (json.pos < text.length()) {
                throw json.error("unexpected content after the object");
            }
            return object;
        }

        static String write(Map<String, ?> object) {
            StringBuilder out = new StringBuilder("{");
            boolean first = true;
            for (Map.Entry<String, ?> entry : object.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                writeString(out, entry.getKey());
                out.append(':');
                Object value = entry.getValue();
                if (value == null) {
                    out.append("null");
                } else if (value instanceof Number || value instanceof Boolean) {
                    out.append(value);
                } else {
                    writeString(out, value.toString());
                }
            }
            return out.append('}').toString();
        }

        private static void writeString(StringBuilder out, String value) {
            out.append('"');
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    default -> {
                        if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            out.append('"');
        }

        private Object readValue() {
            char c = peek();
            switch (c) {
                case '"':
                    return readString();
                case 't':
                    readWord("true");
                    return Boolean.TRUE;
                case 'f':
                    readWord("false");
                    return Boolean.FALSE;
                case 'n':
                    readWord("null");
                    return null;
                case '{':
                case '[':
                    throw error("nested objects and arrays are not supported here");
                default:
                    if (c == '-' || (c >= '0' && c <= '9')) {
                        return readNumber();
                    }
                    throw error("expected a value");
            }
        }

        private String readString() {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (true) {
                char c = next();
                if (c == '"') {
                    return out.toString();
                }
                if (c < 0x20) {
                    pos--;
                    throw error("control character in a string");
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                char e = next();
                switch (e) {
                    case '"' -> out.append('"');
                    case '\\' -> out.append('\\');
                    case '/' -> out.append('/');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'u' -> {
                        if (pos + 4 > text.length()) {
                            throw error("incomplete \\u escape");
                        }
                        try {
                            out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                        } catch (NumberFormatException ex) {
                            throw error("invalid \\u escape");
                        }
                        pos += 4;
                    }
                    default -> {
                        pos--;
                        throw error("invalid escape \\" + e);
                    }
                }
            }
        }

        private BigDecimal readNumber() {
            int start = pos;
            if (peek() == '-') {
                pos++;
            }
            if (peek() == '0') {
                pos++;
            } else {
                digits();
            }
            if (peek() == '.') {
                pos++;
                digits();
            }
            if (peek() == 'e' || peek() == 'E') {
                pos++;
                if (peek() == '+' || peek() == '-') {
                    pos++;
                }
                digits();
            }
            try {
                return new BigDecimal(text.substring(start, pos));
            } catch (NumberFormatException e) {
                pos = start;
                throw error("invalid number");
            }
        }

        private void digits() {
            int start = pos;
            while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
                pos++;
            }
            if (pos == start) {
                throw error("expected a digit");
            }
        }

        private void readWord(String word) {
            if (!text.startsWith(word, pos)) {
                throw error("expected a value");
            }
            pos += word.length();
        }

        private void skipSpace() {
            while (pos < text.length() && " \t\r\n".indexOf(text.charAt(pos)) >= 0) {
                pos++;
            }
        }

        /** The next character without consuming it; '\0' at the end. */
        private char peek() {
            return pos < text.length() ? text.charAt(pos) : '\0';
        }

        private char next() {
            if (pos >= text.length()) {
                throw error("unexpected end of the JSON body");
            }
            return text.charAt(pos++);
        }

        private void expect(char c) {
            if (peek() != c) {
                throw error("expected '" + c + "'");
            }
            pos++;
        }

        private HttpError error(String message) {
            return new HttpError(400, "the body is not a valid flat JSON object: " + message + " at offset " + pos);
        }
    }

    // -----------------------------------------------------------------------------------------
    // Command line
    // -----------------------------------------------------------------------------------------

    public static void main(String[] args) {
        int port = DEFAULT_PORT;
        String merchant = DEFAULT_MERCHANT;
        String secret = DEFAULT_SECRET;
        long expirySeconds = DEFAULT_EXPIRY.toSeconds();
        List<String> rest = new ArrayList<>(List.of(args));
        PaymentGatewayStandIn gateway;
        try {
            while (!rest.isEmpty()) {
                String option = rest.remove(0);
                switch (option) {
                    case "--port" -> port = intValue(option, rest, 0, 65535);
                    case "--merchant" -> merchant = value(option, rest);
                    case "--secret" -> secret = value(option, rest);
                    case "--expiry-seconds" -> expirySeconds = intValue(option, rest, 1, Integer.MAX_VALUE);
                    case "-h", "--help" -> {
                        System.out.println("usage: java PaymentGatewayStandIn.java [--port " + DEFAULT_PORT
                                + "] [--merchant " + DEFAULT_MERCHANT + "] [--secret " + DEFAULT_SECRET
                                + "] [--expiry-seconds " + DEFAULT_EXPIRY.toSeconds() + "]");
                        return;
                    }
                    default -> throw new IllegalArgumentException("unknown option " + option);
                }
            }
            gateway = new PaymentGatewayStandIn(merchant, secret, Duration.ofSeconds(expirySeconds));
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(2);
            return;
        }
        try {
            gateway.start(port);
        } catch (BindException e) {
            System.err.println("error: cannot listen on 127.0.0.1:" + port + ": " + e.getMessage());
            System.exit(1);
        } catch (IOException e) {
            System.err.println("error: " + e);
            System.exit(1);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(gateway::stop, "paygate-shutdown"));
        System.out.printf("%s paygate payment gateway stand-in (local use and tests only) listening on %s, "
                        + "merchant %s, payments expire after %d s%n",
                Instant.now().truncatedTo(ChronoUnit.MILLIS), gateway.baseUrl(), merchant, expirySeconds);
    }

    private static String value(String option, List<String> rest) {
        if (rest.isEmpty()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return rest.remove(0);
    }

    private static int intValue(String option, List<String> rest, int min, int max) {
        String text = value(option, rest);
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new IllegalArgumentException(option + " must be a number from " + min + " to " + max + ", not " + text);
    }
}
