package vn.onestop.processing.degraded;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;
import vn.onestop.platform.testing.TcpProxy;

import java.util.List;
import java.util.Map;

/**
 * The service with its database behind a {@link TcpProxy} that a test can cut, a short wait for a
 * pooled connection, and room for only a few requests at once.
 */
public class DegradedProfile implements QuarkusTestProfile {

    /** Requests the service takes at once in this profile. */
    static final int MAX_IN_FLIGHT = 4;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "onestop.http.max-in-flight", Integer.toString(MAX_IN_FLIGHT),
                "quarkus.datasource.jdbc.acquisition-timeout", "2S");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(DatabaseBehindProxy.class));
    }

    /** The test database, reached through a proxy on a port of its own. */
    public static class DatabaseBehindProxy implements QuarkusTestResourceLifecycleManager {

        static TcpProxy proxy;

        @Override
        public Map<String, String> start() {
            String host = System.getenv().getOrDefault("ONESTOP_TEST_DB_HOST", "127.0.0.1");
            int port = Integer.parseInt(System.getenv().getOrDefault("ONESTOP_TEST_DB_PORT", "15432"));
            proxy = TcpProxy.to(host, port);
            return Map.of("quarkus.datasource.jdbc.url",
                    "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/processing_test");
        }

        @Override
        public void stop() {
            if (proxy != null) {
                proxy.close();
            }
        }
    }
}
