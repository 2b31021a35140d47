package vn.onestop.workingtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads and writes calendar data (JSON), and ships Vietnam's default calendar.
 *
 * <pre>{@code
 * {"agency": "default", "zone": "Asia/Ho_Chi_Minh",
 *  "workingPeriods": [{"start": "07:00", "end": "11:30"}, {"start": "13:30", "end": "17:00"}],
 *  "weekend": ["SATURDAY", "SUNDAY"], "sameDayCutoff": "15:00",
 *  "holidays": [{"date": "2026-02-16", "name": "Tết Nguyên đán", "source": "...", "verify": false}],
 *  "makeUpWorkingDays": [{"date": "2026-01-10", "name": "...", "source": "..."}],
 *  "coveredYears": {"from": 2025, "through": 2027}}
 * }</pre>
 * {@code coveredYears} says which years' days off the data holds ({@link WorkCalendar#coveredYears()});
 * without it they are derived from the days listed.
 * Every field but {@code holidays}/{@code makeUpWorkingDays} entries' {@code date}, {@code name}
 * and {@code source} may be omitted and takes the default of {@link WorkCalendar#builder()}.
 * Unknown fields are errors (a misspelt "weekends" must not silently fall back to the default).
 * Invalid data throws {@link IllegalArgumentException} whose message starts with the field, e.g.
 * {@code holidays[3].date: '2026-02-30' is not a date (yyyy-MM-dd)}.
 */
public final class WorkCalendars {

    public static final String VIETNAM_DEFAULT_RESOURCE = "/calendars/vn-default.json";

    private static final Set<String> CALENDAR_FIELDS = Set.of("agency", "zone", "workingPeriods", "weekend",
            "sameDayCutoff", "holidays", "makeUpWorkingDays", "coveredYears");
    private static final Set<String> PERIOD_FIELDS = Set.of("start", "end");
    private static final Set<String> DAY_FIELDS = Set.of("date", "name", "source", "verify");

    private WorkCalendars() {
    }

    /**
     * Vietnam's calendar for civil servants, from {@value #VIETNAM_DEFAULT_RESOURCE}; the years it
     * covers are its {@link WorkCalendar#coveredYears()} (operators add each new year's days off).
     */
    public static WorkCalendar vietnamDefault() {
        return VietnamDefault.CALENDAR;
    }

    public static WorkCalendar load(InputStream json) {
        Objects.requireNonNull(json, "json");
        try {
            return parse(new String(json.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read calendar data", e);
        }
    }

    public static WorkCalendar parse(String json) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("calendar data is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("calendar data must be a JSON object");
        }
        checkFields(root, CALENDAR_FIELDS, "");
        WorkCalendar.Builder b = WorkCalendar.builder();
        if (root.has("agency")) {
            b.agency(text(root.get("agency"), "agency"));
        }
        if (root.has("zone")) {
            String zone = text(root.get("zone"), "zone");
            try {
                b.zone(ZoneId.of(zone));
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("zone: unknown time zone '" + zone + "'", e);
            }
        }
        if (root.has("workingPeriods")) {
            List<WorkingPeriod> periods = new ArrayList<>();
            ArrayNode array = array(root.get("workingPeriods"), "workingPeriods");
            for (int i = 0; i < array.size(); i++) {
                String field = "workingPeriods[" + i + "]";
                JsonNode p = object(array.get(i), field);
                checkFields(p, PERIOD_FIELDS, field + ".");
                LocalTime start = time(p.get("start"), field + ".start");
                LocalTime end = time(p.get("end"), field + ".end");
                try {
                    periods.add(new WorkingPeriod(start, end));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(field + ": " + e.getMessage(), e);
                }
            }
            b.workingPeriods(periods);
        }
        if (root.has("weekend")) {
            List<DayOfWeek> days = new ArrayList<>();
            ArrayNode array = array(root.get("weekend"), "weekend");
            for (int i = 0; i < array.size(); i++) {
                String field = "weekend[" + i + "]";
                String day = text(array.get(i), field);
                try {
                    days.add(DayOfWeek.valueOf(day.toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(field + ": unknown weekday '" + day
                            + "' (use MONDAY … SUNDAY)", e);
                }
            }
            b.weekend(days);
        }
        if (root.has("sameDayCutoff")) {
            b.sameDayCutoff(time(root.get("sameDayCutoff"), "sameDayCutoff"));
        }
        if (root.has("holidays")) {
            ArrayNode array = array(root.get("holidays"), "holidays");
            for (int i = 0; i < array.size(); i++) {
                String field = "holidays[" + i + "]";
                JsonNode h = day(array.get(i), field);
                b.holiday(new Holiday(date(h.get("date"), field + ".date"), text(h.get("name"), field + ".name"),
                        text(h.get("source"), field + ".source"), verify(h, field)));
            }
        }
        if (root.has("coveredYears") && !root.get("coveredYears").isNull()) {
            JsonNode years = object(root.get("coveredYears"), "coveredYears");
            checkFields(years, Set.of("from", "through"), "coveredYears.");
            b.coveredYears(new YearRange(year(years.get("from"), "coveredYears.from"),
                    year(years.get("through"), "coveredYears.through")));
        }
        if (root.has("makeUpWorkingDays")) {
            ArrayNode array = array(root.get("makeUpWorkingDays"), "makeUpWorkingDays");
            for (int i = 0; i < array.size(); i++) {
                String field = "makeUpWorkingDays[" + i + "]";
                JsonNode m = day(array.get(i), field);
                b.makeUpWorkingDay(new MakeUpWorkingDay(date(m.get("date"), field + ".date"),
                        text(m.get("name"), field + ".name"), text(m.get("source"), field + ".source"),
                        verify(m, field)));
            }
        }
        return b.build();
    }

    /**
     * {@code stored} with the days off of the years {@code newer} holds beyond it (a release that
     * ships next year's holidays): those years' holidays and make-up days are added and the covered
     * years extended; the years {@code stored} holds are left as they are (an operator may have
     * corrected them). Empty when {@code newer} holds no later year, or {@code stored} lists no days
     * (a weekends-only calendar, by design).
     */
    public static Optional<WorkCalendar> extend(WorkCalendar stored, WorkCalendar newer) {
        Optional<YearRange> have = stored.coveredYears();
        Optional<YearRange> offered = newer.coveredYears();
        if (have.isEmpty() || offered.isEmpty() || offered.get().through() <= have.get().through()) {
            return Optional.empty();
        }
        int firstNew = have.get().through() + 1;
        WorkCalendar.Builder b = stored.toBuilder()
                .coveredYears(new YearRange(have.get().from(), offered.get().through()));
        newer.holidays().stream().filter(h -> h.date().getYear() >= firstNew).forEach(b::holiday);
        newer.makeUpWorkingDays().stream().filter(m -> m.date().getYear() >= firstNew).forEach(b::makeUpWorkingDay);
        return Optional.of(b.build());
    }

    /** The calendar as JSON in the format {@link #parse} reads. */
    public static String toJson(WorkCalendar calendar) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("agency", calendar.agency());
        root.put("zone", calendar.zone().getId());
        ArrayNode periods = root.putArray("workingPeriods");
        calendar.workingPeriods().forEach(p -> periods.addObject()
                .put("start", p.start().toString()).put("end", p.end().toString()));
        ArrayNode weekend = root.putArray("weekend");
        calendar.weekend().forEach(d -> weekend.add(d.name()));
        root.put("sameDayCutoff", calendar.sameDayCutoff().toString());
        ArrayNode holidays = root.putArray("holidays");
        calendar.holidays().forEach(h -> holidays.addObject().put("date", h.date().toString())
                .put("name", h.name()).put("source", h.source()).put("verify", h.verify()));
        ArrayNode makeUp = root.putArray("makeUpWorkingDays");
        calendar.makeUpWorkingDays().forEach(m -> makeUp.addObject().put("date", m.date().toString())
                .put("name", m.name()).put("source", m.source()).put("verify", m.verify()));
        calendar.declaredCoveredYears().ifPresent(years -> root.putObject("coveredYears")
                .put("from", years.from()).put("through", years.through()));
        try {
            return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void checkFields(JsonNode node, Set<String> known, String prefix) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!known.contains(field)) {
                throw new IllegalArgumentException(prefix + field + ": unknown field (known: "
                        + String.join(", ", known.stream().sorted().toList()) + ")");
            }
        }
    }

    private static JsonNode day(JsonNode node, String field) {
        JsonNode object = object(node, field);
        checkFields(object, DAY_FIELDS, field + ".");
        return object;
    }

    private static int year(JsonNode node, String field) {
        if (node == null || !node.isIntegralNumber() || node.intValue() < 1900 || node.intValue() > 9999) {
            throw new IllegalArgumentException(field + ": must be a year such as 2027");
        }
        return node.intValue();
    }

    private static boolean verify(JsonNode node, String field) {
        JsonNode v = node.get("verify");
        if (v == null || v.isNull()) {
            return false;
        }
        if (!v.isBoolean()) {
            throw new IllegalArgumentException(field + ".verify: must be true or false");
        }
        return v.booleanValue();
    }

    private static ArrayNode array(JsonNode node, String field) {
        if (node == null || !node.isArray()) {
            throw new IllegalArgumentException(field + ": must be a JSON array");
        }
        return (ArrayNode) node;
    }

    private static JsonNode object(JsonNode node, String field) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException(field + ": must be a JSON object");
        }
        return node;
    }

    private static String text(JsonNode node, String field) {
        if (node == null || node.isNull()) {
            throw new IllegalArgumentException(field + " is required");
        }
        if (!node.isTextual() || node.asText().isBlank()) {
            throw new IllegalArgumentException(field + ": must be a non-empty string");
        }
        return node.asText();
    }

    private static LocalTime time(JsonNode node, String field) {
        String value = text(node, field);
        try {
            return LocalTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + ": '" + value + "' is not a time (HH:mm)", e);
        }
    }

    private static LocalDate date(JsonNode node, String field) {
        String value = text(node, field);
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + ": '" + value + "' is not a date (yyyy-MM-dd)", e);
        }
    }

    private static final class VietnamDefault {
        static final WorkCalendar CALENDAR = loadResource();

        private static WorkCalendar loadResource() {
            try (InputStream in = WorkCalendars.class.getResourceAsStream(VIETNAM_DEFAULT_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing class-path resource " + VIETNAM_DEFAULT_RESOURCE);
                }
                return load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
