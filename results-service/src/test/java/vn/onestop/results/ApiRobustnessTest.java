package vn.onestop.results;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import vn.onestop.platform.testing.ApiRobustnessChecks;
import vn.onestop.results.result.domain.Result;

import java.net.URL;

/**
 * This service's OpenAPI operations with control characters, the framework's own errors and generated
 * bodies and parameters.
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
     * Handovers, and revocations asked for or done: only clients' requests write them. Results
     * themselves are issued by the event consumer.
     */
    @Override
    protected long recordsWrittenByClients() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Result.getEntityManager().createNativeQuery("""
                select (select count(*) from result_handover)
                     + (select count(*) from result where revocation_requested_at is not null or revoked_at is not null)""")
                .getSingleResult()).longValue());
    }
}
