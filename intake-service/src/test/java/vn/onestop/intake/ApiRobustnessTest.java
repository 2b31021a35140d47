package vn.onestop.intake;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.onestop.intake.dossier.domain.Dossier;
import vn.onestop.platform.testing.ApiRobustnessChecks;

import java.net.URL;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * This service's OpenAPI operations with control characters, the framework's own errors and generated
 * bodies and parameters, and a control character inside a JSON body.
 */
@QuarkusTest
class ApiRobustnessTest extends ApiRobustnessChecks {

    @TestHTTPResource("/")
    URL root;

    @Override
    protected String root() {
        return root.toString();
    }

    /**
     * Dossiers, their components and files, appointments, online payments, channel states and
     * Idempotency-Keys: only clients' requests create them (the event consumers write timelines,
     * notifications, fees and the outbox).
     */
    @Override
    protected long recordsWrittenByClients() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Dossier.getEntityManager().createNativeQuery("""
                select (select count(*) from dossier) + (select count(*) from dossier_component)
                     + (select count(*) from stored_content) + (select count(*) from appointment)
                     + (select count(*) from online_payment) + (select count(*) from channel_status)
                     + (select count(*) from idempotency_key)""").getSingleResult()).longValue());
    }

    @Test
    void a_control_character_in_a_json_string_is_refused_naming_the_field_and_nothing_is_created() {
        long before = IntakeFixtures.dossierCount();
        String body = IntakeFixtures.birthRegistration("079088001234").replace("Nguyễn Văn An", "Nguyễn\\u0000Văn An");
        assertThat(body).contains("\\u0000");

        IntakeFixtures.submit(UUID.randomUUID().toString(), body).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://onestop.vn/problems/control-character"))
                .body("violations[0].field", equalTo("applicant.fullName"))
                .body("violations[0].message", containsString("U+0000"));
        assertThat(IntakeFixtures.dossierCount()).isEqualTo(before);
    }
}
