package vn.onestop.platform.rest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeysetCursorTest {

    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-11-26T09:30:00.123456+07:00");
    private static final UUID ID = UUID.fromString("0b6c6f1e-2f4a-4c39-9a53-3f1c0e6d7a10");

    enum Kind { PROCEDURE, BUNDLE }

    @Test
    void reads_back_the_keys_it_wrote() {
        KeysetCursor after = KeysetCursor.decode(KeysetCursor.encode(AT, ID), 2);

        assertThat(after.offsetDateTime(0)).isEqualTo(AT);
        assertThat(after.uuid(1)).isEqualTo(ID);
    }

    @Test
    void writes_enums_by_name_and_reads_them_back() {
        KeysetCursor after = KeysetCursor.decode(KeysetCursor.encode("c1", Kind.BUNDLE, "DEATH_BUNDLE"), 3);

        assertThat(after.string(0)).isEqualTo("c1");
        assertThat(after.enumValue(1, Kind.class)).isEqualTo(Kind.BUNDLE);
        assertThat(after.string(2)).isEqualTo("DEATH_BUNDLE");
    }

    @Test
    void is_the_base64url_of_the_keys_without_padding_so_cursors_already_handed_out_still_work() {
        // the format the dossier list, the inbox and the e-document store wrote before this class
        String earlier = Base64.getUrlEncoder().withoutPadding()
                .encodeToString((AT + "|" + ID).getBytes(StandardCharsets.UTF_8));

        assertThat(KeysetCursor.encode(AT, ID)).isEqualTo(earlier).doesNotContain("=", "+", "/");
        assertThat(KeysetCursor.decode(earlier, 2).uuid(1)).isEqualTo(ID);
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {
            "",                 // nothing
            "not-a-cursor",     // base64url alphabet, decodes to bytes without a separator
            "bm9wZQ",           // "nope": one key where two are expected
            "zzz",              // garbage bytes
            "a b",              // outside the base64url alphabet
            "YXxifGM",          // "a|b|c": three keys where two are expected
            "YXw",              // "a|": an empty key
            "fGI",              // "|b": an empty key
            "YQ==="             // broken padding
    })
    void a_token_that_is_not_two_keys_is_a_400_naming_cursor(String token) {
        assertMalformed(() -> KeysetCursor.decode(token, 2));
    }

    @Test
    void a_missing_token_is_malformed_too() {
        assertMalformed(() -> KeysetCursor.decode(null, 2));
    }

    @Test
    void a_key_that_does_not_parse_as_its_type_is_a_400_naming_cursor() {
        KeysetCursor after = KeysetCursor.decode(KeysetCursor.encode("yesterday", "not-a-uuid", "NEITHER"), 3);

        assertMalformed(() -> after.offsetDateTime(0));
        assertMalformed(() -> after.uuid(1));
        assertMalformed(() -> after.enumValue(2, Kind.class));
        assertMalformed(() -> after.key(0, Integer::parseInt));
    }

    @Test
    void asking_for_a_key_the_list_does_not_have_is_a_programming_error_not_a_400() {
        KeysetCursor after = KeysetCursor.decode(KeysetCursor.encode(AT, ID), 2);

        assertThatThrownBy(() -> after.string(2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> after.uuid(2)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void refuses_to_write_a_key_it_could_not_read_back() {
        assertThatThrownBy(KeysetCursor::encode).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KeysetCursor.encode(AT, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KeysetCursor.encode("", ID)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KeysetCursor.encode("a|b", ID)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keeps_keys_outside_ascii() {
        KeysetCursor after = KeysetCursor.decode(KeysetCursor.encode("Khai sinh – Đăng ký", ID), 2);

        assertThat(after.string(0)).isEqualTo("Khai sinh – Đăng ký");
    }

    private static void assertMalformed(Runnable decoding) {
        assertThatThrownBy(decoding::run).isInstanceOfSatisfying(ProblemException.class, e -> {
            Problem problem = e.toProblem("/api/v1/things");
            assertThat(problem.status()).isEqualTo(400);
            assertThat(problem.type()).hasToString("https://onestop.vn/problems/validation");
            assertThat(problem.violations()).extracting(Problem.Violation::field).containsExactly("cursor");
        });
    }
}
