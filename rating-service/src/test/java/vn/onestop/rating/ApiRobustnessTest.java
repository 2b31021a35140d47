package vn.onestop.rating;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import vn.onestop.platform.testing.ApiRobustnessChecks;

import java.net.URL;

/** This service's OpenAPI operations with control characters and the framework's own errors. */
@QuarkusTest
class ApiRobustnessTest extends ApiRobustnessChecks {

    @TestHTTPResource("/")
    URL root;

    @Override
    protected String root() {
        return root.toString();
    }
}
