package vn.onestop.platform.rest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PublicUrlsTest {

    @ParameterizedTest(name = "{0} is a public base URL")
    @CsvSource({
            "https://dichvucong.camau.gov.vn/tra-cuu/",
            "http://ketqua.onestop.example",
            "HTTPS://KetQua.Example.VN:8443/api",
            // a portal whose tracking page takes the secret as a query parameter
            "https://dichvucong.example.vn/tracking?secret=",
            // names that merely contain "localhost" or start with 127 are other hosts
            "https://localhost.example.vn/",
            "https://mylocalhost/",
            "https://127.example.vn/",
            "http://10.0.0.5:8080/",
            "http://192.168.1.20/",
            "http://[2001:db8::1]/",
            "http://[::2]/",
            "  https://trimmed.example.vn/  "})
    void accepted(String url) {
        assertThat(PublicUrls.refusal(url, false)).isEmpty();
    }

    @ParameterizedTest(name = "{0} is refused: {1}")
    @CsvSource(delimiter = '|', value = {
            // missing
            "''                                   | is not set",
            "'   '                                | is not set",
            // not an absolute http(s) URL
            "dichvucong.example.vn/tra-cuu        | is not an absolute http(s) URL",
            "/api/v1/tracking/                    | is not an absolute http(s) URL",
            "ftp://files.example.vn/              | is not an absolute http(s) URL",
            "mailto:ketqua@example.vn             | is not an absolute http(s) URL",
            "https://exa mple.vn/                 | is not a URL",
            "http:///api/v1/tracking/             | has no host name",
            "https://:8443/                       | has no host name",
            // this machine
            "http://localhost:8081/api/v1/tracking/ | points at this machine",
            "http://LOCALHOST/                    | points at this machine",
            "http://localhost./                   | points at this machine",
            "http://portal.localhost/             | points at this machine",
            "http://127.0.0.1:8083                | points at this machine",
            "http://127.1.2.3/                    | points at this machine",
            "https://127.0.0.1/                   | points at this machine",
            "http://0.0.0.0:8080/                 | points at this machine",
            "http://[::1]:8083/                   | points at this machine",
            "http://[0:0:0:0:0:0:0:1]/            | points at this machine",
            "http://[::]/                         | points at this machine",
            "http://[::ffff:127.0.0.1]/           | points at this machine"})
    void refused(String url, String why) {
        assertThat(PublicUrls.refusal(url, false)).get(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .startsWith(why);
    }

    @ParameterizedTest(name = "a local stack may link to {0}")
    @CsvSource({"http://127.0.0.1:8081/api/v1/tracking/", "http://localhost:8083", "http://[::1]:8084/"})
    void a_declared_local_stack_keeps_its_loopback_links(String url) {
        assertThat(PublicUrls.refusal(url, true)).isEmpty();
    }

    @ParameterizedTest(name = "even a local stack needs a URL: {0}")
    @CsvSource({"''", "127.0.0.1:8081", "ftp://localhost/"})
    void a_declared_local_stack_still_needs_absolute_urls(String url) {
        assertThat(PublicUrls.refusal(url, true)).isPresent();
    }

    @Test
    void the_refusal_names_every_refused_variable_and_the_way_out() {
        assertThatThrownBy(() -> PublicUrls.require(false,
                new PublicUrls.Setting("ONESTOP_TRACKING_BASE_URL", "onestop.intake.tracking-base-url", Optional.empty()),
                new PublicUrls.Setting("ONESTOP_RATING_BASE_URL", "onestop.intake.rating-base-url",
                        Optional.of("https://danhgia.example.vn/")),
                new PublicUrls.Setting("ONESTOP_RESULTS_BASE_URL", "onestop.intake.results-base-url",
                        Optional.of("http://127.0.0.1:8083"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ONESTOP_TRACKING_BASE_URL (onestop.intake.tracking-base-url) is not set")
                .hasMessageContaining("ONESTOP_RESULTS_BASE_URL (onestop.intake.results-base-url) points at this machine")
                .hasMessageNotContaining("ONESTOP_RATING_BASE_URL")
                .hasMessageContaining("ONESTOP_PUBLIC_URLS_ALLOW_LOOPBACK=true");
    }

    @Test
    void accepted_values_come_back_stripped_in_order() {
        assertThat(PublicUrls.require(false,
                new PublicUrls.Setting("A", "a", Optional.of(" https://a.example.vn/ ")),
                new PublicUrls.Setting("B", "b", Optional.of("https://b.example.vn"))))
                .isEqualTo(List.of("https://a.example.vn/", "https://b.example.vn"));
    }
}
