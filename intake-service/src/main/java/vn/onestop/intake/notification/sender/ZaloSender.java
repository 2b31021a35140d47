package vn.onestop.intake.notification.sender;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import vn.onestop.intake.notification.domain.NotificationChannel;
import vn.onestop.intake.config.NotifyConfig;

/** Zalo messages, addressed by phone number, through the gateway of {@code onestop.notify.zalo.url}. */
@Singleton
public class ZaloSender extends HttpGatewaySender {

    ZaloSender(NotifyConfig config, ObjectMapper mapper) {
        super(NotificationChannel.ZALO, "zalo", config.zalo(), mapper);
    }
}
