package vn.onestop.rating.feedback.domain;

import vn.onestop.platform.rest.Actor;
import vn.onestop.platform.rest.Roles;
import vn.onestop.rating.projection.domain.DossierFact;

/**
 * Who may send, see and handle feedback (docs/security.md). Feedback belongs to the agency it is
 * about, whose officers handle it and whose leaders oversee it, and to the citizen who sent it.
 * Nobody else sees it, not even an administrator: it may name a dossier and say why its applicant
 * is unhappy.
 */
public final class FeedbackAccess {

    private FeedbackAccess() {
    }

    /**
     * Feedback about a dossier comes from its applicant only, so nobody can attach a complaint to
     * another person's dossier or learn that a dossier code exists. An agency takes feedback from
     * any citizen.
     */
    public static boolean mayFileAbout(Actor actor, DossierFact dossier) {
        return dossier != null && actor.isPerson(dossier.applicantIdNumber);
    }

    /** The citizen who sent it: recorded as their user name (the token's), never a name from the request. */
    public static boolean sent(Actor actor, Feedback feedback) {
        return actor.has(Roles.CITIZEN) && feedback.submittedBy != null && feedback.submittedBy.equals(actor.name());
    }

    public static boolean mayRead(Actor actor, Feedback feedback) {
        return (actor.hasAny(Roles.OFFICER, Roles.LEADER) && actor.actsFor(feedback.agency)) || sent(actor, feedback);
    }

    /** Claiming and answering: an officer of the agency it is about. */
    public static boolean mayHandle(Actor actor, Feedback feedback) {
        return actor.has(Roles.OFFICER) && actor.actsFor(feedback.agency);
    }

    /** Saying whether the answer satisfied: the citizen who sent it. */
    public static boolean mayJudge(Actor actor, Feedback feedback) {
        return sent(actor, feedback);
    }

    /** An agency's feedback list: its officers and leaders, for their own ({@code agency} null or theirs). */
    public static boolean mayList(Actor actor, String agency) {
        return actor.hasAny(Roles.OFFICER, Roles.LEADER) && actor.agency() != null
                && (agency == null || actor.actsFor(agency));
    }
}
