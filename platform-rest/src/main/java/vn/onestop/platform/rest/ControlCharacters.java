package vn.onestop.platform.rest;

/**
 * Control characters have no place in what a client sends: a NUL byte reaches PostgreSQL as
 * "invalid byte sequence for encoding UTF8: 0x00", the others are noise at best. Every path, query
 * parameter, header and JSON string of every service is checked here, in one place
 * ({@link ControlCharacterFilter}, {@link ControlCharacterModule}).
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    /**
     * The index of the first character refused in a single-line value (a path, a query parameter, a
     * header): every C0 control (U+0000–U+001F), DEL and the C1 controls (U+0080–U+009F); -1 if none.
     */
    public static int inLine(CharSequence value) {
        return first(value, false);
    }

    /**
     * The same for a text that may span lines (a JSON string): tab, line feed and carriage return are
     * allowed there.
     */
    public static int inText(CharSequence value) {
        return first(value, true);
    }

    /**
     * The index of the first surrogate that is not half of a pair (a high one not followed by a low
     * one, or a low one not preceded by a high one), -1 if none. JSON may write one ({@code "\\ud800"})
     * and Java keeps it, but it is no character: PostgreSQL refuses it in a jsonb value ("Unicode
     * low surrogate must follow a high surrogate") and the UTF-8 encoder turns it into '?' elsewhere.
     */
    public static int unpairedSurrogate(CharSequence value) {
        if (value == null) {
            return -1;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /** How to name the character at {@code index} in an error: "U+0000 at position 3". */
    public static String describe(CharSequence value, int index) {
        return String.format("U+%04X at position %d", (int) value.charAt(index), index);
    }

    private static int first(CharSequence value, boolean multiline) {
        if (value == null) {
            return -1;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean control = c < 0x20 || (c >= 0x7F && c <= 0x9F);
            if (control && !(multiline && (c == '\t' || c == '\n' || c == '\r'))) {
                return i;
            }
        }
        return -1;
    }
}
