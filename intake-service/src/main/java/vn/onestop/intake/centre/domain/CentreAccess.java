package vn.onestop.intake.centre.domain;

import vn.onestop.platform.rest.Actor;
import vn.onestop.platform.rest.Roles;

/** Who may open and close a service centre's intake channels (docs/security.md). */
public final class CentreAccess {

    private CentreAccess() {
    }

    /** The centre's own counter staff, or the province's administration. */
    public static boolean mayChangeChannels(Actor actor, String serviceCentre) {
        return actor.has(Roles.ADMIN) || (actor.has(Roles.CENTRE_STAFF) && actor.actsFor(serviceCentre));
    }
}
