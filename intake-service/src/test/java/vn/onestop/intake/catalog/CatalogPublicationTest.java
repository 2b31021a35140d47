package vn.onestop.intake.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.onestop.contracts.ContractValidator;
import vn.onestop.contracts.EventType;
import vn.onestop.intake.catalog.domain.ReferenceSnapshot;
import vn.onestop.intake.catalog.service.CatalogPublisher;
import vn.onestop.intake.catalog.service.CatalogService;
import vn.onestop.platform.testing.TestKafka;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * intake publishes its reference data (units, agencies, procedure codes) on the compacted catalog
 * topic for rating, once per change: at start, and not again while nothing changed.
 */
@QuarkusTest
class CatalogPublicationTest {

    private static final String TOPIC = "intake-test.onestop.catalog.events.v1";
    private static final TestKafka kafka = new TestKafka();
    private static final ObjectMapper json = new ObjectMapper();

    @Inject
    CatalogPublisher publisher;
    @Inject
    CatalogService catalog;

    @AfterAll
    static void close() {
        kafka.close();
    }

    @Test
    void the_catalog_is_published_at_start_and_not_again_while_it_is_the_same() throws Exception {
        List<ConsumerRecord<String, String>> published = kafka.awaitRecords(TOPIC,
                r -> EventType.CATALOG_PUBLISHED.ceType().equals(TestKafka.header(r, "ce_type")), Duration.ofSeconds(30));
        ConsumerRecord<String, String> record = published.get(published.size() - 1);
        ContractValidator.shared().requireValid(EventType.CATALOG_PUBLISHED, record.value());
        JsonNode data = json.readTree(record.value());

        String province = catalog.administration().units().stream().filter(u -> u.parent() == null).findFirst()
                .orElseThrow().code();
        assertThat(record.key()).isEqualTo(province);
        assertThat(TestKafka.header(record, "ce_subject")).isEqualTo(province);
        assertThat(data.get("administrativeUnits")).hasSize(catalog.administration().units().size());
        assertThat(data.get("agencies")).hasSize(catalog.administration().agencies().size());
        assertThat(data.findValuesAsText("id")).contains("P1", "P10", "P13").doesNotContain("BIRTH_BUNDLE");
        JsonNode p1 = java.util.stream.StreamSupport.stream(data.get("procedures").spliterator(), false)
                .filter(p -> p.get("id").asText().equals("P1")).findFirst().orElseThrow();
        assertThat(p1.get("nationalCode").asText()).isEqualTo(catalog.procedure("P1", catalog.today()).orElseThrow().nationalCode());

        assertThat(data.get("sha256").asText())
                .isEqualTo(ReferenceSnapshot.of(catalog.administration(), publisher.procedures()).sha256());

        // nothing changed: nothing more is published (earlier starts of the application may have
        // published the same snapshot, each into a fresh database)
        assertThat(publisher.publishIfChanged()).isFalse();
        assertThat(kafka.awaitSettled(TOPIC, r -> EventType.CATALOG_PUBLISHED.ceType().equals(TestKafka.header(r, "ce_type")),
                Duration.ofSeconds(30))).hasSize(published.size());
    }

    @Test
    void the_hash_changes_with_the_content_only() {
        var admin = catalog.administration();
        List<vn.onestop.intake.catalog.domain.Procedure> procedures = publisher.procedures();
        String all = ReferenceSnapshot.of(admin, procedures).sha256();
        List<vn.onestop.intake.catalog.domain.Procedure> reversed = new java.util.ArrayList<>(procedures);
        java.util.Collections.reverse(reversed);
        assertThat(ReferenceSnapshot.of(admin, reversed).sha256()).as("order of the input").isEqualTo(all);
        assertThat(ReferenceSnapshot.of(admin, procedures.subList(1, procedures.size())).sha256()).isNotEqualTo(all);
    }
}
