package vn.onestop.platform.audit;

import java.util.UUID;
import java.util.regex.Pattern;

/** Telling a record's id (a UUID in its canonical form) from its code, for {@link AuditAliases}. */
public final class AuditIds {

    private static final Pattern CANONICAL = Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");

    private AuditIds() {
    }

    /** The UUID {@code subject} is, or null when it is something else (a code, an agency). */
    public static UUID uuid(String subject) {
        return subject != null && CANONICAL.matcher(subject).matches() ? UUID.fromString(subject) : null;
    }
}
