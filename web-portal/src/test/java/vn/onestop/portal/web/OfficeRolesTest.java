package vn.onestop.portal.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the office pages offer by the roles of the login: the apology letter's form (the office
 * index's link, the overdue rows' links) to leaders only, since processing refuses an officer's
 * letter; the agency pages to leaders and officers.
 */
class OfficeRolesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // roles                 | agency pages | operator | counter | apology
            "leader                  | true         | false    | false   | true",
            "officer                 | true         | false    | false   | false",
            "officer leader          | true         | false    | false   | true",
            "centre-staff            | false        | false    | true    | false",
            "operator                | false        | true     | false   | false",
            "admin                   | false        | true     | false   | false",
            "citizen                 | false        | false    | false   | false",
            "auditor                 | false        | false    | false   | false"})
    void the_apology_form_is_offered_to_leaders_only(String roles, boolean agencyPages, boolean operator,
                                                     boolean counter, boolean apologises) {
        Set<String> held = Set.of(roles.split(" "));
        OfficePages.Roles offered = OfficePages.Roles.of(held::contains);
        assertThat(offered.leader()).as("agency pages").isEqualTo(agencyPages);
        assertThat(offered.operator()).as("operator pages").isEqualTo(operator);
        assertThat(offered.counter()).as("counter pages").isEqualTo(counter);
        assertThat(offered.apologises()).as("apology form").isEqualTo(apologises);
    }
}
