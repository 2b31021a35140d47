package vn.onestop.rating.ratings.domain;

import vn.onestop.platform.rest.Actor;
import vn.onestop.platform.rest.Roles;
import vn.onestop.rating.projection.domain.DossierFact;

/**
 * Who may rate a dossier and see its rating (docs/security.md), decided on rating's projection of
 * the dossier ({@code null} when rating does not know it). The applicant rates, and alone sees the
 * invitation to; the competent agency's officers and leaders see the rating of the dossiers they
 * handled, and administrators every rating.
 */
public final class RatingAccess {

    private RatingAccess() {
    }

    /** The rating invitation and rating: the dossier's applicant. */
    public static boolean mayRate(Actor actor, DossierFact dossier) {
        return dossier != null && actor.isPerson(dossier.applicantIdNumber);
    }

    public static boolean mayReadRatings(Actor actor, DossierFact dossier) {
        return actor.has(Roles.ADMIN) || mayRate(actor, dossier)
                || (dossier != null && actor.hasAny(Roles.OFFICER, Roles.LEADER)
                        && actor.actsFor(dossier.competentAgency));
    }
}
