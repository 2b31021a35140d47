package vn.onestop.intake.notification.sender;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import vn.onestop.intake.notification.domain.NotificationChannel;
import vn.onestop.intake.config.NotifyConfig;

/** SMS through the gateway of {@code onestop.notify.sms.url}. */
@Singleton
public class SmsSender extends HttpGatewaySender {

    SmsSender(NotifyConfig config, ObjectMapper mapper) {
        super(NotificationChannel.SMS, "sms", config.sms(), mapper);
    }
}
