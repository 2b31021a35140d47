package vn.onestop.intake.appointment.domain;

import vn.onestop.platform.rest.Actor;
import vn.onestop.platform.rest.Roles;

/**
 * Who may book and see a counter appointment (docs/security.md): the citizen it is for, and the
 * counter staff of the centre it is at. Nobody else learns that it exists.
 */
public final class AppointmentAccess {

    private AppointmentAccess() {
    }

    /** Booking: a citizen for themselves, counter staff for anyone at their own centre. */
    public static boolean mayBook(Actor actor, String serviceCentre, String applicantIdNumber) {
        return concerns(actor, serviceCentre, applicantIdNumber);
    }

    public static boolean mayRead(Actor actor, String serviceCentre, String applicantIdNumber) {
        return concerns(actor, serviceCentre, applicantIdNumber);
    }

    private static boolean concerns(Actor actor, String serviceCentre, String applicantIdNumber) {
        return actor.isPerson(applicantIdNumber) || (actor.has(Roles.CENTRE_STAFF) && actor.actsFor(serviceCentre));
    }
}
