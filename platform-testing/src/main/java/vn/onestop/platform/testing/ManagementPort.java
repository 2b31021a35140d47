package vn.onestop.platform.testing;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.eclipse.microprofile.config.ConfigProvider;

import java.net.URI;

/**
 * The management interface of the service under test (health, metrics, the OpenAPI document),
 * which listens on its own port, apart from the API.
 */
public final class ManagementPort {

    private ManagementPort() {
    }

    /**
     * Its root URL ({@code http://host:port}; paths start with {@code /q/}), from what Quarkus
     * publishes to the tests ({@code test.management.url}, which ends with the {@code /q} root).
     */
    public static String url() {
        URI published = URI.create(ConfigProvider.getConfig().getValue("test.management.url", String.class));
        return published.getScheme() + "://" + published.getRawAuthority();
    }

    /** A request to it: {@code ManagementPort.given().get("/q/metrics")}. */
    public static RequestSpecification given() {
        return RestAssured.given().baseUri(url());
    }
}
