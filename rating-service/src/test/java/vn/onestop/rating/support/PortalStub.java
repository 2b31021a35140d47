package vn.onestop.rating.support;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * The National Public Service Portal's sync endpoint, played by WireMock on a free local port, for
 * every test of the service (so that all of them share one application and one database): by default
 * it accepts every push; tests of the sync make it fail and come back.
 */
public class PortalStub implements QuarkusTestResourceLifecycleManager {

    public static final String PATH = "/dvcqg/DongBoHoSoMC";
    public static final String USER = "tinh-ca-mau";
    public static final String PASSWORD = "mat-khau-dong-bo";

    public static WireMockServer portal;

    @Override
    public Map<String, String> start() {
        portal = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        portal.start();
        up();
        return Map.of(
                "onestop.portal.url", portal.baseUrl() + PATH,
                "onestop.portal.username", USER,
                "onestop.portal.password", PASSWORD);
    }

    /** The portal accepts every push (and forgets the stubs of a test). */
    public static void up() {
        portal.resetMappings();
        portal.stubFor(post(urlEqualTo(PATH)).atPriority(10).willReturn(okJson("{\"error_code\": 0, \"message\": \"OK\"}")));
    }

    @Override
    public void stop() {
        if (portal != null) {
            portal.stop();
        }
    }
}
