package vn.onestop.processing.calendar.service;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import io.smallrye.health.api.Wellness;
import vn.onestop.processing.config.CalendarConfig;
import vn.onestop.workingtime.CalendarCoverage;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tells operators, well before the end of a year, that next year's days off are not loaded
 * (docs/runbooks/calendar-years.md): the wellness check {@code calendar-coverage} (DOWN with what to
 * do), and per calendar the gauges {@code onestop_calendar_days_left} (days until the last day whose
 * days off it holds) and {@code onestop_calendar_unverified_days} (coming days off still marked
 * verify). Recomputed hourly and after every calendar change.
 */
@Wellness
@ApplicationScoped
public class CalendarCoverageMonitor implements HealthCheck {

    private final CalendarService calendars;
    private final CalendarConfig config;
    private final MeterRegistry registry;
    private final Map<String, CalendarCoverage> latest = new ConcurrentHashMap<>();

    CalendarCoverageMonitor(CalendarService calendars, CalendarConfig config, MeterRegistry registry) {
        this.calendars = calendars;
        this.config = config;
        this.registry = registry;
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) CalendarService.Stored stored) {
        refresh();
    }

    @Scheduled(every = "1h", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        List<CalendarCoverage> now = QuarkusTransaction.requiringNew()
                .call(() -> calendars.coverage(config.coverageWarningDays()));
        for (CalendarCoverage coverage : now) {
            if (latest.put(coverage.calendar(), coverage) == null) {
                String agency = coverage.calendar();
                Gauge.builder("onestop.calendar.days.left", latest,
                                m -> m.get(agency).daysLeft() == null ? Double.NaN : m.get(agency).daysLeft())
                        .description("Days until the last day whose days off the calendar holds")
                        .tag("calendar", agency).register(registry);
                Gauge.builder("onestop.calendar.unverified.days", latest, m -> m.get(agency).unverified().size())
                        .description("Coming days off and make-up days of the calendar still marked verify")
                        .tag("calendar", agency).register(registry);
            }
            if (coverage.warning() != null) {
                Log.warn(coverage.warning());
            }
        }
    }

    @Override
    public HealthCheckResponse call() {
        List<CalendarCoverage> coverage = QuarkusTransaction.requiringNew()
                .call(() -> calendars.coverage(config.coverageWarningDays()));
        HealthCheckResponseBuilder response = HealthCheckResponse.named("calendar-coverage").up();
        for (CalendarCoverage c : coverage) {
            response.withData(c.calendar() + ".through", c.through() == null ? "no days off listed" : "" + c.through());
            response.withData(c.calendar() + ".unverified", String.join("; ", c.unverified()));
            if (c.warning() != null) {
                response.down().withData(c.calendar() + ".warning", c.warning());
            }
        }
        return response.build();
    }
}
