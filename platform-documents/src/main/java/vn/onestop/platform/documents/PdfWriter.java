package vn.onestop.platform.documents;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A cursor down the A4 pages of one form: each call writes below the previous one and a new page
 * starts when the next piece does not fit above the bottom margin. Coordinates are PDF points from
 * the bottom-left corner; {@link #left()} and {@link #width()} give the column between the margins.
 *
 * <p>Every piece of text goes through the same wrapping (NFC, characters the font lacks printed as
 * "?"), so no value can make a form fail to print or run past the margin. PDFBox's I/O errors are
 * rethrown unchecked: the content stream writes to memory, so a form's code has nothing to recover.
 * Made by {@link PdfForm#render}; not thread-safe, one per rendering.
 */
public final class PdfWriter {

    /** The body text size, in points. */
    public static final float BODY = 11;
    /**
     * The size of printed links and hashes, meant to be typed rather than read on: small enough that
     * a usual link takes a line or two beside its QR code and a SHA-256 in hex one line.
     */
    public static final float LINK_SIZE = 9;

    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN_X = 56;
    private static final float MARGIN_TOP = 48;
    private static final float MARGIN_BOTTOM = 56;
    private static final float LINE_WIDTH = 0.6f;
    private static final float CELL_PADDING = 4;
    /** The header's agency column; the motto takes the rest. */
    private static final float HEADER_LEFT = 200;
    private static final float HEADER_GUTTER = 10;
    private static final float QR_TEXT_GAP = 14;
    /** The caption beside a QR code starts a little below the code's top, near its first dark modules. */
    private static final float QR_TEXT_INSET = 6;
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private final PDDocument document;
    private final PDFont regular;
    private final PDFont bold;
    private PDPageContentStream content;
    private float y;
    private Ink ink = Ink.BLACK;

    PdfWriter(PDDocument document, PDFont regular, PDFont bold) {
        this.document = document;
        this.regular = regular;
        this.bold = bold;
        newPage();
    }

    /** The x of the left margin. */
    public float left() {
        return MARGIN_X;
    }

    /** The width between the margins. */
    public float width() {
        return PAGE.getWidth() - 2 * MARGIN_X;
    }

    /** The top of the next line. */
    float y() {
        return y;
    }

    public void gap(float points) {
        y -= points;
    }

    /** Starts a new page unless {@code height} points still fit above the bottom margin. */
    public void ensure(float height) {
        if (y - height < MARGIN_BOTTOM) {
            newPage();
        }
    }

    public void newPage() {
        io(() -> {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PAGE);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = PAGE.getHeight() - MARGIN_TOP;
            // a new content stream starts black: a red passage that crosses the page stays red
            applyInk();
        });
    }

    /** The colour of the text from here on, across page breaks, until changed. */
    public void ink(Ink ink) {
        this.ink = ink;
        io(this::applyInk);
    }

    /** Wrapped, left-aligned text at the left margin. */
    public void line(String text, Weight weight, float size) {
        line(text, weight, size, 0);
    }

    /** Wrapped, left-aligned text, {@code indent} points in from the left margin. */
    public void line(String text, Weight weight, float size, float indent) {
        block(text, weight, size, MARGIN_X + indent, width() - indent, Align.LEFT);
    }

    /** Wrapped text centred between the margins. */
    public void centred(String text, Weight weight, float size) {
        block(text, weight, size, MARGIN_X, width(), Align.CENTRE);
    }

    /** Wrapped text inside the column [x, x + width]. */
    public void block(String text, Weight weight, float size, float x, float width, Align align) {
        PDFont font = font(weight);
        for (String line : Text.wrap(text, font, size, width)) {
            ensure(Text.leading(size));
            float offset = align == Align.CENTRE ? (width - Text.width(line, font, size)) / 2 : 0;
            show(line, font, size, x + offset, y - size);
            y -= Text.leading(size);
        }
    }

    /** "Label: value" at body size, the label bold, the value wrapped with a hanging indent under its start. */
    public void labelled(String label, String value) {
        float labelWidth = Text.width(label, bold, BODY);
        List<String> lines = Text.wrap(value, regular, BODY, width() - labelWidth);
        ensure(Text.leading(BODY));
        show(label, bold, BODY, MARGIN_X, y - BODY);
        for (String line : lines) {
            ensure(Text.leading(BODY));
            show(line, regular, BODY, MARGIN_X + labelWidth, y - BODY);
            y -= Text.leading(BODY);
        }
    }

    /**
     * A bordered table row from the left margin, one cell per width. Cells wrap and the row is as
     * tall as its tallest cell; a row never splits across pages.
     */
    public void row(float[] widths, Weight weight, float size, String... cells) {
        if (widths.length != cells.length) {
            throw new IllegalArgumentException(cells.length + " cells for " + widths.length + " columns");
        }
        PDFont font = font(weight);
        List<List<String>> wrapped = new ArrayList<>();
        int lines = 1;
        for (int i = 0; i < cells.length; i++) {
            List<String> cell = Text.wrap(cells[i], font, size, widths[i] - 2 * CELL_PADDING);
            wrapped.add(cell);
            lines = Math.max(lines, cell.size());
        }
        float height = lines * Text.leading(size) + 2 * CELL_PADDING;
        ensure(height);
        float x = MARGIN_X;
        for (int i = 0; i < cells.length; i++) {
            float lineTop = y - CELL_PADDING;
            for (String line : wrapped.get(i)) {
                show(line, font, size, x + CELL_PADDING, lineTop - size);
                lineTop -= Text.leading(size);
            }
            x += widths[i];
        }
        // the borders after the text: a path may not be interrupted by text objects
        float top = y;
        io(() -> {
            float cellX = MARGIN_X;
            for (float cellWidth : widths) {
                content.addRect(cellX, top - height, cellWidth, height);
                cellX += cellWidth;
            }
            content.setLineWidth(LINE_WIDTH);
            content.stroke();
        });
        y -= height;
    }

    /**
     * Writes each part from the same line, as columns side by side (each part writes with
     * {@link #block} in its own column), and moves below the longest. {@code height} is kept free
     * first so that no part starts a page of its own.
     */
    public void sideBySide(float height, Runnable... parts) {
        ensure(height);
        float top = y;
        float bottom = y;
        for (Runnable part : parts) {
            y = top;
            part.run();
            bottom = Math.min(bottom, y);
        }
        y = bottom;
    }

    /**
     * The header of every administrative document (Decree 30/2020/ND-CP): the agency on the left,
     * the national name and the underlined motto on the right, the date below them.
     */
    public void nationalHeader(String agencyName, String agencyCode, LocalDate date) {
        float rightX = MARGIN_X + HEADER_LEFT + HEADER_GUTTER;
        float rightWidth = width() - HEADER_LEFT - HEADER_GUTTER;
        sideBySide(80, () -> {
            block(agencyName.toUpperCase(VIETNAMESE), Weight.BOLD, 10, MARGIN_X, HEADER_LEFT, Align.CENTRE);
            block("Mã cơ quan: " + agencyCode, Weight.REGULAR, 9.5f, MARGIN_X, HEADER_LEFT, Align.CENTRE);
        }, () -> {
            block("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", Weight.BOLD, 10, rightX, rightWidth, Align.CENTRE);
            String motto = "Độc lập - Tự do - Hạnh phúc";
            float mottoWidth = Text.width(motto, bold, 10.5f);
            block(motto, Weight.BOLD, 10.5f, rightX, rightWidth, Align.CENTRE);
            float start = rightX + (rightWidth - mottoWidth) / 2;
            rule(start, y + 3, start + mottoWidth, y + 3);
            gap(6);
            block("ngày %02d tháng %02d năm %d".formatted(date.getDayOfMonth(), date.getMonthValue(), date.getYear()),
                    Weight.REGULAR, 10, rightX, rightWidth, Align.CENTRE);
        });
    }

    /** Below the national header: the form's title and the dossier it is about. */
    public void formTitle(String title, String dossierCode) {
        gap(18);
        centred(title, Weight.BOLD, 14);
        gap(2);
        centred("Mã hồ sơ: " + dossierCode, Weight.BOLD, 12);
        gap(12);
    }

    /**
     * A signature block in the column at {@code x}: who signs, the usual hint, and, when known, the
     * signer's name below room to sign.
     */
    public void signature(String role, String name, float x, float columnWidth) {
        block(role, Weight.BOLD, 10.5f, x, columnWidth, Align.CENTRE);
        block("(Ký, ghi rõ họ tên)", Weight.REGULAR, 9.5f, x, columnWidth, Align.CENTRE);
        if (name != null) {
            gap(54);
            block(name, Weight.REGULAR, 10.5f, x, columnWidth, Align.CENTRE);
        }
    }

    /**
     * A QR code of the link at the left margin and, beside it, the title, how to use it, the link
     * itself (for who cannot scan) and the notes. Code and text are kept on one page.
     *
     * @param maxSize the largest side the code may take at two grid steps a module; longer links
     *                print with one-step modules (see {@link QrCode#moduleSize})
     */
    public void qrLink(String url, float maxSize, String title, Paragraph... notes) {
        QrCode code = QrCode.encode(url);
        float module = code.moduleSize(maxSize);
        float size = code.printedSize(module);
        float textX = MARGIN_X + size + QR_TEXT_GAP;
        float textWidth = width() - size - QR_TEXT_GAP;
        List<Paragraph> caption = new ArrayList<>();
        caption.add(Paragraph.bold(title, BODY));
        caption.add(Paragraph.regular("Quét mã QR bên cạnh hoặc truy cập:", 10));
        caption.add(Paragraph.regular(url, LINK_SIZE));
        caption.addAll(List.of(notes));
        float captionHeight = QR_TEXT_INSET;
        for (Paragraph c : caption) {
            captionHeight += Text.wrap(c.text(), font(c.weight()), c.size(), textWidth).size() * Text.leading(c.size());
        }
        // the code's top is moved down to the grid, by less than one step
        ensure(Math.max(size + QrCode.GRID, captionHeight));
        float top = drawQr(code, MARGIN_X, y, module);
        y = top - QR_TEXT_INSET;
        for (Paragraph c : caption) {
            block(c.text(), c.weight(), c.size(), textX, textWidth, Align.LEFT);
        }
        y = Math.min(y, top - size);
    }

    /**
     * Draws the code with its quiet zone, the top-left corner at (x, top) moved to the next
     * {@link QrCode#GRID} point, and returns the top it used. Modules on that grid fall on whole
     * pixels at 100, 150, 200, 300 and 600 dpi, so a scan or a rendering has crisp edges. Always
     * black: a code in red ink scans badly.
     */
    private float drawQr(QrCode code, float x, float top, float module) {
        float pageHeight = PAGE.getHeight();
        float originX = (float) Math.ceil(x / QrCode.GRID) * QrCode.GRID + QrCode.QUIET_ZONE * module;
        float snappedTop = pageHeight - (float) Math.ceil((pageHeight - top) / QrCode.GRID) * QrCode.GRID;
        float originTop = snappedTop - QrCode.QUIET_ZONE * module;
        io(() -> {
            content.saveGraphicsState();
            content.setNonStrokingColor(0f, 0f, 0f);
            for (int row = 0; row < code.modules(); row++) {
                int column = 0;
                while (column < code.modules()) {
                    if (!code.isDark(column, row)) {
                        column++;
                        continue;
                    }
                    // one rectangle per run of dark modules: fewer operators, no hairline seams
                    int start = column;
                    while (column < code.modules() && code.isDark(column, row)) {
                        column++;
                    }
                    content.addRect(originX + start * module, originTop - (row + 1) * module,
                            (column - start) * module, module);
                }
            }
            content.fill();
            content.restoreGraphicsState();
        });
        return snappedTop;
    }

    private void rule(float x1, float y1, float x2, float y2) {
        io(() -> {
            content.setLineWidth(LINE_WIDTH);
            content.moveTo(x1, y1);
            content.lineTo(x2, y2);
            content.stroke();
        });
    }

    private void show(String text, PDFont font, float size, float x, float baseline) {
        io(() -> {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, baseline);
            content.showText(Text.printable(text, font));
            content.endText();
        });
    }

    private void applyInk() throws IOException {
        content.setNonStrokingColor(ink.red, ink.green, ink.blue);
    }

    private PDFont font(Weight weight) {
        return weight == Weight.BOLD ? bold : regular;
    }

    void close() {
        io(content::close);
    }

    private interface PdfAction {
        void run() throws IOException;
    }

    private static void io(PdfAction action) {
        try {
            action.run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the page", e);
        }
    }
}
