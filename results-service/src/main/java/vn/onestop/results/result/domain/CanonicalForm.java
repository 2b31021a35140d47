package vn.onestop.results.result.domain;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The canonical form of a result: the exact bytes whose SHA-256 is recorded and which the Ed25519
 * signature covers (docs/results.md, "Canonical form"). Anyone holding the result's fields can
 * rebuild them and check the signature with the public key.
 *
 * <p>One JSON object, UTF-8, no insignificant whitespace, with exactly these members in this
 * (sorted) order: {@code data, dossierCode, id, issuedAt, issuer, kind, number, ownerIdNumber,
 * ownerName, procedureId, signer, validUntil}. The members of every object, {@code data}'s
 * nested ones included, are sorted by their names' UTF-16 code units (as RFC 8785 does); arrays
 * keep their order. Times are UTC instants as {@link DateTimeFormatter#ISO_INSTANT} prints them
 * (results are issued on whole seconds: {@code 2026-11-26T02:05:07Z}); a result without expiry
 * has {@code "validUntil":null}. Strings escape only the quote, the backslash and the control
 * characters below U+0020 (as b, f, n, r, t after a backslash, the others as a backslash, u and
 * four lowercase hex digits); everything else is written as is. Integral
 * numbers are written as integers ({@code 2} and {@code 2.0} are both {@code 2}); other numbers as
 * the shortest decimal Java prints for the double, in ECMAScript notation.
 */
public record CanonicalForm(UUID id, String number, ResultKind kind, String procedureId, String dossierCode,
                            String issuer, String signer, Instant issuedAt, Instant validUntil,
                            String ownerIdNumber, String ownerName, Map<String, ?> data) {

    /** The canonical JSON text. */
    public String json() {
        Map<String, Object> members = new TreeMap<>();
        members.put("data", data == null ? Map.of() : data);
        members.put("dossierCode", dossierCode);
        members.put("id", id == null ? null : id.toString());
        members.put("issuedAt", instant(issuedAt));
        members.put("issuer", issuer);
        members.put("kind", kind == null ? null : kind.name());
        members.put("number", number);
        members.put("ownerIdNumber", ownerIdNumber);
        members.put("ownerName", ownerName);
        members.put("procedureId", procedureId);
        members.put("signer", signer);
        members.put("validUntil", instant(validUntil));
        StringBuilder out = new StringBuilder(256);
        write(out, members);
        return out.toString();
    }

    /** The signed bytes: {@link #json()} in UTF-8. */
    public byte[] bytes() {
        return json().getBytes(StandardCharsets.UTF_8);
    }

    /** SHA-256 of {@link #bytes()}, lowercase hex. */
    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static String instant(Instant instant) {
        return instant == null ? null : DateTimeFormatter.ISO_INSTANT.format(instant);
    }

    private static void write(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof CharSequence text) {
            string(out, text.toString());
        } else if (value instanceof Boolean bool) {
            out.append(bool.booleanValue());
        } else if (value instanceof Number n) {
            out.append(number(n));
        } else if (value instanceof Map<?, ?> map) {
            object(out, map);
        } else if (value instanceof Collection<?> items) {
            out.append('[');
            for (Iterator<?> it = items.iterator(); it.hasNext(); ) {
                write(out, it.next());
                if (it.hasNext()) {
                    out.append(',');
                }
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("not JSON data: " + value.getClass().getName());
        }
    }

    private static void object(StringBuilder out, Map<?, ?> map) {
        Map<String, Object> sorted = new TreeMap<>();
        map.forEach((key, v) -> {
            if (!(key instanceof String name)) {
                throw new IllegalArgumentException("JSON member names are strings, not " + key);
            }
            sorted.put(name, v);
        });
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, Object> member : sorted.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            string(out, member.getKey());
            out.append(':');
            write(out, member.getValue());
        }
        out.append('}');
    }

    private static void string(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    static String number(Number n) {
        if (n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte
                || n instanceof BigInteger) {
            return n.toString();
        }
        if (n instanceof BigDecimal decimal) {
            return decimal(decimal);
        }
        double d = n.doubleValue();
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw new IllegalArgumentException("JSON has no " + d);
        }
        if (d == 0) {
            return "0";
        }
        // Double.toString gives the digits that round-trip; BigDecimal re-renders them.
        return decimal(new BigDecimal(Double.toString(d)));
    }

    /** Integral values as integers; others plain, or with an exponent below 1e-6 (ECMAScript's rule). */
    private static String decimal(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.signum() == 0) {
            return "0";
        }
        if (stripped.scale() <= 0) {
            return stripped.toBigIntegerExact().toString();
        }
        if (stripped.abs().compareTo(new BigDecimal("0.000001")) >= 0) {
            return stripped.toPlainString();
        }
        String digits = stripped.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - stripped.scale();
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return (stripped.signum() < 0 ? "-" : "") + mantissa + "e" + exponent;
    }
}
