package vn.onestop.intake.appointment.service;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.onestop.intake.appointment.domain.AppointmentAccess;
import vn.onestop.intake.appointment.domain.Slots;
import vn.onestop.intake.config.AppointmentConfig;
import vn.onestop.platform.calendars.CalendarCopies;
import vn.onestop.platform.rest.Actor;
import vn.onestop.platform.rest.Caller;
import vn.onestop.platform.rest.IdempotencyKeys;
import vn.onestop.platform.rest.Problem;
import vn.onestop.platform.rest.ProblemException;
import vn.onestop.workingtime.WorkCalendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Counter appointments: a slot has a capacity (the centre's counters); a booking takes one place
 * under a row lock, so concurrent bookings never overfill it, and one applicant holds at most one
 * booking per slot.
 */
@ApplicationScoped
public class AppointmentService {

    private final EntityManager entityManager;
    private final IdempotencyKeys idempotency;
    private final CalendarCopies calendars;
    private final AppointmentConfig config;
    private final Clock clock;

    AppointmentService(EntityManager entityManager, IdempotencyKeys idempotency, CalendarCopies calendars,
                       AppointmentConfig config, Clock clock) {
        this.entityManager = entityManager;
        this.idempotency = idempotency;
        this.calendars = calendars;
        this.config = config;
        this.clock = clock;
    }

    /** Books a place for {@code actor}: a citizen for themselves, counter staff at their own centre. */
    @Transactional
    public AppointmentView book(String idempotencyKey, BookingRequest request, Actor actor) {
        if (!AppointmentAccess.mayBook(actor, request.serviceCentre(), request.applicant().idNumber())) {
            throw Caller.forbidden("a citizen books for themselves (applicant.idNumber = their own); counter staff "
                    + "book at their own centre");
        }
        Optional<AppointmentView> replay = idempotency.claimOrReplay(idempotencyKey, "book-appointment", request,
                AppointmentView.class);
        if (replay.isPresent()) {
            return replay.get();
        }
        WorkCalendar calendar = calendars.forAgency(request.serviceCentre());
        Slots.refusal(calendar, request.slotStart().toInstant(), clock.instant(), config.slotMinutes(),
                        config.bookingHorizonDays())
                .ifPresent(reason -> {
                    throw ProblemException.invalid("slotStart " + reason,
                            List.of(new Problem.Violation("slotStart", reason)));
                });
        OffsetDateTime start = request.slotStart().withOffsetSameInstant(ZoneOffset.UTC);
        OffsetDateTime end = start.plusMinutes(config.slotMinutes());
        if (alreadyBooked(request.serviceCentre(), start, request.applicant().idNumber())) {
            throw ProblemException.conflict("appointment-already-booked", "Already booked",
                    "applicant " + request.applicant().idNumber() + " already has this slot at " + request.serviceCentre());
        }
        boolean placeTaken = !entityManager.createNativeQuery("""
                        insert into appointment_slot (service_centre, slot_start, capacity, booked) values (?1, ?2, ?3, 1)
                        on conflict (service_centre, slot_start) do update set booked = appointment_slot.booked + 1
                        where appointment_slot.booked < appointment_slot.capacity
                        returning booked""")
                .setParameter(1, request.serviceCentre())
                .setParameter(2, start)
                .setParameter(3, config.capacityPerSlot())
                .getResultList().isEmpty();
        if (!placeTaken) {
            throw ProblemException.conflict("slot-full", "Slot full",
                    "the slot " + request.slotStart() + " at " + request.serviceCentre() + " is fully booked");
        }
        UUID id = UUID.randomUUID();
        int inserted = entityManager.createNativeQuery("""
                        insert into appointment (id, service_centre, slot_start, slot_end, procedure_id, applicant_name,
                                                 applicant_id_number, applicant_phone, status, created_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 'BOOKED', ?9)
                        on conflict (service_centre, slot_start, applicant_id_number) where status = 'BOOKED' do nothing""")
                .setParameter(1, id)
                .setParameter(2, request.serviceCentre())
                .setParameter(3, start)
                .setParameter(4, end)
                .setParameter(5, request.procedureId())
                .setParameter(6, request.applicant().fullName())
                .setParameter(7, request.applicant().idNumber())
                .setParameter(8, request.applicant().phone())
                .setParameter(9, OffsetDateTime.now(clock))
                .executeUpdate();
        if (inserted == 0) {
            // a concurrent request of the same applicant won the slot; this transaction rolls back
            throw ProblemException.conflict("appointment-already-booked", "Already booked",
                    "applicant " + request.applicant().idNumber() + " already has this slot at " + request.serviceCentre());
        }
        AppointmentView view = new AppointmentView(id, request.serviceCentre(), request.procedureId(), start, end,
                "BOOKED", request.applicant().fullName(), request.applicant().idNumber());
        idempotency.remember(idempotencyKey, view);
        Log.infof("appointment %s booked at %s for %s", id, request.serviceCentre(), start);
        return view;
    }

    private boolean alreadyBooked(String centre, OffsetDateTime start, String idNumber) {
        return ((Number) entityManager.createNativeQuery("""
                        select count(*) from appointment
                        where service_centre = ?1 and slot_start = ?2 and applicant_id_number = ?3 and status = 'BOOKED'""")
                .setParameter(1, centre).setParameter(2, start).setParameter(3, idNumber)
                .getSingleResult()).intValue() > 0;
    }

    /** The appointment, if it is {@code actor}'s own or at their centre; otherwise empty, as for an unknown id. */
    @Transactional
    public Optional<AppointmentView> find(UUID id, Actor actor) {
        return find(id).filter(a -> AppointmentAccess.mayRead(actor, a.serviceCentre(), a.applicantIdNumber()));
    }

    private Optional<AppointmentView> find(UUID id) {
        List<?> rows = entityManager.createNativeQuery("""
                        select id, service_centre, procedure_id, slot_start, slot_end, status, applicant_name,
                               applicant_id_number
                        from appointment where id = ?1""")
                .setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(r -> {
            Object[] row = (Object[]) r;
            return new AppointmentView((UUID) row[0], (String) row[1], (String) row[2], toOffset(row[3]),
                    toOffset(row[4]), (String) row[5], (String) row[6], (String) row[7]);
        });
    }

    /** A day's slots at a centre with their remaining places. */
    @Transactional
    public List<SlotAvailability> availability(String centre, LocalDate day) {
        WorkCalendar calendar = calendars.forAgency(centre);
        List<ZonedDateTime> starts = Slots.ofDay(calendar, day, config.slotMinutes());
        return starts.stream().map(start -> {
            OffsetDateTime at = start.toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
            List<?> booked = entityManager.createNativeQuery(
                            "select capacity, booked from appointment_slot where service_centre = ?1 and slot_start = ?2")
                    .setParameter(1, centre).setParameter(2, at).getResultList();
            int capacity = booked.isEmpty() ? config.capacityPerSlot() : ((Number) ((Object[]) booked.get(0))[0]).intValue();
            int taken = booked.isEmpty() ? 0 : ((Number) ((Object[]) booked.get(0))[1]).intValue();
            return new SlotAvailability(start.toOffsetDateTime(), start.plusMinutes(config.slotMinutes()).toOffsetDateTime(),
                    capacity, taken, capacity - taken);
        }).toList();
    }

    private static OffsetDateTime toOffset(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt;
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }
}
