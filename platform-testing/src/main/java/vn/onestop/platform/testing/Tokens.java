package vn.onestop.platform.testing;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import vn.onestop.platform.testing.LocalIdentity.Person;

/**
 * Access tokens from the test Keycloak for the people of a test, and rest-assured requests that
 * carry them: {@code as(Tokens.citizen("001203004567")).get("/api/v1/dossiers/...")}.
 */
public final class Tokens {

    private Tokens() {
    }

    public static String citizen(String idNumber) {
        return LocalIdentity.fromEnvironment().tokenOf(Person.citizen(idNumber));
    }

    public static String officer(String agency) {
        return LocalIdentity.fromEnvironment().tokenOf(Person.of("officer", agency));
    }

    public static String centreStaff(String agency) {
        return LocalIdentity.fromEnvironment().tokenOf(Person.of("centre-staff", agency));
    }

    public static String leader(String agency) {
        return LocalIdentity.fromEnvironment().tokenOf(Person.of("leader", agency));
    }

    public static String partner(String agency) {
        return LocalIdentity.fromEnvironment().tokenOf(Person.of("partner-system", agency));
    }

    public static String admin() {
        return LocalIdentity.fromEnvironment().tokenOf(Person.of("admin"));
    }

    /** Another administrator than {@link #admin()} (of the provincial people's committee): the second pair of eyes. */
    public static String secondAdmin() {
        return LocalIdentity.fromEnvironment().tokenOf(Person.of("admin", "000.00.00.H22"));
    }

    public static String operator() {
        return LocalIdentity.fromEnvironment().tokenOf(Person.of("operator"));
    }

    public static String auditor() {
        return LocalIdentity.fromEnvironment().tokenOf(Person.of("auditor"));
    }

    /** A request that carries {@code token} as its bearer token. */
    public static RequestSpecification as(String token) {
        return RestAssured.given().auth().oauth2(token);
    }
}
