package vn.onestop.processing.deadline.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import vn.onestop.platform.messaging.QueryGauges;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Open dossiers past due and at risk, per competent agency, for the operator's and the province
 * leader's dashboards. Open means what {@link DeadlineWatch} watches: in process or a bundle whose
 * promise still runs (a paused dossier's clock stands still and is counted in neither).
 *
 * <ul>
 *   <li>overdue: the due instant is before now (the service's clock);</li>
 *   <li>at risk: the deadline watch judged it at risk (one working day or less left, by the
 *       agency's working calendar, and announced DossierAtRisk) and it is not past due yet. The
 *       working-time arithmetic is the watch's, not redone in SQL, so this figure follows the watch
 *       by up to its period ({@code onestop.deadline-watch.every}).</li>
 * </ul>
 * Both are read from the database every {@code onestop.metrics.gauge-refresh} ({@link QueryGauges}).
 */
@ApplicationScoped
class DeadlineGauges {

    void register(@Observes StartupEvent event, QueryGauges gauges, Clock clock) {
        QueryGauges.Parameters now = () -> List.of(clock.instant().atOffset(ZoneOffset.UTC));
        gauges.registerPerLabel("onestop.dossiers.overdue", "Open dossiers past their due date", "agency", """
                select competent_agency, count(*) from case_file
                 where status in ('IN_PROCESS', 'BUNDLE') and due_at < ?
                 group by competent_agency""", now);
        gauges.registerPerLabel("onestop.dossiers.at.risk",
                "Open dossiers with one working day or less left, not yet past due", "agency", """
                select competent_agency, count(*) from case_file
                 where status in ('IN_PROCESS', 'BUNDLE') and at_risk_announced and due_at >= ?
                 group by competent_agency""", now);
    }
}
