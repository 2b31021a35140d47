package vn.onestop.platform.documents;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * The TrueType files of a form's regular and bold faces. The standard PDF fonts have no Vietnamese
 * glyphs, so every form embeds these (as a subset: only the glyphs it uses).
 */
public final class Fonts {

    private final byte[] regular;
    private final byte[] bold;

    private Fonts(byte[] regular, byte[] bold) {
        this.regular = Objects.requireNonNull(regular, "regular").clone();
        this.bold = Objects.requireNonNull(bold, "bold").clone();
    }

    /**
     * DejaVu Sans 2.37, shipped in this module's jar under {@code /fonts} (licence beside them), read
     * once per class loader. Read through this module's own class so that a service finds them on its
     * class path, packaged or not, without a copy of its own.
     */
    public static Fonts dejaVuSans() {
        return Bundled.DEJAVU_SANS;
    }

    /** Other TrueType files, for a form that needs another face. */
    public static Fonts of(byte[] regular, byte[] bold) {
        return new Fonts(regular, bold);
    }

    PDFont load(PDDocument document, Weight weight) throws IOException {
        byte[] file = weight == Weight.BOLD ? bold : regular;
        return PDType0Font.load(document, new ByteArrayInputStream(file), true);
    }

    private static final class Bundled {

        static final Fonts DEJAVU_SANS = new Fonts(resource("/fonts/DejaVuSans.ttf"),
                resource("/fonts/DejaVuSans-Bold.ttf"));

        private static byte[] resource(String path) {
            try (InputStream in = Fonts.class.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("missing font resource " + path);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read font resource " + path, e);
            }
        }
    }
}
