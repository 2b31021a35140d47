package vn.onestop.portal.web;

import java.util.List;
import java.util.Locale;

/**
 * The page's language: Vietnamese first, English available. A choice the reader made (the
 * {@code lang} cookie) wins over the browser's Accept-Language; anything else is Vietnamese.
 */
public final class Language {

    public static final Locale VI = Locale.forLanguageTag("vi");
    public static final Locale EN = Locale.ENGLISH;
    public static final String COOKIE = "lang";

    private Language() {
    }

    /** {@code cookie}: the cookie's value or null; {@code accepted}: Accept-Language, most wanted first. */
    public static Locale choose(String cookie, List<Locale> accepted) {
        Locale chosen = parse(cookie);
        if (chosen != null) {
            return chosen;
        }
        for (Locale locale : accepted) {
            if (locale.getLanguage().equals("vi")) {
                return VI;
            }
            if (locale.getLanguage().equals("en")) {
                return EN;
            }
        }
        return VI;
    }

    /** "vi" or "en" (any case); null for anything else. */
    public static Locale parse(String tag) {
        if (tag == null) {
            return null;
        }
        return switch (tag.trim().toLowerCase(Locale.ROOT)) {
            case "vi" -> VI;
            case "en" -> EN;
            default -> null;
        };
    }

    /**
     * Where the language switch sends the reader back: a path of this site only (never another
     * host, so the switch cannot be used as an open redirect), "/" otherwise.
     */
    public static String safeReturnPath(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\")
                || back.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return "/";
        }
        return back;
    }
}
