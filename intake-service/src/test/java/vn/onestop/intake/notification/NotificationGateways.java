package vn.onestop.intake.notification;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * The outside world of live mode, on free local ports: GreenMail as a real SMTP server and WireMock
 * as the SMS and Zalo gateways.
 */
public class NotificationGateways implements QuarkusTestResourceLifecycleManager {

    static GreenMail smtp;
    static WireMockServer gateways;

    @Override
    public Map<String, String> start() {
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        gateways = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        gateways.start();
        return Map.of(
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", Integer.toString(smtp.getSmtp().getPort()),
                "quarkus.mailer.start-tls", "DISABLED",
                "onestop.notify.sms.url", gateways.baseUrl() + "/sms/send",
                "onestop.notify.zalo.url", gateways.baseUrl() + "/zalo/message");
    }

    @Override
    public void stop() {
        if (gateways != null) {
            gateways.stop();
        }
        if (smtp != null) {
            smtp.stop();
        }
    }
}
