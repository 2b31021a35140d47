package vn.onestop.intake.catalog;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.onestop.intake.catalog.domain.VietnameseText;

import static org.assertj.core.api.Assertions.assertThat;

class VietnameseTextTest {

    @ParameterizedTest(name = "\"{0}\" → \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "Đăng ký khai sinh          | dang ky khai sinh",
            "ĐĂNG KÝ KHAI TỬ            | dang ky khai tu",
            "Chứng thực bản sao điện tử | chung thuc ban sao dien tu",
            "  Thuế   tỉnh  Cà Mau      | thue tinh ca mau",
            "Xã Đất Mũi                 | xa dat mui",
            "Giấy phép xây dựng         | giay phep xay dung",
            "Trợ cấp tuất               | tro cap tuat",
            "1.001193                   | 1.001193",
    })
    void folds_case_diacritics_and_spaces(String text, String folded) {
        assertThat(VietnameseText.fold(text)).isEqualTo(folded);
    }

    @ParameterizedTest(name = "\"{0}\" in \"{1}\": {2}")
    @CsvSource(delimiter = '|', value = {
            "khai sinh     | Đăng ký khai sinh        | true",
            "Khai Sinh     | Đăng ký khai sinh        | true",
            "khai sinh     | Dang ky khai sinh        | true",
            "ĐĂNG KÝ       | Đăng ký khai sinh        | true",
            "sinh khai     | Đăng ký khai sinh        | false",
            "ký khai       | Đăng ký khai sinh        | true",
            "hai sinh      | Đăng ký khai sinh        | false",
            "khai tu       | Khai sinh cho trẻ dưới 6 tuổi | false",
            "khai tu       | Đăng ký khai tử          | true",
            "khai tu       | Đăng ký khai sinh        | false",
            "dat           | Xã Đất Mũi               | true",
            "birth         | Đăng ký khai sinh        | false",
            "''            | Đăng ký khai sinh        | true",
    })
    void matches_a_phrase_from_the_start_of_a_word_without_accents(String keyword, String text, boolean matches) {
        assertThat(VietnameseText.matches(keyword, text)).isEqualTo(matches);
    }
}
