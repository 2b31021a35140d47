package vn.onestop.platform.rest;

import java.util.Objects;
import java.util.Set;

/**
 * The caller as the access rules see it: plain data taken from a verified token ({@link Caller#actor()}),
 * so that the rules of who may read or change a record are plain Java, tested without a server.
 *
 * @param name     recorded as the actor of what the caller does
 * @param roles    realm roles ({@link Roles})
 * @param agency   the agency an officer, counter staff, leader or partner system acts for, or null
 * @param idNumber a citizen's personal identification number, or null
 */
public record Actor(String name, Set<String> roles, String agency, String idNumber) {

    public Actor {
        Objects.requireNonNull(name, "name");
        roles = Set.copyOf(roles);
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    public boolean hasAny(String... wanted) {
        for (String role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    /** An officer, counter staff, leader or partner system of {@code agencyCode} (null never matches). */
    public boolean actsFor(String agencyCode) {
        return agencyCode != null && agencyCode.equals(agency);
    }

    /** The citizen whose personal id number is {@code number} (null never matches). */
    public boolean isPerson(String number) {
        return number != null && has(Roles.CITIZEN) && number.equals(idNumber);
    }
}
