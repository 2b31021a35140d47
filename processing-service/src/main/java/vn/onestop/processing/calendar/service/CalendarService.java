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
import java.util.List;
import java.util.Optional;

/**
 * The working-day calendars: processing owns them, validates every change with the working-time
 * module and announces it as CalendarChanged in the same transaction. Due dates already promised
 * are stored values and never move when a calendar changes.
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

    @Transactional
    public WorkCalendar calendarOf(String agency) {
        AgencyCalendar own = AgencyCalendar.findById(agency);
        AgencyCalendar applied = own != null ? own : AgencyCalendar.findById(AgencyCalendar.DEFAULT);
        return applied == null ? WorkCalendars.vietnamDefault() : WorkCalendars.parse(applied.data);
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
