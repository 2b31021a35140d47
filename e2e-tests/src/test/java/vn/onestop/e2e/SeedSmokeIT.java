package vn.onestop.e2e;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reads benchmark's seed (./onestop seed, issue 12) at a small scale, on every build, so that a
 * migration that changes a table the seed writes breaks the suite rather than the next benchmark.
 * The running test stack's four schemas are copied (pg_dump --schema-only) into scratch databases,
 * the command seeds them (ONESTOP_SEED_ENV=test, ONESTOP_SEED_DATABASE_PREFIX), and the rows are
 * checked the way the services would need them: the same dossiers in all four databases, codes and
 * result numbers gap-free with matching counters, every declared foreign key holding (the seed
 * writes with its triggers off), and a second run refusing to write again.
 */
class SeedSmokeIT extends EndToEndTest {

    private static final String PREFIX = "seedsmoke_";
    private static final List<String> DATABASES = List.of("intake", "processing", "results", "rating");
    /** More than 4 centres x 730 reception days, so that some centre-days hold more than one dossier. */
    private static final int DOSSIERS = 3_000;

    @BeforeEach
    void scratchDatabases() throws Exception {
        dropScratchDatabases();
        try (Connection admin = PackagedPlatform.connectTo("postgres"); Statement statement = admin.createStatement()) {
            for (String database : DATABASES) {
                statement.execute("create database " + PREFIX + database);
            }
        }
        for (String database : DATABASES) {
            String service = database + "-service";
            Path schema = Files.createTempFile("seedsmoke-" + database, ".sql");
            try {
                run(List.of(pgTool("pg_dump"), "--schema-only", "--no-owner", "--no-privileges", "-h", host(), "-p",
                        port(), "-U", user(), "-f", schema.toString(), PackagedPlatform.database(service)));
                run(List.of(pgTool("psql"), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", host(), "-p", port(), "-U",
                        user(), "-d", PREFIX + database, "-f", schema.toString()));
            } finally {
                Files.deleteIfExists(schema);
            }
        }
    }

    @AfterEach
    void dropScratchDatabases() throws SQLException {
        try (Connection admin = PackagedPlatform.connectTo("postgres"); Statement statement = admin.createStatement()) {
            for (String database : DATABASES) {
                statement.execute("drop database if exists " + PREFIX + database + " with (force)");
            }
        }
    }

    @Test
    void the_seed_writes_consistent_dossiers_into_all_four_databases_and_refuses_a_second_run() throws Exception {
        String first = seed();
        assertThat(first).contains("seeded in");

        Set<String> intakeIds = ids("intake", "select id from dossier");
        assertThat(intakeIds).hasSize(DOSSIERS);
        assertThat(ids("processing", "select dossier_id from case_file")).isEqualTo(intakeIds);
        assertThat(ids("rating", "select dossier_id from dossier_fact")).isEqualTo(intakeIds);
        Set<String> decided = ids("intake", "select id from dossier where status = 'RETURNED'");
        assertThat(decided).isNotEmpty().hasSizeLessThan(DOSSIERS);
        assertThat(ids("results", "select dossier_id from result")).isEqualTo(decided);
        assertThat(ids("results", "select r.dossier_id from result_handover h join result r on r.id = h.result_id"))
                .isEqualTo(decided);

        // dossier codes gap-free per centre and day (1..n), and each day's counter at the last one given
        Map<String, List<Integer>> sequences = new HashMap<>();
        for (String code : column("intake", "select code from dossier")) {
            String[] parts = code.split("-");
            assertThat(parts).as("code %s", code).hasSize(3);
            sequences.computeIfAbsent(parts[0] + "-" + parts[1], k -> new ArrayList<>()).add(Integer.parseInt(parts[2]));
        }
        Map<String, String> counters = keyed("intake",
                "select agency || '-' || to_char(day, 'YYMMDD') || '=' || last_seq from dossier_code_counter");
        assertThat(counters.keySet()).isEqualTo(sequences.keySet());
        assertThat(sequences.values()).anySatisfy(seqs -> assertThat(seqs).hasSizeGreaterThan(1));
        sequences.forEach((day, seqs) -> {
            seqs.sort(Comparator.naturalOrder());
            for (int i = 0; i < seqs.size(); i++) {
                assertThat(seqs.get(i)).as("number %d of %s", i + 1, day).isEqualTo(i + 1);
            }
            assertThat(counters.get(day)).as("counter of %s", day).isEqualTo(String.valueOf(seqs.size()));
        });

        // result numbers gap-free per issuer and year: 000001/<year>/GCN-<agency>, ...
        Map<String, List<Integer>> numbers = new HashMap<>();
        for (String number : column("results", "select number from result")) {
            String[] parts = number.split("/", 3);
            numbers.computeIfAbsent(parts[1] + "/" + parts[2], k -> new ArrayList<>()).add(Integer.parseInt(parts[0]));
        }
        Map<String, String> resultCounters = keyed("results",
                "select year || '/' || 'GCN-' || issuer || '=' || last_seq from result_number_counter where kind = 'CERTIFICATE'");
        assertThat(resultCounters.keySet()).isEqualTo(numbers.keySet());
        numbers.forEach((series, seqs) -> {
            seqs.sort(Comparator.naturalOrder());
            for (int i = 0; i < seqs.size(); i++) {
                assertThat(seqs.get(i)).as("number %d of %s", i + 1, series).isEqualTo(i + 1);
            }
            assertThat(resultCounters.get(series)).as("counter of %s", series).isEqualTo(String.valueOf(seqs.size()));
        });

        // the seed writes with triggers off: every foreign key the schemas declare must still hold
        assertThat(foreignKeyChecks("intake")).as("intake's foreign keys").isNotEmpty();
        for (String database : DATABASES) {
            assertThat(foreignKeyViolations(database)).as("rows breaking a foreign key in %s", database).isEmpty();
        }

        // a second run finds the seed and writes nothing
        assertThat(seed()).contains("already seeded");
        assertThat(ids("intake", "select id from dossier")).hasSize(DOSSIERS);
    }

    private static String seed() throws IOException, InterruptedException {
        Path log = Files.createTempFile("seedsmoke", ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(onestop(), "seed", "--dossiers", String.valueOf(DOSSIERS))
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("ONESTOP_SEED_ENV", "test");
            builder.environment().put("ONESTOP_SEED_DATABASE_PREFIX", PREFIX);
            Process process = builder.start();
            boolean finished = process.waitFor(120, TimeUnit.SECONDS);
            String output = Files.readString(log, StandardCharsets.UTF_8);
            if (!finished) {
                process.destroyForcibly();
            }
            assertThat(finished && process.exitValue() == 0).as("./onestop seed succeeded; its output:%n%s", output)
                    .isTrue();
            return output;
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /** The rows of each declared foreign key whose referenced row is missing, as "table(columns): count". */
    private static List<String> foreignKeyViolations(String database) throws SQLException {
        List<String> violations = new ArrayList<>();
        for (String check : foreignKeyChecks(database)) {
            violations.addAll(column(database, check));
        }
        return violations;
    }

    /** One query per declared foreign key, answering a row only when some rows break it. */
    private static List<String> foreignKeyChecks(String database) throws SQLException {
        return column(database, """
                select format('select %L || '': '' || count(*) from %s c where %s and not exists (select 1 from %s p where %s) having count(*) > 0',
                              conrelid::regclass || '(' || string_agg(ca.attname, ', ' order by k.n) || ')',
                              conrelid::regclass,
                              string_agg(format('c.%I is not null', ca.attname), ' and ' order by k.n),
                              confrelid::regclass,
                              string_agg(format('p.%I = c.%I', pa.attname, ca.attname), ' and ' order by k.n))
                  from pg_constraint con
                  cross join lateral unnest(con.conkey, con.confkey) with ordinality as k (child, parent, n)
                  join pg_attribute ca on ca.attrelid = con.conrelid and ca.attnum = k.child
                  join pg_attribute pa on pa.attrelid = con.confrelid and pa.attnum = k.parent
                 where con.contype = 'f' and con.connamespace = 'public'::regnamespace
                 group by con.oid, conrelid, confrelid""");
    }

    /** Rows of "key=value" as a map. */
    private static Map<String, String> keyed(String database, String sql) throws SQLException {
        Map<String, String> map = new HashMap<>();
        for (String row : column(database, sql)) {
            map.put(row.substring(0, row.lastIndexOf('=')), row.substring(row.lastIndexOf('=') + 1));
        }
        return map;
    }

    private static Set<String> ids(String database, String sql) throws SQLException {
        return new TreeSet<>(column(database, sql));
    }

    private static List<String> column(String database, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = PackagedPlatform.connectTo(PREFIX + database);
             Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0)
                .as("%s failed:%n%s", command.get(0), output).isTrue();
    }

    /** ./onestop of this checkout (the tests run with ./onestop test, which says where it is). */
    private static String onestop() {
        String command = PackagedPlatform.env("ONESTOP_TEST_INFRA_COMMAND", "");
        assertThat(command).as("ONESTOP_TEST_INFRA_COMMAND (run the tests with ./onestop test)").isNotBlank();
        return command.split(" ")[0];
    }

    /** The newest installed PostgreSQL's client tools, as ./onestop finds its server. */
    private static String pgTool(String name) throws IOException {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(v -> v.resolve("bin").resolve(name)).filter(Files::isExecutable)
                    .max(Comparator.comparing(p -> Integer.parseInt(p.getParent().getParent().getFileName().toString())))
                    .orElseThrow(() -> new IllegalStateException(name + " not found under /usr/lib/postgresql"))
                    .toString();
        }
    }

    private static String host() {
        return PackagedPlatform.env("ONESTOP_TEST_DB_HOST", "127.0.0.1");
    }

    private static String port() {
        return PackagedPlatform.env("ONESTOP_TEST_DB_PORT", "15432");
    }

    private static String user() {
        return PackagedPlatform.env("ONESTOP_TEST_DB_USER", "onestop");
    }
}
