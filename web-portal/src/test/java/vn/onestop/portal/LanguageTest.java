package vn.onestop.portal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.onestop.portal.web.Language;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageTest {

    @ParameterizedTest(name = "cookie {0}, Accept-Language {1} -> {2}")
    @CsvSource(nullValues = "-", value = {
            "-, -, vi",                 // nothing said: Vietnamese
            "-, en-US, en",             // the browser's language when it is one we have
            "-, fr;de;en, en",          // the first we have, in the browser's order
            "-, fr, vi",                // none we have: Vietnamese
            "-, vi;en, vi",
            "en, vi, en",               // the reader's own choice wins
            "VI, en, vi",
            "xx, en, en",               // a cookie we do not know is ignored
    })
    void the_language_of_a_page(String cookie, String accepted, String expected) {
        List<Locale> locales = accepted == null ? List.of()
                : Arrays.stream(accepted.split(";")).map(Locale::forLanguageTag).toList();
        assertThat(Language.choose(cookie, locales).getLanguage()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "back {0} -> {1}")
    @CsvSource(nullValues = "-", value = {
            "/procedures?q=khai, /procedures?q=khai",
            "/tracking/abc, /tracking/abc",
            "-, /",
            "'', /",
            "//evil.example/x, /",       // protocol-relative: another host
            "https://evil.example/, /",
            "/\\evil.example, /",
            "relative, /",
    })
    void the_switch_returns_only_to_a_page_of_this_site(String back, String expected) {
        assertThat(Language.safeReturnPath(back)).isEqualTo(expected);
    }
}
