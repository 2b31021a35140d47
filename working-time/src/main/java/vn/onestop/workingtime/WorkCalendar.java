package vn.onestop.workingtime;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The working calendar of one agency, as data: time zone, the working periods of every working
 * day, the weekly days off, public holidays, make-up working days and the same-day cut-off.
 *
 * <p>Immutable. Holidays change every year and operators correct them, so a calendar is a
 * snapshot: a {@link Deadline} computed with it keeps its result even when a later calendar
 * differs (see {@link Deadline}).
 *
 * <p>A day is a working day when it is not a holiday and either is not a weekend day or is a
 * make-up working day. A date cannot be both a holiday and a make-up working day.
 *
 * <p>Why over 400 lines: half of it is the {@link Builder}, whose checks (periods that do not
 * overlap, days inside the declared years, no date both off and made up) are what make every
 * calendar valid; the value and the only way to build one are kept together.
 */
public final class WorkCalendar {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final List<WorkingPeriod> DEFAULT_WORKING_PERIODS = List.of(
            WorkingPeriod.of("07:00", "11:30"), WorkingPeriod.of("13:30", "17:00"));
    public static final Set<DayOfWeek> DEFAULT_WEEKEND =
            Collections.unmodifiableSet(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
    /** Same-day procedures received after this time are due at the end of the next working day. */
    public static final LocalTime DEFAULT_SAME_DAY_CUTOFF = LocalTime.of(15, 0);
    public static final String WEEKEND_REASON = "weekend";

    private final String agency;
    private final ZoneId zone;
    private final List<WorkingPeriod> workingPeriods;
    private final Set<DayOfWeek> weekend;
    private final LocalTime sameDayCutoff;
    private final Map<LocalDate, Holiday> holidays;
    private final Map<LocalDate, MakeUpWorkingDay> makeUpWorkingDays;
    private final Duration workingDayLength;
    /** As declared in the data; null when the data does not say (then derived from the days listed). */
    private final YearRange declaredCoverage;

    private WorkCalendar(Builder b) {
        this.agency = b.agency;
        this.zone = b.zone;
        this.workingPeriods = List.copyOf(b.workingPeriods);
        this.weekend = Collections.unmodifiableSet(b.weekend.isEmpty()
                ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(b.weekend));
        this.sameDayCutoff = b.sameDayCutoff;
        Map<LocalDate, Holiday> h = new TreeMap<>();
        b.holidays.forEach(x -> h.put(x.date(), x));
        this.holidays = Collections.unmodifiableMap(h);
        Map<LocalDate, MakeUpWorkingDay> m = new TreeMap<>();
        b.makeUpWorkingDays.forEach(x -> m.put(x.date(), x));
        this.makeUpWorkingDays = Collections.unmodifiableMap(m);
        this.workingDayLength = workingPeriods.stream().map(WorkingPeriod::duration)
                .reduce(Duration.ZERO, Duration::plus);
        this.declaredCoverage = b.coveredYears;
    }

    /** A builder preset with the defaults: Asia/Ho_Chi_Minh, 07:00–11:30 and 13:30–17:00, Sat+Sun off, cut-off 15:00, no holidays. */
    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder()
                .agency(agency)
                .zone(zone)
                .workingPeriods(workingPeriods)
                .weekend(weekend)
                .sameDayCutoff(sameDayCutoff);
        b.coveredYears = declaredCoverage;
        b.holidays.addAll(holidays.values());
        b.makeUpWorkingDays.addAll(makeUpWorkingDays.values());
        return b;
    }

    public String agency() {
        return agency;
    }

    public ZoneId zone() {
        return zone;
    }

    /** The working periods of every working day, ordered and not overlapping. */
    public List<WorkingPeriod> workingPeriods() {
        return workingPeriods;
    }

    public Set<DayOfWeek> weekend() {
        return weekend;
    }

    public LocalTime sameDayCutoff() {
        return sameDayCutoff;
    }

    /** Holidays ordered by date. */
    public List<Holiday> holidays() {
        return List.copyOf(holidays.values());
    }

    /** Make-up working days ordered by date. */
    public List<MakeUpWorkingDay> makeUpWorkingDays() {
        return List.copyOf(makeUpWorkingDays.values());
    }

    /**
     * The years whose days off this calendar holds: as its data declares them, else from its first to
     * its last holiday or make-up day; empty for a calendar that lists no day at all (weekends only,
     * by design). A date outside is counted as an ordinary day of the week, so a deadline that
     * reaches past them is flagged ({@link Deadline#uncoveredYears()}).
     */
    public Optional<YearRange> coveredYears() {
        if (declaredCoverage != null) {
            return Optional.of(declaredCoverage);
        }
        List<LocalDate> days = new ArrayList<>(holidays.keySet());
        days.addAll(makeUpWorkingDays.keySet());
        return days.stream().map(LocalDate::getYear).reduce(Integer::min)
                .map(first -> new YearRange(first, days.stream().mapToInt(LocalDate::getYear).max().orElseThrow()));
    }

    /** The coverage the data declares, if it does ({@link #coveredYears()} may derive one). */
    public Optional<YearRange> declaredCoveredYears() {
        return Optional.ofNullable(declaredCoverage);
    }

    /** Whether the days off of {@code date}'s year are known (always, for a calendar without coverage). */
    public boolean knowsDaysOffOf(LocalDate date) {
        return coveredYears().map(range -> range.contains(date)).orElse(true);
    }

    /** The working time of one working day (8 h by default); "N working days" means N times this. */
    public Duration workingDayLength() {
        return workingDayLength;
    }

    public boolean isWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (holidays.containsKey(date)) {
            return false;
        }
        return !weekend.contains(date.getDayOfWeek()) || makeUpWorkingDays.containsKey(date);
    }

    /**
     * Why {@code date} is not worked: the holiday's name (a holiday on a weekend day gives the
     * holiday's name), {@value #WEEKEND_REASON}, or empty for a working day.
     */
    public Optional<String> dayOffReason(LocalDate date) {
        Holiday holiday = holidays.get(date);
        if (holiday != null) {
            return Optional.of(holiday.name());
        }
        if (isWorkingDay(date)) {
            return Optional.empty();
        }
        return Optional.of(WEEKEND_REASON);
    }

    public Optional<Holiday> holiday(LocalDate date) {
        return Optional.ofNullable(holidays.get(date));
    }

    public Optional<MakeUpWorkingDay> makeUpWorkingDay(LocalDate date) {
        return Optional.ofNullable(makeUpWorkingDays.get(date));
    }

    /** The first working day strictly after {@code date}. */
    public LocalDate nextWorkingDay(LocalDate date) {
        LocalDate d = date.plusDays(1);
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    LocalTime openingTime() {
        return workingPeriods.get(0).start();
    }

    LocalTime closingTime() {
        return workingPeriods.get(workingPeriods.size() - 1).end();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof WorkCalendar)) {
            return false;
        }
        WorkCalendar other = (WorkCalendar) o;
        return agency.equals(other.agency) && zone.equals(other.zone)
                && workingPeriods.equals(other.workingPeriods) && weekend.equals(other.weekend)
                && sameDayCutoff.equals(other.sameDayCutoff) && holidays.equals(other.holidays)
                && makeUpWorkingDays.equals(other.makeUpWorkingDays)
                && Objects.equals(declaredCoverage, other.declaredCoverage);
    }

    @Override
    public int hashCode() {
        return Objects.hash(agency, zone, workingPeriods, weekend, sameDayCutoff, holidays, makeUpWorkingDays,
                declaredCoverage);
    }

    @Override
    public String toString() {
        return "WorkCalendar[" + agency + ", " + zone + ", " + workingPeriods + ", weekend " + weekend
                + ", cut-off " + sameDayCutoff + ", " + holidays.size() + " holidays, "
                + makeUpWorkingDays.size() + " make-up days" + coveredYears().map(r -> ", days off of " + r).orElse("")
                + "]";
    }

    /**
     * Builds a {@link WorkCalendar}; {@link #build()} validates and names the offending field
     * (indices follow the order entries were added, i.e. the order in a calendar file).
     */
    public static final class Builder {
        private String agency = "default";
        private ZoneId zone = DEFAULT_ZONE;
        private List<WorkingPeriod> workingPeriods = new ArrayList<>(DEFAULT_WORKING_PERIODS);
        private Set<DayOfWeek> weekend = EnumSet.copyOf(DEFAULT_WEEKEND);
        private LocalTime sameDayCutoff = DEFAULT_SAME_DAY_CUTOFF;
        private final List<Holiday> holidays = new ArrayList<>();
        private final List<MakeUpWorkingDay> makeUpWorkingDays = new ArrayList<>();
        private YearRange coveredYears;

        private Builder() {
        }

        /**
         * Declares the years whose days off the data holds (every holiday and make-up day must lie
         * in them); null to derive them from the days listed.
         */
        public Builder coveredYears(YearRange years) {
            this.coveredYears = years;
            return this;
        }

        public Builder agency(String agency) {
            this.agency = agency;
            return this;
        }

        public Builder zone(ZoneId zone) {
            this.zone = zone;
            return this;
        }

        /** Replaces the working periods. */
        public Builder workingPeriods(List<WorkingPeriod> periods) {
            this.workingPeriods = new ArrayList<>(Objects.requireNonNull(periods, "workingPeriods"));
            return this;
        }

        public Builder workingPeriods(WorkingPeriod... periods) {
            return workingPeriods(List.of(periods));
        }

        /** Replaces the weekly days off. */
        public Builder weekend(Collection<DayOfWeek> days) {
            Objects.requireNonNull(days, "weekend");
            this.weekend = days.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(days);
            return this;
        }

        public Builder weekend(DayOfWeek... days) {
            return weekend(List.of(days));
        }

        public Builder sameDayCutoff(LocalTime cutoff) {
            this.sameDayCutoff = cutoff;
            return this;
        }

        public Builder holiday(Holiday holiday) {
            holidays.add(Objects.requireNonNull(holiday, "holiday"));
            return this;
        }

        public Builder holiday(LocalDate date, String name, String source) {
            return holiday(new Holiday(date, name, source));
        }

        public Builder holidays(Collection<Holiday> list) {
            list.forEach(this::holiday);
            return this;
        }

        /** Removes the holiday on {@code date}, if any (an operator correcting the data). */
        public Builder removeHoliday(LocalDate date) {
            holidays.removeIf(h -> h.date().equals(date));
            return this;
        }

        public Builder makeUpWorkingDay(MakeUpWorkingDay day) {
            makeUpWorkingDays.add(Objects.requireNonNull(day, "makeUpWorkingDay"));
            return this;
        }

        public Builder makeUpWorkingDay(LocalDate date, String name, String source) {
            return makeUpWorkingDay(new MakeUpWorkingDay(date, name, source));
        }

        public Builder makeUpWorkingDays(Collection<MakeUpWorkingDay> list) {
            list.forEach(this::makeUpWorkingDay);
            return this;
        }

        public WorkCalendar build() {
            if (agency == null || agency.isBlank()) {
                throw new IllegalArgumentException("agency is required");
            }
            agency = agency.strip();
            if (zone == null) {
                throw new IllegalArgumentException("zone is required");
            }
            if (sameDayCutoff == null) {
                throw new IllegalArgumentException("sameDayCutoff is required");
            }
            validatePeriods();
            if (weekend.size() == DayOfWeek.values().length) {
                throw new IllegalArgumentException("weekend: every day of the week is a day off; at least one must be worked");
            }
            validateDays();
            validateCoverage();
            return new WorkCalendar(this);
        }

        private void validatePeriods() {
            if (workingPeriods.isEmpty()) {
                throw new IllegalArgumentException("workingPeriods: at least one working period is required");
            }
            for (int i = 0; i < workingPeriods.size(); i++) {
                if (workingPeriods.get(i) == null) {
                    throw new IllegalArgumentException("workingPeriods[" + i + "] is null");
                }
            }
            for (int i = 1; i < workingPeriods.size(); i++) {
                WorkingPeriod previous = workingPeriods.get(i - 1);
                WorkingPeriod current = workingPeriods.get(i);
                if (current.start().isBefore(previous.start())) {
                    throw new IllegalArgumentException("workingPeriods[" + i + "] (" + current
                            + ") starts before workingPeriods[" + (i - 1) + "] (" + previous
                            + "): periods must be listed in order of the day");
                }
                if (current.start().isBefore(previous.end())) {
                    throw new IllegalArgumentException("workingPeriods[" + i + "] (" + current
                            + ") overlaps workingPeriods[" + (i - 1) + "] (" + previous + ")");
                }
            }
        }

        private void validateCoverage() {
            if (coveredYears == null) {
                return;
            }
            for (int i = 0; i < holidays.size(); i++) {
                if (!coveredYears.contains(holidays.get(i).date())) {
                    throw new IllegalArgumentException("holidays[" + i + "].date: " + holidays.get(i).date()
                            + " is outside coveredYears " + coveredYears + "; extend coveredYears to list it");
                }
            }
            for (int i = 0; i < makeUpWorkingDays.size(); i++) {
                if (!coveredYears.contains(makeUpWorkingDays.get(i).date())) {
                    throw new IllegalArgumentException("makeUpWorkingDays[" + i + "].date: "
                            + makeUpWorkingDays.get(i).date() + " is outside coveredYears " + coveredYears
                            + "; extend coveredYears to list it");
                }
            }
        }

        private void validateDays() {
            Map<LocalDate, Integer> holidayIndex = new HashMap<>();
            for (int i = 0; i < holidays.size(); i++) {
                Integer earlier = holidayIndex.putIfAbsent(holidays.get(i).date(), i);
                if (earlier != null) {
                    throw new IllegalArgumentException("holidays[" + i + "].date: " + holidays.get(i).date()
                            + " is listed twice (also holidays[" + earlier + "])");
                }
            }
            Map<LocalDate, Integer> makeUpIndex = new HashMap<>();
            for (int i = 0; i < makeUpWorkingDays.size(); i++) {
                LocalDate date = makeUpWorkingDays.get(i).date();
                Integer earlier = makeUpIndex.putIfAbsent(date, i);
                if (earlier != null) {
                    throw new IllegalArgumentException("makeUpWorkingDays[" + i + "].date: " + date
                            + " is listed twice (also makeUpWorkingDays[" + earlier + "])");
                }
                Integer holiday = holidayIndex.get(date);
                if (holiday != null) {
                    throw new IllegalArgumentException("makeUpWorkingDays[" + i + "].date: " + date
                            + " is also a holiday (holidays[" + holiday + "]); a date cannot be both");
                }
                if (!weekend.contains(date.getDayOfWeek())) {
                    throw new IllegalArgumentException("makeUpWorkingDays[" + i + "].date: " + date + " is a "
                            + date.getDayOfWeek() + ", already a working day; a make-up working day must be a weekend day");
                }
            }
        }
    }
}
