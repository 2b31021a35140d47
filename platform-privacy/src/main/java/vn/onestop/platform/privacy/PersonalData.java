package vn.onestop.platform.privacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks the personal data that must not leave a service in clear through its logs or dead-letter
 * reasons (Decree 13/2023, Law on Personal Data Protection 2025): 12-digit citizen identity
 * numbers, Vietnamese phone numbers and e-mail addresses. Enough stays to tell two people apart
 * when reading a log beside the database (first three and last two digits, the first letter and
 * the domain of an address); never enough to find the person.
 *
 * <p>Only whole tokens are masked: digits that are part of a longer word, a UUID or a hash are not
 * identity numbers, so dossier ids and checksums stay readable.
 */
public final class PersonalData {

    /** Not next to a letter, digit, hyphen or dot: a whole number, not the tail of a UUID or a code. */
    private static final String START = "(?<![\\p{Alnum}\\-.])";
    private static final String END = "(?![\\p{Alnum}\\-])";
    private static final Pattern IDENTITY_NUMBER = Pattern.compile(START + "(\\d{3})\\d{7}(\\d{2})" + END);
    private static final Pattern PHONE = Pattern.compile(START + "(\\+?84|0)(\\d{2})\\d{4}(\\d{3})" + END);
    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\p{Alnum}._%+\\-])([\\p{Alnum}])[\\p{Alnum}._%+\\-]*@([\\p{Alnum}\\-]+(?:\\.[\\p{Alnum}\\-]+)+)");

    private PersonalData() {
    }

    /** {@code text} with every identity number, phone number and e-mail address masked; null stays null. */
    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = replace(EMAIL, text, m -> m.group(1) + "***@" + m.group(2));
        masked = replace(IDENTITY_NUMBER, masked, m -> m.group(1) + "*******" + m.group(2));
        return replace(PHONE, masked, m -> m.group(1) + m.group(2) + "****" + m.group(3));
    }

    private static String replace(Pattern pattern, String text, java.util.function.Function<Matcher, String> with) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        do {
            matcher.appendReplacement(out, Matcher.quoteReplacement(with.apply(matcher)));
        } while (matcher.find());
        matcher.appendTail(out);
        return out.toString();
    }
}
