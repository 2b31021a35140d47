package vn.onestop.intake.notification.sender;

import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import vn.onestop.intake.notification.domain.NotificationChannel;
import vn.onestop.intake.config.NotifyConfig;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The sender of each channel: the live senders, or in {@code record} mode a recording one for all.
 * Made at start, so that a service without an explicit mode does not start: the applicants of a
 * province must not be told nothing while the dossiers say "notified".
 */
@ApplicationScoped
@Startup
public class NotificationSenders {

    private final Map<NotificationChannel, NotificationSender> byChannel = new EnumMap<>(NotificationChannel.class);

    NotificationSenders(NotifyConfig config, @Any Instance<NotificationSender> senders) {
        NotifyConfig.Mode mode = config.mode().orElseThrow(() -> new IllegalStateException(
                "onestop.notify.mode is not set: set ONESTOP_NOTIFY_MODE=live to send e-mail, SMS and Zalo through "
                        + "the configured gateways, or ONESTOP_NOTIFY_MODE=record to record notifications without "
                        + "sending them (a test installation); there is no default in production"));
        if (mode == NotifyConfig.Mode.RECORD) {
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
