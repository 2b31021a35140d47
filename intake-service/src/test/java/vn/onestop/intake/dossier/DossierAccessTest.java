package vn.onestop.intake.dossier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.onestop.intake.dossier.domain.Channel;
import vn.onestop.intake.dossier.domain.Dossier;
import vn.onestop.intake.dossier.domain.DossierAccess;
import vn.onestop.platform.rest.Actor;
import vn.onestop.platform.rest.Roles;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/** Who may see, change, file and list dossiers: the rules of {@link DossierAccess}, case by case. */
class DossierAccessTest {

    static final String CENTRE = "002.01.20.H22";
    static final String OTHER_CENTRE = "002.02.20.H22";
    static final String COMPETENT = "000.01.20.H22";
    static final String OTHER_AGENCY = "000.02.20.H22";
    static final String APPLICANT = "001203004567";
    static final String REPRESENTATIVE = "001203004999";
    static final String STRANGER = "001203004111";

    static final Actor APPLICANT_CITIZEN = citizen(APPLICANT);
    static final Actor REPRESENTATIVE_CITIZEN = citizen(REPRESENTATIVE);
    static final Actor STRANGER_CITIZEN = citizen(STRANGER);
    static final Actor CITIZEN_WITHOUT_ID = new Actor("citizen-x", Set.of(Roles.CITIZEN), null, null);
    /** A citizen's token that carries an agency claim: roles decide, a stray claim grants nothing. */
    static final Actor CITIZEN_WITH_AGENCY = new Actor("citizen-y", Set.of(Roles.CITIZEN), COMPETENT, STRANGER);
    static final Actor STAFF = actor(Roles.CENTRE_STAFF, CENTRE);
    static final Actor OTHER_STAFF = actor(Roles.CENTRE_STAFF, OTHER_CENTRE);
    static final Actor STAFF_WITHOUT_AGENCY = actor(Roles.CENTRE_STAFF, null);
    static final Actor OFFICER = actor(Roles.OFFICER, COMPETENT);
    static final Actor OTHER_OFFICER = actor(Roles.OFFICER, OTHER_AGENCY);
    static final Actor OFFICER_WITHOUT_AGENCY = actor(Roles.OFFICER, null);
    static final Actor CENTRE_OFFICER = actor(Roles.OFFICER, CENTRE);
    static final Actor LEADER = actor(Roles.LEADER, COMPETENT);
    static final Actor OTHER_LEADER = actor(Roles.LEADER, OTHER_AGENCY);
    /** An officer whose own id number is the applicant's: an officer's token is not the citizen's. */
    static final Actor OFFICER_WITH_APPLICANTS_ID = new Actor("officer-z", Set.of(Roles.OFFICER), OTHER_AGENCY, APPLICANT);
    static final Actor PARTNER = actor(Roles.PARTNER_SYSTEM, COMPETENT);
    static final Actor ADMIN = actor(Roles.ADMIN, null);
    static final Actor OPERATOR = actor(Roles.OPERATOR, null);
    static final Actor AUDITOR = actor(Roles.AUDITOR, null);

    static Actor citizen(String idNumber) {
        return new Actor("citizen-" + idNumber, Set.of(Roles.CITIZEN), null, idNumber);
    }

    static Actor actor(String role, String agency) {
        return new Actor(role + "-" + agency, Set.of(role), agency, null);
    }

    /** Filed at {@link #CENTRE} by {@link #REPRESENTATIVE} for {@link #APPLICANT}, decided by {@link #COMPETENT}. */
    static Dossier dossier() {
        return dossier(APPLICANT, REPRESENTATIVE, CENTRE, COMPETENT);
    }

    static Dossier dossier(String applicant, String representative, String receiving, String competent) {
        Dossier d = new Dossier();
        d.applicantIdNumber = applicant;
        d.representative = representative == null ? null : Map.of("fullName", "R", "idNumber", representative);
        d.receivingAgency = receiving;
        d.competentAgency = competent;
        return d;
    }

    static Stream<Arguments> readAndAct() {
        return Stream.of(
                argumentSet("the applicant reads and acts", APPLICANT_CITIZEN, true, true),
                argumentSet("the representative on record reads and acts", REPRESENTATIVE_CITIZEN, true, true),
                argumentSet("another citizen: nothing", STRANGER_CITIZEN, false, false),
                argumentSet("a citizen token without id number: nothing", CITIZEN_WITHOUT_ID, false, false),
                argumentSet("a citizen with a stray agency claim: nothing", CITIZEN_WITH_AGENCY, false, false),
                argumentSet("the receiving centre's staff read and act", STAFF, true, true),
                argumentSet("another centre's staff: nothing", OTHER_STAFF, false, false),
                argumentSet("staff without agency: nothing", STAFF_WITHOUT_AGENCY, false, false),
                argumentSet("the competent agency's officer reads, does not act", OFFICER, true, false),
                argumentSet("the competent agency's leader reads, does not act", LEADER, true, false),
                argumentSet("an officer of the receiving centre reads", CENTRE_OFFICER, true, false),
                argumentSet("another agency's officer: nothing", OTHER_OFFICER, false, false),
                argumentSet("another agency's leader: nothing", OTHER_LEADER, false, false),
                argumentSet("an officer without agency: nothing", OFFICER_WITHOUT_AGENCY, false, false),
                argumentSet("an officer carrying the applicant's id: nothing", OFFICER_WITH_APPLICANTS_ID, false, false),
                argumentSet("the competent agency's partner system: nothing here", PARTNER, false, false),
                argumentSet("an administrator: nothing", ADMIN, false, false),
                argumentSet("an operator: nothing", OPERATOR, false, false),
                argumentSet("an auditor: nothing", AUDITOR, false, false));
    }

    @ParameterizedTest
    @MethodSource("readAndAct")
    void who_reads_and_acts_on_a_dossier(Actor actor, boolean mayRead, boolean mayAct) {
        assertThat(DossierAccess.mayRead(actor, dossier())).as("mayRead").isEqualTo(mayRead);
        assertThat(DossierAccess.mayAct(actor, dossier())).as("mayAct").isEqualTo(mayAct);
    }

    @Test
    void acting_on_a_dossier_implies_reading_it_and_without_a_representative_only_the_applicant_owns_it() {
        Dossier own = dossier(APPLICANT, null, CENTRE, COMPETENT);
        for (Actor actor : allActors()) {
            if (DossierAccess.mayAct(actor, dossier())) {
                assertThat(DossierAccess.mayRead(actor, dossier())).as(actor.name()).isTrue();
            }
        }
        assertThat(DossierAccess.mayRead(REPRESENTATIVE_CITIZEN, own)).isFalse();
        assertThat(DossierAccess.mayRead(APPLICANT_CITIZEN, own)).isTrue();
    }

    static Stream<Arguments> filing() {
        return Stream.of(
                argumentSet("a citizen online for themselves", APPLICANT_CITIZEN, CENTRE, Channel.ONLINE, APPLICANT, null, true),
                argumentSet("a citizen by post for themselves", APPLICANT_CITIZEN, CENTRE, Channel.POSTAL, APPLICANT, null, true),
                argumentSet("a citizen at the counter", APPLICANT_CITIZEN, CENTRE, Channel.COUNTER, APPLICANT, null, false),
                argumentSet("a citizen for another person's id", STRANGER_CITIZEN, CENTRE, Channel.ONLINE, APPLICANT, null, false),
                argumentSet("a citizen as the representative named", REPRESENTATIVE_CITIZEN, CENTRE, Channel.ONLINE, APPLICANT,
                        REPRESENTATIVE, true),
                argumentSet("a citizen as a representative not named", STRANGER_CITIZEN, CENTRE, Channel.ONLINE, APPLICANT,
                        REPRESENTATIVE, false),
                argumentSet("the applicant when someone else is named to represent them", APPLICANT_CITIZEN, CENTRE,
                        Channel.ONLINE, APPLICANT, REPRESENTATIVE, false),
                argumentSet("a citizen token without id number", CITIZEN_WITHOUT_ID, CENTRE, Channel.ONLINE, APPLICANT, null, false),
                argumentSet("counter staff at their own counter, for anyone", STAFF, CENTRE, Channel.COUNTER, STRANGER, null, true),
                argumentSet("counter staff entering a postal dossier", STAFF, CENTRE, Channel.POSTAL, APPLICANT, null, true),
                argumentSet("counter staff filing an ONLINE dossier", STAFF, CENTRE, Channel.ONLINE, APPLICANT, null, false),
                argumentSet("counter staff at another centre", OTHER_STAFF, CENTRE, Channel.COUNTER, APPLICANT, null, false),
                argumentSet("counter staff without agency", STAFF_WITHOUT_AGENCY, CENTRE, Channel.COUNTER, APPLICANT, null, false),
                argumentSet("an officer", OFFICER, CENTRE, Channel.COUNTER, APPLICANT, null, false),
                argumentSet("an officer of the receiving centre", CENTRE_OFFICER, CENTRE, Channel.COUNTER, APPLICANT, null, false),
                argumentSet("a leader", LEADER, CENTRE, Channel.POSTAL, APPLICANT, null, false),
                argumentSet("a partner system", PARTNER, CENTRE, Channel.ONLINE, APPLICANT, null, false),
                argumentSet("an administrator", ADMIN, CENTRE, Channel.COUNTER, APPLICANT, null, false));
    }

    @ParameterizedTest
    @MethodSource("filing")
    void who_files_a_dossier(Actor actor, String receivingAgency, Channel channel, String applicant,
                             String representative, boolean allowed) {
        DossierAccess.Refusal refusal = DossierAccess.maySubmit(actor, receivingAgency, channel, applicant, representative);
        if (allowed) {
            assertThat(refusal).isNull();
        } else {
            assertThat(refusal).isNotNull();
            assertThat(refusal.reason()).isNotBlank();
        }
    }

    static Stream<Arguments> lists() {
        return Stream.of(
                argumentSet("a citizen: their own", APPLICANT_CITIZEN, null, APPLICANT, null, null),
                argumentSet("a citizen may narrow to a competent agency", APPLICANT_CITIZEN, OTHER_AGENCY, APPLICANT, null,
                        OTHER_AGENCY),
                argumentSet("a citizen token without id: nobody's", CITIZEN_WITHOUT_ID, null, "-", null, null),
                argumentSet("counter staff: their centre's", STAFF, null, null, CENTRE, null),
                argumentSet("counter staff may narrow to a competent agency", STAFF, COMPETENT, null, CENTRE, COMPETENT),
                argumentSet("counter staff without agency: no centre's", STAFF_WITHOUT_AGENCY, null, null, "-", null),
                argumentSet("an officer: their agency's", OFFICER, null, null, null, COMPETENT),
                argumentSet("an officer naming their own agency", OFFICER, COMPETENT, null, null, COMPETENT),
                argumentSet("a leader: their agency's", LEADER, null, null, null, COMPETENT));
    }

    @ParameterizedTest
    @MethodSource("lists")
    void what_a_list_shows(Actor actor, String requested, String person, String receiving, String competent) {
        DossierAccess.Scope scope = DossierAccess.listScope(actor, requested);
        assertThat(scope.refusal()).isNull();
        assertThat(scope.person()).as("person").isEqualTo(person);
        assertThat(scope.receivingAgency()).as("receiving agency").isEqualTo(receiving);
        assertThat(scope.competentAgency()).as("competent agency").isEqualTo(competent);
    }

    static Stream<Arguments> refusedLists() {
        return Stream.of(
                argumentSet("an officer asking for another agency", OFFICER, OTHER_AGENCY),
                argumentSet("a leader asking for another agency", LEADER, OTHER_AGENCY),
                argumentSet("an officer without agency", OFFICER_WITHOUT_AGENCY, null),
                argumentSet("a partner system", PARTNER, null),
                argumentSet("an administrator", ADMIN, null),
                argumentSet("an operator", OPERATOR, null),
                argumentSet("an auditor", AUDITOR, null));
    }

    @ParameterizedTest
    @MethodSource("refusedLists")
    void who_gets_no_list(Actor actor, String requested) {
        DossierAccess.Scope scope = DossierAccess.listScope(actor, requested);
        assertThat(scope.refusal()).isNotNull();
        assertThat(scope.includes(dossier())).isFalse();
    }

    @Test
    void a_list_shows_nothing_its_caller_may_not_read() {
        List<Dossier> dossiers = List.of(dossier(),
                dossier(STRANGER, null, CENTRE, COMPETENT),
                dossier(APPLICANT, null, OTHER_CENTRE, OTHER_AGENCY),
                dossier(STRANGER, APPLICANT, OTHER_CENTRE, COMPETENT),
                dossier(REPRESENTATIVE, null, CENTRE, OTHER_AGENCY));
        for (Actor actor : allActors()) {
            for (String requested : new String[]{null, COMPETENT, OTHER_AGENCY}) {
                DossierAccess.Scope scope = DossierAccess.listScope(actor, requested);
                for (Dossier d : dossiers) {
                    if (scope.includes(d)) {
                        assertThat(DossierAccess.mayRead(actor, d))
                                .as("%s listing %s sees a dossier of %s at %s", actor.name(), requested,
                                        d.applicantIdNumber, d.receivingAgency)
                                .isTrue();
                    }
                }
            }
        }
    }

    @Test
    void citizen_a_never_lists_citizen_bs_dossier_but_lists_the_one_they_represent() {
        Dossier bs = dossier(STRANGER, null, CENTRE, COMPETENT);
        Dossier represented = dossier(STRANGER, APPLICANT, CENTRE, COMPETENT);
        DossierAccess.Scope a = DossierAccess.listScope(APPLICANT_CITIZEN, null);
        assertThat(a.includes(bs)).isFalse();
        assertThat(a.includes(represented)).isTrue();
        assertThat(a.includes(dossier())).isTrue();
        assertThat(DossierAccess.listScope(STRANGER_CITIZEN, null).includes(dossier())).isFalse();
        // another centre's staff and another agency's officer see none of the centre's or agency's dossiers
        assertThat(DossierAccess.listScope(OTHER_STAFF, null).includes(dossier())).isFalse();
        assertThat(DossierAccess.listScope(OTHER_OFFICER, null).includes(dossier())).isFalse();
    }

    static List<Actor> allActors() {
        return List.of(APPLICANT_CITIZEN, REPRESENTATIVE_CITIZEN, STRANGER_CITIZEN, CITIZEN_WITHOUT_ID,
                CITIZEN_WITH_AGENCY, STAFF, OTHER_STAFF, STAFF_WITHOUT_AGENCY, OFFICER, OTHER_OFFICER,
                OFFICER_WITHOUT_AGENCY, CENTRE_OFFICER, LEADER, OTHER_LEADER, OFFICER_WITH_APPLICANTS_ID, PARTNER,
                ADMIN, OPERATOR, AUDITOR);
    }
}
