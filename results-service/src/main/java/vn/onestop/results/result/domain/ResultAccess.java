package vn.onestop.results.result.domain;

import vn.onestop.platform.rest.Actor;
import vn.onestop.platform.rest.Roles;

/**
 * Who may see and act on an issued result (docs/security.md). A result belongs to its owner, the
 * citizen whose personal id number it was issued to. Counter staff print results and hand them over,
 * and reuse a walk-in applicant's documents; administrators revoke results. Nobody else sees one:
 * not officers (processing shows them the decision), not operators (they see blocked results only).
 *
 * <p>Counter staff see every result, of any centre: results does not yet know which centre
 * received the dossier (DossierDecided does not say), so it cannot narrow them to their own
 * centre's dossiers. Once the decision carries the receiving agency, {@link #mayRead} and
 * {@link #mayHandOver} should ask {@code actor.actsFor(receivingAgency)} for counter staff.
 */
public final class ResultAccess {

    private ResultAccess() {
    }

    /** Reading a result, its PDF, or finding it in its dossier's list. */
    public static boolean mayRead(Actor actor, Result result) {
        return mayRead(actor, result.ownerIdNumber);
    }

    public static boolean mayRead(Actor actor, String ownerIdNumber) {
        return actor.isPerson(ownerIdNumber) || seesEveryResult(actor);
    }

    /** Counter staff and administrators see every result; a citizen only their own. */
    public static boolean seesEveryResult(Actor actor) {
        return actor.hasAny(Roles.CENTRE_STAFF, Roles.ADMIN);
    }

    /**
     * Which of a dossier's results a list shows the caller, as a query restriction: every one, the
     * caller's own (a citizen), or none. {@link #mayRead} holds for exactly the results the scope shows.
     */
    public static Scope listScope(Actor actor) {
        if (seesEveryResult(actor)) {
            return Scope.EVERY;
        }
        if (actor.has(Roles.CITIZEN) && actor.idNumber() != null) {
            return new Scope(false, actor.idNumber());
        }
        return Scope.NONE;
    }

    /** Revoking: administrators, any result. */
    public static boolean mayRevoke(Actor actor) {
        return actor.has(Roles.ADMIN);
    }

    /** Recording the handover to the applicant: counter staff (of any centre, see above). */
    public static boolean mayHandOver(Actor actor) {
        return actor.has(Roles.CENTRE_STAFF);
    }

    /**
     * The e-document store of {@code ownerIdNumber}: its owner, and counter staff who reuse a walk-in
     * applicant's documents for a new dossier.
     */
    public static boolean mayListDocuments(Actor actor, String ownerIdNumber) {
        return actor.isPerson(ownerIdNumber) || actor.has(Roles.CENTRE_STAFF);
    }

    /**
     * The results a list may show.
     *
     * @param every          every result
     * @param ownerIdNumber  when not {@code every}: only the results of this owner; null for none
     */
    public record Scope(boolean every, String ownerIdNumber) {

        public static final Scope EVERY = new Scope(true, null);
        public static final Scope NONE = new Scope(false, null);

        public boolean none() {
            return !every && ownerIdNumber == null;
        }
    }
}
