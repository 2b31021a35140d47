package vn.onestop.results.result.domain;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResultSignerTest {

    private static final String KEY_HOLDER = "onestop results-service";

    @Test
    void every_result_is_signed_by_the_key_holder() {
        assertThat(ResultSigner.of(Map.of("permitNumber", "45/GPXD"), KEY_HOLDER)).isEqualTo(KEY_HOLDER);
        assertThat(ResultSigner.of(Map.of(), KEY_HOLDER)).isEqualTo(KEY_HOLDER);
        assertThat(ResultSigner.of(null, KEY_HOLDER)).isEqualTo(KEY_HOLDER);
        // a field merely mentioning a signer is data like any other
        assertThat(ResultSigner.of(Map.of("signerTitle", "Chủ tịch"), KEY_HOLDER)).isEqualTo(KEY_HOLDER);
    }

    @Test
    void result_data_that_names_a_signer_is_refused_whatever_the_value() {
        Map<String, Object> blank = new HashMap<>();
        blank.put("signer", null);
        for (Map<String, Object> data : java.util.List.of(Map.<String, Object>of("signer", "Phó Chủ tịch UBND xã Tân Thành"),
                Map.<String, Object>of("signer", ""), blank)) {
            assertThatThrownBy(() -> ResultSigner.of(data, KEY_HOLDER)).isInstanceOf(ResultDataRejected.class)
                    .satisfies(e -> {
                        assertThat(((ResultDataRejected) e).field()).isEqualTo("signer");
                        assertThat(((ResultDataRejected) e).problem()).contains(KEY_HOLDER);
                    });
        }
    }
}
