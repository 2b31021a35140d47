package vn.onestop.platform.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What JSON strings may carry: no control characters (but tab and line breaks), no surrogate that
 * is not half of a pair; in values, keys, lists and free-form maps at any depth.
 */
class ControlCharacterModuleTest {

    record Body(String note, List<String> items, Map<String, Object> resultData) {
    }

    private static final ObjectMapper MAPPER = mapper();

    private static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper();
        new ControlCharacterModule().customize(mapper);
        return mapper;
    }

    /** Java escapes in the table are JSON escapes in the body: {@code \\ud800} is what a client sends. */
    @ParameterizedTest(name = "\"{0}\": index {1}")
    @CsvSource(delimiter = '|', value = {
            "\\ud800            | 0",   // a high surrogate alone
            "x\\udfffy          | 1",   // a low surrogate alone
            "\\udc00\\ud800     | 0",   // a pair the wrong way round
            "ab\\ud83d          | 2",   // a high surrogate at the end
            "\\ud83d\\ud83d\\ude00 | 0", // two highs, the second paired
            "\\ud83d\\ude00\\ude00 | 2", // a pair, then a low alone
            "\\ud83d\\ude00     | -1",  // an emoji: a pair
            "Nguyễn Văn An      | -1",
            "''                 | -1"})
    void finds_the_first_unpaired_surrogate(String escaped, int index) throws Exception {
        String value = new ObjectMapper().readValue("\"" + escaped + "\"", String.class);

        assertThat(ControlCharacters.unpairedSurrogate(value)).isEqualTo(index);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{\"note\": \"\\ud800\"}                                 | note              | unpaired-surrogate | U+D800 at position 0",
            "{\"note\": \"a\\u0000b\"}                               | note              | control-character  | U+0000 at position 1",
            "{\"items\": [\"ok\", \"x\\udfffy\"]}                    | items[1]          | unpaired-surrogate | U+DFFF at position 1",
            "{\"resultData\": {\"remark\": \"\\ud800\"}}             | resultData.remark | unpaired-surrogate | U+D800 at position 0",
            "{\"resultData\": {\"a\": {\"b\": [\"\\udc00\"]}}}       | resultData.a      | unpaired-surrogate | U+DC00 at position 0",
            "{\"resultData\": {\"\\ud800\": 1}}                      | resultData        | unpaired-surrogate | U+D800 at position 0",
            "{\"resultData\": {\"a\": {\"k\\ud800\": 1}}}            | resultData.a      | unpaired-surrogate | has a key that contains the unpaired surrogate U+D800 at position 1",
            "{\"resultData\": {\"a\": [{\"\\u0000\": 1}]}}           | resultData.a      | control-character  | has a key that contains the control character U+0000 at position 0"})
    void a_refused_string_is_named_by_its_field(String json, String field, String slug, String message) {
        assertThatThrownBy(() -> MAPPER.readValue(json, Body.class))
                .isInstanceOfSatisfying(ControlCharacterModule.Refused.class, e -> {
                    assertThat(ProblemMappers.pathOf(e)).isEqualTo(field);
                    assertThat(e.slug()).isEqualTo(slug);
                    assertThat(e.getOriginalMessage()).contains(message).doesNotContain("\ud800");
                });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{\"note\": \"tab\\tand\\nlines\\r\\n\"}",
            "{\"note\": \"\\ud83d\\ude00 Nguyễn\"}",
            "{\"resultData\": {\"\\ud83d\\ude00\": {\"Tên\": [\"\\ud83c\\uddfb\\ud83c\\uddf3\", 1, null]}}}"})
    void whole_characters_are_read(String json) throws Exception {
        assertThat(MAPPER.readValue(json, Body.class)).isNotNull();
    }
}
