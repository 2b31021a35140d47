package vn.onestop.platform.messaging;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.onestop.platform.testing.TestKafka;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./onestop redrive} (infra/DeadLetterRedrive.java, run here as ./onestop runs it: the Java
 * source launcher with the Kafka client on the class path) against the real test broker: a dead
 * letter goes back to its topic as it was, without its dead-letter headers; a record that never was
 * an event stays; a second run sends nothing again; an explicit id is sent again on request.
 */
class DeadLetterRedriveTest {

    private static final TestKafka kafka = new TestKafka();
    private static final String TOPIC = "messaging-test.redrive-" + UUID.randomUUID() + ".events";
    private static final String DLQ = TOPIC + ".dlq";

    @AfterAll
    static void close() {
        kafka.close();
    }

    private static String run(String... args) throws IOException, InterruptedException {
        Path tool = Path.of("..", "infra", "DeadLetterRedrive.java");
        assertThat(tool).exists();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), tool.toString(),
                "--bootstrap", TestKafka.bootstrapFromEnvironment(),
                "--sasl-user", TestKafka.ADMIN, "--sasl-password", TestKafka.ADMIN + "-local-secret"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    private static void deadLetter(String ceId, String value) {
        RecordHeaders headers = new RecordHeaders();
        if (ceId != null) {
            headers.add("ce_id", ceId.getBytes(StandardCharsets.UTF_8));
            headers.add("ce_type", "vn.onestop.dossier.decided.v1".getBytes(StandardCharsets.UTF_8));
        }
        headers.add("dead-letter-topic", TOPIC.getBytes(StandardCharsets.UTF_8));
        headers.add("dead-letter-reason", "failed 3 attempts: database unreachable".getBytes(StandardCharsets.UTF_8));
        headers.add("dead-letter-partition", "0".getBytes(StandardCharsets.UTF_8));
        headers.add("dead-letter-offset", "7".getBytes(StandardCharsets.UTF_8));
        kafka.send(new ProducerRecord<>(DLQ, null, "dossier-1", value, headers));
    }

    @Test
    void a_dead_letter_goes_back_as_it_was_once() throws Exception {
        try (Admin admin = Admin.create(TestKafka.clientConfig(TestKafka.bootstrapFromEnvironment(), TestKafka.ADMIN))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1), new NewTopic(DLQ, 1, (short) 1)))
                    .all().get(30, TimeUnit.SECONDS);
        }
        deadLetter("event-a", "{\"dossierId\": \"a\"}");
        deadLetter(null, "not an event");

        assertThat(run(TOPIC, "--dry-run")).contains("would re-drive event-a").contains("would re-drive 1");
        assertThat(kafka.records(TOPIC, r -> true)).as("a dry run sends nothing").isEmpty();

        String first = run(TOPIC);
        assertThat(first).contains("re-drive event-a").contains("skipped").contains("re-drove 1");
        var back = kafka.records(TOPIC, r -> true);
        assertThat(back).singleElement().satisfies(r -> {
            assertThat(r.key()).isEqualTo("dossier-1");
            assertThat(r.value()).isEqualTo("{\"dossierId\": \"a\"}");
            assertThat(TestKafka.header(r, "ce_id")).isEqualTo("event-a");
            assertThat(TestKafka.header(r, "ce_type")).isEqualTo("vn.onestop.dossier.decided.v1");
            assertThat(TestKafka.header(r, "redriven-from")).isEqualTo(DLQ + "/0@0");
            assertThat(r.headers().toArray()).noneMatch(h -> h.key().startsWith("dead-letter-"));
        });

        // already re-driven: a second run sends nothing; asked for by id, it goes again
        assertThat(run(DLQ)).contains("re-drove 0");
        assertThat(kafka.records(TOPIC, r -> true)).hasSize(1);
        assertThat(run(TOPIC, "--all", "--id", "event-a")).contains("re-drove 1");
        assertThat(kafka.records(TOPIC, r -> true)).hasSize(2);
    }
}
