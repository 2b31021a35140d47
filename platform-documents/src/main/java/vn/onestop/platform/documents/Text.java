package vn.onestop.platform.documents;

import org.apache.pdfbox.pdmodel.font.PDFont;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/** Measuring and wrapping text in a font: what decides where a printed line ends. */
final class Text {

    /** Line height relative to the font size: room for Vietnamese stacked diacritics (ễ, ậ). */
    private static final float LEADING = 1.4f;

    private Text() {
    }

    static float leading(float size) {
        return size * LEADING;
    }

    /**
     * Composed (NFC) text with every whitespace or control character turned into a space and each
     * character the font lacks replaced by "?": a name typed with a character the font does not have
     * must never make a form fail to print. NFC because decomposed input (e + U+0303 + U+0301) would
     * otherwise print stacked combining marks, and DejaVu has the composed letters.
     */
    static String printable(String text, PDFont font) {
        String nfc = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        nfc.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
                out.append(' ');
            } else if (hasGlyph(font, cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    /** The printed width of the text, in points. */
    static float width(String text, PDFont font, float size) {
        try {
            return font.getStringWidth(printable(text, font)) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure " + text, e);
        }
    }

    /**
     * Greedy word wrap into lines at most {@code width} wide, each already {@link #printable}. A word
     * longer than the line (a URL, a hash) is cut where it must, between characters; a single
     * character wider than the line stands alone rather than looping. Always at least one line, so
     * an empty value still takes its row.
     */
    static List<String> wrap(String text, PDFont font, float size, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : printable(text, font).split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (width(candidate, font, size) <= width) {
                current.setLength(0);
                current.append(candidate);
                continue;
            }
            if (!current.isEmpty()) {
                lines.add(current.toString());
                current.setLength(0);
            }
            while (word.codePointCount(0, word.length()) > 1 && width(word, font, size) > width) {
                int cut = fittingPrefix(word, font, size, width);
                lines.add(word.substring(0, cut));
                word = word.substring(cut);
            }
            current.append(word);
        }
        if (!current.isEmpty() || lines.isEmpty()) {
            lines.add(current.toString());
        }
        return lines;
    }

    /**
     * The char index ending the longest prefix of a word too wide for the line that still fits, at
     * least one code point so that every cut makes progress. Never splits a surrogate pair.
     */
    private static int fittingPrefix(String word, PDFont font, float size, float width) {
        int low = 1;
        int high = word.codePointCount(0, word.length()) - 1;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (width(word.substring(0, word.offsetByCodePoints(0, middle)), font, size) <= width) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return word.offsetByCodePoints(0, low);
    }

    private static boolean hasGlyph(PDFont font, int codePoint) {
        if (codePoint < 0x7f) {
            return true;
        }
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}
