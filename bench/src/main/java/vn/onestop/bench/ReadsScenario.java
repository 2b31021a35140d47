package vn.onestop.bench;

import vn.onestop.platform.testing.LocalIdentity.Person;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Issue 12, scenario 3: reads on a database seeded beforehand ({@code ./onestop seed}, a million
 * dossiers), in turn: a dossier by code (intake; the An Xuyên ward People's Committee's officer, who
 * may read every dossier that agency is competent for, a random one of them each time), that
 * officer's task list, first page (processing; every status, oldest due first, as the portal's inbox
 * asks for it), citizen-an's documents, first page (results), and the province's indices of the
 * current month (rating, public); or only the kinds {@code --kinds} names. Nothing is written, so the drain
 * is immediate.
 */
final class ReadsScenario implements Scenario {

    /** officer-anxuyen's agency (infra/keycloak): competent for a quarter of the seeded dossiers. */
    static final String OFFICER_AGENCY = "000.01.20.H22";
    /** citizen-an's id number: one seeded dossier in 5,000 is theirs. */
    static final String CITIZEN = "001203004567";
    static final int PAGE = 50;
    private static final int SAMPLED_CODES = 10_000;

    private final Settings settings;
    private final AccessTokens tokens;
    private final Http http;
    private final Person officer = Person.of("officer", OFFICER_AGENCY);
    private final Person citizen = Person.citizen(CITIZEN);
    private final ReadMix mix;
    private final List<String> codes = new ArrayList<>();
    private long dossiers;

    ReadsScenario(Settings settings, AccessTokens tokens, Http http) {
        this.settings = settings;
        this.tokens = tokens;
        this.http = http;
        this.mix = new ReadMix(ReadMix.Kind.all(settings.readKinds()));
    }

    @Override
    public String unit() {
        return "read";
    }

    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("mix", "in turn: " + mix.kinds().stream().map(k -> k.key).toList());
        parameters.put("officerAgency", OFFICER_AGENCY);
        parameters.put("citizenIdNumber", CITIZEN);
        parameters.put("pageSize", PAGE);
        parameters.put("dossierCodesSampled", codes.size());
        return parameters;
    }

    /** The tokens, the number of dossiers, and a random sample of the officer's dossiers' codes (intake's database). */
    @Override
    public void prepare() throws SQLException {
        tokens.of(officer);
        tokens.of(citizen);
        String intake = settings.databases().get("intake-service");
        if (settings.databaseUrl() == null || intake == null) {
            throw new IllegalStateException("reads needs intake's database (--database and --database-of intake-service=...)");
        }
        String url = settings.databaseUrl().substring(0, settings.databaseUrl().lastIndexOf('/') + 1) + intake;
        try (Connection connection = DriverManager.getConnection(url, settings.databaseUser(), "")) {
            try (Statement count = connection.createStatement();
                 ResultSet rs = count.executeQuery("select count(*) from dossier")) {
                rs.next();
                dossiers = rs.getLong(1);
            }
            try (PreparedStatement sample = connection.prepareStatement(
                    "select code from dossier where competent_agency = ? order by random() limit " + SAMPLED_CODES)) {
                sample.setString(1, OFFICER_AGENCY);
                try (ResultSet rs = sample.executeQuery()) {
                    while (rs.next()) {
                        codes.add(rs.getString(1));
                    }
                }
            }
        }
        if (codes.isEmpty()) {
            throw new IllegalStateException("intake holds no dossier of " + OFFICER_AGENCY + " to read: seed the "
                    + "databases first (./onestop seed)");
        }
    }

    @Override
    public CompletableFuture<OpenLoop.Outcome> send(long index, long intendedNanos) {
        ReadMix.Kind kind = mix.of(index);
        CompletableFuture<Http.Answer> answer = switch (kind) {
            case DOSSIER_BY_CODE -> http.get(settings.api("intake-service") + "/api/v1/dossiers/"
                    + codes.get((int) ((index / mix.kinds().size() * 7919) % codes.size())), tokens.of(officer));
            case TASK_LIST_PAGE -> http.get(settings.api("processing-service") + "/api/v1/tasks?limit=" + PAGE,
                    tokens.of(officer));
            case CITIZEN_DOCUMENTS -> http.get(settings.api("results-service") + "/api/v1/citizens/" + CITIZEN
                    + "/documents?limit=" + PAGE, tokens.of(citizen));
            case INDICES -> http.get(settings.api("rating-service") + "/api/v1/indices", null);
        };
        return answer.thenApply(a -> {
            if (a.is(200)) {
                mix.record(kind, (System.nanoTime() - intendedNanos) / 1_000);
                return OpenLoop.Outcome.ok();
            }
            return OpenLoop.Outcome.error(kind.key + ": " + a.errorKind());
        });
    }

    @Override
    public void awaitOwnEnd(Duration timeout) {
        // a read's answer is the whole of it
    }

    @Override
    public Map<String, Object> results() {
        return mix.results(dossiers);
    }

    @Override
    public void close() {
        // nothing of its own
    }
}
