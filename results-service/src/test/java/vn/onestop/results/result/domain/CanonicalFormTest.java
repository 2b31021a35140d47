package vn.onestop.results.result.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class CanonicalFormTest {

    static final UUID ID = UUID.fromString("5b0c6f7e-3a41-4c2d-9e8f-1a2b3c4d5e6f");

    static CanonicalForm birthCertificate(Map<String, ?> data, Instant validUntil) {
        return new CanonicalForm(ID, "000001/2026/GCN-000.01.20.H22", ResultKind.CERTIFICATE, "P1",
                "002.01.20.H22-261126-0001", "000.01.20.H22", "Chủ tịch UBND phường An Xuyên",
                Instant.parse("2026-11-26T02:05:07Z"), validUntil, "096185000321", "Phạm Thị Dung", data);
    }

    @Test
    void is_the_documented_json_with_sorted_members_and_no_whitespace() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("childFullName", "Phạm Minh Khôi");
        data.put("birthCertificateNumber", "123/2026");
        data.put("childPersonalId", "096226000123");

        assertThat(birthCertificate(data, null).json()).isEqualTo("{"
                + "\"data\":{\"birthCertificateNumber\":\"123/2026\",\"childFullName\":\"Phạm Minh Khôi\","
                + "\"childPersonalId\":\"096226000123\"},"
                + "\"dossierCode\":\"002.01.20.H22-261126-0001\","
                + "\"id\":\"5b0c6f7e-3a41-4c2d-9e8f-1a2b3c4d5e6f\","
                + "\"issuedAt\":\"2026-11-26T02:05:07Z\","
                + "\"issuer\":\"000.01.20.H22\","
                + "\"kind\":\"CERTIFICATE\","
                + "\"number\":\"000001/2026/GCN-000.01.20.H22\","
                + "\"ownerIdNumber\":\"096185000321\","
                + "\"ownerName\":\"Phạm Thị Dung\","
                + "\"procedureId\":\"P1\","
                + "\"signer\":\"Chủ tịch UBND phường An Xuyên\","
                + "\"validUntil\":null}");
    }

    @Test
    void bytes_are_utf8_and_sha256_is_their_lowercase_hex_digest() throws Exception {
        CanonicalForm form = birthCertificate(Map.of("childFullName", "Phạm Minh Khôi"), null);
        assertThat(form.bytes()).isEqualTo(form.json().getBytes(StandardCharsets.UTF_8));
        // "ạ" and "ô" are two UTF-8 bytes each, not \\u escapes
        assertThat(form.bytes().length).isGreaterThan(form.json().length());
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(form.bytes()));
        assertThat(form.sha256()).isEqualTo(expected).matches("[0-9a-f]{64}");
    }

    @Test
    void the_same_result_has_the_same_form_whatever_the_order_of_its_data() {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("b", Map.of("y", 1, "x", List.of(3, 2)));
        one.put("a", true);
        Map<String, Object> other = new LinkedHashMap<>();
        other.put("a", true);
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("x", List.of(3, 2));
        nested.put("y", 1.0);
        other.put("b", nested);
        assertThat(birthCertificate(one, null).json()).isEqualTo(birthCertificate(other, null).json())
                .contains("\"data\":{\"a\":true,\"b\":{\"x\":[3,2],\"y\":1}}");
    }

    @Test
    void any_change_of_a_covered_field_changes_the_digest() {
        CanonicalForm base = birthCertificate(Map.of("childPersonalId", "096226000123"), null);
        List<CanonicalForm> changed = List.of(
                birthCertificate(Map.of("childPersonalId", "096226000124"), null),
                birthCertificate(Map.of("childPersonalId", "096226000123"), Instant.parse("2030-01-01T00:00:00Z")),
                new CanonicalForm(ID, base.number(), base.kind(), base.procedureId(), base.dossierCode(), base.issuer(),
                        base.signer(), base.issuedAt(), null, base.ownerIdNumber(), "Phạm Thị Dũng", base.data()),
                new CanonicalForm(ID, "000002/2026/GCN-000.01.20.H22", base.kind(), base.procedureId(),
                        base.dossierCode(), base.issuer(), base.signer(), base.issuedAt(), null, base.ownerIdNumber(),
                        base.ownerName(), base.data()),
                new CanonicalForm(ID, base.number(), ResultKind.CERTIFIED_COPY, base.procedureId(), base.dossierCode(),
                        base.issuer(), base.signer(), base.issuedAt(), null, base.ownerIdNumber(), base.ownerName(),
                        base.data()),
                new CanonicalForm(ID, base.number(), base.kind(), base.procedureId(), base.dossierCode(), base.issuer(),
                        base.signer(), base.issuedAt().plusSeconds(1), null, base.ownerIdNumber(), base.ownerName(),
                        base.data()));
        assertThat(changed).allSatisfy(other -> assertThat(other.sha256()).isNotEqualTo(base.sha256()));
    }

    @Test
    void valid_until_is_an_iso_instant_in_utc() {
        assertThat(birthCertificate(Map.of(), Instant.parse("2027-09-15T16:59:59Z")).json())
                .contains("\"data\":{}")
                .endsWith("\"validUntil\":\"2027-09-15T16:59:59Z\"}");
    }

    static Stream<Arguments> strings() {
        return Stream.of(
                arguments("plain", "\"plain\""),
                arguments("quote \" and backslash \\", "\"quote \\\" and backslash \\\\\""),
                arguments("line\nbreak\ttab\rreturn\bback\fform", "\"line\\nbreak\\ttab\\rreturn\\bback\\fform\""),
                arguments("bell\u0007 unit\u001f", "\"bell\\u0007 unit\\u001f\""),
                arguments("slash / and del \u007f stay", "\"slash / and del \u007f stay\""),
                arguments("Nguyễn Văn 漢 😀", "\"Nguyễn Văn 漢 😀\""));
    }

    @ParameterizedTest
    @MethodSource("strings")
    void strings_escape_only_quote_backslash_and_control_characters(String value, String expected) {
        assertThat(birthCertificate(Map.of("v", value), null).json()).startsWith("{\"data\":{\"v\":" + expected + "}");
    }

    static Stream<Arguments> numbers() {
        return Stream.of(
                arguments(0, "0"),
                arguments(-0.0, "0"),
                arguments(1500000, "1500000"),
                arguments(12345678901234L, "12345678901234"),
                arguments(new BigInteger("123456789012345678901234567890"), "123456789012345678901234567890"),
                arguments(2.0, "2"),
                arguments(1.5, "1.5"),
                arguments(0.1, "0.1"),
                arguments(-2.75, "-2.75"),
                arguments(0.000001, "0.000001"),
                arguments(1.0E-7, "1e-7"),
                arguments(-2.5E-8, "-2.5e-8"),
                arguments(1.0E20, "100000000000000000000"),
                arguments(new BigDecimal("12.500"), "12.5"),
                arguments(new BigDecimal("1.2E+3"), "1200"));
    }

    @ParameterizedTest
    @MethodSource("numbers")
    void numbers_are_integers_when_integral_and_plain_decimals_otherwise(Number value, String expected) {
        assertThat(CanonicalForm.number(value)).isEqualTo(expected);
    }

    @Test
    void what_json_cannot_hold_is_refused() {
        assertThatThrownBy(() -> birthCertificate(Map.of("x", Double.NaN), null).json())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> birthCertificate(Map.of("x", new Object()), null).json())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> birthCertificate(Map.of("x", Map.of(1, "one")), null).json())
                .isInstanceOf(IllegalArgumentException.class);
    }
}
