package vn.onestop.e2e;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import vn.onestop.platform.testing.TestKafka;

import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static vn.onestop.platform.testing.Tokens.as;

/**
 * What every end-to-end class shares: the four packaged services (started once for the run), the
 * broker as a partner agency sees it, and the end of the class, once every consumer has caught
 * up, asserting that no event was dead-lettered.
 */
abstract class EndToEndTest {

    protected static TestKafka kafka;

    @BeforeAll
    static void startPlatform() throws Exception {
        PackagedPlatform.shared();
        kafka = new TestKafka();
    }

    @AfterAll
    static void nothingWasDeadLettered() {
        try {
            PackagedPlatform.assertNoDeadLetters();
        } finally {
            kafka.close();
        }
    }

    /** A dossier intake received: its public code and its id (the key of its events). */
    protected record Received(String code, String id) {
    }

    /**
     * Files a birth registration (P1) online at the ward, for the citizen whose token and personal
     * id number are given, and returns it once intake answered 201 RECEIVED.
     */
    protected static Received submitBirthRegistration(String citizenToken, String idNumber) {
        var response = as(citizenToken).baseUri(PackagedPlatform.url("intake-service")).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body("""
                        {"procedureId": "P1", "channel": "ONLINE", "receivingAgency": "002.01.20.H22",
                         "applicant": {"type": "CITIZEN", "fullName": "Phạm Thị Dung", "idNumber": "%s"},
                         "components": [%s, %s, %s]}""".formatted(idNumber, Components.pdf("BIRTH_REGISTRATION_FORM"),
                        Components.pdf("BIRTH_NOTICE"), Components.pdf("REQUESTER_ID")))
                .when().post("/api/v1/dossiers")
                .then().statusCode(201).body("status", equalTo("RECEIVED"))
                .extract();
        return new Received(response.path("code"), response.path("id"));
    }
}
