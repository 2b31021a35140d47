package vn.onestop.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import vn.onestop.contracts.EventType;
import vn.onestop.contracts.Topics;
import vn.onestop.platform.testing.LocalIdentity.Person;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/**
 * Issue 12, scenario 2: birth bundles end to end, with no think time. The run's citizen files the
 * birth bundle (P1 birth registration → P2 permanent residence and P3 health-insurance card) online
 * at the ward's centre; the ward's civil-status officer completes P1's steps over REST as soon as
 * processing assigns them (the benchmark learns of each task from its TaskAssigned, instead of
 * polling the inbox); the police and social security systems answer their tasks over their own
 * topics, as their own Kafka users, as {@code ./onestop demo} does. Measured per bundle: from the
 * submission's intended send time to the third ResultIssued seen on the results topic.
 */
final class ChainScenario implements Scenario {

    static final String BUNDLE = "BIRTH_BUNDLE";
    static final String CENTRE = "002.01.20.H22";
    static final String CIVIL_STATUS = "000.01.20.H22";
    static final List<String> PARTNERS = List.of("police", "social-security");
    static final List<String> COMPONENTS = List.of("BIRTH_REGISTRATION_FORM", "BIRTH_NOTICE", "REQUESTER_ID",
            "RESIDENCE_CHANGE_FORM", "HEALTH_INSURANCE_FORM");
    private static final ZoneId PROVINCE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final long HIGHEST_MICROS = TimeUnit.HOURS.toMicros(1);

    /** A bundle of the run: when its submission was due, and how many of its members still owe a result. */
    private record Bundle(long intendedNanos, AtomicInteger resultsOwed) {
    }

    /**
     * A member dossier, known from the submission's answer or first from an event about it (the
     * events may overtake the answer): the work waiting for its bundle is run once both are known.
     */
    private static final class Member {
        private Bundle bundle;
        private final List<Consumer<Bundle>> waiting = new ArrayList<>();

        synchronized void join(Bundle of) {
            bundle = of;
            waiting.forEach(work -> work.accept(of));
            waiting.clear();
        }

        synchronized void whenKnown(Consumer<Bundle> work) {
            if (bundle != null) {
                work.accept(bundle);
            } else {
                waiting.add(work);
            }
        }
    }

    private final Settings settings;
    private final AccessTokens tokens;
    private final Http http;
    private final String runId;
    private final Person applicant;
    private final Person officer = Person.of("officer", CIVIL_STATUS);
    private final Map<String, Member> members = new ConcurrentHashMap<>();
    private final Histogram chainMicros = new ConcurrentHistogram(HIGHEST_MICROS, 3);
    private final AtomicLong bundlesAccepted = new AtomicLong();
    private final AtomicLong bundlesFinished = new AtomicLong();
    private final Map<String, LongAdder> stepErrors = new ConcurrentHashMap<>();
    private final LongAdder officerSteps = new LongAdder();
    private final LongAdder partnerSteps = new LongAdder();
    private final List<Thread> watchers = new ArrayList<>();
    private final Map<String, KafkaProducer<String, String>> partnerProducers = new LinkedHashMap<>();
    private volatile boolean closing;
    private String body;

    ChainScenario(Settings settings, AccessTokens tokens, Http http, String runId) {
        this.settings = settings;
        this.tokens = tokens;
        this.http = http;
        this.runId = runId;
        this.applicant = Person.citizen(settings.applicantIdNumber());
    }

    @Override
    public String unit() {
        return "bundle";
    }

    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("bundle", BUNDLE);
        parameters.put("centre", CENTRE);
        parameters.put("channel", "ONLINE");
        parameters.put("officerOverRest", CIVIL_STATUS + " (P1's steps)");
        parameters.put("partnersOverTopics", PARTNERS);
        parameters.put("thinkTime", "none");
        parameters.put("uploadBytesEach", settings.uploadBytes());
        parameters.put("applicantIdNumber", settings.applicantIdNumber());
        return parameters;
    }

    @Override
    public void prepare() {
        tokens.of(applicant);
        tokens.of(officer);
        String pdf = Base64.getEncoder().encodeToString(IntakeScenario.pdf(settings.uploadBytes()));
        ObjectNode request = Http.JSON.createObjectNode().put("procedureId", BUNDLE).put("channel", "ONLINE")
                .put("receivingAgency", CENTRE);
        request.putObject("applicant").put("type", "CITIZEN").put("fullName", "Đặng Thu Trang")
                .put("idNumber", settings.applicantIdNumber());
        ArrayNode components = request.putArray("components");
        for (String code : COMPONENTS) {
            components.addObject().put("code", code).put("fileName", code.toLowerCase() + ".pdf")
                    .put("mediaType", "application/pdf").put("contentBase64", pdf);
        }
        body = request.toString();

        String prefix = settings.topicPrefix();
        Map<String, Object> admin = ConsumerLag.scramClient(settings.kafkaBootstrap(), settings.adminUser(),
                settings.adminPassword());
        watch("officer-notifications", admin, prefix + Topics.PROCESSING_EVENTS, this::onProcessingEvent);
        watch("results", admin, prefix + Topics.RESULT_EVENTS, this::onResultEvent);
        for (String partner : PARTNERS) {
            String user = "partner-" + partner;
            Map<String, Object> client = ConsumerLag.scramClient(settings.kafkaBootstrap(), user, user + "-local-secret");
            Map<String, Object> producer = new LinkedHashMap<>(client);
            producer.put(ProducerConfig.ACKS_CONFIG, "all");
            producer.put(ProducerConfig.LINGER_MS_CONFIG, 0);
            producer.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            producer.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            partnerProducers.put(partner, new KafkaProducer<>(producer));
            watch("partner-" + partner, client, prefix + Topics.forPartner(Topics.PARTNER_TASKS, partner),
                    record -> onPartnerTask(partner, record));
        }
    }

    /**
     * Reads {@code topic} from its end as it is now, on a thread of its own, without a consumer group
     * (nothing committed, no group left behind, no group ACL needed).
     */
    private void watch(String name, Map<String, Object> client, String topic,
                       Consumer<ConsumerRecord<String, String>> handler) {
        Map<String, Object> config = new LinkedHashMap<>(client);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "bench-" + name);
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config);
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);   // fix the start now, before the first submission
        Thread thread = new Thread(() -> {
            try {
                while (!closing) {
                    for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                        try {
                            handler.accept(record);
                        } catch (RuntimeException e) {
                            stepErrors.computeIfAbsent(name + ": " + e.getClass().getSimpleName(), k -> new LongAdder())
                                    .increment();
                        }
                    }
                }
            } catch (WakeupException e) {
                // closing
            } finally {
                consumer.close(Duration.ofSeconds(2));
            }
        }, "bench-" + name);
        thread.setDaemon(true);
        thread.start();
        watchers.add(thread);
    }

    @Override
    public CompletableFuture<OpenLoop.Outcome> send(long index, long intendedNanos) {
        return http.post(settings.api("intake-service") + "/api/v1/dossiers", tokens.of(applicant),
                runId + "-" + index, body).thenApply(answer -> {
                    if (!answer.is(201)) {
                        return OpenLoop.Outcome.error(answer.errorKind());
                    }
                    JsonNode children = answer.json().path("children");
                    Bundle bundle = new Bundle(intendedNanos, new AtomicInteger(children.size()));
                    bundlesAccepted.incrementAndGet();
                    for (JsonNode child : children) {
                        member(child.path("id").asText()).join(bundle);
                    }
                    return OpenLoop.Outcome.ok();
                });
    }

    private Member member(String dossierId) {
        return members.computeIfAbsent(dossierId, id -> new Member());
    }

    /** The civil-status officer's tasks: completed over REST as soon as they are assigned. */
    private void onProcessingEvent(ConsumerRecord<String, String> record) {
        if (!EventType.TASK_ASSIGNED.ceType().equals(header(record, "ce_type"))) {
            return;
        }
        JsonNode task = json(record.value());
        if (!CIVIL_STATUS.equals(task.path("agency").asText())) {
            return;
        }
        member(task.path("dossierId").asText()).whenKnown(bundle -> {
            ObjectNode outcome = Http.JSON.createObjectNode().put("outcome", "APPROVE");
            if (task.path("deciding").asBoolean()) {
                outcome.set("resultData", resultData(task));
            }
            http.post(settings.api("processing-service") + "/api/v1/tasks/" + task.path("taskId").asText() + "/complete",
                    tokens.of(officer), null, outcome.toString()).thenAccept(answer -> {
                        if (answer.is(200)) {
                            officerSteps.increment();
                        } else {
                            stepErrors.computeIfAbsent("officer " + answer.errorKind(), k -> new LongAdder()).increment();
                        }
                    });
        });
    }

    /** A partner system's task, answered at once on its own replies topic. */
    private void onPartnerTask(String partner, ConsumerRecord<String, String> record) {
        if (!EventType.TASK_ASSIGNED.ceType().equals(header(record, "ce_type"))) {
            return;
        }
        JsonNode task = json(record.value());
        String dossierId = task.path("dossierId").asText();
        member(dossierId).whenKnown(bundle -> {
            ObjectNode reply = Http.JSON.createObjectNode().put("taskId", task.path("taskId").asText())
                    .put("dossierId", dossierId).put("outcome", "APPROVE").put("completedBy", partner + "-system")
                    .put("completedAt", OffsetDateTime.now(ZoneOffset.UTC).toString());
            if (task.path("deciding").asBoolean()) {
                reply.set("resultData", resultData(task));
            }
            RecordHeaders headers = new RecordHeaders();
            Map.of("ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(),
                            "ce_type", EventType.TASK_COMPLETED.ceType(), "ce_source", "/partners/" + partner,
                            "ce_subject", dossierId, "ce_time", Instant.now().toString(), "content-type", "application/json")
                    .forEach((k, v) -> headers.add(k, v.getBytes(StandardCharsets.UTF_8)));
            String topic = settings.topicPrefix() + Topics.forPartner(Topics.PARTNER_REPLIES, partner);
            partnerProducers.get(partner).send(new ProducerRecord<>(topic, null, dossierId, reply.toString(), headers),
                    (metadata, failure) -> {
                        if (failure == null) {
                            partnerSteps.increment();
                        } else {
                            stepErrors.computeIfAbsent("partner " + partner + ": " + failure.getClass().getSimpleName(),
                                    k -> new LongAdder()).increment();
                        }
                    });
        });
    }

    /** A member's result: the bundle ends with the last one. */
    private void onResultEvent(ConsumerRecord<String, String> record) {
        if (!EventType.RESULT_ISSUED.ceType().equals(header(record, "ce_type"))) {
            return;
        }
        String dossierId = header(record, "ce_subject");
        long seen = System.nanoTime();
        Member member = members.get(dossierId);
        if (member == null) {
            return;   // not a dossier of this run
        }
        member.whenKnown(bundle -> {
            if (bundle.resultsOwed().decrementAndGet() == 0) {
                chainMicros.recordValue(Math.min(HIGHEST_MICROS, Math.max(0, (seen - bundle.intendedNanos()) / 1_000)));
                bundlesFinished.incrementAndGet();
            }
        });
    }

    /** A value of each result field the task asks for, in the format its type asks for, dated by the province's today. */
    static ObjectNode resultData(JsonNode task) {
        LocalDate today = LocalDate.now(PROVINCE);
        ObjectNode data = Http.JSON.createObjectNode();
        for (JsonNode field : task.path("resultFields")) {
            String name = field.path("name").asText();
            String bound = field.path("bound").asText("NONE");
            // the birth bundle's partner fields, in the shape their systems give them (as ./onestop demo)
            if (name.equals("healthInsuranceCardNumber")) {
                data.put(name, "TE1797922600777");
                continue;
            }
            if (name.equals("permanentAddress")) {
                data.put(name, "Phường An Xuyên, tỉnh Cà Mau");
                continue;
            }
            switch (field.path("type").asText("TEXT")) {
                case "DATE" -> data.put(name, ("NOT_BEFORE_DECISION".equals(bound) ? today.plusYears(1)
                        : today.minusDays(2)).toString());
                case "PERSONAL_ID" -> data.put(name, "079226000777");
                case "TAX_CODE" -> data.put(name, "0312345678");
                case "AMOUNT_VND" -> data.put(name, 2_500_000);
                case "COUNT" -> data.put(name, 2);
                case "BOOLEAN" -> data.put(name, true);
                default -> data.put(name, "BENCH-" + name);
            }
        }
        return data;
    }

    @Override
    public void awaitOwnEnd(Duration timeout) throws InterruptedException {
        long until = System.nanoTime() + timeout.toNanos();
        while (bundlesFinished.get() < bundlesAccepted.get() && System.nanoTime() < until) {
            Thread.sleep(100);
        }
    }

    @Override
    public Map<String, Object> results() {
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("bundlesAccepted", bundlesAccepted.get());
        results.put("bundlesFinished", bundlesFinished.get());
        results.put("submissionToThirdResultMs", Report.percentiles(chainMicros));
        results.put("officerStepsCompleted", officerSteps.sum());
        results.put("partnerStepsAnswered", partnerSteps.sum());
        Map<String, Long> errors = new TreeMap<>();
        stepErrors.forEach((kind, count) -> errors.put(kind, count.sum()));
        results.put("stepErrors", errors);
        return results;
    }

    private static JsonNode json(String value) {
        try {
            return Http.JSON.readTree(value);
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON", e);
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        closing = true;
        for (Thread watcher : watchers) {
            try {
                watcher.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        partnerProducers.values().forEach(p -> p.close(Duration.ofSeconds(5)));
    }
}
