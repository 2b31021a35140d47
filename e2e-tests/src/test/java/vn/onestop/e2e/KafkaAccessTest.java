package vn.onestop.e2e;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.onestop.contracts.EventType;
import vn.onestop.platform.testing.TestKafka;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The test broker runs as the cluster does: every client authenticates (SASL/SCRAM) and may do only
 * what its user's ACLs allow (deploy/base/kafka/users.yaml). On the acl-test namespace's topics,
 * which nothing consumes: a client without credentials or with a wrong password gets nowhere;
 * nobody but processing-service can write a decision (a forged DossierDecided would be signed by
 * results-service); a partner system reads and writes only its own two topics.
 */
class KafkaAccessTest {

    private static final String NS = "acl-test.";
    private static final String DECISIONS = NS + EventType.DOSSIER_DECIDED.topic();

    @Test
    void a_client_without_credentials_gets_nowhere() {
        Map<String, Object> config = new HashMap<>();
        config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapFromEnvironment());
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 3_000);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> anonymous = new KafkaProducer<>(config)) {
            Throwable thrown = catchThrowable(() -> anonymous.send(decision()).get(10, TimeUnit.SECONDS));
            Throwable refused = thrown instanceof java.util.concurrent.ExecutionException ? thrown.getCause() : thrown;
            // the broker hangs up on a client that does not authenticate: it never learns the topic
            assertThat(refused).as("a plain-text client is never told the topic's metadata")
                    .isInstanceOf(org.apache.kafka.common.errors.TimeoutException.class)
                    .hasMessageContaining(DECISIONS);
        }
    }

    @Test
    void a_wrong_password_is_refused() {
        Map<String, Object> config = TestKafka.clientConfig(TestKafka.bootstrapFromEnvironment(), "processing-service");
        config.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required"
                + " username=\"processing-service\" password=\"guessed\";");
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> impostor = new KafkaProducer<>(config)) {
            assertThatThrownBy(() -> impostor.send(decision()).get(15, TimeUnit.SECONDS))
                    .hasRootCauseInstanceOf(SaslAuthenticationException.class);
        }
    }

    @ParameterizedTest(name = "{0} cannot write a DossierDecided")
    @CsvSource({"partner-police", "partner-tax", "results-service", "intake-service", "rating-service"})
    void nobody_but_processing_writes_a_decision(String user) {
        try (TestKafka kafka = TestKafka.as(user)) {
            assertThatThrownBy(() -> kafka.send(decision())).hasRootCauseInstanceOf(TopicAuthorizationException.class);
        }
        try (TestKafka processing = TestKafka.as("processing-service")) {
            processing.send(decision());
        }
    }

    @ParameterizedTest(name = "{0} writes {1}: {2}")
    @CsvSource({
        "intake-service,     onestop.dossier.events.v1,                  true",
        "intake-service,     onestop.result.events.v1,                   false",
        "results-service,    onestop.result.events.v1,                   true",
        "results-service,    onestop.dossier.events.v1,                  false",
        "rating-service,     onestop.result.events.v1,                   false",
        "rating-service,     onestop.calendar.events.v1,                 false",
        "processing-service, onestop.calendar.events.v1,                 true",
        "processing-service, onestop.partner.police.tasks.v1,            true",
        "partner-police,     onestop.partner.police.replies.v1,          true",
        "partner-police,     onestop.partner.social-security.replies.v1, false",
        "partner-police,     onestop.partner.police.tasks.v1,            false",
        "partner-tax,        onestop.partner.tax.replies.v1,             true",
        "partner-tax,        onestop.dossier.events.v1,                  false",
    })
    void each_user_writes_only_its_own_topics(String user, String topic, boolean allowed) {
        ProducerRecord<String, String> record = new ProducerRecord<>(NS + topic, UUID.randomUUID().toString(), "{}");
        try (TestKafka kafka = TestKafka.as(user)) {
            if (allowed) {
                kafka.send(record);
            } else {
                assertThatThrownBy(() -> kafka.send(record)).hasRootCauseInstanceOf(TopicAuthorizationException.class);
            }
        }
    }

    @ParameterizedTest(name = "{0} reads {1}: {2}")
    @CsvSource({
        "partner-police,          onestop.partner.police.tasks.v1,          true",
        "partner-police,          onestop.partner.social-security.tasks.v1, false",
        "partner-police,          onestop.processing.events.v1,             false",
        "partner-police,          onestop.dossier.events.v1,                false",
        "partner-social-security, onestop.partner.social-security.tasks.v1, true",
        "partner-social-security, onestop.partner.tax.replies.v1,           false",
        "rating-service,          onestop.dossier.events.v1,                true",
        "results-service,         onestop.dossier.events.v1,                false",
        "processing-service,      onestop.partner.tax.replies.v1,           true",
    })
    void each_user_reads_only_what_it_needs(String user, String topic, boolean allowed) {
        String marker = UUID.randomUUID().toString();
        try (TestKafka admin = new TestKafka()) {
            admin.send(new ProducerRecord<>(NS + topic, marker, "{}"));
        }
        try (TestKafka kafka = TestKafka.as(user)) {
            if (allowed) {
                assertThat(kafka.records(NS + topic, r -> marker.equals(r.key()))).as(user + " reads the record back")
                        .hasSize(1);
            } else {
                assertThatThrownBy(() -> kafka.records(NS + topic, r -> true))
                        .isInstanceOfAny(TopicAuthorizationException.class)
                        .hasMessageContaining(NS + topic);
            }
        }
    }

    private static ProducerRecord<String, String> decision() {
        UUID dossier = UUID.randomUUID();
        return new ProducerRecord<>(DECISIONS, dossier.toString(), "{\"dossierId\": \"" + dossier + "\", \"decision\": \"APPROVED\"}");
    }
}
