package vn.onestop.bench;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One benchmark run: the scenario and its load, where the platform listens, which processes to
 * watch, and where the report goes.
 *
 * @param scenario          {@code intake}, {@code chains}, {@code reads} or {@code idle} (no load: {@link Idle})
 * @param rate              submissions (reads: reads) offered per second (constant arrival rate)
 * @param duration          how long they are offered
 * @param spread            intake: spread over every service centre of the province instead of one
 * @param maxInFlight       outstanding submissions at most; more are dropped and counted as errors
 * @param drainTimeout      after the load, how long to wait for the platform to finish its work
 * @param apiUrls           service name ({@code intake-service}, ...) → API base URL
 * @param managementUrls    service name → management base URL ({@code /q/metrics})
 * @param kafkaBootstrap    the broker
 * @param kafkaAdmin        the broker's administrator, {@code user:password} (consumer lag; the chains' watchers)
 * @param topicPrefix       the prefix of the platform's topics ("" on the stack, {@code e2e.} in the tests)
 * @param keycloak          the identity provider's base URL
 * @param keycloakAdmin     its administrator, {@code user:password} (makes the benchmark's people on first use)
 * @param processes         the processes whose CPU and memory are sampled
 * @param meta              versions and provenance shown in the report (git commit, Kafka, PostgreSQL, ...)
 * @param outDir            where report.md and report.json are written
 * @param applicantIdNumber the citizen who submits (12 digits): the run's own, so its dossiers can be counted
 * @param uploadBytes       the size of each uploaded component (a PDF)
 * @param databaseUrl       JDBC URL of a database of the platform's PostgreSQL server, or null: no footprint
 * @param databaseUser      the user that reads its statistics
 * @param databases         service name → its database, whose transactions and row changes are counted
 * @param boundEach         how long each measurement of the bound runs (PostgreSQL alone, Kafka alone); zero: none
 * @param flowableRates     chains: after the platform, the same bundle as a Flowable process at each of these rates
 *                          (the first one the run's own rate with {@code --flowable}); empty: none (ADR 0031)
 * @param readKinds         reads: the kinds offered in turn ({@code dossierByCode}, {@code taskListPage},
 *                          {@code citizenDocuments}, {@code indices}); empty: all four
 */
public record Settings(String scenario, double rate, Duration duration, boolean spread, int maxInFlight,
                       Duration drainTimeout, Map<String, String> apiUrls, Map<String, String> managementUrls,
                       String kafkaBootstrap, String kafkaAdmin, String topicPrefix, URI keycloak,
                       String keycloakAdmin, List<Process> processes, Map<String, String> meta, Path outDir,
                       String applicantIdNumber, int uploadBytes, String databaseUrl, String databaseUser,
                       Map<String, String> databases, Duration boundEach, List<Double> flowableRates,
                       List<String> readKinds) {

    /** A run without the Flowable phase, with every read kind (the scenarios but reads ignore them). */
    public Settings(String scenario, double rate, Duration duration, boolean spread, int maxInFlight,
                    Duration drainTimeout, Map<String, String> apiUrls, Map<String, String> managementUrls,
                    String kafkaBootstrap, String kafkaAdmin, String topicPrefix, URI keycloak,
                    String keycloakAdmin, List<Process> processes, Map<String, String> meta, Path outDir,
                    String applicantIdNumber, int uploadBytes, String databaseUrl, String databaseUser,
                    Map<String, String> databases, Duration boundEach) {
        this(scenario, rate, duration, spread, maxInFlight, drainTimeout, apiUrls, managementUrls, kafkaBootstrap,
                kafkaAdmin, topicPrefix, keycloak, keycloakAdmin, processes, meta, outDir, applicantIdNumber,
                uploadBytes, databaseUrl, databaseUser, databases, boundEach, List.of(), List.of());
    }

    /**
     * A process to watch. {@code tree}: count its children too (PostgreSQL's backends);
     * {@code inStack}: part of the platform's CPU sum (Keycloak and the generator itself are shown apart).
     */
    public record Process(String name, long pid, boolean tree, boolean inStack) {
    }

    public Settings {
        if (!List.of("intake", "chains", "reads", Idle.SCENARIO).contains(scenario)) {
            throw new IllegalArgumentException("unknown scenario '" + scenario + "' (intake, chains, reads, idle)");
        }
        if (!applicantIdNumber.matches("[0-9]{12}")) {
            throw new IllegalArgumentException("the applicant's id number has 12 digits: " + applicantIdNumber);
        }
        if (uploadBytes < 16) {
            throw new IllegalArgumentException("an upload has at least 16 bytes");
        }
        flowableRates = List.copyOf(flowableRates);
        if (!flowableRates.isEmpty() && !scenario.equals("chains")) {
            throw new IllegalArgumentException("--flowable and --flowable-rate go with the chains scenario (the birth bundle)");
        }
        if (!flowableRates.isEmpty() && databaseUrl == null) {
            throw new IllegalArgumentException("the Flowable phase needs --database (the stack's PostgreSQL)");
        }
        if (flowableRates.stream().anyMatch(r -> !(r > 0))) {
            throw new IllegalArgumentException("a Flowable rate is a positive number of bundles per second");
        }
        readKinds = List.copyOf(readKinds);
        ReadMix.Kind.all(readKinds);
    }

    String api(String service) {
        String url = apiUrls.get(service);
        if (url == null) {
            throw new IllegalArgumentException("no API URL for " + service);
        }
        return url;
    }

    String adminUser() {
        return kafkaAdmin.substring(0, kafkaAdmin.indexOf(':'));
    }

    String adminPassword() {
        return kafkaAdmin.substring(kafkaAdmin.indexOf(':') + 1);
    }
}
