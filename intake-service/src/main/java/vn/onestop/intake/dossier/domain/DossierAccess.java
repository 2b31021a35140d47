package vn.onestop.intake.dossier.domain;

import vn.onestop.platform.rest.Actor;
import vn.onestop.platform.rest.Roles;

import java.util.Map;

/**
 * Who may see and change a dossier (docs/security.md). A dossier belongs to its applicant and to
 * the authorised representative who filed it; the counter staff of the centre that received it
 * act for them at the counter; the officers and leaders of the agency competent for it, or of the
 * centre that received it, handle it. Nobody else sees it, not even an administrator.
 */
public final class DossierAccess {

    /** Matches no dossier: the scope of a token that lacks the claim a list is filtered on. */
    static final String NOBODY = "-";

    private DossierAccess() {
    }

    /** The applicant or the representative on record. */
    public static boolean owns(Actor actor, String applicantIdNumber, Map<String, String> representative) {
        return actor.isPerson(applicantIdNumber)
                || (representative != null && actor.isPerson(representative.get("idNumber")));
    }

    public static boolean mayRead(Actor actor, Dossier dossier) {
        return owns(actor, dossier.applicantIdNumber, dossier.representative)
                || (actor.has(Roles.CENTRE_STAFF) && actor.actsFor(dossier.receivingAgency))
                || (actor.hasAny(Roles.OFFICER, Roles.LEADER)
                        && (actor.actsFor(dossier.competentAgency) || actor.actsFor(dossier.receivingAgency)));
    }

    /** Supplementing and withdrawing: what the applicant does, in person or through the counter. */
    /**
     * What the receiving centre does with a dossier it holds: scan its papers, accept or refuse an
     * online submission. Only that centre's counter staff.
     */
    public static boolean isReceivingStaff(Actor actor, Dossier dossier) {
        return actor.has(Roles.CENTRE_STAFF) && actor.actsFor(dossier.receivingAgency);
    }

    public static boolean mayAct(Actor actor, Dossier dossier) {
        return owns(actor, dossier.applicantIdNumber, dossier.representative)
                || (actor.has(Roles.CENTRE_STAFF) && actor.actsFor(dossier.receivingAgency));
    }

    /**
     * Filing: a citizen for themselves or as the representative named in the request, online or
     * by post; counter staff for anyone, at their own centre, at the counter or from the post. An
     * ONLINE dossier is the applicant's own act: counter staff entering one would misreport the
     * channel the province is measured on.
     */
    public static Refusal maySubmit(Actor actor, String receivingAgency, Channel channel, String applicantIdNumber,
                                    String representativeIdNumber) {
        if (actor.has(Roles.CENTRE_STAFF) && actor.actsFor(receivingAgency) && channel != Channel.ONLINE) {
            return null;
        }
        if (actor.has(Roles.CITIZEN)) {
            if (channel == Channel.COUNTER) {
                return new Refusal("counter submissions are made by the centre's counter staff");
            }
            boolean self = actor.isPerson(applicantIdNumber) && representativeIdNumber == null;
            boolean representing = actor.isPerson(representativeIdNumber);
            return self || representing ? null : new Refusal(
                    "a citizen files for themselves (applicant.idNumber = their own) or as the representative named "
                            + "in the request (representative.idNumber = their own)");
        }
        if (actor.has(Roles.CENTRE_STAFF)) {
            return channel == Channel.ONLINE
                    ? new Refusal("an ONLINE dossier is filed by the applicant or their representative; counter staff "
                            + "file COUNTER and POSTAL dossiers")
                    : new Refusal("counter staff file at their own centre (" + actor.agency() + "), not at "
                            + receivingAgency);
        }
        return new Refusal("only citizens and counter staff file dossiers");
    }

    /**
     * Which dossiers a list shows the caller, whatever the request asks: a citizen their own (as
     * applicant or representative), counter staff what their centre received, officers and leaders
     * what their agency is competent for. {@code requestedAgency} (the competent-agency filter)
     * narrows a citizen's or a centre's list; officers and leaders may only name their own agency.
     */
    public static Scope listScope(Actor actor, String requestedAgency) {
        if (actor.has(Roles.CITIZEN)) {
            return Scope.of(orNobody(actor.idNumber()), null, requestedAgency);
        }
        if (actor.has(Roles.CENTRE_STAFF)) {
            return Scope.of(null, orNobody(actor.agency()), requestedAgency);
        }
        if (actor.hasAny(Roles.OFFICER, Roles.LEADER)) {
            if (actor.agency() == null) {
                return Scope.refused("the token names no agency for this officer or leader");
            }
            if (requestedAgency != null && !actor.actsFor(requestedAgency)) {
                return Scope.refused("agency " + requestedAgency + " is not yours (" + actor.agency() + ")");
            }
            return Scope.of(null, null, actor.agency());
        }
        return Scope.refused("the dossier list is for citizens, counter staff, officers and leaders");
    }

    private static String orNobody(String value) {
        return value == null ? NOBODY : value;
    }

    /**
     * The filters a list applies for the caller (null: not filtered on), or why it is refused.
     *
     * @param person          applicant or representative id number
     * @param receivingAgency the centre that received the dossiers
     * @param competentAgency the agency competent for them
     */
    public record Scope(String person, String receivingAgency, String competentAgency, Refusal refusal) {

        static Scope of(String person, String receivingAgency, String competentAgency) {
            return new Scope(person, receivingAgency, competentAgency, null);
        }

        static Scope refused(String reason) {
            return new Scope(null, null, null, new Refusal(reason));
        }

        /** Whether {@code dossier} is in this scope: the list query's filter, said in Java. */
        public boolean includes(Dossier dossier) {
            return refusal == null
                    && (person == null || person.equals(dossier.applicantIdNumber)
                            || (dossier.representative != null && person.equals(dossier.representative.get("idNumber"))))
                    && (receivingAgency == null || receivingAgency.equals(dossier.receivingAgency))
                    && (competentAgency == null || competentAgency.equals(dossier.competentAgency));
        }
    }

    /** Why a request was refused, said to the caller. */
    public record Refusal(String reason) {
    }
}
