package vn.onestop.processing.calendar.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import vn.onestop.contracts.EventType;
import vn.onestop.platform.messaging.Outbox;
import vn.onestop.platform.rest.Problem;
import vn.onestop.platform.rest.ProblemException;
import vn.onestop.processing.calendar.domain.AgencyCalendar;
import vn.onestop.processing.calendar.messaging.CalendarChangedData;
import vn.onestop.workingtime.CalendarCoverage;
import vn.onestop.workingtime.WorkCalendar;
import vn.onestop.workingtime.WorkCalendars;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The working-day calendars: processing owns them, validates every change with the working-time
 * module and announces it as CalendarChanged in the same transaction. Due dates already promised
 * are stored values and never move when a calendar changes.
 *
 * <p>The parsed calendars are kept in memory by agency, version and change time: a lookup reads only
 * the version of the calendar that applies, and parses it again only when it changed, on whichever
 * replica changed it (a version never repeats: every change adds one, and no calendar is deleted).
 */
@ApplicationScoped
public class CalendarService {

    /** A calendar got a new version (fired in its transaction; observers may wait for the commit). */
    public record Stored(String agency, int version) {
    }

    private final EntityManager entityManager;
    private final Outbox outbox;
    private final ObjectMapper mapper;
    private final Event<Stored> stored;
    private final Map<String, Parsed> parsed = new ConcurrentHashMap<>();

    /** A calendar's version as parsed. */
    private record Parsed(int version, OffsetDateTime changedAt, WorkCalendar calendar) {
        boolean is(int otherVersion, OffsetDateTime otherChangedAt) {
            return version == otherVersion && changedAt.isEqual(otherChangedAt);
        }
    }

    /** The calendars as they were when read ({@link #current()}): the one that applies to each agency. */
    public static final class Calendars {
        private final Map<String, WorkCalendar> byAgency;

        private Calendars(Map<String, WorkCalendar> byAgency) {
            this.byAgency = byAgency;
        }

        public WorkCalendar of(String agency) {
            WorkCalendar own = agency == null ? null : byAgency.get(agency);
            if (own != null) {
                return own;
            }
            WorkCalendar fallback = byAgency.get(AgencyCalendar.DEFAULT);
            return fallback != null ? fallback : WorkCalendars.vietnamDefault();
        }
    }

    CalendarService(EntityManager entityManager, Outbox outbox, ObjectMapper mapper, Event<Stored> stored) {
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.mapper = mapper;
        this.stored = stored;
    }

    /**
     * The first start seeds Vietnam's civil-service calendar as the default, and announces it. A
     * later release that ships more years (next year's days off) extends the stored default with
     * those years only, so an operator's corrections of the years it already holds stay.
     */
    void seedDefault(@Observes StartupEvent event) {
        QuarkusTransaction.requiringNew().run(() -> {
            WorkCalendar shipped = WorkCalendars.vietnamDefault();
            String data = WorkCalendars.toJson(shipped);
            OffsetDateTime now = now();
            int inserted = entityManager.createNativeQuery("""
                            insert into agency_calendar (agency, version, data, changed_at)
                            values (?1, 1, ?2, ?3) on conflict do nothing""")
                    .setParameter(1, AgencyCalendar.DEFAULT)
                    .setParameter(2, data)
                    .setParameter(3, now)
                    .executeUpdate();
            if (inserted == 1) {
                outbox.publish(EventType.CALENDAR_CHANGED, AgencyCalendar.DEFAULT,
                        new CalendarChangedData(AgencyCalendar.DEFAULT, 1, now, tree(data)));
                Log.info("seeded the default working-day calendar");
                return;
            }
            AgencyCalendar stored = entityManager.find(AgencyCalendar.class, AgencyCalendar.DEFAULT,
                    LockModeType.PESSIMISTIC_WRITE);
            WorkCalendars.extend(WorkCalendars.parse(stored.data), shipped).ifPresent(extended -> {
                store(stored, WorkCalendars.toJson(extended));
                Log.infof("extended the default calendar with the shipped days off: it now holds %s (version %d)",
                        extended.coveredYears().orElseThrow(), stored.version);
            });
        });
    }

    /** The coverage of every stored calendar, as operators must know it ({@link CalendarCoverage}). */
    @Transactional
    public List<CalendarCoverage> coverage(int warningDays) {
        return AgencyCalendar.<AgencyCalendar>listAll().stream()
                .sorted((a, b) -> a.agency.compareTo(b.agency))
                .map(c -> {
                    WorkCalendar calendar = WorkCalendars.parse(c.data);
                    return CalendarCoverage.of(calendar, LocalDate.now(calendar.zone()), warningDays);
                }).toList();
    }

    /** The calendar that applies to an agency: its own, or the default. */
    @Transactional
    public Optional<CalendarView> find(String agency) {
        AgencyCalendar own = AgencyCalendar.findById(agency);
        AgencyCalendar applied = own != null ? own : AgencyCalendar.findById(AgencyCalendar.DEFAULT);
        return Optional.ofNullable(applied).map(c -> view(agency, c));
    }

    /** The calendar that applies to an agency: its own, or the default; one small read when it did not change. */
    @Transactional
    public WorkCalendar calendarOf(String agency) {
        String key = agency == null ? AgencyCalendar.DEFAULT : agency;
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select agency, version, changed_at from agency_calendar where agency in (?1, ?2)
                        order by case when agency = ?1 then 0 else 1 end limit 1""")
                .setParameter(1, key)
                .setParameter(2, AgencyCalendar.DEFAULT)
                .getResultList();
        if (rows.isEmpty()) {
            return WorkCalendars.vietnamDefault();
        }
        Object[] row = rows.get(0);
        String applied = (String) row[0];
        Parsed cached = parsed.get(applied);
        if (cached != null && cached.is(((Number) row[1]).intValue(), changedAt(row[2]))) {
            return cached.calendar();
        }
        return load(List.of(applied)).get(applied);
    }

    /**
     * Every stored calendar, for work that needs many of them at once (the deadline watch's round):
     * one read of their versions, and of the data of those that changed since they were parsed.
     */
    @Transactional
    public Calendars current() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select agency, version, changed_at from agency_calendar")
                .getResultList();
        Map<String, WorkCalendar> byAgency = new HashMap<>();
        List<String> changed = new java.util.ArrayList<>();
        for (Object[] row : rows) {
            String agency = (String) row[0];
            Parsed cached = parsed.get(agency);
            if (cached != null && cached.is(((Number) row[1]).intValue(), changedAt(row[2]))) {
                byAgency.put(agency, cached.calendar());
            } else {
                changed.add(agency);
            }
        }
        if (!changed.isEmpty()) {
            byAgency.putAll(load(changed));
        }
        return new Calendars(byAgency);
    }

    /** Reads and parses the named calendars, and keeps them parsed by the version read. */
    private Map<String, WorkCalendar> load(List<String> agencies) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                        "select agency, version, changed_at, data from agency_calendar where agency in (?1)")
                .setParameter(1, agencies)
                .getResultList();
        Map<String, WorkCalendar> loaded = new HashMap<>();
        for (Object[] row : rows) {
            Parsed fresh = new Parsed(((Number) row[1]).intValue(), changedAt(row[2]), WorkCalendars.parse((String) row[3]));
            parsed.put((String) row[0], fresh);
            loaded.put((String) row[0], fresh.calendar());
        }
        return loaded;
    }

    private static OffsetDateTime changedAt(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt;
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant().atOffset(ZoneOffset.UTC);
        }
        throw new IllegalStateException("changed_at read as " + (value == null ? "null" : value.getClass()));
    }

    @Transactional
    public List<CalendarView> all() {
        return AgencyCalendar.<AgencyCalendar>listAll().stream()
                .sorted((a, b) -> a.agency.compareTo(b.agency))
                .map(c -> view(c.agency, c)).toList();
    }

    /** Replaces an agency's calendar (or the default) and announces the new version. */
    @Transactional
    public CalendarView replace(String agency, JsonNode calendar) {
        WorkCalendar parsed;
        try {
            parsed = WorkCalendars.parse(calendar.toString());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("the calendar is not valid: " + e.getMessage(),
                    List.of(new Problem.Violation("calendar", e.getMessage())));
        }
        // the path names the agency, whatever the body says
        String data = WorkCalendars.toJson(parsed.toBuilder().agency(agency).build());
        AgencyCalendar row = entityManager.find(AgencyCalendar.class, agency, LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            row = new AgencyCalendar();
            row.agency = agency;
            row.version = 0;
        }
        store(row, data);
        Log.infof("calendar of %s is now version %d", agency, row.version);
        return view(agency, row);
    }

    /** A new version of a calendar, announced in the same transaction. */
    private void store(AgencyCalendar row, String data) {
        row.version++;
        row.data = data;
        row.changedAt = now();
        row.persist();
        outbox.publish(EventType.CALENDAR_CHANGED, row.agency,
                new CalendarChangedData(row.agency, row.version, row.changedAt, tree(data)));
        stored.fire(new Stored(row.agency, row.version));
    }

    private CalendarView view(String agency, AgencyCalendar applied) {
        WorkCalendar calendar = WorkCalendars.parse(applied.data);
        return new CalendarView(agency, applied.agency, applied.version, applied.changedAt,
                CalendarCoverage.of(calendar, LocalDate.now(calendar.zone()), CalendarCoverage.DEFAULT_WARNING_DAYS),
                tree(applied.data));
    }

    private JsonNode tree(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored calendar is not JSON", e);
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
