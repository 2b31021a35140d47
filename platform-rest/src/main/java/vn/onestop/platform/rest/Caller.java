package vn.onestop.platform.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;

/**
 * Who is calling, from the verified access token only: never from the request body. The name
 * (the token's {@code preferred_username}, else its subject) is what services record as the actor
 * of an action; the roles, agency and personal id number decide what the caller may see and do.
 */
@RequestScoped
public class Caller {

    public static final String AGENCY_CLAIM = "agency";
    public static final String ID_NUMBER_CLAIM = "id_number";

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    Caller(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    /** The caller as plain data, for the access rules of the domain; 401 when there is no token. */
    public Actor actor() {
        return new Actor(name(), identity.getRoles(), agency().orElse(null), idNumber().orElse(null));
    }

    public boolean authenticated() {
        return !identity.isAnonymous();
    }

    /** The actor recorded for what this caller does. */
    public String name() {
        requireAuthenticated();
        return identity.getPrincipal().getName();
    }

    public boolean is(String role) {
        return identity.hasRole(role);
    }

    public boolean isAny(String... roles) {
        for (String role : roles) {
            if (identity.hasRole(role)) {
                return true;
            }
        }
        return false;
    }

    /** The agency an officer, counter staff, leader or partner system acts for. */
    public Optional<String> agency() {
        return claim(AGENCY_CLAIM);
    }

    /** A citizen's personal identification number. */
    public Optional<String> idNumber() {
        return claim(ID_NUMBER_CLAIM);
    }

    /** The caller's agency, or 403 when the token names none (a misconfigured account). */
    public String requireAgency() {
        return agency().orElseThrow(() -> forbidden("the token names no agency for this "
                + String.join("/", identity.getRoles()) + " account"));
    }

    /** The caller's personal id number, or 403 when the token carries none. */
    public String requireIdNumber() {
        return idNumber().orElseThrow(() -> forbidden("the token carries no personal id number"));
    }

    /** Whether the caller acts for {@code agency} (null never matches). */
    public boolean actsFor(String agency) {
        return agency != null && agency().map(agency::equals).orElse(false);
    }

    /** Whether the caller is the person with {@code idNumber} (null never matches). */
    public boolean isPerson(String idNumber) {
        return idNumber != null && idNumber().map(idNumber::equals).orElse(false);
    }

    /**
     * 403 with {@code detail} when {@code allowed} is false. Use it after the record was found, next
     * to the read or write it guards; for records a stranger must not learn exist, use
     * {@link #notFound} instead.
     */
    public void require(boolean allowed, String detail) {
        if (!allowed) {
            throw forbidden(detail);
        }
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail);
    }

    private void requireAuthenticated() {
        if (identity.isAnonymous()) {
            throw new ProblemException(401, "unauthenticated", "Authentication required",
                    "this operation needs a bearer token");
        }
    }

    private Optional<String> claim(String name) {
        if (identity.isAnonymous() || token == null || token.getRawToken() == null) {
            return Optional.empty();
        }
        Object value = token.getClaim(name);
        if (value == null) {
            return Optional.empty();
        }
        String text = value instanceof jakarta.json.JsonString json ? json.getString() : value.toString();
        return text.isBlank() ? Optional.empty() : Optional.of(text);
    }
}
