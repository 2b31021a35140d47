package vn.onestop.platform.documents;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TextTest {

    private static PDDocument document;
    private static PDFont regular;

    @BeforeAll
    static void loadFont() throws IOException {
        document = new PDDocument();
        regular = Fonts.dejaVuSans().load(document, Weight.REGULAR);
    }

    @AfterAll
    static void close() throws IOException {
        document.close();
    }

    @Test
    void long_vietnamese_text_wraps_greedily_within_the_width_and_loses_no_word() {
        String text = "Trung tâm Phục vụ hành chính công tỉnh Cà Mau đã tiếp nhận hồ sơ đăng ký khai sinh, "
                + "đăng ký thường trú và cấp thẻ bảo hiểm y tế cho trẻ dưới sáu tuổi của ông Nguyễn Văn Được";
        float width = 200;

        List<String> lines = Text.wrap(text, regular, 11, width);

        assertThat(lines).hasSizeGreaterThanOrEqualTo(4);
        assertThat(String.join(" ", lines)).isEqualTo(text);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            assertThat(Text.width(line, regular, 11)).as(line).isLessThanOrEqualTo(width);
            assertThat(line).as("line %d", i).doesNotStartWith(" ").doesNotEndWith(" ");
            if (i + 1 < lines.size()) {
                // greedy: the next line's first word would not have fitted on this one
                String next = lines.get(i + 1).split(" ")[0];
                assertThat(Text.width(line + " " + next, regular, 11)).as(line).isGreaterThan(width);
            }
        }
    }

    @Test
    void a_link_longer_than_the_line_is_cut_between_characters_each_piece_as_long_as_fits() {
        String url = "https://dichvucong.camau.gov.vn/portal/p/home/tra-cuu-ho-so.html"
                + "?ma-ho-so=000.00.64.Re69e6-261126-0009";
        float width = 120;

        List<String> lines = Text.wrap(url, regular, 9.5f, width);

        assertThat(lines).hasSizeGreaterThan(2);
        assertThat(String.join("", lines)).isEqualTo(url);
        for (int i = 0; i < lines.size(); i++) {
            assertThat(Text.width(lines.get(i), regular, 9.5f)).isLessThanOrEqualTo(width);
            if (i + 1 < lines.size()) {
                String longer = lines.get(i) + lines.get(i + 1).charAt(0);
                assertThat(Text.width(longer, regular, 9.5f)).as(longer).isGreaterThan(width);
            }
        }
    }

    @Test
    void a_label_then_a_long_word_starts_the_word_on_its_own_line() {
        List<String> lines = Text.wrap("SHA-256: 9f2c1b7a4e0d3c6b8a5f1e2d7c4b9a0e3f6d2c8b1a7e4f0d9c3b6a2e5f8d1c47",
                regular, 9, 150);

        assertThat(lines.get(0)).isEqualTo("SHA-256:");
        assertThat(String.join("", lines.subList(1, lines.size())))
                .isEqualTo("9f2c1b7a4e0d3c6b8a5f1e2d7c4b9a0e3f6d2c8b1a7e4f0d9c3b6a2e5f8d1c47");
    }

    @Test
    void a_column_narrower_than_one_character_still_ends_one_character_a_line() {
        assertThat(Text.wrap("Đăng", regular, 11, 2)).containsExactly("Đ", "ă", "n", "g");
    }

    @Test
    void empty_or_missing_text_is_one_empty_line_so_its_row_keeps_its_height() {
        assertThat(Text.wrap(null, regular, 11, 100)).containsExactly("");
        assertThat(Text.wrap("   ", regular, 11, 100)).containsExactly("");
    }

    @Test
    void tabs_line_breaks_and_control_characters_become_spaces() {
        assertThat(Text.printable("Lê\tVăn\u0000Bình\r\nAn", regular)).isEqualTo("Lê Văn Bình  An");
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
            // decomposed "ễ" (e + U+0302 + U+0303) from a phone keyboard prints as the composed letter
            "Nguye\u0302\u0303n Văn An | Nguyễn Văn An          | decomposed diacritics are composed",
            "Nguyễn Văn 漢 An         | Nguyễn Văn ? An        | a character DejaVu lacks prints as ?",
    })
    void text_is_made_printable_in_the_font(String raw, String printed, String why) {
        assertThat(Text.printable(raw, regular)).as(why).isEqualTo(printed);
    }
}
