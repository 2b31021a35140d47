package vn.onestop.rating.indices.domain;

import vn.onestop.platform.rest.Actor;
import vn.onestop.platform.rest.Roles;

/**
 * Who may read an agency's monthly statistics (docs/security.md): its own officers and leaders,
 * and the province's administrators. The indices and rankings built from the same figures are
 * published to everyone; the monthly statistics are the agency's working report.
 */
public final class StatisticsAccess {

    private StatisticsAccess() {
    }

    public static boolean mayRead(Actor actor, String agency) {
        return actor.has(Roles.ADMIN) || (actor.hasAny(Roles.OFFICER, Roles.LEADER) && actor.actsFor(agency));
    }
}
