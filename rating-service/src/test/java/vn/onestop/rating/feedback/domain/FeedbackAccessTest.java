package vn.onestop.rating.feedback.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.onestop.platform.rest.Actor;
import vn.onestop.rating.projection.domain.DossierFact;

import java.util.Arrays;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who sends, sees and handles feedback about the agency 000.02.20.H22 sent by the citizen
 * citizen-096185000321, one caller a row.
 */
class FeedbackAccessTest {

    private static final String AGENCY = "000.02.20.H22";
    private static final String SENDER = "citizen-096185000321";
    private static final String APPLICANT = "096185000321";

    /** role(s) separated by '+'. */
    static Actor actor(String name, String roles, String agency, String idNumber) {
        return new Actor(name, Set.copyOf(Arrays.asList(roles.split("\\+"))), agency, idNumber);
    }

    static Feedback feedback() {
        Feedback f = new Feedback();
        f.agency = AGENCY;
        f.submittedBy = SENDER;
        return f;
    }

    @ParameterizedTest(name = "{0} ({1}, agency={2}): read={3} handle={4} judge={5}")
    @CsvSource(nullValues = "", value = {
            // the citizen who sent it reads it and judges the answer; does not handle it
            "citizen-096185000321,      citizen,         ,              096185000321, true,  false, true",
            // another citizen: nothing, even one whose user name is not theirs but id number is
            "citizen-001203004567,      citizen,         ,              001203004567, false, false, false",
            "citizen-001203004567,      citizen,         ,              096185000321, false, false, false",
            // the sender's user name on an account that is not a citizen's does not make it the sender
            "citizen-096185000321,      officer,         000.03.20.H22, ,             false, false, false",
            // the agency's officers read and handle it; its leaders read it
            "officer-000.02.20.h22,     officer,         000.02.20.H22, ,             true,  true,  false",
            "leader-000.02.20.h22,      leader,          000.02.20.H22, ,             true,  false, false",
            // another agency's officers and leaders, counter staff, partner systems: nothing
            "officer-000.03.20.h22,     officer,         000.03.20.H22, ,             false, false, false",
            "leader-000.03.20.h22,      leader,          000.03.20.H22, ,             false, false, false",
            "centre-staff-000.02.20.h22, centre-staff,   000.02.20.H22, ,             false, false, false",
            "partner-system-000.02.20.h22, partner-system, 000.02.20.H22, ,           false, false, false",
            // an officer whose token names no agency
            "officer,                   officer,         ,              ,             false, false, false",
            // administrators, operators, auditors see no feedback
            "admin,                     admin,           ,              ,             false, false, false",
            "operator,                  operator,        ,              ,             false, false, false",
            "auditor,                   auditor,         ,              ,             false, false, false",
            // roles add up: an officer of the agency who is also a citizen
            "someone,                   citizen+officer, 000.02.20.H22, 001203004567, true,  true,  false",
    })
    void reading_handling_judging(String name, String roles, String agency, String idNumber, boolean read,
                                  boolean handle, boolean judge) {
        Actor actor = actor(name, roles, agency, idNumber);
        assertThat(FeedbackAccess.mayRead(actor, feedback())).as("read").isEqualTo(read);
        assertThat(FeedbackAccess.mayHandle(actor, feedback())).as("handle").isEqualTo(handle);
        assertThat(FeedbackAccess.mayJudge(actor, feedback())).as("judge").isEqualTo(judge);
    }

    @ParameterizedTest(name = "{0} agency={1} id={2}, dossier applicant {3}: may file {4}")
    @CsvSource(nullValues = "", value = {
            // the applicant files about their dossier
            "citizen,         ,              096185000321, 096185000321, true",
            // anyone else does not: another citizen, a citizen without id number, staff of its agencies
            "citizen,         ,              001203004567, 096185000321, false",
            "citizen,         ,              ,             096185000321, false",
            "officer,         000.02.20.H22, 096185000321, 096185000321, false",
            "centre-staff,    002.02.20.H22, ,             096185000321, false",
            "admin,           ,              ,             096185000321, false",
            // a dossier whose applicant rating does not know: nobody
            "citizen,         ,              096185000321, ,             false",
    })
    void filing_about_a_dossier(String roles, String agency, String idNumber, String applicant, boolean mayFile) {
        DossierFact dossier = new DossierFact(UUID.randomUUID());
        dossier.competentAgency = AGENCY;
        dossier.applicantIdNumber = applicant;
        assertThat(FeedbackAccess.mayFileAbout(actor("someone", roles, agency, idNumber), dossier)).isEqualTo(mayFile);
    }

    @Test
    void filing_about_a_dossier_rating_does_not_know() {
        assertThat(FeedbackAccess.mayFileAbout(actor("someone", "citizen", null, APPLICANT), null)).isFalse();
    }

    @ParameterizedTest(name = "{0} agency={1}, asks for {2}: {3}")
    @CsvSource(nullValues = "", value = {
            // officers and leaders list their own agency's, with or without naming it
            "officer,      000.02.20.H22, ,              true",
            "officer,      000.02.20.H22, 000.02.20.H22, true",
            "leader,       000.02.20.H22, 000.02.20.H22, true",
            // another agency's: refused
            "officer,      000.02.20.H22, 000.03.20.H22, false",
            "leader,       000.02.20.H22, 000.03.20.H22, false",
            // no agency on the token: nothing to list
            "officer,      ,              ,              false",
            // others have no list
            "citizen,      ,              ,              false",
            "centre-staff, 000.02.20.H22, 000.02.20.H22, false",
            "admin,        ,              000.02.20.H22, false",
    })
    void listing(String roles, String agency, String asked, boolean mayList) {
        assertThat(FeedbackAccess.mayList(actor("someone", roles, agency, null), asked)).isEqualTo(mayList);
    }
}
