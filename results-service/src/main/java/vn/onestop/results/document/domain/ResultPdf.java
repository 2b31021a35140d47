package vn.onestop.results.document.domain;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import vn.onestop.results.result.domain.ResultKind;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Renders a result as an A4 PDF: the national header, the kind of document and its number, the
 * owner, the procedure's result data, issue date and validity, the signer and the key, and a QR
 * code of the verification link. Plain Java: PDFBox for the page, ZXing for the QR code.
 *
 * <p>DejaVu Sans is embedded (as a subset) because the standard PDF fonts have no Vietnamese
 * glyphs. The QR code is drawn as vector squares so that it stays sharp on any printer. Instances
 * are immutable and safe to share between threads.
 */
public final class ResultPdf {

    /** How the document prints times: the province's local date and time. */
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** Printed across a revoked result. */
    public static final String REVOKED = "KẾT QUẢ ĐÃ BỊ THU HỒI";

    private static final float MARGIN_X = 56;
    private static final float MARGIN_TOP = 48;
    private static final float MARGIN_BOTTOM = 56;
    private static final float BODY = 11;
    /** 1.44 pt = 1/50 inch: a whole number of pixels at 100, 150, 200, 300 and 600 dpi. */
    private static final float QR_GRID = 1.44f;
    /** The quiet zone the QR standard asks for around the code, in modules. */
    private static final int QR_QUIET_ZONE = 4;
    /** Codes that fit get 2-grid modules (about 1 mm); longer links get smaller ones. */
    private static final float QR_MAX_SIZE = 170;
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private final byte[] regularFont;
    private final byte[] boldFont;

    /** With the DejaVu Sans fonts shipped in {@code /fonts} on the classpath. */
    public ResultPdf() {
        this(resource("/fonts/DejaVuSans.ttf"), resource("/fonts/DejaVuSans-Bold.ttf"));
    }

    public ResultPdf(byte[] regularFont, byte[] boldFont) {
        this.regularFont = regularFont.clone();
        this.boldFont = boldFont.clone();
    }

    /** The document's title for a kind of result. */
    public static String title(ResultKind kind) {
        return switch (kind) {
            case CERTIFICATE -> "GIẤY CHỨNG NHẬN";
            case LICENCE -> "GIẤY PHÉP";
            case RECORD_UPDATE -> "XÁC NHẬN CẬP NHẬT THÔNG TIN";
            case DECISION -> "QUYẾT ĐỊNH";
            case TAX_RECEIPT -> "CHỨNG TỪ NỘP NGHĨA VỤ TÀI CHÍNH";
            case CERTIFIED_COPY -> "BẢN SAO ĐIỆN TỬ ĐƯỢC CHỨNG THỰC TỪ BẢN CHÍNH";
        };
    }

    public byte[] render(ResultDocumentData data) {
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(title(data.kind()) + " " + data.number());
            info.setSubject(data.number());
            info.setCreator("onestop results-service");
            document.getDocumentCatalog().setLanguage("vi-VN");
            PDFont regular = PDType0Font.load(document, new ByteArrayInputStream(regularFont), true);
            PDFont bold = PDType0Font.load(document, new ByteArrayInputStream(boldFont), true);
            try (Pages pages = new Pages(document, regular, bold)) {
                write(pages, data);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render result " + data.number(), e);
        }
    }

    private static void write(Pages p, ResultDocumentData d) throws IOException {
        header(p, d);
        p.gap(18);
        p.centered(title(d.kind()), p.bold, 15);
        p.gap(2);
        p.centered("Số: " + d.number(), p.bold, 12);
        if (d.revocation() != null) {
            p.gap(6);
            p.red(true);
            p.centered(REVOKED, p.bold, 13);
            p.centered("Thu hồi ngày " + TIME.format(d.revocation().revokedAt()) + ": " + d.revocation().reason(),
                    p.regular, 10);
            p.red(false);
        }
        p.gap(12);
        p.labelled("Cấp cho ông/bà/tổ chức: ", d.ownerName());
        p.labelled("Số định danh cá nhân/mã số: ", dash(d.ownerIdNumber()));
        p.labelled("Mã thủ tục hành chính: ", d.procedureId());
        p.labelled("Mã hồ sơ: ", d.dossierCode());
        p.labelled("Cơ quan cấp: ", d.issuer());
        p.gap(6);
        p.line("Nội dung:", p.bold, BODY, MARGIN_X);
        content(p, d.data());
        p.gap(8);
        p.labelled("Ngày cấp: ", TIME.format(d.issuedAt()));
        p.labelled("Có giá trị đến: ", d.validUntil() == null ? "Không thời hạn" : DATE.format(d.validUntil()));
        p.gap(14);
        signature(p, d);
        p.gap(16);
        verification(p, d);
    }

    private static void header(Pages p, ResultDocumentData d) throws IOException {
        float leftWidth = 200;
        float rightX = MARGIN_X + leftWidth + 10;
        float rightWidth = p.width() - leftWidth - 10;
        float top = p.y;
        p.block("CƠ QUAN CẤP", p.bold, 10, MARGIN_X, leftWidth, true);
        p.block("Mã cơ quan: " + d.issuer(), p.regular, 9.5f, MARGIN_X, leftWidth, true);
        float leftBottom = p.y;
        p.y = top;
        p.block("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", p.bold, 10, rightX, rightWidth, true);
        String motto = "Độc lập - Tự do - Hạnh phúc";
        float mottoWidth = p.width(motto, p.bold, 10.5f);
        p.block(motto, p.bold, 10.5f, rightX, rightWidth, true);
        float underline = p.y + 3;
        float start = rightX + (rightWidth - mottoWidth) / 2;
        p.stroke(start, underline, start + mottoWidth, underline);
        p.gap(6);
        LocalDateTime issued = d.issuedAt();
        p.block("ngày %02d tháng %02d năm %d".formatted(issued.getDayOfMonth(), issued.getMonthValue(),
                issued.getYear()), p.regular, 10, rightX, rightWidth, true);
        p.y = Math.min(p.y, leftBottom);
    }

    private static void content(Pages p, Map<String, Object> data) throws IOException {
        if (data == null || data.isEmpty()) {
            p.line("(không có nội dung chi tiết)", p.regular, BODY, MARGIN_X + 12);
            return;
        }
        float[] widths = {190, p.width() - 190};
        // Sorted like the canonical form, so two renderings of one result are the same page.
        for (Map.Entry<String, Object> field : new TreeMap<>(data).entrySet()) {
            p.row(widths, new String[]{FieldLabels.of(field.getKey()), value(field.getKey(), field.getValue())},
                    p.regular, 10);
        }
    }

    private static void signature(Pages p, ResultDocumentData d) throws IOException {
        p.ensure(70);
        float half = p.width() / 2;
        p.block("NGƯỜI KÝ", p.bold, 10.5f, MARGIN_X + half, half, true);
        p.block(d.signer(), p.regular, 10.5f, MARGIN_X + half, half, true);
        p.block("Đã ký số (Ed25519), khóa " + d.keyId(), p.regular, 9, MARGIN_X + half, half, true);
    }

    private static void verification(Pages p, ResultDocumentData d) throws IOException {
        if (d.verifyUrl() == null) {
            p.line("Kết quả này được cấp trước khi áp dụng chữ ký số: không xác thực trực tuyến được.", p.regular, 10,
                    MARGIN_X);
            return;
        }
        BitMatrix qr = qrCode(d.verifyUrl());
        float module = qr.getWidth() + 2 * QR_QUIET_ZONE <= QR_MAX_SIZE / QR_GRID / 2 ? 2 * QR_GRID : QR_GRID;
        float size = (qr.getWidth() + 2 * QR_QUIET_ZONE) * module;
        p.ensure(size + QR_GRID);
        float top = p.qr(qr, MARGIN_X, p.y, module);
        float textX = MARGIN_X + size + 14;
        float textWidth = p.width() - size - 14;
        p.y = top - 6;
        p.block("Xác thực kết quả", p.bold, BODY, textX, textWidth, false);
        p.block("Quét mã QR bên cạnh hoặc truy cập:", p.regular, 10, textX, textWidth, false);
        p.block(d.verifyUrl(), p.regular, 9, textX, textWidth, false);
        p.block("Mã băm SHA-256: " + d.sha256(), p.regular, 9, textX, textWidth, false);
        p.y = Math.min(p.y, top - size);
    }

    private static BitMatrix qrCode(String text) {
        try {
            // No character-set hint: the URL is ASCII, and an ECI header would only confuse old readers.
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 0, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode a QR code of " + text, e);
        }
    }

    /** A data value as people read it: dates dd/MM/yyyy, amounts in đồng grouped by dots, yes/no. */
    static String value(String field, Object value) {
        if (value == null) {
            return "-";
        }
        if (value instanceof Boolean yes) {
            return yes ? "Có" : "Không";
        }
        if (value instanceof Number n && field.endsWith("Vnd")) {
            DecimalFormat grouped = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(VIETNAMESE));
            return grouped.format(n instanceof BigInteger || n instanceof BigDecimal ? n : n.doubleValue());
        }
        if (value instanceof String text && text.length() == 10) {
            try {
                return DATE.format(LocalDate.parse(text));
            } catch (DateTimeParseException e) {
                return text;
            }
        }
        return value.toString();
    }

    private static String dash(String value) {
        return value == null || value.isBlank() ? "-" : value;
    }

    private static byte[] resource(String path) {
        try (InputStream in = ResultPdf.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing font resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A cursor over the pages: {@code y} is the top of the next line; a new page starts when needed. */
    private static final class Pages implements AutoCloseable {

        final PDDocument document;
        final PDFont regular;
        final PDFont bold;
        PDPageContentStream content;
        float y;
        boolean red;

        Pages(PDDocument document, PDFont regular, PDFont bold) throws IOException {
            this.document = document;
            this.regular = regular;
            this.bold = bold;
            newPage();
        }

        float width() {
            return PDRectangle.A4.getWidth() - 2 * MARGIN_X;
        }

        void newPage() throws IOException {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGIN_TOP;
            colour();
        }

        void red(boolean on) throws IOException {
            red = on;
            colour();
        }

        private void colour() throws IOException {
            if (red) {
                content.setNonStrokingColor(0.75f, 0.05f, 0.05f);
            } else {
                content.setNonStrokingColor(0f, 0f, 0f);
            }
        }

        void ensure(float height) throws IOException {
            if (y - height < MARGIN_BOTTOM) {
                newPage();
            }
        }

        void gap(float points) {
            y -= points;
        }

        static float leading(float size) {
            return size * 1.4f;
        }

        float width(String text, PDFont font, float size) throws IOException {
            return font.getStringWidth(printable(text, font)) / 1000 * size;
        }

        void text(String text, PDFont font, float size, float x, float baseline) throws IOException {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, baseline);
            content.showText(printable(text, font));
            content.endText();
        }

        void line(String text, PDFont font, float size, float x) throws IOException {
            block(text, font, size, x, width() - (x - MARGIN_X), false);
        }

        void centered(String text, PDFont font, float size) throws IOException {
            block(text, font, size, MARGIN_X, width(), true);
        }

        /** Wrapped text inside the column [x, x + width], centred or left-aligned. */
        void block(String text, PDFont font, float size, float x, float width, boolean centre) throws IOException {
            for (String line : wrap(text, font, size, width)) {
                ensure(leading(size));
                float offset = centre ? (width - width(line, font, size)) / 2 : 0;
                text(line, font, size, x + offset, y - size);
                y -= leading(size);
            }
        }

        /** "Label: value", the value wrapped with a hanging indent under its first character. */
        void labelled(String label, String value) throws IOException {
            float labelWidth = width(label, bold, BODY);
            List<String> lines = wrap(value, regular, BODY, width() - labelWidth);
            ensure(leading(BODY));
            text(label, bold, BODY, MARGIN_X, y - BODY);
            for (String line : lines) {
                ensure(leading(BODY));
                text(line, regular, BODY, MARGIN_X + labelWidth, y - BODY);
                y -= leading(BODY);
            }
        }

        /** A bordered table row; cells wrap and the row is as tall as its tallest cell. */
        void row(float[] widths, String[] cells, PDFont font, float size) throws IOException {
            float pad = 4;
            List<List<String>> wrapped = new ArrayList<>();
            int lines = 1;
            for (int i = 0; i < cells.length; i++) {
                List<String> cell = wrap(cells[i], font, size, widths[i] - 2 * pad);
                wrapped.add(cell);
                lines = Math.max(lines, cell.size());
            }
            float height = lines * leading(size) + 2 * pad;
            ensure(height);
            float x = MARGIN_X;
            for (int i = 0; i < cells.length; i++) {
                content.addRect(x, y - height, widths[i], height);
                float lineTop = y - pad;
                for (String line : wrapped.get(i)) {
                    text(line, font, size, x + pad, lineTop - size);
                    lineTop -= leading(size);
                }
                x += widths[i];
            }
            content.setLineWidth(0.6f);
            content.stroke();
            y -= height;
        }

        void stroke(float x1, float y1, float x2, float y2) throws IOException {
            content.setLineWidth(0.6f);
            content.moveTo(x1, y1);
            content.lineTo(x2, y2);
            content.stroke();
        }

        /**
         * Draws a QR code with its quiet zone, top-left corner at (x, top) moved to the next
         * {@link #QR_GRID} point, and returns the top it used. Modules on that grid fall on whole
         * pixels at 100, 150, 200, 300 and 600 dpi, so a scan or a rendering has crisp edges.
         */
        float qr(BitMatrix matrix, float x, float top, float module) throws IOException {
            float pageHeight = PDRectangle.A4.getHeight();
            float originX = (float) Math.ceil(x / QR_GRID) * QR_GRID + QR_QUIET_ZONE * module;
            float snappedTop = pageHeight - (float) Math.ceil((pageHeight - top) / QR_GRID) * QR_GRID;
            float originTop = snappedTop - QR_QUIET_ZONE * module;
            for (int row = 0; row < matrix.getHeight(); row++) {
                int col = 0;
                while (col < matrix.getWidth()) {
                    if (!matrix.get(col, row)) {
                        col++;
                        continue;
                    }
                    int start = col;
                    while (col < matrix.getWidth() && matrix.get(col, row)) {
                        col++;
                    }
                    content.addRect(originX + start * module, originTop - (row + 1) * module,
                            (col - start) * module, module);
                }
            }
            content.fill();
            return snappedTop;
        }

        /** Greedy word wrap; a word longer than the line (a URL, a hash) is cut where it must. */
        List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
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
                while (width(word, font, size) > width) {
                    int cut = word.length() - 1;
                    while (cut > 1 && width(word.substring(0, cut), font, size) > width) {
                        cut--;
                    }
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
         * Composed (NFC) text without control characters, each character the font lacks replaced by
         * "?": an owner's name must never make the document fail to print.
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

        @Override
        public void close() throws IOException {
            content.close();
        }
    }
}
