package vn.onestop.processing.casefile.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.onestop.platform.rest.Actor;
import vn.onestop.processing.workflow.domain.WorkflowCatalog;
import vn.onestop.processing.workflow.domain.WorkflowDefinition;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may see and act on a case, for a land transfer (P10) of the land office, received at a ward
 * centre, whose tax notice step goes to the tax office; the dossier's place also has a ward police
 * and a ward people's committee, which have no step in it.
 */
class CaseAccessTest {

    static final String LAND = "000.00.05.H22";
    static final String TAX = "000.00.04.H22";
    static final String POLICE = "001.01.20.H22";
    static final String COMMITTEE = "000.01.20.H22";
    static final String CENTRE = "002.01.20.H22";
    static final String OTHER_CENTRE = "003.01.20.H22";
    static final String APPLICANT = "079088001235";
    static final WorkflowDefinition P10 = WorkflowCatalog.bundled().get("P10");

    static CaseFile landTransfer() {
        CaseFile file = new CaseFile();
        file.procedureId = "P10";
        file.competentAgency = LAND;
        file.receivingAgency = CENTRE;
        file.applicantIdNumber = APPLICANT;
        file.agencies = Map.of("LAND_REGISTRATION@PROVINCE", LAND, "TAX@PROVINCE", TAX,
                "POLICE@COMMUNE", POLICE, "PEOPLES_COMMITTEE@COMMUNE", COMMITTEE);
        return file;
    }

    static Actor actor(String role, String agency) {
        String idNumber = "citizen".equals(role) ? APPLICANT : null;
        return new Actor(role + "-" + agency, role == null ? Set.of() : Set.of(role), agency, idNumber);
    }

    @ParameterizedTest(name = "{0} of {1}: read {2}, lead {3}, decide {4}, counter {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # role          | agency        | read  | lead  | decide | counter
            officer         | 000.00.05.H22 | true  | false | true   | true
            leader          | 000.00.05.H22 | true  | true  | false  | false
            partner-system  | 000.00.05.H22 | true  | false | false  | false
            centre-staff    | 000.00.05.H22 | false | false | false  | false
            # the tax office has a step: it sees the case, but neither stops it nor decides
            officer         | 000.00.04.H22 | true  | false | false  | false
            leader          | 000.00.04.H22 | true  | false | false  | false
            partner-system  | 000.00.04.H22 | true  | false | false  | false
            # agencies of the dossier's place without a step in it see nothing
            officer         | 001.01.20.H22 | false | false | false  | false
            leader          | 001.01.20.H22 | false | false | false  | false
            partner-system  | 000.01.20.H22 | false | false | false  | false
            # the receiving centre: its counter staff, not its other people
            centre-staff    | 002.01.20.H22 | true  | false | false  | true
            officer         | 002.01.20.H22 | false | false | false  | false
            leader          | 002.01.20.H22 | false | false | false  | false
            centre-staff    | 003.01.20.H22 | false | false | false  | false
            # an agency code is matched exactly
            officer         | 000.00.05.h22 | false | false | false  | false
            officer         | 000.00.05     | false | false | false  | false
            # no agency in the token, or roles that have no business with cases
            officer         | -             | false | false | false  | false
            leader          | -             | false | false | false  | false
            centre-staff    | -             | false | false | false  | false
            citizen         | -             | false | false | false  | false
            admin           | -             | false | false | false  | false
            operator        | -             | false | false | false  | false
            auditor         | -             | false | false | false  | false
            admin           | 000.00.05.H22 | false | false | false  | false
            -               | 000.00.05.H22 | false | false | false  | false
            """)
    void a_land_transfer(String role, String agency, boolean read, boolean lead, boolean decide, boolean counter) {
        CaseFile file = landTransfer();
        Actor actor = actor(role, agency);

        assertThat(CaseAccess.mayRead(actor, file, P10)).as("read").isEqualTo(read);
        assertThat(CaseAccess.mayLead(actor, file)).as("lead").isEqualTo(lead);
        assertThat(CaseAccess.mayDecide(actor, file)).as("decide").isEqualTo(decide);
        assertThat(CaseAccess.mayServeAtCounter(actor, file)).as("counter").isEqualTo(counter);
    }

    @Test
    void the_participants_are_the_competent_agency_and_the_agency_of_each_step() {
        assertThat(CaseAccess.participants(landTransfer(), P10)).containsExactlyInAnyOrder(LAND, TAX);
    }

    @Test
    void a_step_whose_agency_the_place_does_not_name_falls_to_the_competent_agency() {
        CaseFile file = landTransfer();
        file.agencies = Map.of("POLICE@COMMUNE", POLICE);
        assertThat(CaseAccess.participants(file, P10)).containsExactly(LAND);
        assertThat(CaseAccess.mayRead(actor("officer", TAX), file, P10)).isFalse();
        assertThat(CaseAccess.mayRead(actor("officer", POLICE), file, P10)).isFalse();

        file.agencies = null;
        assertThat(CaseAccess.participants(file, P10)).containsExactly(LAND);
        assertThat(CaseAccess.mayRead(actor("officer", LAND), file, P10)).isTrue();
    }

    @Test
    void a_bundles_parent_has_no_workflow_so_only_its_competent_agency_and_centre_see_it() {
        CaseFile bundle = landTransfer();
        bundle.procedureId = "DEATH_BUNDLE";
        bundle.competentAgency = CENTRE;

        assertThat(CaseAccess.participants(bundle, null)).containsExactly(CENTRE);
        assertThat(CaseAccess.mayRead(actor("centre-staff", CENTRE), bundle, null)).isTrue();
        assertThat(CaseAccess.mayRead(actor("leader", CENTRE), bundle, null)).isTrue();
        assertThat(CaseAccess.mayRead(actor("officer", LAND), bundle, null)).isFalse();
        assertThat(CaseAccess.mayRead(actor("officer", TAX), bundle, null)).isFalse();
    }

    @Test
    void the_rules_follow_the_case_not_the_caller_alone() {
        // the same ward police officer: nothing of the land transfer, everything a residence registration allows
        CaseFile residence = landTransfer();
        residence.procedureId = "P2";
        residence.competentAgency = POLICE;
        WorkflowDefinition p2 = WorkflowCatalog.bundled().get("P2");
        Actor police = actor("officer", POLICE);

        assertThat(CaseAccess.mayRead(police, landTransfer(), P10)).isFalse();
        assertThat(CaseAccess.mayRead(police, residence, p2)).isTrue();
        assertThat(CaseAccess.mayDecide(police, residence)).isTrue();
        assertThat(CaseAccess.mayRead(actor("officer", LAND), residence, p2)).isFalse();
        assertThat(CaseAccess.mayLead(actor("leader", POLICE), residence)).isTrue();
        assertThat(CaseAccess.mayLead(actor("leader", LAND), residence)).isFalse();
    }

    @Test
    void an_actor_with_several_roles_gets_what_each_role_allows() {
        Actor officerAndLeader = new Actor("both", Set.of("officer", "leader"), LAND, null);
        CaseFile file = landTransfer();
        assertThat(CaseAccess.mayLead(officerAndLeader, file)).isTrue();
        assertThat(CaseAccess.mayDecide(officerAndLeader, file)).isTrue();
        // an officer role acts for the caller's own agency only: the centre's, not the land office's
        Actor staff = new Actor("staff", Set.of("centre-staff", "officer"), CENTRE, null);
        assertThat(CaseAccess.mayServeAtCounter(staff, file)).isTrue();
        assertThat(CaseAccess.mayDecide(staff, file)).isFalse();
    }
}
