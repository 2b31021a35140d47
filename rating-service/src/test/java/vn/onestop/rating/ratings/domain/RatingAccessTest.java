package vn.onestop.rating.ratings.domain;

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
 * Who rates a dossier of the applicant 096185000321, received at 002.02.20.H22 for the competent
 * agency 000.02.20.H22, and who sees its rating; one caller a row.
 */
class RatingAccessTest {

    static Actor actor(String roles, String agency, String idNumber) {
        return new Actor("someone", Set.copyOf(Arrays.asList(roles.split("\\+"))), agency, idNumber);
    }

    static DossierFact dossier() {
        DossierFact d = new DossierFact(UUID.randomUUID());
        d.applicantIdNumber = "096185000321";
        d.receivingAgency = "002.02.20.H22";
        d.competentAgency = "000.02.20.H22";
        return d;
    }

    @ParameterizedTest(name = "{0} agency={1} id={2}: rate={3} read ratings={4}")
    @CsvSource(nullValues = "", value = {
            // the applicant rates and reads
            "citizen,         ,              096185000321, true,  true",
            // another citizen, or one without id number: neither
            "citizen,         ,              001203004567, false, false",
            "citizen,         ,              ,             false, false",
            // the competent agency's officers and leaders read, never rate
            "officer,         000.02.20.H22, ,             false, true",
            "leader,          000.02.20.H22, ,             false, true",
            // the receiving centre and other agencies: neither
            "officer,         002.02.20.H22, ,             false, false",
            "leader,          000.03.20.H22, ,             false, false",
            "centre-staff,    002.02.20.H22, ,             false, false",
            "partner-system,  000.02.20.H22, ,             false, false",
            // administrators read every rating; operators and auditors none
            "admin,           ,              ,             false, true",
            "operator,        ,              ,             false, false",
            "auditor,         ,              ,             false, false",
            // the applicant's id number on an officer's account does not make it the applicant
            "officer,         000.03.20.H22, 096185000321, false, false",
    })
    void rating_and_reading(String roles, String agency, String idNumber, boolean rate, boolean read) {
        Actor actor = actor(roles, agency, idNumber);
        assertThat(RatingAccess.mayRate(actor, dossier())).as("rate").isEqualTo(rate);
        assertThat(RatingAccess.mayReadRatings(actor, dossier())).as("read ratings").isEqualTo(read);
    }

    @ParameterizedTest(name = "{0} agency={1} id={2}, dossier rating does not know: rate=false read={3}")
    @CsvSource(nullValues = "", value = {
            "citizen,  ,              096185000321, false",
            "officer,  000.02.20.H22, ,             false",
            "admin,    ,              ,             true",
    })
    void a_dossier_rating_does_not_know(String roles, String agency, String idNumber, boolean read) {
        Actor actor = actor(roles, agency, idNumber);
        assertThat(RatingAccess.mayRate(actor, null)).isFalse();
        assertThat(RatingAccess.mayReadRatings(actor, null)).isEqualTo(read);
    }

    @Test
    void a_dossier_whose_applicant_is_not_known_yet_is_rated_by_nobody() {
        DossierFact d = dossier();
        d.applicantIdNumber = null;
        assertThat(RatingAccess.mayRate(actor("citizen", null, "096185000321"), d)).isFalse();
        assertThat(RatingAccess.mayReadRatings(actor("officer", "000.02.20.H22", null), d)).isTrue();
    }
}
