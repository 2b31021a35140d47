package vn.onestop.rating.portal.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import vn.onestop.platform.messaging.QueryGauges;

/**
 * How many status changes wait to be pushed to the national portal (portal_sync rows neither sent
 * nor given up). A queue that grows means the portal is down, refuses us, or is not configured.
 */
@ApplicationScoped
class PortalSyncQueueGauge {

    void register(@Observes StartupEvent event, QueryGauges gauges) {
        gauges.register("onestop.portal.sync.pending", "Status changes not yet pushed to the national portal",
                "select count(*) from portal_sync where status not in ('SENT', 'FAILED')");
    }
}
