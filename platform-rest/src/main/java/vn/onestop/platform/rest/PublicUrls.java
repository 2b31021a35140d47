package vn.onestop.platform.rest;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The public base URLs a service prints on receipts and results (QR codes, links in messages): each
 * must be an absolute http(s) URL that citizens can reach, never this machine. A printed link cannot
 * be corrected afterwards, so a service with a missing, malformed or loopback base URL does not
 * start, naming the variable to set; a local stack says so explicitly
 * ({@code onestop.public-urls.allow-loopback=true}, {@code ONESTOP_PUBLIC_URLS_ALLOW_LOOPBACK}).
 * Plain Java: the rule is tested without Quarkus (PublicUrlsTest).
 */
public final class PublicUrls {

    /** The switch a local stack sets to keep loopback links. */
    public static final String ALLOW_LOOPBACK_VARIABLE = "ONESTOP_PUBLIC_URLS_ALLOW_LOOPBACK";

    private PublicUrls() {
    }

    /** One public base URL: the environment variable that sets it, its property, and its value if any. */
    public record Setting(String variable, String property, Optional<String> value) {
    }

    /**
     * The values of {@code settings}, stripped, in the same order; or, if any is refused, an
     * IllegalStateException naming every refused variable and why.
     */
    public static List<String> require(boolean allowLoopback, Setting... settings) {
        List<String> values = new ArrayList<>();
        List<String> refusals = new ArrayList<>();
        for (Setting setting : settings) {
            String value = setting.value().map(String::strip).orElse("");
            refusal(value, allowLoopback).ifPresent(why -> refusals.add(setting.variable() + " ("
                    + setting.property() + ") " + why));
            values.add(value);
        }
        if (!refusals.isEmpty()) {
            throw new IllegalStateException("public links would not reach citizens: " + String.join("; ", refusals)
                    + ". Set each to the public https URL of the portal or gateway that serves it. A local stack "
                    + "whose links may point at this machine says so with " + ALLOW_LOOPBACK_VARIABLE + "=true.");
        }
        return values;
    }

    /** Why {@code value} cannot be a public base URL, or empty if it can. */
    public static Optional<String> refusal(String value, boolean allowLoopback) {
        if (value == null || value.isBlank()) {
            return Optional.of("is not set");
        }
        URI uri;
        try {
            uri = new URI(value.strip());
        } catch (URISyntaxException e) {
            return Optional.of("is not a URL (" + e.getReason() + "): " + value);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("is not an absolute http(s) URL: " + value);
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            return Optional.of("has no host name: " + value);
        }
        if (!allowLoopback && isLoopback(host)) {
            return Optional.of("points at this machine (" + host + "), not at an address citizens reach: " + value);
        }
        return Optional.empty();
    }

    /**
     * Whether {@code host} (as {@link URI#getHost()} gives it) names this machine: localhost and
     * its subdomains, 127.0.0.0/8, ::1, and the unspecified addresses 0.0.0.0 and ::. Decided on
     * the text alone, with no name lookup.
     */
    static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        if (h.equals("localhost") || h.endsWith(".localhost")) {
            return true;
        }
        if (h.startsWith("[") && h.endsWith("]")) {
            return isLoopbackIpv6(h.substring(1, h.length() - 1));
        }
        if (h.matches("[0-9]+(\\.[0-9]+){0,3}")) {
            String first = h.split("\\.")[0].replaceFirst("^0+(?=.)", "");
            return first.equals("127") || h.matches("0+(\\.0+){0,3}");
        }
        return false;
    }

    private static boolean isLoopbackIpv6(String literal) {
        String address = literal.contains("%") ? literal.substring(0, literal.indexOf('%')) : literal;
        int[] groups = ipv6Groups(address);
        if (groups == null) {
            return false;
        }
        for (int i = 0; i < 5; i++) {
            if (groups[i] != 0) {
                return false;
            }
        }
        boolean zeroUpTo7 = groups[5] == 0 && groups[6] == 0;
        // ::1 and the unspecified ::, in any spelling; an IPv4-mapped 127.x.y.z (::ffff:127.0.0.1)
        return zeroUpTo7 && (groups[7] == 0 || groups[7] == 1) || groups[5] == 0xffff && groups[6] >> 8 == 127;
    }

    /** The eight 16-bit groups of an IPv6 literal, or null if it is not one. */
    private static int[] ipv6Groups(String address) {
        String text = address;
        int lastColon = text.lastIndexOf(':');
        if (lastColon >= 0 && text.indexOf('.', lastColon) > 0) {
            String[] octets = text.substring(lastColon + 1).split("\\.", -1);
            if (octets.length != 4) {
                return null;
            }
            int[] v4 = new int[4];
            for (int i = 0; i < 4; i++) {
                if (!octets[i].matches("[0-9]{1,3}") || (v4[i] = Integer.parseInt(octets[i])) > 255) {
                    return null;
                }
            }
            text = text.substring(0, lastColon + 1) + Integer.toHexString(v4[0] << 8 | v4[1]) + ":"
                    + Integer.toHexString(v4[2] << 8 | v4[3]);
        }
        int gap = text.indexOf("::");
        if (gap != text.lastIndexOf("::")) {
            return null;
        }
        String[] head = gap < 0 ? text.split(":", -1) : split(text.substring(0, gap));
        String[] tail = gap < 0 ? new String[0] : split(text.substring(gap + 2));
        if (gap < 0 ? head.length != 8 : head.length + tail.length > 7) {
            return null;
        }
        int[] groups = new int[8];
        for (int i = 0; i < head.length; i++) {
            if (!head[i].matches("[0-9a-f]{1,4}")) {
                return null;
            }
            groups[i] = Integer.parseInt(head[i], 16);
        }
        for (int i = 0; i < tail.length; i++) {
            if (!tail[i].matches("[0-9a-f]{1,4}")) {
                return null;
            }
            groups[8 - tail.length + i] = Integer.parseInt(tail[i], 16);
        }
        return groups;
    }

    private static String[] split(String groups) {
        return groups.isEmpty() ? new String[0] : groups.split(":", -1);
    }
}
