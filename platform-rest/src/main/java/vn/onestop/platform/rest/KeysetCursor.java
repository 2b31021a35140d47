package vn.onestop.platform.rest;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The position after the last row of a page, in a list ordered by some keys (keyset pagination): the
 * next page is one index range scan however deep it is, and rows added meanwhile are neither skipped
 * nor repeated. Clients see an opaque token, the base64url of the key values joined by {@code |}.
 * A token that does not decode to the keys the list orders by is a 400 naming {@code cursor}, never
 * a 500 or a silently wrong page.
 *
 * <pre>{@code
 * String next = KeysetCursor.encode(last.receivedAt, last.id);
 * KeysetCursor after = KeysetCursor.decode(cursor, 2);
 * OffsetDateTime at = after.offsetDateTime(0);
 * UUID id = after.uuid(1);
 * }</pre>
 */
public final class KeysetCursor {

    private static final String SEPARATOR = "|";
    private static final Pattern SPLIT = Pattern.compile(Pattern.quote(SEPARATOR));

    private final List<String> keys;

    private KeysetCursor(List<String> keys) {
        this.keys = keys;
    }

    /**
     * The token of the position after a row with these key values, in the list's order. An enum
     * key is written by its name, any other by its {@code toString()}, which the typed readers of
     * {@link #decode} parse back.
     *
     * @throws IllegalArgumentException for no key, a null or empty key or one containing {@code |}:
     *                                  a programming error, since a keyset key is a non-null column
     */
    public static String encode(Object... keys) {
        if (keys.length == 0) {
            throw new IllegalArgumentException("a cursor has at least one key");
        }
        List<String> values = new ArrayList<>(keys.length);
        for (Object key : keys) {
            if (key == null) {
                throw new IllegalArgumentException("a cursor key must not be null");
            }
            String value = key instanceof Enum<?> constant ? constant.name() : key.toString();
            if (value.isEmpty() || value.contains(SEPARATOR)) {
                throw new IllegalArgumentException("a cursor key must be non-empty and without '" + SEPARATOR
                        + "': " + value);
            }
            values.add(value);
        }
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(String.join(SEPARATOR, values).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The position a token of {@link #encode} names; its keys are then read with the typed readers.
     *
     * @param size how many keys the list's cursors have
     * @throws ProblemException 400 ({@link #malformed()}) for anything but base64url of exactly
     *                          {@code size} non-empty keys
     */
    public static KeysetCursor decode(String cursor, int size) {
        if (cursor == null) {
            throw malformed();
        }
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw malformed();
        }
        String[] parts = SPLIT.split(text, -1);
        if (parts.length != size) {
            throw malformed();
        }
        for (String part : parts) {
            if (part.isEmpty()) {
                throw malformed();
            }
        }
        return new KeysetCursor(List.of(parts));
    }

    /** The answer to a cursor this API did not return: 400, type {@code validation}, field {@code cursor}. */
    public static ProblemException malformed() {
        return ProblemException.invalid("cursor is not one this API returned",
                List.of(new Problem.Violation("cursor", "is not valid")));
    }

    public String string(int index) {
        return keys.get(index);
    }

    public UUID uuid(int index) {
        return key(index, UUID::fromString);
    }

    public OffsetDateTime offsetDateTime(int index) {
        return key(index, OffsetDateTime::parse);
    }

    public <E extends Enum<E>> E enumValue(int index, Class<E> type) {
        return key(index, value -> Enum.valueOf(type, value));
    }

    /** The key read by {@code parse}; whatever {@code parse} throws makes the cursor malformed. */
    public <T> T key(int index, Function<String, T> parse) {
        String value = keys.get(index);
        try {
            return parse.apply(value);
        } catch (RuntimeException e) {
            throw malformed();
        }
    }
}
