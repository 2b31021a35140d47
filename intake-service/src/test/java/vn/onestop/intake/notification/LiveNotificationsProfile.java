package vn.onestop.intake.notification;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.List;
import java.util.Map;

/** Live mode against {@link NotificationGateways}, with short backoffs and three attempts. */
public class LiveNotificationsProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "onestop.notify.mode", "live",
                "onestop.notify.max-attempts", "3",
                "onestop.notify.retry.initial-backoff", "0.2s",
                "onestop.notify.retry.max-backoff", "0.5s",
                "onestop.notify.sms.token", "sms-secret",
                "onestop.notify.zalo.token", "zalo-secret",
                "onestop.notify.sms.timeout", "3s",
                "onestop.notify.zalo.timeout", "3s");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(NotificationGateways.class));
    }
}
