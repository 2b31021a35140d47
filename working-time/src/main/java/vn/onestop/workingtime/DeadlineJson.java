package vn.onestop.workingtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * JSON for {@link Deadline}, to store it (e.g. a jsonb column) and to answer "explain my due
 * date" on a REST endpoint. ISO-8601 date-times with the calendar's offset
 * ({@code 2026-02-19T09:00:00+07:00}), durations as ISO-8601 ({@code PT2H30M}), local times as
 * {@code HH:mm:ss}, null fields left out. {@link #read} gives back an equal value.
 */
public final class DeadlineJson {

    private DeadlineJson() {
    }

    public static String write(Deadline deadline) {
        try {
            return Json.MAPPER.writeValueAsString(deadline);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise deadline", e);
        }
    }

    public static Deadline read(String json) {
        try {
            return Json.MAPPER.readValue(json, Deadline.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a stored deadline: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Applies the settings this format needs to another mapper (e.g. the service's own, so a
     * REST resource can return a Deadline directly): Java time module, ISO date-times and
     * durations, offsets kept on read, nulls left out. Affects everything that mapper writes.
     */
    public static ObjectMapper configure(ObjectMapper mapper) {
        return Json.configure(mapper);
    }
}
