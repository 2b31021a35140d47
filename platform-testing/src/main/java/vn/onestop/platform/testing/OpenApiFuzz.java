package vn.onestop.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.LongSupplier;

/**
 * Drives a running service from its own OpenAPI document ({@code /q/openapi} on its management
 * port, {@link Service#management}): every operation of the API,
 * with control characters (NUL and others) in each path and query parameter, and the framework's own
 * errors (unknown path, wrong method, unsupported media type, unacceptable answer), and bodies and
 * parameters generated from the document's schemas ({@link Mutations}). A client's mistake must get
 * a 4xx application/problem+json, never a 5xx; what does not is returned as a finding.
 */
public final class OpenApiFuzz {

    /** What a client may slip into a parameter: NUL alone and inside text, other C0 controls, DEL, a C1 control. */
    public static final List<String> CONTROL_VALUES = List.of("\u0000", "a\u0000b", "\u0001", "x\u001b[0m", "\u007f",
            "\u0085");

    /** How many bodies, and how many parameter values, one operation gets at most in a generated run. */
    public static final int MUTATIONS_PER_OPERATION = 80;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");
    /** What in an answer looks like a stack trace or an exception leaking out. */
    private static final List<String> STACK_TRACE = List.of("\tat ", "at vn.onestop.", "at java.", "at io.quarkus.",
            "at org.jboss.", "Caused by:", "Exception");

    /** A request whose answer broke the rule. */
    public record Finding(String request, int status, String contentType, String body) {
    }

    /** What a run did: how many requests it sent, and what went wrong. */
    public record Report(int requests, List<Finding> findings) {
    }

    /** A running service: the root of its API, and the root of its management interface (health, metrics, OpenAPI). */
    public record Service(String api, String management) {
    }

    private final String base;
    private final String bearer;
    // HTTP/1.1: the JDK client's default h2c upgrade against Vert.x now and then ends in a protocol
    // error ("Frame type(32) ... exceeds MAX_FRAME_SIZE"), seen once in a fresh-clone CI run.
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonNode document;
    private final List<Finding> findings = new ArrayList<>();
    private int requests;

    private OpenApiFuzz(Service service, String bearer) {
        this.base = withoutSlash(service.api());
        this.bearer = bearer;
        String documentUrl = withoutSlash(service.management()) + "/q/openapi?format=json";
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(documentUrl))
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("no OpenAPI document at " + documentUrl + ": HTTP " + answer.statusCode());
            }
            this.document = JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new IllegalStateException("no OpenAPI document at " + documentUrl, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String withoutSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /**
     * Control characters in every path and query parameter of every operation of the service at
     * {@code service}, sent with {@code bearer} (a token whose roles get past every role check, so that
     * the input checks are what answers; null to send none).
     */
    public static Report controlCharacters(Service service, String bearer) {
        OpenApiFuzz fuzz = new OpenApiFuzz(service, bearer);
        fuzz.eachOperation((path, method, operation, parameters) -> {
            for (JsonNode target : parameters) {
                String in = target.path("in").asText();
                if (!in.equals("path") && !in.equals("query")) {
                    continue;
                }
                for (String bad : CONTROL_VALUES) {
                    fuzz.expectProblem(method, fuzz.uri(path, parameters, target, bad), operation);
                }
            }
        });
        return new Report(fuzz.requests, List.copyOf(fuzz.findings));
    }

    /**
     * Bodies generated from each operation's request body schema: a plausible valid body, then its
     * mutations ({@link Mutations#bodies}), at most {@link #MUTATIONS_PER_OPERATION} per operation,
     * drawn from {@code seed}. The rule for every answer: never a 5xx; every 4xx application/problem+json
     * with a {@code type} and no stack trace; a 2xx is allowed (a mutation may be harmless). And a request
     * answered 4xx wrote nothing: {@code recordsWritten} (the rows clients' requests have created) is
     * the same after it as before.
     */
    public static Report generatedBodies(Service service, String bearer, long seed, LongSupplier recordsWritten) {
        OpenApiFuzz fuzz = new OpenApiFuzz(service, bearer);
        fuzz.eachOperation((path, method, operation, parameters) -> {
            JsonNode requestBody = fuzz.dereference(operation.path("requestBody"));
            if (!requestBody.path("content").isObject()) {
                return;
            }
            Random random = random(seed, method, path);
            SchemaSamples samples = new SchemaSamples(fuzz.document, random);
            String uri = fuzz.generatedUri(path, parameters, samples, null, null);
            for (Mutations.Body body : Mutations.bodies(requestBody, samples, random, MUTATIONS_PER_OPERATION)) {
                Map<String, String> headers = fuzz.headers(parameters, random, null, null);
                if (body.contentType() != null) {
                    headers.put("Content-Type", body.contentType());
                }
                fuzz.probe(method, uri, headers, body.bytes(), body.what(), body.refusedField(), recordsWritten);
            }
        });
        return new Report(fuzz.requests, List.copyOf(fuzz.findings));
    }

    /**
     * Parameter values generated for each path, query and header parameter of each operation
     * ({@link Mutations#parameterValues}), the others valid and a JSON body valid, at most
     * {@link #MUTATIONS_PER_OPERATION} per operation, drawn from {@code seed}; the rule of
     * {@link #generatedBodies}.
     */
    public static Report generatedParameters(Service service, String bearer, long seed, LongSupplier recordsWritten) {
        OpenApiFuzz fuzz = new OpenApiFuzz(service, bearer);
        fuzz.eachOperation((path, method, operation, parameters) -> {
            Random random = random(seed, method, path);
            SchemaSamples samples = new SchemaSamples(fuzz.document, random);
            List<List<Map.Entry<JsonNode, Mutations.Value>>> groups = new ArrayList<>();
            for (JsonNode parameter : parameters) {
                String in = parameter.path("in").asText();
                if (in.equals("path") || in.equals("query") || in.equals("header")) {
                    groups.add(Mutations.parameterValues(parameter.path("name").asText(),
                                    samples.resolve(parameter.path("schema")), in).stream()
                            .map(value -> Map.entry(parameter, value)).toList());
                }
            }
            String body = Mutations.validBody(fuzz.dereference(operation.path("requestBody")), samples);
            for (Map.Entry<JsonNode, Mutations.Value> chosen : Mutations.inTurn(groups, MUTATIONS_PER_OPERATION, random)) {
                JsonNode target = chosen.getKey();
                String value = chosen.getValue().encoded();
                boolean header = target.path("in").asText().equals("header");
                String uri = fuzz.generatedUri(path, parameters, samples, header ? null : target, value);
                Map<String, String> headers = fuzz.headers(parameters, random, header ? target : null, value);
                if (body != null) {
                    headers.put("Content-Type", "application/json");
                }
                fuzz.probe(method, uri, headers, body == null ? null : body.getBytes(StandardCharsets.UTF_8),
                        target.path("in").asText() + " parameter " + target.path("name").asText() + " "
                                + chosen.getValue().what(), null, recordsWritten);
            }
        });
        return new Report(fuzz.requests, List.copyOf(fuzz.findings));
    }

    /**
     * Every path and query parameter of a type (a whole or decimal number, a UUID, a date or
     * date-time, an enum), given a value not of it ("abc", or a date 10000 years out), the others
     * valid and a JSON body valid: a 400 problem+json naming the parameter, never the 404 JAX-RS
     * answers by itself, and nothing written.
     */
    public static Report wrongTypes(Service service, String bearer, long seed, LongSupplier recordsWritten) {
        OpenApiFuzz fuzz = new OpenApiFuzz(service, bearer);
        fuzz.eachOperation((path, method, operation, parameters) -> {
            Random random = random(seed, method, path);
            SchemaSamples samples = new SchemaSamples(fuzz.document, random);
            String body = Mutations.validBody(fuzz.dereference(operation.path("requestBody")), samples);
            for (JsonNode target : parameters) {
                String in = target.path("in").asText();
                if (!in.equals("path") && !in.equals("query")) {
                    continue;
                }
                String name = target.path("name").asText();
                for (String wrong : wrongValues(samples.resolve(target.path("schema")))) {
                    Map<String, String> headers = fuzz.headers(parameters, random, null, null);
                    if (body != null) {
                        headers.put("Content-Type", "application/json");
                    }
                    fuzz.probe(method, fuzz.generatedUri(path, parameters, samples, target, Mutations.encode(wrong)),
                            headers, body == null ? null : body.getBytes(StandardCharsets.UTF_8),
                            in + " parameter " + name + " = " + wrong, name, recordsWritten);
                }
            }
        });
        return new Report(fuzz.requests, List.copyOf(fuzz.findings));
    }

    /** Values not of the parameter's type, or none when it is a string of no particular format. */
    private static List<String> wrongValues(JsonNode schema) {
        JsonNode type = schema.path("type");
        String format = schema.path("format").asText();
        if (schema.path("enum").path(0).isTextual()) {
            return List.of("NOT_IN_ENUM");
        }
        if (type.asText().equals("integer") || type.asText().equals("number")) {
            return List.of("abc");
        }
        return switch (format) {
            case "uuid" -> List.of("abc");
            case "date" -> List.of("abc", "+12026-11-26");
            case "date-time" -> List.of("abc", "+12026-11-26T09:00:00+07:00");
            default -> List.of();
        };
    }

    /**
     * A request too long to read: a URI of 5000 characters (over the 4096 the services read) is a 414
     * problem+json {@code uri-too-long}; a body declared larger than any limit (Content-Length of 1 TiB,
     * none of it sent) a 413 problem+json {@code body-too-large}, answered before the body is read.
     */
    public static Report requestLimits(Service service, String bearer) {
        OpenApiFuzz fuzz = new OpenApiFuzz(service, bearer);
        for (String uri : List.of("/api/v1/" + "x".repeat(5000), "/api/v1/fuzz?q=" + "x".repeat(5000))) {
            fuzz.expectLimit("GET " + uri.substring(0, 20) + "... (" + uri.length() + " characters)", 414, "uri-too-long",
                    fuzz.send("GET", uri, (String) null, Map.of("Accept", "application/json")));
        }
        RawAnswer answer = fuzz.rawHead("POST /api/v1/fuzz HTTP/1.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: 1099511627776\r\n");
        fuzz.findings.addAll(answer.broken("POST with Content-Length: 1099511627776", 413, "body-too-large"));
        return new Report(fuzz.requests, List.copyOf(fuzz.findings));
    }

    private void expectLimit(String request, int status, String slug, HttpResponse<String> answer) {
        RawAnswer raw = new RawAnswer(answer.statusCode(), answer.headers().firstValue("Content-Type").orElse(null),
                answer.body());
        findings.addAll(raw.broken(request, status, slug));
    }

    /** An answer read off a plain socket: its status, Content-Type and body. */
    private record RawAnswer(int status, String contentType, String body) {

        List<Finding> broken(String request, int expected, String slug) {
            boolean right = status == expected && contentType != null
                    && contentType.startsWith("application/problem+json") && problemType(body).endsWith("/" + slug);
            return right ? List.of() : List.of(new Finding(request + " (expected " + expected + " " + slug + ")", status,
                    contentType, body.length() > 300 ? body.substring(0, 300) : body));
        }
    }

    /**
     * Sends a request head (request line and headers, without Host and the final blank line) over a
     * plain socket, so that it may declare a body it never sends, and reads the answer to its end.
     */
    private RawAnswer rawHead(String head) {
        URI root = URI.create(base);
        int port = root.getPort() > 0 ? root.getPort() : 80;
        requests++;
        try (java.net.Socket socket = new java.net.Socket(root.getHost(), port)) {
            socket.setSoTimeout(30_000);
            String auth = bearer == null ? "" : "Authorization: Bearer " + bearer + "\r\n";
            socket.getOutputStream().write((head + "Host: " + root.getHost() + ":" + port + "\r\n" + auth + "\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int end = answer.indexOf("\r\n\r\n");
            String headers = end < 0 ? answer : answer.substring(0, end);
            String[] statusLine = headers.split("\r\n", 2)[0].split(" ", 3);
            String contentType = headers.lines().filter(l -> l.toLowerCase(java.util.Locale.ROOT).startsWith("content-type:"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse(null);
            return new RawAnswer(statusLine.length > 1 ? Integer.parseInt(statusLine[1]) : 0, contentType,
                    end < 0 ? "" : answer.substring(end + 4));
        } catch (IOException | NumberFormatException e) {
            return new RawAnswer(0, null, "no answer: " + e);
        }
    }

    private static Random random(long seed, String method, String path) {
        // per operation, so that an operation added elsewhere does not change this one's requests
        return new Random(seed ^ (method + " " + path).hashCode());
    }

    private JsonNode dereference(JsonNode node) {
        String ref = node.path("$ref").asText("");
        return ref.startsWith("#") ? document.at(ref.substring(1)) : node;
    }

    /** The path with a valid value in each path parameter and each required query parameter, and {@code encoded} in {@code target}. */
    private String generatedUri(String path, List<JsonNode> parameters, SchemaSamples samples, JsonNode target,
                                String encoded) {
        String uri = path;
        StringBuilder query = new StringBuilder();
        for (JsonNode parameter : parameters) {
            String name = parameter.path("name").asText();
            String in = parameter.path("in").asText();
            boolean isTarget = parameter == target;
            if (!isTarget && !in.equals("path") && !(in.equals("query") && parameter.path("required").asBoolean())) {
                continue;
            }
            String value = isTarget ? encoded : Mutations.encode(samples.sample(parameter.path("schema")).asText());
            if (in.equals("path")) {
                uri = uri.replace("{" + name + "}", value);
            } else if (in.equals("query")) {
                query.append(query.length() == 0 ? "?" : "&").append(Mutations.encode(name)).append('=').append(value);
            }
        }
        return uri + query;
    }

    /**
     * Accept, and a value in each header parameter (a fresh one each request: an Idempotency-Key is
     * never reused), {@code value} in {@code target}.
     */
    private Map<String, String> headers(List<JsonNode> parameters, Random random, JsonNode target, String value) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "*/*");
        for (JsonNode parameter : parameters) {
            String name = parameter.path("name").asText();
            if (!parameter.path("in").asText().equals("header") || name.equalsIgnoreCase("Content-Type")) {
                continue;
            }
            headers.put(name, parameter == target ? value
                    : name.equalsIgnoreCase("Accept") ? "*/*" : new UUID(random.nextLong(), random.nextLong()).toString());
        }
        return headers;
    }

    /** Sends one generated request and records a finding when its answer breaks the rule of {@link #generatedBodies}. */
    private void probe(String method, String uri, Map<String, String> headers, byte[] body, String what,
                       String refusedField, LongSupplier recordsWritten) {
        String request = method + " " + (uri.length() > 200 ? uri.substring(0, 200) + "..." : uri) + " with " + what;
        long before = recordsWritten.getAsLong();
        HttpResponse<String> answer;
        try {
            answer = send(method, uri, body, headers, bearer);
        } catch (RuntimeException e) {
            findings.add(new Finding(request, 0, null, "no answer: " + e.getMessage()
                    + (e.getCause() == null ? "" : " (" + e.getCause() + ")")));
            return;
        }
        String broken = brokenRule(answer);
        if (broken == null && refusedField != null && (answer.statusCode() != 400 || !names(answer.body(), refusedField))) {
            broken = "not refused with a 400 naming " + refusedField;
        }
        long written = recordsWritten.getAsLong() - before;
        if (broken == null && answer.statusCode() >= 400 && written != 0) {
            broken = "answered " + answer.statusCode() + " yet wrote " + written + " records";
        }
        if (broken != null) {
            findings.add(finding(request + ": " + broken, answer));
        }
    }

    /** Why the answer breaks the rule, or null: never a 5xx, every 4xx a typed problem without a stack trace. */
    private static String brokenRule(HttpResponse<String> answer) {
        int status = answer.statusCode();
        if (status >= 500) {
            return "a server error";
        }
        if (status < 400) {
            return null;
        }
        if (!isProblem(answer)) {
            return "not application/problem+json";
        }
        if (problemType(answer.body()).isEmpty()) {
            return "a problem without a type";
        }
        return STACK_TRACE.stream().filter(answer.body()::contains).findFirst()
                .map(trace -> "what looks like a stack trace (" + trace.strip() + ")").orElse(null);
    }

    /**
     * The errors the framework answers before any resource runs: a path nothing serves, a method a
     * path does not take, a body of a type an operation does not read, an answer type it cannot give.
     */
    public static Report frameworkErrors(Service service, String bearer) {
        OpenApiFuzz fuzz = new OpenApiFuzz(service, bearer);
        fuzz.expectProblem("GET", "/api/v1/no-such-thing/" + UUID.randomUUID(), null);
        fuzz.expectProblem("GET", "/" + UUID.randomUUID(), null);
        fuzz.expectProblem("GET", "/q/no-such-thing", null);
        // health, metrics and the document live on the management port only
        for (String management : List.of("/q/health/ready", "/q/metrics", "/q/openapi")) {
            fuzz.expectProblem("GET", management, null);
        }
        fuzz.expect("GET", "/api/v1/no-such-thing", null, null, "text/html");
        fuzz.eachOperation((path, method, operation, parameters) -> {
            String uri = fuzz.uri(path, parameters, null, null);
            if (!fuzz.document.path("paths").path(path).has("delete")) {
                fuzz.expectProblem("DELETE", uri, null);
            }
            if (operation.path("requestBody").path("content").has("application/json")) {
                fuzz.expect(method, uri, "text/plain", "not json", "*/*");
            }
            if (method.equals("GET")) {
                fuzz.expect(method, uri, null, null, "application/xml");
            }
        });
        return new Report(fuzz.requests, List.copyOf(fuzz.findings));
    }

    /**
     * Every operation without a token: one that declares a security requirement (any role) must
     * answer 401 problem+json with {@code WWW-Authenticate: Bearer}; one that declares none is
     * public and must not answer 401 or 403. So the document says truthfully which operations are
     * public, and none is left open by mistake.
     */
    public static Report withoutToken(Service service) {
        OpenApiFuzz fuzz = new OpenApiFuzz(service, null);
        fuzz.eachOperation((path, method, operation, parameters) -> {
            String uri = fuzz.uri(path, parameters, null, null);
            HttpResponse<String> answer = fuzz.sendWithEmptyBody(method, uri, operation, null);
            boolean secured = operation.path("security").size() > 0;
            boolean wrong = secured
                    ? answer.statusCode() != 401 || !isProblem(answer)
                            || !answer.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer")
                    : answer.statusCode() == 401 || answer.statusCode() == 403;
            if (wrong) {
                fuzz.findings.add(finding(method + " " + uri + (secured ? " (secured)" : " (public)"), answer));
            }
        });
        return new Report(fuzz.requests, List.copyOf(fuzz.findings));
    }

    /**
     * The role matrix, from the document: every secured operation, called by a person of each role
     * it does not declare (the scopes of its security requirement, which are its
     * {@code @RolesAllowed}), must answer 403 problem+json, before reading any body; and every
     * secured operation must declare its roles. {@code tokenByRole}: one person's token per role.
     */
    public static Report outsideTheirRoles(Service service, Map<String, String> tokenByRole) {
        OpenApiFuzz fuzz = new OpenApiFuzz(service, null);
        fuzz.eachOperation((path, method, operation, parameters) -> {
            JsonNode security = operation.path("security");
            if (security.size() == 0) {
                return;
            }
            Set<String> allowed = rolesOf(security);
            String uri = fuzz.uri(path, parameters, null, null);
            if (allowed.isEmpty()) {
                fuzz.findings.add(new Finding(method + " " + uri + " declares no roles", 0, null, security.toString()));
                return;
            }
            for (Map.Entry<String, String> role : tokenByRole.entrySet()) {
                if (allowed.contains(role.getKey())) {
                    continue;
                }
                HttpResponse<String> answer = fuzz.sendWithEmptyBody(method, uri, operation, role.getValue());
                if (answer.statusCode() != 403 || !isProblem(answer)
                        || !problemType(answer.body()).endsWith("/role-not-allowed")) {
                    fuzz.findings.add(finding(method + " " + uri + " as " + role.getKey() + " (allowed: " + allowed + ")",
                            answer));
                }
            }
        });
        return new Report(fuzz.requests, List.copyOf(fuzz.findings));
    }

    /**
     * The role matrix from the inside: every role an operation of the OpenAPI document declares is
     * let past the role check. With harmless values (records nobody has) the caller then meets the
     * record and input checks, each a 4xx problem+json (404 for a record it cannot see, 400 or 422
     * for an empty body, an object-level 403 {@code forbidden} for another centre's or agency's
     * record), never a 401, never the role check's 403 {@code role-not-allowed}, never a 5xx; and a
     * collection that needs no parameter (a list, an inbox) answers 2xx with the caller's own view.
     */
    public static Report insideTheirRoles(Service service, Map<String, String> tokenByRole) {
        OpenApiFuzz fuzz = new OpenApiFuzz(service, null);
        fuzz.eachOperation((path, method, operation, parameters) -> {
            JsonNode security = operation.path("security");
            if (security.size() == 0) {
                return;
            }
            Set<String> allowed = rolesOf(security);
            String uri = fuzz.uri(path, parameters, null, null);
            boolean collection = method.equals("GET") && parameters.stream().noneMatch(p ->
                    p.path("in").asText().equals("path") || p.path("required").asBoolean());
            for (String role : allowed) {
                String token = tokenByRole.get(role);
                if (token == null) {
                    fuzz.findings.add(new Finding(method + " " + uri + " declares role " + role + ", which no token has",
                            0, null, ""));
                    continue;
                }
                HttpResponse<String> answer = fuzz.sendWithEmptyBody(method, uri, operation, token);
                int status = answer.statusCode();
                boolean refusedByRole = status == 401 || status == 403 && problemType(answer.body()).endsWith("/role-not-allowed");
                boolean wrong = refusedByRole || status >= 500 || status >= 400 && !isProblem(answer)
                        || collection && status >= 300;
                if (wrong) {
                    fuzz.findings.add(finding(method + " " + uri + " as " + role + " (allowed: " + allowed + ")", answer));
                }
            }
        });
        return new Report(fuzz.requests, List.copyOf(fuzz.findings));
    }

    /** The roles a security requirement names (the scopes of each scheme: the operation's @RolesAllowed). */
    private static Set<String> rolesOf(JsonNode security) {
        Set<String> roles = new TreeSet<>();
        for (JsonNode requirement : security) {
            requirement.fields().forEachRemaining(scheme -> scheme.getValue().forEach(r -> roles.add(r.asText())));
        }
        return roles;
    }

    /** The operation called as {@code token} (none when null), with an empty JSON object when it takes a JSON body. */
    private HttpResponse<String> sendWithEmptyBody(String method, String uri, JsonNode operation, String token) {
        boolean json = operation.path("requestBody").path("content").has("application/json");
        return send(method, uri, json ? "{}" : null, json
                ? Map.of("Accept", "*/*", "Content-Type", "application/json") : Map.of("Accept", "*/*"), token);
    }

    private static boolean isProblem(HttpResponse<String> answer) {
        return answer.headers().firstValue("Content-Type").filter(t -> t.startsWith("application/problem+json"))
                .isPresent();
    }

    private static Finding finding(String request, HttpResponse<String> answer) {
        String body = answer.body();
        return new Finding(request, answer.statusCode(), answer.headers().firstValue("Content-Type").orElse(null),
                body.length() > 300 ? body.substring(0, 300) : body);
    }

    /** Whether a problem names {@code field}: as the field of one of its violations. */
    private static boolean names(String body, String field) {
        try {
            for (JsonNode violation : JSON.readTree(body).path("violations")) {
                if (violation.path("field").asText().equals(field)) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    private static String problemType(String body) {
        try {
            return JSON.readTree(body).path("type").asText("");
        } catch (IOException e) {
            return "";
        }
    }

    @FunctionalInterface
    private interface OperationVisitor {
        void visit(String path, String method, JsonNode operation, List<JsonNode> parameters);
    }

    private void eachOperation(OperationVisitor visitor) {
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation == null) {
                    continue;
                }
                List<JsonNode> parameters = new ArrayList<>();
                path.getValue().path("parameters").forEach(p -> parameters.add(dereference(p)));
                operation.path("parameters").forEach(p -> parameters.add(dereference(p)));
                visitor.visit(path.getKey(), method.toUpperCase(), operation, parameters);
            }
        }
    }

    /** The path with a harmless value in each path parameter, and {@code bad} in {@code target}. */
    private String uri(String path, List<JsonNode> parameters, JsonNode target, String bad) {
        String uri = path;
        StringBuilder query = new StringBuilder();
        for (JsonNode parameter : parameters) {
            String name = parameter.path("name").asText();
            boolean isTarget = parameter == target;
            String value = isTarget ? bad : sample(parameter.path("schema"));
            if (parameter.path("in").asText().equals("path")) {
                uri = uri.replace("{" + name + "}", encode(value));
            } else if (isTarget) {
                query.append(query.length() == 0 ? "?" : "&").append(encode(name)).append('=').append(encode(value));
            }
        }
        return uri + query;
    }

    private static String sample(JsonNode schema) {
        if ("uuid".equals(schema.path("format").asText())) {
            return UUID.randomUUID().toString();
        }
        String type = schema.path("type").asText();
        return type.equals("integer") || type.equals("number") ? "1" : "x";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private void expectProblem(String method, String uri, JsonNode operation) {
        boolean json = operation != null && operation.path("requestBody").path("content").has("application/json");
        expect(method, uri, json ? "application/json" : null, json ? "{}" : null, "application/json");
    }

    private void expect(String method, String uri, String contentType, String body, String accept) {
        HttpResponse<String> answer = send(method, uri, body, contentType == null
                ? Map.of("Accept", accept) : Map.of("Accept", accept, "Content-Type", contentType));
        String type = answer.headers().firstValue("Content-Type").orElse(null);
        boolean problem = type != null && type.startsWith("application/problem+json");
        if (answer.statusCode() >= 500 || (answer.statusCode() >= 400 && !problem) || answer.statusCode() < 400) {
            findings.add(new Finding(method + " " + uri + (contentType == null ? "" : " (" + contentType + ")")
                    + " Accept: " + accept, answer.statusCode(), type,
                    answer.body().length() > 300 ? answer.body().substring(0, 300) : answer.body()));
        }
    }

    private HttpResponse<String> send(String method, String uri, String body, Map<String, String> headers) {
        return send(method, uri, body, headers, bearer);
    }

    private HttpResponse<String> send(String method, String uri, String body, Map<String, String> headers,
                                      String bearer) {
        return send(method, uri, body == null ? null : body.getBytes(StandardCharsets.UTF_8), headers, bearer);
    }

    private HttpResponse<String> send(String method, String uri, byte[] body, Map<String, String> headers,
                                      String bearer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + uri)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        try {
            requests++;
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + uri + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
