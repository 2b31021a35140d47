package vn.onestop.intake.receipt.domain;

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
import vn.onestop.intake.dossier.domain.Channel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders the receipt and appointment slip (Circular 01/2018/TT-VPCP, form 01) as a one- or
 * more-page A4 PDF. Plain Java: PDFBox for the page, ZXing for the QR code of the tracking link.
 *
 * <p>DejaVu Sans is embedded (as a subset) because the standard PDF fonts have no Vietnamese
 * glyphs. The QR code is drawn as vector squares rather than a bitmap so that it stays sharp on any
 * printer. Instances are immutable and safe to share between threads.
 */
public final class ReceiptPdf {

    public static final String TITLE = "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ";
    /** How the slip prints times: the applicant's local date and time. */
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private static final float MARGIN_X = 56;
    private static final float MARGIN_TOP = 48;
    private static final float MARGIN_BOTTOM = 56;
    private static final float BODY = 11;
    /** 1.44 pt = 1/50 inch: a whole number of pixels at 100, 150, 200, 300 and 600 dpi. */
    private static final float QR_GRID = 1.44f;
    /** The quiet zone the QR standard asks for around the code, in modules. */
    private static final int QR_QUIET_ZONE = 4;
    /** Codes that fit get 2-grid modules (about 1 mm); longer links get smaller ones. */
    private static final float QR_MAX_SIZE = 145;
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private final byte[] regularFont;
    private final byte[] boldFont;

    /** With the DejaVu Sans fonts shipped in {@code /fonts} on the classpath. */
    public ReceiptPdf() {
        this(resource("/fonts/DejaVuSans.ttf"), resource("/fonts/DejaVuSans-Bold.ttf"));
    }

    public ReceiptPdf(byte[] regularFont, byte[] boldFont) {
        this.regularFont = regularFont.clone();
        this.boldFont = boldFont.clone();
    }

    public byte[] render(ReceiptData data) {
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(TITLE + " " + data.dossierCode());
            info.setSubject(data.dossierCode());
            info.setCreator("onestop intake-service");
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
            throw new UncheckedIOException("cannot render the receipt of dossier " + data.dossierCode(), e);
        }
    }

    private static void write(Pages p, ReceiptData d) throws IOException {
        header(p, d);
        p.gap(18);
        p.centered(TITLE, p.bold, 14);
        p.gap(2);
        p.centered("Mã hồ sơ: " + d.dossierCode(), p.bold, 12);
        p.gap(12);

        String centre = d.centreName().equals(d.centreCode()) ? d.centreCode()
                : d.centreName() + " (mã " + d.centreCode() + ")";
        p.labelled("Cơ quan tiếp nhận: ", centre);
        p.labelled("Đã tiếp nhận hồ sơ của ông/bà: ", d.applicantName());
        p.labelled("Số định danh cá nhân/mã số: ", nullToDash(d.applicantIdNumber()));
        String procedure = d.procedureName().equals(d.procedureId()) ? d.procedureId()
                : d.procedureName() + " (mã thủ tục " + d.procedureId() + ")";
        p.labelled("Nội dung yêu cầu giải quyết: ", procedure);
        p.labelled("Hình thức nộp hồ sơ: ", channel(d.channel()));
        p.labelled("Thời gian tiếp nhận: ", TIME.format(d.receivedAt()));
        p.gap(4);
        p.line("Thành phần hồ sơ:", p.bold, BODY, MARGIN_X);
        components(p, d.components());
        p.gap(6);
        p.labelled("Thời gian hẹn trả kết quả: ", d.dueAt() == null
                ? "sẽ được thông báo khi xác định thời hạn giải quyết" : TIME.format(d.dueAt()));
        if (d.appointment() != null) {
            p.labelled("Lịch hẹn tại quầy: ", appointment(d.appointment()));
        }
        p.gap(12);
        tracking(p, d);
        p.gap(20);
        signatures(p, d);
    }

    private static void header(Pages p, ReceiptData d) throws IOException {
        float leftWidth = 200;
        float rightX = MARGIN_X + leftWidth + 10;
        float rightWidth = p.width() - leftWidth - 10;
        float top = p.y;
        p.block(d.centreName().toUpperCase(VIETNAMESE), p.bold, 10, MARGIN_X, leftWidth, true);
        p.block("Mã cơ quan: " + d.centreCode(), p.regular, 9.5f, MARGIN_X, leftWidth, true);
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
        LocalDateTime received = d.receivedAt();
        p.block("ngày %02d tháng %02d năm %d".formatted(received.getDayOfMonth(), received.getMonthValue(),
                received.getYear()), p.regular, 10, rightX, rightWidth, true);
        p.y = Math.min(p.y, leftBottom);
    }

    private static void components(Pages p, List<ReceiptData.Component> components) throws IOException {
        if (components.isEmpty()) {
            p.line("(chưa có thông tin thành phần hồ sơ)", p.regular, BODY, MARGIN_X + 12);
            return;
        }
        float[] widths = {30, p.width() - 30 - 200, 200};
        p.row(widths, new String[]{"STT", "Tên giấy tờ", "Hình thức tiếp nhận"}, p.bold, 10);
        int n = 1;
        for (ReceiptData.Component c : components) {
            p.row(widths, new String[]{Integer.toString(n++), c.name(), source(c.source())}, p.regular, 10);
        }
    }

    private static void tracking(Pages p, ReceiptData d) throws IOException {
        linkWithQr(p, d.trackingUrl(), "Tra cứu tình trạng hồ sơ",
                "và nhập mã hồ sơ " + d.dossierCode() + ".");
        if (d.ratingUrl() != null) {
            p.y -= 8;
            // the invitation to rate the service, printed once so it is at hand when the result is returned
            linkWithQr(p, d.ratingUrl(), "Đánh giá mức độ hài lòng",
                    "sau khi nhận kết quả, ông/bà vui lòng đánh giá việc giải quyết hồ sơ.");
        }
    }

    private static void linkWithQr(Pages p, String url, String title, String hint) throws IOException {
        BitMatrix qr = qrCode(url);
        float module = qr.getWidth() + 2 * QR_QUIET_ZONE <= QR_MAX_SIZE / QR_GRID / 2 ? 2 * QR_GRID : QR_GRID;
        float size = (qr.getWidth() + 2 * QR_QUIET_ZONE) * module;
        p.ensure(size + QR_GRID);
        float top = p.qr(qr, MARGIN_X, p.y, module);
        float textX = MARGIN_X + size + 14;
        float textWidth = p.width() - size - 14;
        p.y = top - 6;
        p.block(title, p.bold, BODY, textX, textWidth, false);
        p.block("Quét mã QR bên cạnh hoặc truy cập:", p.regular, 10, textX, textWidth, false);
        p.block(url, p.regular, 9.5f, textX, textWidth, false);
        p.block(hint, p.regular, 10, textX, textWidth, false);
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

    private static void signatures(Pages p, ReceiptData d) throws IOException {
        p.ensure(110);
        float half = p.width() / 2;
        float top = p.y;
        p.block("NGƯỜI NỘP HỒ SƠ", p.bold, 10.5f, MARGIN_X, half, true);
        p.block("(Ký, ghi rõ họ tên)", p.regular, 9.5f, MARGIN_X, half, true);
        p.y -= 54;
        p.block(d.applicantName(), p.regular, 10.5f, MARGIN_X, half, true);
        float leftBottom = p.y;
        p.y = top;
        p.block("NGƯỜI TIẾP NHẬN HỒ SƠ", p.bold, 10.5f, MARGIN_X + half, half, true);
        p.block("(Ký, ghi rõ họ tên)", p.regular, 9.5f, MARGIN_X + half, half, true);
        p.y = Math.min(p.y, leftBottom);
    }

    static String channel(Channel channel) {
        return switch (channel) {
            case COUNTER -> "Trực tiếp tại Bộ phận Tiếp nhận và Trả kết quả";
            case ONLINE -> "Trực tuyến qua Cổng Dịch vụ công";
            case POSTAL -> "Qua dịch vụ bưu chính công ích";
        };
    }

    static String source(ReceiptData.ComponentSource source) {
        return switch (source) {
            case UPLOAD -> "Người nộp cung cấp";
            case DOCUMENT_STORE -> "Tái sử dụng từ kho dữ liệu điện tử";
            case CHAIN -> "Do thủ tục liên thông cung cấp";
        };
    }

    private static String appointment(ReceiptData.AppointmentSlot slot) {
        String when = slot.end() == null ? TIME.format(slot.start())
                : DateTimeFormatter.ofPattern("HH:mm").format(slot.start()) + " - "
                + DateTimeFormatter.ofPattern("HH:mm").format(slot.end()) + " ngày "
                + DateTimeFormatter.ofPattern("dd/MM/yyyy").format(slot.start());
        return slot.place() == null || slot.place().isBlank() ? when : when + ", " + slot.place();
    }

    private static String nullToDash(String value) {
        return value == null || value.isBlank() ? "-" : value;
    }

    private static byte[] resource(String path) {
        try (InputStream in = ReceiptPdf.class.getResourceAsStream(path)) {
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

        /** One unwrapped line at {@code x}. */
        void line(String text, PDFont font, float size, float x) throws IOException {
            ensure(leading(size));
            text(text, font, size, x, y - size);
            y -= leading(size);
        }

        void centered(String text, PDFont font, float size) throws IOException {
            block(text, font, size, MARGIN_X, width(), true);
        }

        /** Wrapped text inside the column [x, x + width], centred or left-aligned. */
        void block(String text, PDFont font, float size, float x, float width, boolean centre) throws IOException {
            for (String line : wrap(text, font, size, width, width)) {
                ensure(leading(size));
                float offset = centre ? (width - width(line, font, size)) / 2 : 0;
                text(line, font, size, x + offset, y - size);
                y -= leading(size);
            }
        }

        /** "Label: value", the value wrapped with a hanging indent under its first character. */
        void labelled(String label, String value) throws IOException {
            float labelWidth = width(label, bold, BODY);
            float valueWidth = width() - labelWidth;
            List<String> lines = wrap(value, regular, BODY, valueWidth, valueWidth);
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
                List<String> cell = wrap(cells[i], font, size, widths[i] - 2 * pad, widths[i] - 2 * pad);
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

        /** Greedy word wrap; a word longer than the line (a URL) is cut where it must. */
        List<String> wrap(String text, PDFont font, float size, float firstWidth, float width) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            float limit = firstWidth;
            for (String word : printable(text, font).split(" ")) {
                if (word.isEmpty()) {
                    continue;
                }
                String candidate = current.isEmpty() ? word : current + " " + word;
                if (width(candidate, font, size) <= limit) {
                    current.setLength(0);
                    current.append(candidate);
                    continue;
                }
                if (!current.isEmpty()) {
                    lines.add(current.toString());
                    current.setLength(0);
                    limit = width;
                }
                while (width(word, font, size) > limit) {
                    int cut = word.length() - 1;
                    while (cut > 1 && width(word.substring(0, cut), font, size) > limit) {
                        cut--;
                    }
                    lines.add(word.substring(0, cut));
                    word = word.substring(cut);
                    limit = width;
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
         * "?": an applicant's name must never make the slip fail to print.
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
