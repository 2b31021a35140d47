package vn.onestop.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Real access tokens from the local Keycloak (realm {@code onestop}, infra/keycloak/onestop-realm.json)
 * for tests and for {@code ./onestop token}: for a user of the realm (whose password is its user
 * name), or for a person given by role, agency and personal id number, made through the admin API on
 * first use. Tokens come from the password grant of the realm's {@code onestop-cli} client, which a
 * province's realm does not have; they are kept until a minute before they expire.
 *
 * <p>Depends on the JDK and Jackson only, so that {@code ./onestop token} runs this file as it is
 * ({@code java -cp <jackson> LocalIdentity.java --user citizen-an}).
 */
public final class LocalIdentity {

    public static final String REALM = "onestop";
    public static final Set<String> ROLES = Set.of("citizen", "officer", "centre-staff", "leader", "partner-system",
            "admin", "operator", "auditor");
    private static final String CLIENT = "onestop-cli";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static volatile LocalIdentity fromEnvironment;

    private final URI keycloak;
    private final String adminUser;
    private final String adminPassword;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    public LocalIdentity(URI keycloak, String adminUser, String adminPassword) {
        this.keycloak = Objects.requireNonNull(keycloak, "keycloak");
        this.adminUser = adminUser;
        this.adminPassword = adminPassword;
    }

    /** The test Keycloak that {@code ./onestop test} started (ONESTOP_TEST_KEYCLOAK_URL, ..._ADMIN). */
    public static LocalIdentity fromEnvironment() {
        LocalIdentity identity = fromEnvironment;
        if (identity == null) {
            synchronized (LocalIdentity.class) {
                identity = fromEnvironment;
                if (identity == null) {
                    String url = env("ONESTOP_TEST_KEYCLOAK_URL", "http://127.0.0.1:18180");
                    String[] admin = env("ONESTOP_TEST_KEYCLOAK_ADMIN", "admin:admin").split(":", 2);
                    identity = new LocalIdentity(URI.create(url), admin[0], admin.length > 1 ? admin[1] : "");
                    fromEnvironment = identity;
                }
            }
        }
        return identity;
    }

    /** The realm's URL, as services configure it ({@code quarkus.oidc.auth-server-url}). */
    public String realmUrl() {
        return keycloak + "/realms/" + REALM;
    }

    /** A token of a user of the realm; its password is its user name (local realm only). */
    public String tokenOf(String username) {
        return cached(username, () -> passwordGrant(username, username));
    }

    /** A token of {@code person}, who is made a user of the realm on first use. */
    public String tokenOf(Person person) {
        String username = person.username();
        return cached(username, () -> {
            ensureUser(username, List.of(person.role()), person.agency(), person.idNumber());
            return passwordGrantOfEnsured(username);
        });
    }

    /**
     * The password grant of a user this class just ensured. The modules' tests run side by side
     * ({@code ./onestop test}: Maven -T 2), so two test JVMs may make the same user at the same moment,
     * and one of them was then refused the grant ("Invalid user credentials"); the password is set
     * again and the grant asked once more.
     */
    private Token passwordGrantOfEnsured(String username) throws IOException, InterruptedException {
        try {
            return passwordGrant(username, username);
        } catch (IllegalStateException refused) {
            if (!String.valueOf(refused.getMessage()).contains("invalid_grant")) {
                throw refused;
            }
            String admin = adminToken();
            String id = findUser(admin, username);
            if (id == null) {
                throw refused;
            }
            HttpResponse<String> reset = http.send(adminRequest(admin, "/users/" + id + "/reset-password")
                    .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(JSON.createObjectNode()
                            .put("type", "password").put("value", username).put("temporary", false)))).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (reset.statusCode() != 204) {
                throw new IllegalStateException("Keycloak refused to set the password of " + username + ": HTTP "
                        + reset.statusCode() + " " + reset.body(), refused);
            }
            return passwordGrant(username, username);
        }
    }

    /** A token of one person of each role (role → token), each with one role only. */
    public Map<String, String> onePersonPerRole() {
        Map<String, String> tokens = new TreeMap<>();
        for (String role : ROLES) {
            Person person = switch (role) {
                case "citizen" -> Person.citizen("079088009999");
                case "admin", "operator", "auditor" -> Person.of(role);
                default -> Person.of(role, "000.01.20.H22");
            };
            tokens.put(role, tokenOf(person));
        }
        return tokens;
    }

    /**
     * A token with every role, an agency and a personal id number: for tests that drive every
     * operation (the OpenAPI fuzz) and must get past the role checks to the input checks.
     */
    public String tokenWithEveryRole() {
        String username = "test-every-role";
        return cached(username, () -> {
            ensureUser(username, List.copyOf(ROLES), "000.01.20.H22", "000000000001");
            return passwordGrantOfEnsured(username);
        });
    }

    /** A person the platform knows by a role, the agency they act for, and their personal id number. */
    public record Person(String role, String agency, String idNumber) {
        public Person {
            if (!ROLES.contains(role)) {
                throw new IllegalArgumentException("unknown role " + role + "; one of " + ROLES);
            }
            if (agency != null && !agency.matches("[0-9A-Z.]{1,32}")) {
                throw new IllegalArgumentException("an agency code looks like 000.01.20.H22: " + agency);
            }
            if (idNumber != null && !idNumber.matches("[0-9]{12}")) {
                throw new IllegalArgumentException("a personal id number has 12 digits: " + idNumber);
            }
        }

        public static Person citizen(String idNumber) {
            return new Person("citizen", null, Objects.requireNonNull(idNumber, "idNumber"));
        }

        public static Person of(String role, String agency) {
            return new Person(role, Objects.requireNonNull(agency, "agency"), null);
        }

        public static Person of(String role) {
            return new Person(role, null, null);
        }

        /** Stable, so the same person is the same user in every run: role-agency-idnumber. */
        public String username() {
            StringBuilder name = new StringBuilder(role);
            if (agency != null) {
                name.append('-').append(agency.toLowerCase(Locale.ROOT));
            }
            if (idNumber != null) {
                name.append('-').append(idNumber);
            }
            return name.toString();
        }
    }

    private record Token(String value, Instant refreshAfter) {
    }

    private interface Grant {
        Token get() throws IOException, InterruptedException;
    }

    private String cached(String key, Grant grant) {
        Token token = tokens.get(key);
        if (token == null || Instant.now().isAfter(token.refreshAfter())) {
            try {
                token = grant.get();
            } catch (IOException e) {
                throw new UncheckedIOException("Keycloak at " + keycloak + " did not answer (is it running?)", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while asking Keycloak for a token", e);
            }
            tokens.put(key, token);
        }
        return token.value();
    }

    private Token passwordGrant(String username, String password) throws IOException, InterruptedException {
        JsonNode body = send(HttpRequest.newBuilder(URI.create(realmUrl() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(form(Map.of("grant_type", "password", "client_id", CLIENT, "username", username,
                        "password", password, "scope", "openid"))), 200, "token for " + username);
        long lifetime = body.path("expires_in").asLong(60);
        return new Token(body.path("access_token").asText(),
                Instant.now().plusSeconds(Math.max(0, lifetime - 60)));
    }

    private void ensureUser(String username, List<String> roles, String agency, String idNumber)
            throws IOException, InterruptedException {
        String admin = adminToken();
        String id = findUser(admin, username);
        if (id == null) {
            ObjectNode user = JSON.createObjectNode()
                    .put("username", username)
                    .put("enabled", true)
                    .put("firstName", String.join(" ", roles))
                    .put("lastName", agency != null ? agency : idNumber != null ? idNumber : "local")
                    .put("email", username + "@onestop.local")
                    .put("emailVerified", true);
            ObjectNode attributes = user.putObject("attributes");
            if (agency != null) {
                attributes.putArray("agency").add(agency);
            }
            if (idNumber != null) {
                attributes.putArray("id_number").add(idNumber);
            }
            user.putArray("credentials").addObject().put("type", "password").put("value", username).put("temporary", false);
            HttpResponse<String> created = http.send(adminRequest(admin, "/users")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(user))).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (created.statusCode() != 201 && created.statusCode() != 409) {   // 409: another test made it first
                throw new IllegalStateException("Keycloak refused to create user " + username + ": HTTP "
                        + created.statusCode() + " " + created.body());
            }
            id = findUser(admin, username);
            if (id == null) {
                throw new IllegalStateException("user " + username + " was created but cannot be found");
            }
        }
        List<String> representations = new ArrayList<>();
        for (String role : roles) {
            representations.add(JSON.writeValueAsString(send(adminRequest(admin, "/roles/" + role).GET(), 200,
                    "role " + role)));
        }
        HttpResponse<String> mapped = http.send(adminRequest(admin, "/users/" + id + "/role-mappings/realm")
                .POST(HttpRequest.BodyPublishers.ofString("[" + String.join(",", representations) + "]")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (mapped.statusCode() != 204) {
            throw new IllegalStateException("Keycloak refused roles " + roles + " for " + username + ": HTTP "
                    + mapped.statusCode() + " " + mapped.body());
        }
    }

    private String findUser(String admin, String username) throws IOException, InterruptedException {
        JsonNode found = send(adminRequest(admin, "/users?exact=true&username=" + encode(username)).GET(), 200,
                "user " + username);
        return found.isArray() && !found.isEmpty() ? found.get(0).path("id").asText() : null;
    }

    private String adminToken() throws IOException, InterruptedException {
        if (adminUser == null || adminUser.isBlank()) {
            throw new IllegalStateException("making a user needs the Keycloak admin (user:password)");
        }
        return cached("admin@master", () -> {
            JsonNode body = send(HttpRequest.newBuilder(URI.create(keycloak + "/realms/master/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(form(Map.of("grant_type", "password", "client_id", "admin-cli", "username", adminUser,
                            "password", adminPassword))), 200, "admin token");
            return new Token(body.path("access_token").asText(),
                    Instant.now().plusSeconds(Math.max(0, body.path("expires_in").asLong(60) - 20)));
        });
    }

    private HttpRequest.Builder adminRequest(String adminToken, String path) {
        return HttpRequest.newBuilder(URI.create(keycloak + "/admin/realms/" + REALM + path))
                .timeout(TIMEOUT)
                .header("Authorization", "Bearer " + adminToken)
                .header("Content-Type", "application/json");
    }

    private JsonNode send(HttpRequest.Builder request, int expected, String what) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException("Keycloak refused the " + what + ": HTTP " + response.statusCode() + " "
                    + response.body());
        }
        return JSON.readTree(response.body());
    }

    private static HttpRequest.BodyPublisher form(Map<String, String> fields) {
        return HttpRequest.BodyPublishers.ofString(fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&")));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** {@code ./onestop token}: prints one access token. */
    public static void main(String[] args) {
        String url = null;
        String admin = "admin:admin";
        String user = null;
        String role = null;
        String agency = null;
        String idNumber = null;
        List<String> rest = new ArrayList<>(List.of(args));
        try {
            while (!rest.isEmpty()) {
                String option = rest.remove(0);
                switch (option) {
                    case "--keycloak" -> url = value(option, rest);
                    case "--admin" -> admin = value(option, rest);
                    case "--user" -> user = value(option, rest);
                    case "--role" -> role = value(option, rest);
                    case "--agency" -> agency = value(option, rest);
                    case "--id-number" -> idNumber = value(option, rest);
                    default -> throw new IllegalArgumentException("unknown option " + option);
                }
            }
            if ((user == null) == (role == null)) {
                throw new IllegalArgumentException("give --user NAME, or --role ROLE [--agency CODE] [--id-number N]");
            }
            String[] credentials = admin.split(":", 2);
            LocalIdentity identity = new LocalIdentity(URI.create(url == null ? "http://127.0.0.1:8180" : url),
                    credentials[0], credentials.length > 1 ? credentials[1] : "");
            System.out.println(user != null ? identity.tokenOf(user)
                    : identity.tokenOf(new Person(role, agency, idNumber)));
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(2);
        }
    }

    private static String value(String option, List<String> rest) {
        if (rest.isEmpty()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return rest.remove(0);
    }
}
