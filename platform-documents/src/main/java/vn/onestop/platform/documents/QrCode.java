package vn.onestop.platform.documents;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import java.util.Map;
import java.util.Objects;

/**
 * A QR code of a link, as a square of dark and light modules, and the size it prints at. Drawn by
 * {@link PdfWriter#qrLink} as vector squares rather than a bitmap, so that it stays sharp on any
 * printer. Immutable.
 */
public final class QrCode {

    /** 1.44 pt = 1/50 inch: a whole number of pixels at 100, 150, 200, 300 and 600 dpi. */
    public static final float GRID = 1.44f;
    /** The quiet zone the QR standard asks for around the code, in modules. */
    public static final int QUIET_ZONE = 4;

    private final String text;
    private final BitMatrix matrix;

    private QrCode(String text, BitMatrix matrix) {
        this.text = text;
        this.matrix = matrix;
    }

    /**
     * Medium error correction (15 %): a printed slip survives a fold or a stain, and a long link
     * still fits a small code.
     */
    public static QrCode encode(String text) {
        Objects.requireNonNull(text, "text");
        try {
            // No character-set hint: links are ASCII, and an ECI header would only confuse old readers.
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 0, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
            return new QrCode(text, matrix);
        } catch (WriterException | IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot encode a QR code of " + text, e);
        }
    }

    public String text() {
        return text;
    }

    /** Modules on a side, without the quiet zone. */
    public int modules() {
        return matrix.getWidth();
    }

    public boolean isDark(int column, int row) {
        return matrix.get(column, row);
    }

    /**
     * The side of one module, in points: two grid steps (about 1 mm, easy for any phone) when the
     * whole code with its quiet zone then fits in {@code maxSize}, otherwise one, so that a long link
     * still fits beside its text.
     */
    public float moduleSize(float maxSize) {
        return modules() + 2 * QUIET_ZONE <= maxSize / GRID / 2 ? 2 * GRID : GRID;
    }

    /** The printed side, quiet zone included, at that module size. */
    public float printedSize(float moduleSize) {
        return (modules() + 2 * QUIET_ZONE) * moduleSize;
    }
}
