package vn.onestop.intake.notification.sender;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import vn.onestop.intake.notification.domain.NotificationChannel;
import vn.onestop.intake.notification.service.NotifyConfig;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** The sender of each channel: the live senders, or in {@code record} mode a recording one for all. */
@ApplicationScoped
public class NotificationSenders {

    private final Map<NotificationChannel, NotificationSender> byChannel = new EnumMap<>(NotificationChannel.class);

    NotificationSenders(NotifyConfig config, @Any Instance<NotificationSender> senders) {
        if (config.mode() == NotifyConfig.Mode.RECORD) {
            for (NotificationChannel channel : NotificationChannel.values()) {
                byChannel.put(channel, new RecordingSender(channel));
            }
            Log.info("notifications: record mode, nothing leaves the service (onestop.notify.mode=record)");
            return;
        }
        for (NotificationSender sender : senders) {
            NotificationSender previous = byChannel.put(sender.channel(), sender);
            if (previous != null) {
                throw new IllegalStateException("two senders for " + sender.channel() + ": "
                        + previous.getClass().getName() + ", " + sender.getClass().getName());
            }
        }
        Log.infof("notifications: live mode, senders %s", byChannel.keySet());
    }

    public Optional<NotificationSender> forChannel(NotificationChannel channel) {
        return Optional.ofNullable(byChannel.get(channel));
    }
}
