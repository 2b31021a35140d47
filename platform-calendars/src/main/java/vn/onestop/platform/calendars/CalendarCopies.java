package vn.onestop.platform.calendars;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.onestop.platform.messaging.IncomingEvent;
import vn.onestop.platform.messaging.PoisonEventException;
import vn.onestop.workingtime.WorkCalendar;
import vn.onestop.workingtime.WorkCalendars;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A service's copy of the working-day calendars processing owns, fed by CalendarChanged, in the
 * service's own table {@code calendar_copy (agency text primary key, version int, data text,
 * received_at timestamptz)}: the calendar that applies to an agency is its own, else the default.
 * Before the first CalendarChanged has arrived (a brand-new installation) the working-time module's
 * Vietnamese default stands in, with a warning.
 */
@ApplicationScoped
public class CalendarCopies {

    /** The calendar of agencies without their own. */
    public static final String DEFAULT = "default";

    private record Parsed(int version, WorkCalendar calendar) {
    }

    private final EntityManager entityManager;
    private final Map<String, Parsed> parsed = new ConcurrentHashMap<>();

    CalendarCopies(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public WorkCalendar forAgency(String agency) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select agency, version, data from calendar_copy where agency in (?1, ?2)
                        order by case when agency = ?1 then 0 else 1 end limit 1""")
                .setParameter(1, agency == null ? DEFAULT : agency)
                .setParameter(2, DEFAULT)
                .getResultList();
        if (rows.isEmpty()) {
            Log.warnf("no calendar received from processing yet: using the built-in default for %s", agency);
            return WorkCalendars.vietnamDefault();
        }
        String applied = (String) rows.get(0)[0];
        int version = ((Number) rows.get(0)[1]).intValue();
        Parsed cached = parsed.get(applied);
        if (cached == null || cached.version() != version) {
            cached = new Parsed(version, WorkCalendars.parse((String) rows.get(0)[2]));
            parsed.put(applied, cached);
        }
        return cached.calendar();
    }

    /** Keeps the newest version of each agency's calendar; older or repeated versions change nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(IncomingEvent event, CalendarChangedData data) {
        if (data.agency() == null || data.calendar() == null || data.version() < 1) {
            throw new PoisonEventException("CalendarChanged without agency, version or calendar");
        }
        try {
            WorkCalendars.parse(data.calendar().toString());
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException("CalendarChanged for " + data.agency() + " carries an invalid calendar: "
                    + e.getMessage());
        }
        int changed = entityManager.createNativeQuery("""
                        insert into calendar_copy (agency, version, data, received_at) values (?1, ?2, ?3, ?4)
                        on conflict (agency) do update set version = excluded.version, data = excluded.data,
                            received_at = excluded.received_at
                        where calendar_copy.version < excluded.version""")
                .setParameter(1, data.agency())
                .setParameter(2, data.version())
                .setParameter(3, data.calendar().toString())
                .setParameter(4, OffsetDateTime.now(ZoneOffset.UTC))
                .executeUpdate();
        Log.infof("calendar of %s version %d %s (event %s)", data.agency(), data.version(),
                changed == 1 ? "applied" : "ignored as not newer", event.id());
    }
}
