package vn.onestop.e2e;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import vn.onestop.contracts.EventType;
import vn.onestop.contracts.Topics;
import vn.onestop.platform.testing.EventTimes;
import vn.onestop.platform.testing.TestKafka;
import vn.onestop.platform.testing.Tokens;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;
import static vn.onestop.platform.testing.Tokens.as;

/**
 * Nothing is lost or doubled under crashes (issue #13): a steady stream of bundles of every seeded
 * chain (with options, supplement and payment rounds, rejections) is submitted and worked, the
 * officers over REST and the partner systems over their topics, while
 * <ul>
 *   <li>each service is killed with SIGKILL at random moments and started again
 *       ({@code onestop.chaos.kills} times each);</li>
 *   <li>records of the platform's topics are replayed (same ce_id) after newer ones, partner replies
 *       are delayed, reordered and delivered twice;</li>
 *   <li>some submissions lose their connection before the answer and are sent again with the same
 *       Idempotency-Key;</li>
 *   <li>in the long run ({@code ./onestop chaos}, {@code onestop.chaos.infra-restarts=true}) the
 *       broker and PostgreSQL are restarted once each.</li>
 * </ul>
 * Then it checks, from the services' databases and topics: every submission has exactly its
 * expected results (from the catalog's chain and the rejections), one dossier per submission,
 * dossier codes and result numbers unique and gap-free per counter, no dossier stuck, every outbox
 * row published, every consumer group caught up, no dead letter, rating's projection equal to a
 * recount from the owners' databases, and the province's published indices equal to a recount from
 * intake's. The random choices come from {@code onestop.chaos.seed}
 * (printed); the summary is printed and written to {@code onestop.chaos.summary}.
 */
class ChaosIT extends EndToEndTest {

    private static final long SEED = Long.getLong("onestop.chaos.seed", new Random().nextLong());
    private static final int BUNDLES = Integer.getInteger("onestop.chaos.bundles", 30);
    private static final int KILLS = Integer.getInteger("onestop.chaos.kills", 1);
    private static final Duration SPACING = Duration.ofMillis(Long.getLong("onestop.chaos.spacing-ms", 1200));
    private static final Duration FINISH = Duration.ofSeconds(Long.getLong("onestop.chaos.finish-seconds", 240));
    /** Whether the broker and PostgreSQL are crashed and restarted too ({@code ./onestop chaos-fault}); long run only. */
    private static final boolean INFRA_RESTARTS = Boolean.getBoolean("onestop.chaos.infra-restarts");
    private static final Path SUMMARY = Path.of(System.getProperty("onestop.chaos.summary", "target/chaos-summary.md"));

    private static final String WARD_CENTRE = "002.01.20.H22";
    private static final String PROVINCE_CENTRE = "000.00.01.H22";
    private static final Set<String> FINISHED_MEMBER = Set.of("DECIDED", "STOPPED", "RETURNED");
    private static final Pattern PARTNER_TASKS = Pattern.compile("onestop\\.partner\\.([a-z0-9-]+)\\.tasks\\.v1$");
    private static final Pattern RESULT_NUMBER = Pattern.compile("(\\d+)/(\\d{4})/.*");

    private final Random random = new Random(SEED);
    private final Map<String, Submission> byDossier = new ConcurrentHashMap<>();
    private final List<Submission> submissions = new CopyOnWriteArrayList<>();
    private final Set<String> dossiers = ConcurrentHashMap.newKeySet();
    private final Set<String> agencies = new ConcurrentSkipListSet<>();
    private final Map<String, JsonPath> catalog = new ConcurrentHashMap<>();
    private final Map<String, String> components = new ConcurrentHashMap<>();
    private final Map<String, Supplement> supplements = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> faults = new ConcurrentHashMap<>();
    private final Map<String, String> workerErrors = new ConcurrentHashMap<>();
    private final List<String> timeline = new CopyOnWriteArrayList<>();
    private final Instant started = Instant.now();

    /** What is submitted, decided by the seeded random before anything runs. */
    record Plan(int index, String bundle, String centre, List<String> options, Set<String> rejected,
                String supplemented, boolean dropConnection, String applicantId) {
    }

    /** A submission as intake answered it: the parent and its members (procedure -> id, code, agency). */
    record Submission(Plan plan, String parentId, String parentCode, Map<String, Member> members,
                      Map<String, Boolean> expected) {
        long expectedResults() {
            return expected.values().stream().filter(b -> b).count();
        }

        String expectedDecision() {
            long yes = expectedResults();
            return yes == members.size() ? "ALL_APPROVED" : yes == 0 ? "NONE_APPROVED" : "PARTIALLY_APPROVED";
        }
    }

    record Member(String procedure, String id, String code, String agency) {
    }

    record Supplement(String dossierCode, String procedure, String centre) {
    }

    @Test
    void nothing_is_lost_or_doubled_when_services_crash_and_events_repeat() throws Exception {
        System.out.printf("ChaosIT: seed %d (-Donestop.chaos.seed=%d to repeat), %d bundles, %d kill(s) per service%s%n",
                SEED, SEED, BUNDLES, KILLS, !INFRA_RESTARTS ? "" : ", broker and PostgreSQL restarts");
        List<Plan> plans = new ArrayList<>();
        for (int i = 0; i < BUNDLES; i++) {
            plans.add(plan(i));
        }
        Set<String> partnerAgencies = partnerAgencies().keySet();
        // the land transfer's tax step asks for payment and approves after the tax receipt: a
        // two-round exchange that the Officers helper plays over REST, as the tax officer
        Predicate<Map<String, Object>> leftToPartner = task -> partnerAgencies.contains((String) task.get("agency"))
                && !"TAX_NOTICE".equals(task.get("step"));
        Officers officers = new Officers(dossiers, new Officers.Policy() {
            @Override
            public boolean rejects(Map<String, Object> task) {
                return rejected(task);
            }

            @Override
            public boolean asksSupplement(Map<String, Object> task) {
                Submission s = byDossier.get((String) task.get("dossierId"));
                return s != null && task.get("procedureId").equals(s.plan().supplemented())
                        && "RECEIVE_CHECK".equals(task.get("step"));
            }
        }, leftToPartner, task -> {
            Submission s = byDossier.get((String) task.get("dossierId"));
            supplements.put((String) task.get("dossierCode"), new Supplement((String) task.get("dossierCode"),
                    (String) task.get("procedureId"), s.plan().centre()));
        });

        Duration window = SPACING.multipliedBy(BUNDLES);
        ScheduledExecutorService workers = Executors.newScheduledThreadPool(4);
        ScheduledExecutorService faultThread = Executors.newSingleThreadScheduledExecutor();
        ScheduledExecutorService submitter = Executors.newSingleThreadScheduledExecutor();
        try (TestKafka.Follower partnerTasks = kafka.follow(partnerTopics(PackagedPlatform.TOPIC_PREFIX));
             TestKafka.Follower platformTopics = kafka.follow(List.of(
                     PackagedPlatform.TOPIC_PREFIX + Topics.DOSSIER_EVENTS,
                     PackagedPlatform.TOPIC_PREFIX + Topics.PROCESSING_EVENTS,
                     PackagedPlatform.TOPIC_PREFIX + Topics.RESULT_EVENTS))) {
            // tokens before any fault: the identity provider keeps its data in the PostgreSQL that is restarted
            Tokens.centreStaff(WARD_CENTRE);
            Tokens.centreStaff(PROVINCE_CENTRE);

            // the fault times are drawn before the workers draw anything: the seed repeats the plan and the faults
            scheduleFaults(faultThread, window);
            workers.scheduleWithFixedDelay(guarded("officers", () -> officers.round(agencies)), 0, 300, TimeUnit.MILLISECONDS);
            workers.scheduleWithFixedDelay(guarded("applicants", this::supplementRound), 0, 500, TimeUnit.MILLISECONDS);
            Partners partners = new Partners(partnerTasks, workers, leftToPartner);
            workers.scheduleWithFixedDelay(guarded("partners", partners::round), 0, 50, TimeUnit.MILLISECONDS);
            Replayer replayer = new Replayer(platformTopics);
            workers.scheduleWithFixedDelay(guarded("replayer", replayer::round), 0, 300, TimeUnit.MILLISECONDS);

            for (Plan plan : plans) {
                submitter.schedule(guarded("submitter", () -> {
                    submit(plan);
                    return null;
                }),
                        SPACING.toMillis() * plan.index(), TimeUnit.MILLISECONDS);
            }
            submitter.shutdown();
            if (!submitter.awaitTermination(window.toSeconds() + 600, TimeUnit.SECONDS)) {
                throw new AssertionError("the submissions did not end");
            }
            faultThread.shutdown();
            if (!faultThread.awaitTermination(window.toSeconds() + 600, TimeUnit.SECONDS)) {
                throw new AssertionError("the faults did not end");
            }
            note("all " + submissions.size() + " submissions made and every fault injected; waiting for the dossiers");
            Summary summary = new Summary();
            awaitFinished(summary);
            workers.shutdownNow();
            workers.awaitTermination(30, TimeUnit.SECONDS);
            check(summary);
            summary.print();
            summary.assertPassed();
        } finally {
            submitter.shutdownNow();
            faultThread.shutdownNow();
            workers.shutdownNow();
        }
    }

    // ---------------------------------------------------------------------------------------------
    // The plan
    // ---------------------------------------------------------------------------------------------

    private Plan plan(int index) {
        int dice = random.nextInt(100);
        String bundle = dice < 45 ? "BIRTH_BUNDLE" : dice < 70 ? "DEATH_BUNDLE" : dice < 85 ? "BUSINESS_STARTUP" : "LAND_TAX_PERMIT";
        String centre = bundle.equals("BUSINESS_STARTUP") ? PROVINCE_CENTRE : WARD_CENTRE;
        List<String> options = new ArrayList<>();
        if (bundle.equals("DEATH_BUNDLE")) {
            if (random.nextBoolean()) {
                options.add("FUNERAL_ALLOWANCE");
            }
            if (random.nextBoolean()) {
                options.add("SURVIVOR_ALLOWANCE");
            }
        }
        Set<String> rejected = new TreeSet<>();
        if (bundle.equals("BIRTH_BUNDLE") && random.nextInt(100) < 20) {
            rejected.add(List.of("P1", "P2", "P3").get(random.nextInt(3)));
        } else if (bundle.equals("DEATH_BUNDLE") && random.nextInt(100) < 15) {
            rejected.add(random.nextBoolean() ? "P4" : "P5");
        }
        String first = Map.of("BIRTH_BUNDLE", "P1", "DEATH_BUNDLE", "P4", "BUSINESS_STARTUP", "P8",
                "LAND_TAX_PERMIT", "P10").get(bundle);
        String supplemented = random.nextInt(100) < 20 && !rejected.contains(first) ? first : null;
        boolean drop = random.nextInt(100) < 15;
        return new Plan(index, bundle, centre, List.copyOf(options), rejected, supplemented, drop,
                "0793" + String.format("%08d", 10_000_000 + index * 7919 % 10_000_000));
    }

    /** The agencies each partner system acts for: processing's configuration, the province's data. */
    private static Map<String, String> partnerAgencies() throws IOException {
        Path properties = Path.of(System.getProperty("onestop.root", "..")).resolve(
                "processing-service/src/main/resources/application.properties");
        Properties loaded = new Properties();
        try (var in = Files.newBufferedReader(properties)) {
            loaded.load(in);
        }
        Map<String, String> agencies = new TreeMap<>();
        Pattern key = Pattern.compile("onestop\\.partners\\.([a-z0-9-]+)\\.agencies");
        for (String name : loaded.stringPropertyNames()) {
            Matcher m = key.matcher(name);
            if (m.matches()) {
                for (String agency : loaded.getProperty(name).split(",")) {
                    agencies.put(agency.trim(), m.group(1));
                }
            }
        }
        if (agencies.isEmpty()) {
            throw new IllegalStateException("no onestop.partners.*.agencies in " + properties);
        }
        return agencies;
    }

    private static List<String> partnerTopics(String prefix) throws IOException {
        return new TreeSet<>(partnerAgencies().values()).stream()
                .map(p -> prefix + Topics.forPartner(Topics.PARTNER_TASKS, p)).toList();
    }

    private boolean rejected(Map<String, Object> task) {
        Submission s = byDossier.get((String) task.get("dossierId"));
        return s != null && s.plan().rejected().contains((String) task.get("procedureId"));
    }

    // ---------------------------------------------------------------------------------------------
    // Submitting, with dropped connections
    // ---------------------------------------------------------------------------------------------

    private void submit(Plan plan) throws Exception {
        String key = UUID.randomUUID().toString();
        String body = """
                {"procedureId": "%s", "channel": "COUNTER", "receivingAgency": "%s",
                 "applicant": {"type": "CITIZEN", "fullName": "Hỗn Loạn %d", "idNumber": "%s"},
                 "components": [%s], "options": [%s], "subjectUnit": "96001"}""".formatted(plan.bundle(), plan.centre(),
                plan.index(), plan.applicantId(), components.computeIfAbsent(plan.bundle() + plan.options(),
                        k -> retrying("catalog", () -> Components.required(plan.bundle(), plan.options()))),
                plan.options().stream().map(o -> "\"" + o + "\"").collect(Collectors.joining(", ")));
        String token = Tokens.centreStaff(plan.centre());
        if (plan.dropConnection()) {
            // the counter's connection drops before the answer: whether intake stored the dossier or
            // not, the retry with the same key must give one dossier
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            HttpRequest request = HttpRequest.newBuilder(URI.create(PackagedPlatform.url("intake-service") + "/api/v1/dossiers"))
                    .timeout(Duration.ofMillis(5 + random(60)))
                    .header("Authorization", "Bearer " + token).header("Idempotency-Key", key)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            try {
                client.send(request, HttpResponse.BodyHandlers.discarding());
                fault("submission answered before the client gave up (retried anyway)");
            } catch (IOException e) {
                fault("submission connection dropped, retried with the same Idempotency-Key");
            }
        }
        Response answer = retrying("submit " + plan.index(), () -> Officers.expect(as(token)
                .baseUri(PackagedPlatform.url("intake-service")).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(body).post("/api/v1/dossiers"), 201));
        if ("true".equals(answer.header("Idempotency-Replayed"))) {
            fault("submission replayed the first answer (Idempotency-Replayed: true)");
        }
        JsonPath json = answer.jsonPath();
        Map<String, Member> members = new LinkedHashMap<>();
        for (Map<String, Object> child : json.<Map<String, Object>>getList("children")) {
            Member m = new Member((String) child.get("procedureId"), (String) child.get("id"), (String) child.get("code"),
                    (String) child.get("competentAgency"));
            members.put(m.procedure(), m);
        }
        Submission submission = new Submission(plan, json.getString("id"), json.getString("code"), members,
                expected(plan, members.keySet()));
        for (Member m : members.values()) {
            byDossier.put(m.id(), submission);
            if (m.agency() != null) {
                agencies.add(m.agency());
            }
        }
        dossiers.addAll(members.values().stream().map(Member::id).toList());
        submissions.add(submission);
    }

    /**
     * Which members give a result: a member not rejected whose gating upstreams (RESULT and HANDOFF
     * edges of the catalog's chain) all give theirs; RESUME edges do not gate a start.
     */
    private Map<String, Boolean> expected(Plan plan, Collection<String> members) {
        JsonPath bundle = catalog.computeIfAbsent(plan.bundle(), id -> retrying("catalog", () ->
                Officers.expect(io.restassured.RestAssured.given().baseUri(PackagedPlatform.url("intake-service"))
                        .get("/api/v1/procedures/{id}", id), 200).jsonPath()));
        List<Map<String, Object>> chain = bundle.getList("chain");
        Map<String, Boolean> expected = new TreeMap<>();
        boolean changed = true;
        for (String m : members) {
            expected.put(m, !plan.rejected().contains(m));
        }
        while (changed) {
            changed = false;
            for (Map<String, Object> edge : chain) {
                String from = (String) edge.get("from");
                String to = (String) edge.get("to");
                if (!"RESUME".equals(edge.get("type")) && expected.containsKey(from) && expected.containsKey(to)
                        && !expected.get(from) && expected.get(to)) {
                    expected.put(to, false);
                    changed = true;
                }
            }
        }
        return expected;
    }

    // ---------------------------------------------------------------------------------------------
    // The applicant's supplements
    // ---------------------------------------------------------------------------------------------

    private void supplementRound() {
        for (Supplement s : List.copyOf(supplements.values())) {
            String component = catalog.computeIfAbsent(s.procedure(), id -> Officers.expect(io.restassured.RestAssured.given()
                    .baseUri(PackagedPlatform.url("intake-service")).get("/api/v1/procedures/{id}", id), 200).jsonPath())
                    .getString("components[0].code");
            Response answer = Officers.expect(as(Tokens.centreStaff(s.centre())).baseUri(PackagedPlatform.url("intake-service"))
                    .contentType(ContentType.JSON).body("{\"components\": [" + Components.pdf(component) + "]}")
                    .post("/api/v1/dossiers/{code}/supplements", s.dossierCode()), 200, 409);
            if (answer.statusCode() == 200) {
                supplements.remove(s.dossierCode());
                fault("supplement round (officer asked, applicant answered)");
            } else {
                // 409: intake has not seen the request yet, or an earlier answer was stored and lost
                List<String> kinds = Officers.expect(as(Tokens.centreStaff(s.centre()))
                        .baseUri(PackagedPlatform.url("intake-service"))
                        .get("/api/v1/dossiers/{code}", s.dossierCode()), 200).jsonPath().getList("timeline.kind");
                if (kinds.contains("SUPPLEMENTED")) {
                    supplements.remove(s.dossierCode());
                    fault("supplement round (officer asked, applicant answered)");
                }
            }
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Partner systems: delayed, reordered and repeated replies
    // ---------------------------------------------------------------------------------------------

    /** The partner systems: they answer each task once, some late, some twice (the same event). */
    private final class Partners {
        private final TestKafka.Follower tasks;
        private final ScheduledExecutorService later;
        private final Set<String> answered = ConcurrentHashMap.newKeySet();
        private final List<ConsumerRecord<String, String>> unknown = new ArrayList<>();
        private final ConcurrentLinkedQueue<ProducerRecord<String, String>> unsent = new ConcurrentLinkedQueue<>();
        private final Predicate<Map<String, Object>> theirs;

        Partners(TestKafka.Follower tasks, ScheduledExecutorService later, Predicate<Map<String, Object>> theirs) {
            this.tasks = tasks;
            this.later = later;
            this.theirs = theirs;
        }

        void round() {
            for (ProducerRecord<String, String> reply = unsent.poll(); reply != null; reply = unsent.poll()) {
                send(reply);
            }
            List<ConsumerRecord<String, String>> batch = new ArrayList<>(unknown);
            unknown.clear();
            batch.addAll(tasks.poll(Duration.ofMillis(200)));
            List<ProducerRecord<String, String>> replies = new ArrayList<>();
            for (ConsumerRecord<String, String> record : batch) {
                if (!EventType.TASK_ASSIGNED.ceType().equals(TestKafka.header(record, "ce_type"))) {
                    continue;
                }
                String dossierId = TestKafka.header(record, "ce_subject");
                if (!byDossier.containsKey(dossierId)) {
                    // a dossier of another test class, or ours before intake's answer reached us
                    if (Duration.between(Instant.ofEpochMilli(record.timestamp()), Instant.now()).toMinutes() < 5) {
                        unknown.add(record);
                    }
                    continue;
                }
                Map<String, Object> task = JsonPath.from(record.value()).getMap("");
                if (!theirs.test(task)) {
                    continue;
                }
                if (!answered.add((String) task.get("taskId"))) {
                    fault("partner received a task twice (redelivered TaskAssigned), answered once");
                    continue;
                }
                replies.add(reply(record, task));
            }
            if (replies.size() > 1) {
                java.util.Collections.shuffle(replies, new Random(random(Integer.MAX_VALUE)));
                fault("partner replies sent out of order (a shuffled batch of " + replies.size() + ")");
            }
            for (ProducerRecord<String, String> reply : replies) {
                int dice = random(100);
                if (dice < 20) {
                    fault("partner reply delayed");
                    later.schedule(() -> unsent.add(reply), 500 + random(4000), TimeUnit.MILLISECONDS);
                } else {
                    send(reply);
                }
                if (dice >= 80) {
                    fault("partner reply delivered twice (same ce_id, later)");
                    later.schedule(() -> unsent.add(reply), 1000 + random(10_000), TimeUnit.MILLISECONDS);
                }
            }
        }

        private ProducerRecord<String, String> reply(ConsumerRecord<String, String> assigned, Map<String, Object> task) {
            Matcher topic = PARTNER_TASKS.matcher(assigned.topic());
            if (!topic.find()) {
                throw new IllegalStateException("not a partner's tasks topic: " + assigned.topic());
            }
            String partner = topic.group(1);
            String dossierId = (String) task.get("dossierId");
            Map<String, Object> reply = new LinkedHashMap<>();
            reply.put("taskId", task.get("taskId"));
            reply.put("dossierId", dossierId);
            if (rejected(Map.of("dossierId", dossierId, "procedureId", task.get("procedureId")))) {
                reply.put("outcome", "REJECT");
                reply.put("note", "Không đủ điều kiện");
            } else {
                reply.put("outcome", "APPROVE");
                if (Boolean.TRUE.equals(task.get("deciding"))) {
                    reply.put("resultData", Officers.resultData(task));
                }
            }
            reply.put("completedBy", partner + "-gateway");
            reply.put("completedAt", EventTimes.now().toString());
            RecordHeaders headers = new RecordHeaders();
            header(headers, "ce_specversion", "1.0");
            header(headers, "ce_id", UUID.randomUUID().toString());
            header(headers, "ce_type", EventType.TASK_COMPLETED.ceType());
            header(headers, "ce_source", EventType.PARTNER_SOURCE_PREFIX + partner);
            header(headers, "ce_subject", dossierId);
            header(headers, "ce_time", Instant.now().toString());
            header(headers, "content-type", "application/json");
            return new ProducerRecord<>(PackagedPlatform.TOPIC_PREFIX + Topics.forPartner(Topics.PARTNER_REPLIES, partner),
                    null, dossierId, Officers.json(reply), headers);
        }

        private void send(ProducerRecord<String, String> reply) {
            try {
                kafka.send(reply);
            } catch (RuntimeException e) {
                // the broker is down: the partner keeps the reply and sends it again
                unsent.add(reply);
                throw e;
            }
        }
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    // ---------------------------------------------------------------------------------------------
    // Replays of the platform's own events
    // ---------------------------------------------------------------------------------------------

    /** Sends again, exactly (same ce_id, key and headers), records seen earlier: after newer ones. */
    private final class Replayer {
        private final TestKafka.Follower topics;
        private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

        Replayer(TestKafka.Follower topics) {
            this.topics = topics;
        }

        void round() {
            for (ConsumerRecord<String, String> record : topics.poll(Duration.ofMillis(100))) {
                if (byDossier.containsKey(record.key()) || byDossier.containsKey(TestKafka.header(record, "ce_subject"))) {
                    seen.add(record);
                }
            }
            if (seen.isEmpty() || random(100) >= 40) {
                return;
            }
            ConsumerRecord<String, String> old = seen.get(random(seen.size()));
            kafka.send(new ProducerRecord<>(old.topic(), null, old.key(), old.value(), old.headers()));
            fault("event replayed after newer ones (same ce_id) on " + old.topic().replace(PackagedPlatform.TOPIC_PREFIX, ""));
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Crashes and restarts
    // ---------------------------------------------------------------------------------------------

    private void scheduleFaults(ScheduledExecutorService faultThread, Duration window) {
        PackagedPlatform platform;
        try {
            platform = PackagedPlatform.shared();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        long span = Math.max(window.toMillis(), 10_000);
        for (String service : PackagedPlatform.services()) {
            for (int i = 0; i < KILLS; i++) {
                long at = 2_000 + random.nextLong(span);
                faultThread.schedule(guarded("faults", () -> {
                    Duration ran = platform.kill(service);
                    note("SIGKILL " + service + " (it had run " + ran.toSeconds() + " s)");
                    fault("service killed with SIGKILL and restarted");
                    Instant start = Instant.now();
                    platform.restart(service);
                    note(service + " ready again after " + Duration.between(start, Instant.now()).toMillis() + " ms");
                    return null;
                }), at, TimeUnit.MILLISECONDS);
            }
        }
        if (INFRA_RESTARTS) {
            for (String component : List.of("kafka", "postgres")) {
                long at = 5_000 + random.nextLong(span);
                faultThread.schedule(guarded("faults", () -> {
                    note("restarting " + component + " (./onestop chaos-fault " + component + ")");
                    Duration took = PackagedPlatform.testInfrastructure(component);
                    note(component + " restarted in " + took.toMillis() + " ms");
                    fault(component + " restarted while work was in flight");
                    return null;
                }), at, TimeUnit.MILLISECONDS);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Waiting and checking
    // ---------------------------------------------------------------------------------------------

    private void awaitFinished(Summary summary) {
        try {
            await("every submission finished").atMost(FINISH).pollInterval(Duration.ofSeconds(2))
                    .ignoreExceptionsMatching(Unavailable::is)
                    .until(() -> unfinished().isEmpty());
            summary.pass("no dossier stuck: every parent DECIDED, every member DECIDED or STOPPED ("
                    + submissions.size() + " submissions, " + dossiers.size() + " members), "
                    + Duration.between(started, Instant.now()).toSeconds() + " s after the first submission");
        } catch (ConditionTimeoutException e) {
            summary.fail("dossiers stuck after " + FINISH.toSeconds() + " s: " + describeStuck());
        }
    }

    /**
     * Waits until the platform is quiet: every outbox published and every consumer group caught up,
     * both in the same poll. A member is DECIDED before its result exists (results issues it from
     * DossierDecided, intake and rating learn of it from ResultIssued), and a service restarted late
     * in the run may still be catching up: the checks compare what the platform ends with, not a
     * moment in between. A platform that never settles is reported by the checks themselves.
     */
    private void settle() {
        try {
            await("the platform settles").atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofSeconds(1))
                    .ignoreExceptionsMatching(Unavailable::is)
                    .until(() -> {
                        for (String service : PackagedPlatform.services()) {
                            if (outbox(service)[1] != 0) {
                                return false;
                            }
                        }
                        try {
                            kafka.awaitConsumersCaughtUp(PackagedPlatform.TOPIC_PREFIX, Duration.ofSeconds(2));
                            return true;
                        } catch (AssertionError lagging) {
                            return false;
                        }
                    });
        } catch (ConditionTimeoutException e) {
            // the outbox and consumer checks below name what did not settle
        }
    }

    /** The codes of the dossiers (parents and members) of this run that are not finished. */
    private List<String> unfinished() throws SQLException {
        List<String> open = new ArrayList<>();
        Map<String, String[]> rows = intakeDossiers();
        for (Submission s : submissions) {
            String[] parent = rows.get(s.parentId());
            if (parent == null || !"DECIDED".equals(parent[1])) {
                open.add(s.parentCode());
            }
            for (Member m : s.members().values()) {
                String[] row = rows.get(m.id());
                if (row == null || !FINISHED_MEMBER.contains(row[1])) {
                    open.add(m.code());
                }
            }
        }
        return open;
    }
    /**
     * The published indices of the whole province for the days of the run equal a recount from the
     * owners' databases: received (by channel) from intake's dossiers, and how they ended in the
     * period (decided, withdrawn, stopped) from intake's records of the decisions, withdrawals and
     * stops, by rating's rules (a bundle's parent is not counted, nor an online submission still
     * awaiting acceptance or refused at intake: never received; a dossier ends once, at the first
     * of its decision, withdrawal or stop). Every dossier in the databases counts, not only the
     * run's. (A submission withdrawn before its acceptance would be counted received here and not
     * by rating: no end-to-end test makes one.)
     */
    private void indicesEqualARecount(Summary summary) throws SQLException {
        ZoneId zone = ZoneId.of("Asia/Ho_Chi_Minh");
        LocalDate from = LocalDate.ofInstant(started, zone);
        LocalDate to = LocalDate.now(zone);
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        Map<String, Long> byChannel = new TreeMap<>();
        long received = 0;
        long decided = 0;
        long withdrawn = 0;
        long stopped = 0;
        try (Connection connection = PackagedPlatform.connect("intake-service");
             PreparedStatement statement = connection.prepareStatement("""
                     select d.channel, d.received_at, d.decided_at, d.withdrawn_at,
                            (select min(t.at) from dossier_timeline t where t.dossier_id = d.id and t.kind = 'STOPPED')
                       from dossier d where d.kind <> 'BUNDLE' and d.status not in ('SUBMITTED_ONLINE', 'REFUSED')""");
             ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                Instant receivedAt = rs.getTimestamp(2).toInstant();
                if (!receivedAt.isBefore(start) && receivedAt.isBefore(end)) {
                    received++;
                    byChannel.merge(rs.getString(1), 1L, Long::sum);
                }
                Instant decidedAt = instant(rs.getTimestamp(3));
                Instant withdrawnAt = instant(rs.getTimestamp(4));
                Instant stoppedAt = instant(rs.getTimestamp(5));
                Instant ended = Stream.of(decidedAt, withdrawnAt, stoppedAt).filter(Objects::nonNull)
                        .min(Comparator.naturalOrder()).orElse(null);
                if (ended == null || ended.isBefore(start) || !ended.isBefore(end)) {
                    continue;
                }
                if (ended.equals(decidedAt)) {
                    decided++;
                } else if (ended.equals(withdrawnAt)) {
                    withdrawn++;
                } else {
                    stopped++;
                }
            }
        }
        Map<String, Object> published = io.restassured.RestAssured.given().baseUri(PackagedPlatform.url("rating-service"))
                .queryParam("from", from.toString()).queryParam("to", to.toString())
                .get("/api/v1/indices").then().statusCode(200).extract().jsonPath().getMap("");
        List<String> differences = new ArrayList<>();
        compare(differences, "received", received, published.get("received"));
        compare(differences, "receivedByChannel", byChannel, new TreeMap<>(((Map<?, ?>) published.get("receivedByChannel"))
                .entrySet().stream().filter(e -> ((Number) e.getValue()).longValue() != 0)
                .collect(Collectors.toMap(e -> (String) e.getKey(), e -> ((Number) e.getValue()).longValue()))));
        compare(differences, "finished (decided)", decided, published.get("finished"));
        compare(differences, "withdrawn", withdrawn, published.get("withdrawn"));
        compare(differences, "stopped", stopped, published.get("stopped"));
        long early = ((Number) published.get("finishedEarly")).longValue();
        long onTime = ((Number) published.get("finishedOnTime")).longValue();
        long late = ((Number) published.get("finishedLate")).longValue();
        compare(differences, "finished early + on time + late", decided, early + onTime + late);
        summary.check(differences.isEmpty(), "the published indices of the province for " + from + " to " + to
                + " equal a recount from intake: " + received + " received " + byChannel + ", " + decided + " decided ("
                + early + " early, " + onTime + " on time, " + late + " late), " + withdrawn + " withdrawn, " + stopped
                + " stopped", differences);
    }

    private static Instant instant(java.sql.Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static void compare(List<String> differences, String what, Object recount, Object published) {
        Object value = published instanceof Number n ? (Object) n.longValue() : published;
        if (!Objects.equals(recount, value)) {
            differences.add(what + ": recount " + recount + ", published " + published);
        }
    }


    /** Every dossier of the run in intake: id -> {code, status, decision, applicant id number, parent id}. */
    private Map<String, String[]> intakeDossiers() throws SQLException {
        Map<String, String[]> rows = new HashMap<>();
        try (Connection db = PackagedPlatform.connect("intake-service");
             PreparedStatement query = db.prepareStatement("select id, code, status, decision, applicant_id_number, parent_id"
                     + " from dossier where applicant_id_number like '0793%'")) {
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rows.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6)});
                }
            }
        }
        return rows;
    }

    private String describeStuck() {
        try {
            List<String> open = unfinished();
            StringBuilder out = new StringBuilder(open.size() + " unfinished: ");
            try (Connection db = PackagedPlatform.connect("processing-service");
                 PreparedStatement cases = db.prepareStatement("select c.dossier_code, c.status, "
                         + "(select string_agg(t.step || '@' || t.agency || ' ' || t.status, ', ') from task t "
                         + " where t.dossier_id = c.dossier_id and t.status <> 'DONE') from case_file c where c.dossier_code = any(?)")) {
                cases.setArray(1, db.createArrayOf("text", open.toArray()));
                try (ResultSet rs = cases.executeQuery()) {
                    while (rs.next()) {
                        out.append("\n  ").append(rs.getString(1)).append(" ").append(rs.getString(2))
                                .append(" open tasks: ").append(rs.getString(3));
                    }
                }
            }
            out.append("\n  (not in processing: ").append(open.size()).append(" listed above or parents)");
            out.append("\n  pending supplements: ").append(supplements.keySet());
            return out.toString();
        } catch (SQLException e) {
            return "(could not describe: " + e + ")";
        }
    }

    private void check(Summary summary) throws Exception {
        settle();
        Map<String, String[]> dossierRows = intakeDossiers();
        // one dossier per submission: the parent and exactly its members, whatever was retried
        Map<String, Integer> perApplicant = new TreeMap<>();
        dossierRows.values().forEach(r -> perApplicant.merge(r[3], 1, Integer::sum));
        List<String> doubled = new ArrayList<>();
        for (Submission s : submissions) {
            int stored = perApplicant.getOrDefault(s.plan().applicantId(), 0);
            if (stored != s.members().size() + 1) {
                doubled.add(s.parentCode() + " (" + s.plan().bundle() + "): " + stored + " dossiers stored, "
                        + (s.members().size() + 1) + " expected");
            }
        }
        summary.check(doubled.isEmpty() && submissions.size() == BUNDLES,
                "one dossier per submission: " + submissions.size() + "/" + BUNDLES + " submissions, "
                        + dossierRows.size() + " dossiers (parents and members), none doubled by a retry", doubled);

        // exactly the expected results, in results-service and on the result topic
        Map<String, Integer> results = perDossier("results-service",
                "select dossier_id, count(*) from result where dossier_id = any(?) group by dossier_id");
        Map<String, Set<String>> issued = new HashMap<>();
        for (ConsumerRecord<String, String> r : kafka.records(PackagedPlatform.TOPIC_PREFIX + EventType.RESULT_ISSUED.topic(),
                r -> EventType.RESULT_ISSUED.ceType().equals(TestKafka.header(r, "ce_type"))
                        && dossiers.contains(TestKafka.header(r, "ce_subject")))) {
            issued.computeIfAbsent(TestKafka.header(r, "ce_subject"), k -> new TreeSet<>()).add(TestKafka.header(r, "ce_id"));
        }
        List<String> wrong = new ArrayList<>();
        List<String> wrongDecision = new ArrayList<>();
        Map<String, int[]> perBundle = new TreeMap<>();
        long expectedTotal = 0;
        for (Submission s : submissions) {
            int[] tally = perBundle.computeIfAbsent(s.plan().bundle(), k -> new int[3]);
            tally[0]++;
            for (Member m : s.members().values()) {
                int want = s.expected().get(m.procedure()) ? 1 : 0;
                expectedTotal += want;
                tally[1] += want;
                int stored = results.getOrDefault(m.id(), 0);
                int announced = issued.getOrDefault(m.id(), Set.of()).size();
                tally[2] += stored;
                if (stored != want || announced != want) {
                    wrong.add(m.code() + " " + m.procedure() + " of " + s.plan().bundle() + s.plan().options()
                            + " rejected " + s.plan().rejected() + ": " + stored + " result(s) stored, " + announced
                            + " ResultIssued event id(s), " + want + " expected");
                }
            }
            String[] parent = dossierRows.get(s.parentId());
            if (parent == null || !s.expectedDecision().equals(parent[2])) {
                wrongDecision.add(s.parentCode() + " " + s.plan().bundle() + " rejected " + s.plan().rejected() + ": "
                        + (parent == null ? "missing" : parent[2]) + ", expected " + s.expectedDecision());
            }
        }
        summary.check(wrong.isEmpty(), "every submission has exactly its expected results: " + expectedTotal
                + " results expected and stored, one ResultIssued event id each; per chain "
                + perBundle.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()[0] + " submissions/"
                + e.getValue()[1] + " expected/" + e.getValue()[2] + " stored").collect(Collectors.joining(", ")), wrong);
        summary.check(wrongDecision.isEmpty(), "every bundle's decision matches its rejections (ALL/PARTIALLY/NONE_APPROVED)",
                wrongDecision);

        // codes and numbers: unique, and each counter's sequence 1..last without a gap
        summary.check(dossierCodesGapFree(summary), "dossier codes unique and gap-free per counter (centre, day)", List.of());
        summary.check(resultNumbersGapFree(summary), "result numbers unique and gap-free per counter (issuer, kind, year)", List.of());

        // every outbox row published
        for (String service : PackagedPlatform.services()) {
            long[] counts = new long[2];
            try {
                await(service + " outbox drained").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                        .until(() -> {
                            long[] now = outbox(service);
                            counts[0] = now[0];
                            counts[1] = now[1];
                            return now[1] == 0;
                        });
                summary.pass(service + ": every outbox row published (" + counts[0] + " rows)");
            } catch (ConditionTimeoutException e) {
                summary.fail(service + ": " + counts[1] + " of " + counts[0] + " outbox rows never published");
            }
        }

        // every consumer group caught up, nothing dead-lettered
        try {
            kafka.awaitConsumersCaughtUp(PackagedPlatform.TOPIC_PREFIX, Duration.ofSeconds(120));
            summary.pass("every consumer group caught up on every e2e topic");
        } catch (AssertionError e) {
            summary.fail(e.getMessage());
        }
        List<String> dead = kafka.deadLetters(PackagedPlatform.TOPIC_PREFIX);
        summary.check(dead.isEmpty(), "no dead letters", dead);

        // rating's projection (what its indices are computed from) equals a recount from the owners
        summary.check(ratingAgrees(dossierRows, results, summary), "rating's projection of every member equals a recount from "
                + "intake (national status) and results (result issued)", List.of());
        indicesEqualARecount(summary);
        summary.note("worker errors tolerated while services were down: " + workerErrors.size() + " kinds"
                + workerErrors.entrySet().stream().limit(12).map(e -> "\n  - " + e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining()));
    }

    private boolean dossierCodesGapFree(Summary summary) throws SQLException {
        List<String> problems = new ArrayList<>();
        int counters = 0;
        try (Connection db = PackagedPlatform.connect("intake-service");
             PreparedStatement query = db.prepareStatement("""
                     select c.agency, c.day, c.last_seq, count(d.code), count(distinct d.seq), min(d.seq), max(d.seq)
                     from dossier_code_counter c
                     left join (select code, cast(split_part(code, '-', 3) as integer) as seq from dossier
                                where code ~ '-[0-9]{6}-[0-9]+$') d
                       on d.code like c.agency || '-' || to_char(c.day, 'YYMMDD') || '-%'
                     group by c.agency, c.day, c.last_seq""");
             ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                counters++;
                int last = rs.getInt(3);
                if (rs.getInt(4) != last || rs.getInt(5) != last || (last > 0 && (rs.getInt(6) != 1 || rs.getInt(7) != last))) {
                    problems.add(rs.getString(1) + " " + rs.getString(2) + ": counter at " + last + ", " + rs.getInt(4)
                            + " codes, " + rs.getInt(5) + " distinct, from " + rs.getInt(6) + " to " + rs.getInt(7));
                }
            }
        }
        summary.detail(counters + " counter(s) checked", problems);
        return problems.isEmpty() && counters > 0;
    }

    private boolean resultNumbersGapFree(Summary summary) throws SQLException {
        Map<String, List<Integer>> sequences = new TreeMap<>();
        Map<String, Integer> counters = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        try (Connection db = PackagedPlatform.connect("results-service")) {
            try (PreparedStatement query = db.prepareStatement("select issuer, kind, number from result");
                 ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    Matcher m = RESULT_NUMBER.matcher(rs.getString(3));
                    if (!m.matches()) {
                        problems.add("unreadable number " + rs.getString(3));
                        continue;
                    }
                    sequences.computeIfAbsent(rs.getString(1) + " " + rs.getString(2) + " " + Integer.parseInt(m.group(2)),
                            k -> new ArrayList<>()).add(Integer.parseInt(m.group(1)));
                }
            }
            try (PreparedStatement query = db.prepareStatement("select issuer, kind, year, last_seq from result_number_counter");
                 ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    counters.put(rs.getString(1) + " " + rs.getString(2) + " " + rs.getInt(3), rs.getInt(4));
                }
            }
        }
        Set<String> keys = new TreeSet<>(counters.keySet());
        keys.addAll(sequences.keySet());
        for (String key : keys) {
            List<Integer> seqs = sequences.getOrDefault(key, List.of());
            int last = counters.getOrDefault(key, 0);
            Set<Integer> distinct = new TreeSet<>(seqs);
            boolean complete = distinct.size() == last && (last == 0 || (((TreeSet<Integer>) distinct).first() == 1
                    && ((TreeSet<Integer>) distinct).last() == last));
            if (seqs.size() != distinct.size() || !complete) {
                problems.add(key + ": counter at " + last + ", numbers " + seqs.size() + " (" + distinct.size() + " distinct)");
            }
        }
        summary.detail(counters.size() + " counter(s), " + sequences.values().stream().mapToInt(List::size).sum()
                + " numbers checked", problems);
        return problems.isEmpty() && !counters.isEmpty();
    }

    /**
     * A number per dossier of this run from a service's database: {@code sql} selects the dossier id
     * and the number, for the ids bound to its one parameter.
     */
    private Map<String, Integer> perDossier(String service, String sql) throws SQLException {
        Map<String, Integer> numbers = new HashMap<>();
        try (Connection db = PackagedPlatform.connect(service);
             PreparedStatement query = db.prepareStatement(sql)) {
            query.setArray(1, db.createArrayOf("uuid", dossiers.toArray()));
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    numbers.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        return numbers;
    }

    /** {rows, unpublished rows} of the service's outbox. */
    private static long[] outbox(String service) throws SQLException {
        try (Connection db = PackagedPlatform.connect(service);
             PreparedStatement query = db.prepareStatement(
                     "select count(*), count(*) filter (where published_at is null) from outbox_event");
             ResultSet rs = query.executeQuery()) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2)};
        }
    }

    private boolean ratingAgrees(Map<String, String[]> dossierRows, Map<String, Integer> results, Summary summary) throws SQLException {
        Map<String, Integer> intakeStatus = perDossier("intake-service",
                "select id, national_status_code from dossier where id = any(?)");
        List<String> problems = new ArrayList<>();
        int compared = 0;
        try (Connection db = PackagedPlatform.connect("rating-service");
             PreparedStatement query = db.prepareStatement(
                     "select dossier_id, national_status, result_issued_at is not null from dossier_fact where dossier_id = any(?)")) {
            Array ids = db.createArrayOf("uuid", dossiers.toArray());
            query.setArray(1, ids);
            Set<String> seen = new TreeSet<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    seen.add(id);
                    compared++;
                    Integer status = intakeStatus.get(id);
                    boolean hasResult = results.getOrDefault(id, 0) > 0;
                    if (status == null || status != rs.getInt(2) || hasResult != rs.getBoolean(3)) {
                        problems.add(id + ": rating national status " + rs.getInt(2) + " result " + rs.getBoolean(3)
                                + ", intake " + status + " results " + hasResult);
                    }
                }
            }
            for (String id : dossiers) {
                if (!seen.contains(id)) {
                    problems.add(id + ": missing from rating's projection");
                }
            }
        }
        summary.detail(compared + " member rows compared", problems);
        return problems.isEmpty() && compared == dossiers.size();
    }

    // ---------------------------------------------------------------------------------------------
    // Helpers
    // ---------------------------------------------------------------------------------------------

    private int random(int bound) {
        synchronized (random) {
            return random.nextInt(bound);
        }
    }

    private void fault(String kind) {
        faults.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
    }

    private void note(String line) {
        String stamped = String.format("%6.1f s  %s", Duration.between(started, Instant.now()).toMillis() / 1000.0, line);
        timeline.add(stamped);
        System.out.println("ChaosIT " + stamped);
    }

    /** Calls until it gives an answer, through refused connections and 5xx; any other failure fails at once. */
    private static <T> T retrying(String what, Callable<T> call) {
        AtomicReference<T> out = new AtomicReference<>();
        await(what).atMost(Duration.ofSeconds(180)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(500))
                .ignoreExceptionsMatching(Unavailable::is)
                .until(() -> {
                    out.set(call.call());
                    return true;
                });
        return out.get();
    }

    /** A worker's step: a failure is recorded (and the step runs again next time), never lost. */
    private Runnable guarded(String worker, Callable<?> step) {
        return () -> {
            try {
                step.call();
            } catch (Throwable e) {
                String kind = worker + ": " + (e.getClass().getSimpleName() + " " + e.getMessage()).lines().findFirst().orElse("");
                workerErrors.merge(kind.length() > 200 ? kind.substring(0, 200) : kind, "1", (a, b) -> String.valueOf(Integer.parseInt(a) + 1));
                if (!Unavailable.is(e)) {
                    System.out.println("ChaosIT " + worker + " failed (will go on): " + e);
                }
            }
        };
    }

    private Runnable guarded(String worker, Runnable step) {
        return guarded(worker, () -> {
            step.run();
            return null;
        });
    }

    /** The checks, the faults and the printed report. */
    private final class Summary {
        private final List<String> lines = new ArrayList<>();
        private final List<String> failures = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private String pendingDetail = "";
        private int passed;

        void pass(String check) {
            passed++;
            lines.add("- [x] " + check + pendingDetail);
            pendingDetail = "";
        }

        void fail(String check) {
            failures.add(check);
            lines.add("- [ ] **FAILED** " + check + pendingDetail);
            pendingDetail = "";
        }

        void detail(String detail, List<String> problems) {
            pendingDetail = " (" + detail + ")" + problems.stream().limit(20).map(p -> "\n    - " + p).collect(Collectors.joining());
        }

        void check(boolean ok, String check, List<String> problems) {
            if (!problems.isEmpty() && pendingDetail.isEmpty()) {
                detail(problems.size() + " problem(s)", problems);
            }
            if (ok) {
                pass(check);
            } else {
                fail(check);
            }
        }

        void note(String note) {
            notes.add(note);
        }

        void print() throws IOException {
            int injected = faults.values().stream().mapToInt(AtomicInteger::get).sum();
            StringBuilder out = new StringBuilder();
            out.append("# Chaos run\n\n");
            out.append("- seed ").append(SEED).append(" (`-Donestop.chaos.seed=").append(SEED).append("`), ")
                    .append(BUNDLES).append(" bundles, ").append(KILLS).append(" kill(s) per service")
                    .append(!INFRA_RESTARTS ? "" : ", broker and PostgreSQL restarted once each")
                    .append(", ").append(Duration.between(started, Instant.now()).toSeconds()).append(" s\n");
            out.append("- faults injected: ").append(injected).append("\n");
            new TreeMap<>(faults).forEach((k, v) -> out.append("  - ").append(v.get()).append(" × ").append(k).append("\n"));
            out.append("- checks passed: ").append(passed).append(" of ").append(passed + failures.size()).append("\n\n");
            out.append("## Checks\n\n");
            lines.forEach(l -> out.append(l).append("\n"));
            out.append("\n## Notes\n\n");
            notes.forEach(n -> out.append("- ").append(n).append("\n"));
            out.append("\n## Faults as they happened\n\n");
            timeline.forEach(t -> out.append("    ").append(t).append("\n"));
            System.out.println(out);
            Files.createDirectories(SUMMARY.toAbsolutePath().getParent());
            Files.writeString(SUMMARY, out);
        }

        void assertPassed() {
            if (!failures.isEmpty()) {
                throw new AssertionError("chaos run (seed " + SEED + ") failed " + failures.size() + " check(s):\n  "
                        + String.join("\n  ", failures) + "\nsummary: " + SUMMARY.toAbsolutePath());
            }
        }
    }
}
