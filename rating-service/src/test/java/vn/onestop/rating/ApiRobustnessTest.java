package vn.onestop.rating;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import vn.onestop.platform.testing.ApiRobustnessChecks;
import vn.onestop.rating.support.Db;

import java.net.URL;

/**
 * This service's OpenAPI operations with control characters, the framework's own errors and generated
 * bodies and parameters.
 */
@QuarkusTest
class ApiRobustnessTest extends ApiRobustnessChecks {

    @TestHTTPResource("/")
    URL root;

    @Inject
    Db db;

    @Override
    protected String root() {
        return root.toString();
    }

    /**
     * Ratings, feedback, score snapshots, projection rebuilds and Idempotency-Keys: only clients'
     * requests create them (the consumers write the projection, invitations and the portal outbox).
     */
    @Override
    protected long recordsWrittenByClients() {
        return db.count("""
                select (select count(*) from rating) + (select count(*) from feedback)
                     + (select count(*) from score_snapshot) + (select count(*) from projection_rebuild)
                     + (select count(*) from idempotency_key)""");
    }
}
