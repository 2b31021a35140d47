package vn.onestop.workingtime;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

final class DeadlineCalculator {

    private DeadlineCalculator() {
    }

    static Deadline compute(WorkCalendar calendar, Instant receivedAt, TimeLimit limit) {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(limit, "limit");
        Engine engine = new Engine(calendar);
        LocalDateTime received = engine.local(receivedAt);
        List<ExplanationStep> steps = new ArrayList<>();
        Engine.Snap start = engine.snap(received, steps);
        LocalDateTime due;
        switch (limit.unit()) {
            case WORKING_DAYS:
                due = engine.add(start.at(), calendar.workingDayLength().multipliedBy(limit.value()), steps);
                break;
            case WORKING_HOURS:
                due = engine.add(start.at(), Duration.ofHours(limit.value()), steps);
                break;
            case SAME_DAY:
                due = sameDay(calendar, engine, received, start, steps);
                break;
            case CALENDAR_DAYS:
                due = calendarDays(calendar, engine, start, limit.value(), steps);
                break;
            default:
                throw new IllegalStateException("unit " + limit.unit());
        }
        return new Deadline(calendar.agency(), calendar.zone(), limit, engine.offset(received),
                engine.offset(start.at()), start.reason(), engine.offset(due), steps, List.of(),
                uncoveredYears(calendar, received.toLocalDate(), due.toLocalDate(), List.of()));
    }

    private static LocalDateTime sameDay(WorkCalendar calendar, Engine engine, LocalDateTime received,
                                         Engine.Snap start, List<ExplanationStep> steps) {
        LocalDate day = start.at().toLocalDate();
        boolean clockStartsOnReceptionDay =
                start.reason() != SnapReason.DAY_OFF && start.reason() != SnapReason.AFTER_CLOSING;
        if (clockStartsOnReceptionDay && received.toLocalTime().isAfter(calendar.sameDayCutoff())) {
            steps.add(ExplanationStep.sameDayCutoffPassed(received.toLocalDate(), received.toLocalTime(),
                    calendar.sameDayCutoff()));
            day = engine.nextWorkingDay(day, steps);
        }
        return endOfWorkingDay(calendar, day, steps);
    }

    private static LocalDateTime calendarDays(WorkCalendar calendar, Engine engine, Engine.Snap start, int days,
                                              List<ExplanationStep> steps) {
        LocalDate from = start.at().toLocalDate();
        LocalDate reached = from.plusDays(days);
        steps.add(ExplanationStep.calendarDaysCounted(reached, days, from));
        LocalDate day = reached;
        if (!calendar.isWorkingDay(day)) {
            engine.skip(day, steps);
            day = engine.nextWorkingDay(day, steps);
        }
        return endOfWorkingDay(calendar, day, steps);
    }

    private static LocalDateTime endOfWorkingDay(WorkCalendar calendar, LocalDate day, List<ExplanationStep> steps) {
        LocalTime closing = calendar.closingTime();
        steps.add(ExplanationStep.endOfWorkingDay(day, closing));
        return day.atTime(closing);
    }

    /** The years from {@code from} to {@code to} whose days off the calendar does not hold, with {@code known}. */
    static List<Integer> uncoveredYears(WorkCalendar calendar, LocalDate from, LocalDate to, List<Integer> known) {
        TreeSet<Integer> years = new TreeSet<>(known);
        calendar.coveredYears().ifPresent(covered -> {
            for (int year = from.getYear(); year <= to.getYear(); year++) {
                if (!covered.contains(year)) {
                    years.add(year);
                }
            }
        });
        return List.copyOf(years);
    }

    static Deadline pause(Deadline deadline, WorkCalendar calendar, PauseReason reason,
                          Instant pausedFrom, Instant resumedAt) {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(pausedFrom, "pausedFrom");
        Objects.requireNonNull(resumedAt, "resumedAt");
        if (!calendar.agency().equals(deadline.calendar()) || !calendar.zone().equals(deadline.zone())) {
            throw new IllegalArgumentException("calendar: the deadline was computed with calendar '"
                    + deadline.calendar() + "' (" + deadline.zone() + "), not '" + calendar.agency()
                    + "' (" + calendar.zone() + ")");
        }
        if (resumedAt.isBefore(pausedFrom)) {
            throw new IllegalArgumentException("resumedAt " + resumedAt + " is before pausedFrom " + pausedFrom);
        }
        if (pausedFrom.isBefore(deadline.receivedAt().toInstant())) {
            throw new IllegalArgumentException("pausedFrom " + pausedFrom + " is before the dossier was received ("
                    + deadline.receivedAt() + ")");
        }
        List<PauseRound> rounds = deadline.pauses();
        if (!rounds.isEmpty()) {
            OffsetDateTime previousResume = rounds.get(rounds.size() - 1).resumedAt();
            if (pausedFrom.isBefore(previousResume.toInstant())) {
                throw new IllegalArgumentException("pausedFrom " + pausedFrom
                        + " is before the previous pause round resumed (" + previousResume + ")");
            }
        }
        Engine engine = new Engine(calendar);
        Duration paused = engine.between(engine.local(pausedFrom), engine.local(resumedAt));
        OffsetDateTime oldDue = deadline.due();
        boolean afterDue = pausedFrom.isAfter(oldDue.toInstant());
        List<ExplanationStep> added = new ArrayList<>();
        OffsetDateTime newDue = afterDue
                ? oldDue
                : engine.offset(engine.add(oldDue.atZoneSameInstant(calendar.zone()).toLocalDateTime(), paused, added));
        PauseRound round = new PauseRound(reason, engine.offset(engine.local(pausedFrom)),
                engine.offset(engine.local(resumedAt)), paused, oldDue, newDue);

        List<ExplanationStep> steps = new ArrayList<>(deadline.steps());
        steps.add(ExplanationStep.pause(afterDue ? StepKind.PAUSE_AFTER_DUE : StepKind.PAUSE, round));
        steps.addAll(added);
        List<PauseRound> allRounds = new ArrayList<>(rounds);
        allRounds.add(round);
        return new Deadline(deadline.calendar(), deadline.zone(), deadline.limit(), deadline.receivedAt(),
                deadline.clockStart(), deadline.clockStartReason(), newDue, steps, allRounds,
                uncoveredYears(calendar, deadline.receivedAt().toLocalDate(), newDue.toLocalDate(),
                        deadline.uncoveredYears()));
    }
}
