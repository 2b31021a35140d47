package vn.onestop.intake.appointment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.onestop.intake.appointment.domain.AppointmentAccess;
import vn.onestop.platform.rest.Actor;
import vn.onestop.platform.rest.Roles;

import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/** Who books and sees a counter appointment at {@link #CENTRE} for {@link #APPLICANT}. */
class AppointmentAccessTest {

    static final String CENTRE = "002.01.20.H22";
    static final String APPLICANT = "079090002001";

    static Actor actor(String role, String agency, String idNumber) {
        return new Actor(role, Set.of(role), agency, idNumber);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                argumentSet("the citizen it is for", actor(Roles.CITIZEN, null, APPLICANT), true),
                argumentSet("another citizen", actor(Roles.CITIZEN, null, "079090002002"), false),
                argumentSet("a citizen with a stray agency claim of the centre", actor(Roles.CITIZEN, CENTRE, "079090002002"), false),
                argumentSet("the centre's counter staff", actor(Roles.CENTRE_STAFF, CENTRE, null), true),
                argumentSet("another centre's counter staff", actor(Roles.CENTRE_STAFF, "002.02.20.H22", null), false),
                argumentSet("counter staff without agency", actor(Roles.CENTRE_STAFF, null, null), false),
                argumentSet("an officer of the centre's agency", actor(Roles.OFFICER, CENTRE, null), false),
                argumentSet("an officer carrying the applicant's id", actor(Roles.OFFICER, "000.01.20.H22", APPLICANT), false),
                argumentSet("a leader", actor(Roles.LEADER, CENTRE, null), false),
                argumentSet("an administrator", actor(Roles.ADMIN, null, null), false));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void who_books_and_sees_an_appointment(Actor actor, boolean allowed) {
        assertThat(AppointmentAccess.mayBook(actor, CENTRE, APPLICANT)).as("mayBook").isEqualTo(allowed);
        assertThat(AppointmentAccess.mayRead(actor, CENTRE, APPLICANT)).as("mayRead").isEqualTo(allowed);
    }
}
