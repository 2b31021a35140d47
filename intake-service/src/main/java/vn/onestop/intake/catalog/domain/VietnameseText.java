package vn.onestop.intake.catalog.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Accent-insensitive matching for Vietnamese: "Đăng ký khai sinh", "dang ky khai sinh" and
 * "KHAI SINH" fold to the same letters. Diacritics decompose under NFD except đ/Đ, which is a
 * letter of its own and is mapped to d by hand.
 */
public final class VietnameseText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private VietnameseText() {
    }

    /** Lower case, no diacritics, đ → d, runs of white space as one space, trimmed. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String bare = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
        return SPACES.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    /**
     * The folded keyword occurs in one of the folded texts, starting at the beginning of a word:
     * "khai sinh" finds "Đăng ký khai sinh" but "khai tu" does not find "... khai sinh ... tuổi".
     * A blank keyword matches everything.
     */
    public static boolean matches(String keyword, String... texts) {
        String phrase = fold(keyword);
        if (phrase.isEmpty()) {
            return true;
        }
        for (String text : texts) {
            if (startsAWord(fold(text), phrase)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsAWord(String text, String phrase) {
        for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
            if (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1))) {
                return true;
            }
        }
        return false;
    }
}
