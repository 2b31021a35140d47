package vn.onestop.platform.documents;

import java.util.Objects;

/** A piece of text and how it prints; wrapped to its column wherever it is written. */
public record Paragraph(String text, Weight weight, float size) {

    public Paragraph {
        Objects.requireNonNull(weight, "weight");
    }

    public static Paragraph regular(String text, float size) {
        return new Paragraph(text, Weight.REGULAR, size);
    }

    public static Paragraph bold(String text, float size) {
        return new Paragraph(text, Weight.BOLD, size);
    }
}
