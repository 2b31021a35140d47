package vn.onestop.processing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import vn.onestop.platform.testing.ApiRobustnessChecks;
import vn.onestop.processing.casefile.domain.CaseFile;

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
     * The calendars and their versions: only the administrator's PUT writes them (and the first
     * start, before any test). Cases and tasks are the event consumers' to create.
     */
    @Override
    protected long recordsWrittenByClients() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) CaseFile.getEntityManager().createNativeQuery(
                "select count(*) + coalesce(sum(version), 0) from agency_calendar").getSingleResult()).longValue());
    }
}
