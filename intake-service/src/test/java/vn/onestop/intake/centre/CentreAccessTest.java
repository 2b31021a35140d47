package vn.onestop.intake.centre;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.onestop.intake.centre.domain.CentreAccess;
import vn.onestop.platform.rest.Actor;
import vn.onestop.platform.rest.Roles;

import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/** Who opens and closes the intake channels of {@link #CENTRE}. */
class CentreAccessTest {

    static final String CENTRE = "002.01.20.H22";

    static Actor actor(String role, String agency) {
        return new Actor(role, Set.of(role), agency, role.equals(Roles.CITIZEN) ? "001203004567" : null);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                argumentSet("the centre's counter staff", actor(Roles.CENTRE_STAFF, CENTRE), true),
                argumentSet("an administrator", actor(Roles.ADMIN, null), true),
                argumentSet("another centre's counter staff", actor(Roles.CENTRE_STAFF, "002.02.20.H22"), false),
                argumentSet("counter staff without agency", actor(Roles.CENTRE_STAFF, null), false),
                argumentSet("an officer of the centre", actor(Roles.OFFICER, CENTRE), false),
                argumentSet("a leader of the centre", actor(Roles.LEADER, CENTRE), false),
                argumentSet("a citizen with a stray agency claim", actor(Roles.CITIZEN, CENTRE), false),
                argumentSet("an operator", actor(Roles.OPERATOR, null), false));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void who_changes_a_centres_channels(Actor actor, boolean allowed) {
        assertThat(CentreAccess.mayChangeChannels(actor, CENTRE)).isEqualTo(allowed);
    }
}
