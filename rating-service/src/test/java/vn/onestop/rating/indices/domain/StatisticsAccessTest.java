package vn.onestop.rating.indices.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.onestop.platform.rest.Actor;

import java.util.Arrays;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Who reads the monthly statistics of an agency (or unit), one caller a row. */
class StatisticsAccessTest {

    @ParameterizedTest(name = "{0} agency={1} reads the statistics of {2}: {3}")
    @CsvSource(nullValues = "", value = {
            // the agency's own officers and leaders
            "officer,        000.01.20.H22, 000.01.20.H22, true",
            "leader,         000.01.20.H22, 000.01.20.H22, true",
            // another agency's, or a unit's (even the officer's own unit): refused
            "officer,        000.01.20.H22, 000.02.20.H22, false",
            "leader,         000.02.20.H22, 000.01.20.H22, false",
            "officer,        000.01.20.H22, 96001,         false",
            // administrators read any agency's and unit's
            "admin,          ,              000.01.20.H22, true",
            "admin,          ,              96001,         true",
            // counter staff and partner systems of the agency, citizens, operators, auditors: refused
            "centre-staff,   000.01.20.H22, 000.01.20.H22, false",
            "partner-system, 000.01.20.H22, 000.01.20.H22, false",
            "citizen,        ,              000.01.20.H22, false",
            "operator,       ,              000.01.20.H22, false",
            "auditor,        ,              000.01.20.H22, false",
            // an officer whose token names no agency
            "officer,        ,              000.01.20.H22, false",
    })
    void the_rule(String roles, String agency, String asked, boolean mayRead) {
        Actor actor = new Actor("someone", Set.copyOf(Arrays.asList(roles.split("\\+"))), agency, null);
        assertThat(StatisticsAccess.mayRead(actor, asked)).isEqualTo(mayRead);
    }
}
