// ./onestop demo: one birth-bundle submission against the running stack, played out loud.
// Run with the JDK source launcher on the Kafka classpath (kafka-clients and Jackson are on it):
//   java -cp "$(cat .onestop/kafka.classpath)" infra/BirthBundleDemo.java
// The civil-status officer works over REST; the commune police and social security systems act as
// partner agencies over their own topics, as their own Kafka users: each reads TaskAssigned on
// onestop.partner.<partner>.tasks.v1 and answers with TaskCompleted on its .replies.v1.

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

public class BirthBundleDemo {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    static final String INTAKE = env("ONESTOP_INTAKE_URL", "http://127.0.0.1:" + env("ONESTOP_INTAKE_PORT", "8081"));
    static final String PROCESSING = env("ONESTOP_PROCESSING_URL", "http://127.0.0.1:" + env("ONESTOP_PROCESSING_PORT", "8082"));
    static final String RESULTS = env("ONESTOP_RESULTS_URL", "http://127.0.0.1:" + env("ONESTOP_RESULTS_PORT", "8083"));
    static final String KAFKA = env("ONESTOP_KAFKA_BOOTSTRAP", "127.0.0.1:" + env("ONESTOP_KAFKA_PORT", "9092"));
    /** Access tokens of the people in the story, from the stack's Keycloak (./onestop demo passes them). */
    static final String APPLICANT = required("ONESTOP_DEMO_APPLICANT_TOKEN");
    static final String OFFICER = required("ONESTOP_DEMO_OFFICER_TOKEN");
    static final String COUNTER = required("ONESTOP_DEMO_COUNTER_TOKEN");
    static final String CENTRE = "002.01.20.H22";
    static final String CIVIL_STATUS = "000.01.20.H22";
    /** The partner systems of the story: the ward police and social security, each on its own topics. */
    static final List<String> PARTNERS = List.of("police", "social-security");
    static final String PDF = "JVBERi0xLjQK";
    /** The day in the province: the demo's dates of birth and registration are derived from it. */
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    public static void main(String[] args) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        JsonNode parent = post(INTAKE + "/api/v1/dossiers", """
                {"procedureId": "BIRTH_BUNDLE", "channel": "ONLINE", "receivingAgency": "%s",
                 "applicant": {"type": "CITIZEN", "fullName": "Đặng Thu Trang", "idNumber": "079188004321"},
                 "components": [%s]}""".formatted(CENTRE, String.join(", ", List.of("BIRTH_REGISTRATION_FORM",
                "BIRTH_NOTICE", "REQUESTER_ID", "RESIDENCE_CHANGE_FORM", "HEALTH_INSURANCE_FORM").stream()
                .map(c -> "{\"code\": \"" + c + "\", \"mediaType\": \"application/pdf\", \"contentBase64\": \"" + PDF + "\"}")
                .toList())), UUID.randomUUID().toString(), APPLICANT);
        String code = parent.get("code").asText();
        say("Bundle received: " + code + ", due " + parent.get("dueAt").asText());
        Set<String> members = new HashSet<>();
        for (JsonNode child : parent.get("children")) {
            members.add(child.get("id").asText());
            say("  member " + child.get("procedureId").asText() + " " + child.get("code").asText()
                    + " at " + child.get("competentAgency").asText());
        }

        // each partner system reads only its own tasks topic and writes only its own replies topic,
        // as its own Kafka user: the broker refuses anything else
        Map<String, KafkaConsumer<String, String>> inboxes = new LinkedHashMap<>();
        Map<String, KafkaProducer<String, String>> outboxes = new LinkedHashMap<>();
        try {
            for (String partner : PARTNERS) {
                KafkaConsumer<String, String> consumer = consumer("partner-" + partner);
                consumer.subscribe(List.of("onestop.partner." + partner + ".tasks.v1"));
                inboxes.put(partner, consumer);
                outboxes.put(partner, producer("partner-" + partner));
            }
            Set<String> answered = new HashSet<>();
            Map<String, String> told = new HashMap<>();
            while (Instant.now().isBefore(deadline)) {
                workCivilStatusInbox(members, answered);
                for (String partner : PARTNERS) {
                    for (ConsumerRecord<String, String> record : inboxes.get(partner).poll(Duration.ofMillis(250))) {
                        JsonNode data = JSON.readTree(record.value());
                        if (members.contains(record.key()) && "vn.onestop.task.assigned.v1".equals(header(record, "ce_type"))
                                && answered.add(data.get("taskId").asText())) {
                            answerAsPartner(outboxes.get(partner), partner, record.key(), data);
                        }
                    }
                }
                JsonNode bundle = get(INTAKE + "/api/v1/dossiers/" + code, APPLICANT);
                for (JsonNode child : bundle.get("children")) {
                    String status = child.path("status").asText();
                    if (!status.equals(told.put(child.get("code").asText(), status))) {
                        say("  " + child.get("procedureId").asText() + " " + child.get("code").asText() + ": " + status
                                + (child.hasNonNull("dueAt") ? ", due " + child.get("dueAt").asText() : ""));
                    }
                }
                if ("DECIDED".equals(bundle.get("status").asText())) {
                    say("Bundle " + code + " finished: " + bundle.get("decision").asText());
                    for (JsonNode child : bundle.get("children")) {
                        JsonNode results = get(RESULTS + "/api/v1/dossiers/" + child.get("code").asText() + "/results",
                                COUNTER);
                        for (JsonNode result : results.get("items")) {
                            String id = result.get("id").asText();
                            say("  " + child.get("procedureId").asText() + " result " + result.get("number").asText()
                                    + "\n      " + RESULTS + "/api/v1/results/" + id
                                    + "\n      " + RESULTS + "/api/v1/results/" + id + "/document"
                                    + (result.hasNonNull("verifyUrl") ? "\n      " + result.get("verifyUrl").asText() : ""));
                        }
                    }
                    return;
                }
            }
        } finally {
            inboxes.values().forEach(KafkaConsumer::close);
            outboxes.values().forEach(KafkaProducer::close);
        }
        throw new IllegalStateException("the bundle did not finish within 5 minutes; see ./onestop logs processing");
    }

    /** The civil-status officer takes each P1 task in the ward's inbox and approves it. */
    static void workCivilStatusInbox(Set<String> members, Set<String> done) throws Exception {
        JsonNode inbox = get(PROCESSING + "/api/v1/tasks?agency=" + CIVIL_STATUS + "&status=OPEN&limit=200", OFFICER);
        for (JsonNode task : inbox.get("items")) {
            String id = task.get("id").asText();
            if (!members.contains(task.get("dossierId").asText()) || !done.add(id)) {
                continue;
            }
            ObjectNode body = JSON.createObjectNode().put("outcome", "APPROVE");
            if (task.get("deciding").asBoolean()) {
                body.putObject("resultData").put("birthCertificateNumber", "45/" + TODAY.getYear())
                        .put("childPersonalId", "079226000777").put("childFullName", "Đặng Minh An")
                        .put("childDateOfBirth", TODAY.minusDays(2).toString());
            }
            post(PROCESSING + "/api/v1/tasks/" + id + "/complete", body.toString(), null, OFFICER);
            say("Civil-status officer (REST): " + task.get("step").asText() + " of " + task.get("dossierCode").asText()
                    + " approved");
        }
    }

    /** A partner agency's system answers its task on its own replies topic. */
    static void answerAsPartner(KafkaProducer<String, String> producer, String partner, String dossierId, JsonNode task)
            throws Exception {
        ObjectNode reply = JSON.createObjectNode().put("taskId", task.get("taskId").asText()).put("dossierId", dossierId)
                .put("outcome", "APPROVE").put("completedBy", partner + "-system")
                .put("completedAt", OffsetDateTime.now(ZoneOffset.UTC).toString());
        if (task.path("deciding").asBoolean()) {
            ObjectNode data = reply.putObject("resultData");
            for (JsonNode field : task.path("resultFields")) {
                data.put(field.get("name").asText(), sample(field.get("name").asText(), field.path("type").asText("TEXT")));
            }
        }
        RecordHeaders headers = new RecordHeaders();
        Map.of("ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(), "ce_type", "vn.onestop.task.completed.v1",
                        "ce_source", "/partners/" + partner, "ce_subject", dossierId, "ce_time", Instant.now().toString(),
                        "content-type", "application/json")
                .forEach((k, v) -> headers.add(k, v.getBytes(StandardCharsets.UTF_8)));
        producer.send(new ProducerRecord<>("onestop.partner." + partner + ".replies.v1", null, dossierId, reply.toString(),
                headers)).get();
        say("Partner " + partner + " (its own topic, for " + task.path("inputs").path("applicantName").asText("?") + "): "
                + task.get("step").asText() + " of " + task.get("dossierCode").asText() + " approved");
    }

    /** A value of the field's type (the birth bundle's partner steps only ask for text, ids and dates). */
    static String sample(String field, String type) {
        return switch (field) {
            case "permanentAddress" -> "Phường An Xuyên, tỉnh Cà Mau";
            case "healthInsuranceCardNumber" -> "TE1797922600777";
            default -> switch (type) {
                case "PERSONAL_ID" -> "079226000777";
                case "DATE" -> TODAY.toString();
                default -> "demo-" + field;
            };
        };
    }

    static JsonNode get(String url, String token) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                        .header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException("GET " + url + ": " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }

    static JsonNode post(String url, String body, String idempotencyKey, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException("POST " + url + ": " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }

    /** A client of the stack's broker as {@code user} (SASL/SCRAM; local passwords are "<user>-local-secret"). */
    static Map<String, Object> client(String user) {
        Map<String, Object> config = new HashMap<>();
        config.put("bootstrap.servers", KAFKA);
        config.put("security.protocol", "SASL_PLAINTEXT");
        config.put("sasl.mechanism", "SCRAM-SHA-512");
        config.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
                + user + "\" password=\"" + user + "-local-secret\";");
        return config;
    }

    static KafkaConsumer<String, String> consumer(String user) {
        Map<String, Object> config = client(user);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, user + ".demo-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return new KafkaConsumer<>(config);
    }

    static KafkaProducer<String, String> producer(String user) {
        Map<String, Object> config = client(user);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return new KafkaProducer<>(config);
    }

    static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }

    static void say(String line) {
        System.out.println(line);
    }

    static String required(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set: run the demo with ./onestop demo");
        }
        return value;
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
