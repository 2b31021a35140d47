package vn.onestop.results.result.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.onestop.platform.rest.Actor;

import java.util.Arrays;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Who sees and acts on a result of the owner 079088001236, one caller a row. */
class ResultAccessTest {

    private static final String OWNER = "079088001236";

    /** role(s) separated by '+', agency, id number. */
    static Actor actor(String roles, String agency, String idNumber) {
        return new Actor("someone", Set.copyOf(Arrays.asList(roles.split("\\+"))), agency, idNumber);
    }

    static Result result() {
        Result result = new Result();
        result.ownerIdNumber = OWNER;
        return result;
    }

    @ParameterizedTest(name = "{0} agency={1} id={2}: read={3} every={4} revoke={5} hand over={6} documents={7}")
    @CsvSource(nullValues = "", value = {
            // the owner reads their result and their store; nothing more
            "citizen,                   ,              079088001236, true,  false, false, false, true",
            // another citizen: neither the result nor the owner's store
            "citizen,                   ,              001203004567, false, false, false, false, false",
            // a citizen token without an id number is nobody's
            "citizen,                   ,              ,             false, false, false, false, false",
            // counter staff of any centre: results does not know the receiving centre (ResultAccess)
            "centre-staff,              000.01.20.H22, ,             true,  true,  false, true,  true",
            "centre-staff,              000.99.99.H99, ,             true,  true,  false, true,  true",
            // administrators read and revoke, do not hand over or browse stores
            "admin,                     ,              ,             true,  true,  true,  false, false",
            // officers, leaders, partner systems, operators and auditors see no result here
            "officer,                   000.00.01.H22, ,             false, false, false, false, false",
            "leader,                    000.00.01.H22, ,             false, false, false, false, false",
            "partner-system,            000.00.01.H22, ,             false, false, false, false, false",
            "operator,                  ,              ,             false, false, false, false, false",
            "auditor,                   ,              ,             false, false, false, false, false",
            // the owner's id number on a non-citizen account does not make it the owner
            "officer,                   000.00.01.H22, 079088001236, false, false, false, false, false",
            // roles add up: a citizen who is also counter staff
            "citizen+centre-staff,      000.01.20.H22, 001203004567, true,  true,  false, true,  true",
    })
    void the_rules(String roles, String agency, String idNumber, boolean read, boolean every, boolean revoke,
                   boolean handOver, boolean documents) {
        Actor actor = actor(roles, agency, idNumber);
        assertThat(ResultAccess.mayRead(actor, result())).as("read").isEqualTo(read);
        assertThat(ResultAccess.seesEveryResult(actor)).as("sees every result").isEqualTo(every);
        assertThat(ResultAccess.mayRevoke(actor)).as("revoke").isEqualTo(revoke);
        assertThat(ResultAccess.mayHandOver(actor)).as("hand over").isEqualTo(handOver);
        assertThat(ResultAccess.mayListDocuments(actor, OWNER)).as("the owner's documents").isEqualTo(documents);
    }

    /** A list shows exactly what mayRead allows: every result, the caller's own, or none. */
    @ParameterizedTest(name = "{0} id={1}: every={2} owner={3}")
    @CsvSource(nullValues = "", value = {
            "citizen,        079088001236, false, 079088001236",
            "citizen,        001203004567, false, 001203004567",
            "citizen,        ,             false, ",
            "centre-staff,   ,             true,  ",
            "admin,          ,             true,  ",
            "officer,        ,             false, ",
            "operator,       ,             false, ",
            "officer,        079088001236, false, ",
    })
    void the_list_scope_matches_the_read_rule(String roles, String idNumber, boolean every, String owner) {
        Actor actor = actor(roles, roles.equals("officer") ? "000.00.01.H22" : null, idNumber);
        ResultAccess.Scope scope = ResultAccess.listScope(actor);
        assertThat(scope.every()).isEqualTo(every);
        assertThat(scope.ownerIdNumber()).isEqualTo(owner);
        assertThat(scope.none()).isEqualTo(!every && owner == null);
        for (String resultOwner : new String[]{"079088001236", "001203004567", "096185000321"}) {
            boolean shown = scope.every() || resultOwner.equals(scope.ownerIdNumber());
            assertThat(shown).as("result of %s", resultOwner)
                    .isEqualTo(ResultAccess.mayRead(actor, resultOwner));
        }
    }
}
