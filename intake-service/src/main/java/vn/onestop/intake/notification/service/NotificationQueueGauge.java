package vn.onestop.intake.notification.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import vn.onestop.platform.messaging.QueryGauges;

/**
 * How many applicant notifications wait to be sent: queued, being sent, or waiting to try again
 * (NotificationStatus). A queue that grows means a channel's provider is down or slow.
 */
@ApplicationScoped
class NotificationQueueGauge {

    void register(@Observes StartupEvent event, QueryGauges gauges) {
        gauges.register("onestop.notifications.pending", "Applicant notifications not yet sent or given up",
                "select count(*) from notification where status in ('PENDING', 'SENDING', 'RETRY')");
    }
}
