package vn.onestop.intake.notification.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a kind's templates. Times are shown in the province's zone as the slip shows them
 * ("dd/MM/yyyy HH:mm"). A placeholder without a value is a programming error and fails loudly,
 * rather than telling an applicant "Hẹn trả kết quả: {dueAt}".
 */
public final class MessageTemplates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ZoneId zone;

    public MessageTemplates(ZoneId zone) {
        this.zone = zone;
    }

    public record Message(String subject, String text) {
    }

    public Message render(NotificationKind kind, Map<String, ?> data) {
        Set<String> missing = new TreeSet<>();
        missing.addAll(missing(kind.subjectTemplate(), data));
        missing.addAll(missing(kind.textTemplate(), data));
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("template data of " + kind + " lacks " + missing);
        }
        return new Message(fill(kind.subjectTemplate(), data), fill(kind.textTemplate(), data));
    }

    /** The placeholders of a kind, for callers and tests. */
    public static Set<String> placeholders(NotificationKind kind) {
        Set<String> names = new TreeSet<>();
        for (String template : new String[]{kind.subjectTemplate(), kind.textTemplate()}) {
            Matcher m = PLACEHOLDER.matcher(template);
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    private static Set<String> missing(String template, Map<String, ?> data) {
        Set<String> missing = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            Object value = data.get(m.group(1));
            if (value == null || value.toString().isBlank()) {
                missing.add(m.group(1));
            }
        }
        return missing;
    }

    private String fill(String template, Map<String, ?> data) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(format(data.get(m.group(1)))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String format(Object value) {
        if (value instanceof OffsetDateTime t) {
            return TIME.format(t.atZoneSameInstant(zone));
        }
        if (value instanceof ZonedDateTime t) {
            return TIME.format(t.withZoneSameInstant(zone));
        }
        if (value instanceof Instant t) {
            return TIME.format(t.atZone(zone));
        }
        if (value instanceof LocalDateTime t) {
            return TIME.format(t);
        }
        if (value instanceof LocalDate d) {
            return DAY.format(d);
        }
        return value.toString().strip();
    }
}
