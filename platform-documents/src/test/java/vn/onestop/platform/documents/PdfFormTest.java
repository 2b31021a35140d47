package vn.onestop.platform.documents;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PdfFormTest {

    private static final PdfForm FORM = new PdfForm();
    private static final FormInfo INFO = new FormInfo("GIẤY THỬ 0001", "0001", "platform-documents test");
    private static final String LINK = "https://dichvucong.camau.gov.vn/tra-cuu/000.00.01.H22-261126-0007";
    private static final float DPI = 150;

    @Test
    void the_same_form_drawn_twice_is_the_same_bytes_so_a_copy_can_be_checked_by_its_hash() throws Exception {
        java.util.function.Consumer<PdfWriter> content = w -> {
            w.centred("GIẤY CHỨNG NHẬN ĐĂNG KÝ KHAI SINH", Weight.BOLD, 14);
            w.labelled("Họ, chữ đệm và tên: ", "Phạm Minh Khôi");
        };
        byte[] first = FORM.render(INFO, content);
        // a rendering with the fonts takes milliseconds: a file identifier from the clock would differ
        assertThat(FORM.render(INFO, content)).isEqualTo(first);
        assertThat(FORM.render(new FormInfo("GIẤY THỬ 0002", "0002", "platform-documents test"), content))
                .isNotEqualTo(first);
    }

    @Test
    void a_page_reads_back_with_its_vietnamese_text_header_and_information() throws Exception {
        byte[] pdf = FORM.render(INFO, w -> {
            w.nationalHeader("Ủy ban nhân dân phường An Xuyên", "000.01.20.H22", LocalDate.of(2026, 11, 26));
            w.centred("GIẤY CHỨNG NHẬN ĐĂNG KÝ KHAI SINH", Weight.BOLD, 14);
            w.labelled("Họ, chữ đệm và tên: ", "Phạm Minh Khôi");
            w.row(new float[]{150, w.width() - 150}, Weight.REGULAR, 10, "Nơi thường trú", "Ấp Tân Điền, xã Tân Thành");
        });

        try (PDDocument document = Loader.loadPDF(pdf)) {
            // wrapped lines joined: the agency's name takes two lines in its column
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("ỦY BAN NHÂN DÂN PHƯỜNG AN XUYÊN")
                    .contains("Mã cơ quan: 000.01.20.H22")
                    .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                    .contains("Độc lập - Tự do - Hạnh phúc")
                    .contains("ngày 26 tháng 11 năm 2026")
                    .contains("GIẤY CHỨNG NHẬN ĐĂNG KÝ KHAI SINH")
                    .contains("Họ, chữ đệm và tên: Phạm Minh Khôi")
                    .contains("Nơi thường trú Ấp Tân Điền, xã Tân Thành");
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("vi-VN");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("GIẤY THỬ 0001");
            assertThat(document.getDocumentInformation().getSubject()).isEqualTo("0001");
            assertThat(document.getDocumentInformation().getCreator()).isEqualTo("platform-documents test");
            assertThat(fonts(document)).hasSize(2).allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("DejaVuSans");
            });
        }
    }

    @Test
    void a_qr_link_scans_back_to_its_url_with_the_link_printed_beside_it() throws Exception {
        byte[] pdf = FORM.render(INFO,
                w -> w.qrLink(LINK, 145, "Tra cứu tình trạng hồ sơ", Paragraph.regular("và nhập mã hồ sơ.", 10)));

        assertThat(qrCodes(pdf, 0)).containsExactly(LINK);
        String text = text(pdf);
        assertThat(text).contains("Tra cứu tình trạng hồ sơ").contains("Quét mã QR bên cạnh hoặc truy cập:")
                .contains("và nhập mã hồ sơ.");
        assertThat(text.replaceAll("\\s", "")).contains(LINK);
    }

    @Test
    void a_qr_link_near_the_bottom_moves_whole_to_the_next_page() throws Exception {
        byte[] pdf = FORM.render(INFO, w -> {
            while (w.y() > 150) {
                w.line("Dòng đệm để đẩy mã QR xuống cuối trang", Weight.REGULAR, 11);
            }
            w.qrLink(LINK, 145, "Tra cứu tình trạng hồ sơ", Paragraph.regular("và nhập mã hồ sơ.", 10));
        });

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
        }
        assertThat(qrCodes(pdf, 0)).isEmpty();
        assertThat(qrCodes(pdf, 1)).containsExactly(LINK);
    }

    @Test
    void text_past_the_bottom_margin_continues_on_a_new_page() throws Exception {
        byte[] pdf = FORM.render(INFO, w -> {
            for (int i = 1; i <= 60; i++) {
                w.line("Dòng thứ " + i + " của biểu mẫu", Weight.REGULAR, 11);
            }
        });

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            PDFTextStripper second = new PDFTextStripper();
            second.setStartPage(2);
            assertThat(second.getText(document)).contains("Dòng thứ 60 của biểu mẫu").doesNotContain("Dòng thứ 1 ");
        }
    }

    @Test
    void side_by_side_parts_start_on_one_line_and_the_cursor_ends_below_the_longest() {
        AtomicReference<float[]> positions = new AtomicReference<>();
        FORM.render(INFO, w -> {
            float top = w.y();
            float half = w.width() / 2;
            w.sideBySide(100,
                    () -> w.block("Một dòng", Weight.REGULAR, 10, w.left(), half, Align.CENTRE),
                    () -> {
                        w.block("Dòng một", Weight.REGULAR, 10, w.left() + half, half, Align.CENTRE);
                        w.block("Dòng hai", Weight.REGULAR, 10, w.left() + half, half, Align.CENTRE);
                        w.block("Dòng ba", Weight.REGULAR, 10, w.left() + half, half, Align.CENTRE);
                    });
            positions.set(new float[]{top, w.y()});
        });

        float[] topAndBottom = positions.get();
        assertThat(topAndBottom[1]).isEqualTo(topAndBottom[0] - 3 * Text.leading(10));
    }

    @Test
    void red_ink_colours_the_text_but_never_the_qr_code() throws Exception {
        AtomicReference<Float> left = new AtomicReference<>();
        byte[] pdf = FORM.render(INFO, w -> {
            left.set(w.left());
            w.ink(Ink.RED);
            w.qrLink(LINK, 145, "KẾT QUẢ ĐÃ BỊ THU HỒI");
        });

        QrCode code = QrCode.encode(LINK);
        // the caption starts 14 pt right of the code: a margin of error for the snapping to the grid
        int codeRight = (int) ((left.get() + code.printedSize(code.moduleSize(145)) + 7) * DPI / 72);
        BufferedImage page = render(pdf, 0);
        int[] counts = new int[4];
        for (int y = 0; y < page.getHeight(); y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                int rgb = page.getRGB(x, y);
                int r = rgb >> 16 & 0xFF;
                int g = rgb >> 8 & 0xFF;
                boolean red = r > 120 && g < 80;
                boolean black = r < 60 && g < 60;
                int side = x < codeRight ? 0 : 2;
                counts[side] += red ? 1 : 0;
                counts[side + 1] += black ? 1 : 0;
            }
        }
        assertThat(counts[0]).as("red pixels in the code").isZero();
        assertThat(counts[1]).as("black pixels in the code").isGreaterThan(1000);
        assertThat(counts[2]).as("red pixels in the caption").isGreaterThan(100);
        assertThat(qrCodes(pdf, 0)).containsExactly(LINK);
    }

    @Test
    void a_row_with_more_cells_than_columns_is_refused() {
        float[] twoColumns = {100, 100};
        assertThatThrownBy(() -> FORM.render(INFO, w -> w.row(twoColumns, Weight.REGULAR, 10, "a", "b", "c")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("3 cells for 2 columns");
    }

    @Test
    void forms_of_other_fonts_embed_those() throws Exception {
        byte[] dejaVu;
        try (var in = Fonts.class.getResourceAsStream("/fonts/DejaVuSans-Bold.ttf")) {
            dejaVu = in.readAllBytes();
        }
        // bold as the regular face too: the page then has a single font file
        byte[] pdf = new PdfForm(Fonts.of(dejaVu, dejaVu)).render(INFO, w -> w.line("Chữ đậm", Weight.REGULAR, 11));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(fonts(document)).singleElement()
                    .satisfies(font -> assertThat(font.getName()).contains("DejaVuSans-Bold"));
        }
    }

    private static List<PDFont> fonts(PDDocument document) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
        }
        return fonts;
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static BufferedImage render(byte[] pdf, int page) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFRenderer(document).renderImageWithDPI(page, DPI);
        }
    }

    /** The page rendered at 150 dpi, as a scan of the print, and every QR code found on it. */
    private static List<String> qrCodes(byte[] pdf, int page) throws IOException {
        BufferedImage image = render(pdf, page);
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        try {
            Result[] codes = new QRCodeMultiReader().decodeMultiple(bitmap, Map.of(DecodeHintType.TRY_HARDER, true));
            return Arrays.stream(codes).map(Result::getText).toList();
        } catch (NotFoundException e) {
            return List.of();
        }
    }
}
