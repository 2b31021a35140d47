package vn.onestop.intake.notification;

import io.restassured.response.Response;
import vn.onestop.intake.IntakeFixtures;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static vn.onestop.platform.testing.Tokens.as;
import static vn.onestop.platform.testing.Tokens.centreStaff;

/**
 * Dossiers received at the ward centre's counter through the public API, and the notifications
 * listed for one, as its counter staff see them.
 */
final class TestDossiers {

    /** A received dossier; {@code trackingUrl} is its public link, as the applicant is given it. */
    record Submitted(UUID id, String code, String trackingUrl) {
    }

    private TestDossiers() {
    }

    static Submitted submit() {
        String idNumber = "0012030" + String.format("%05d", (int) (Math.random() * 100_000));
        Response response = IntakeFixtures.submit(UUID.randomUUID().toString(), IntakeFixtures.birthRegistration(idNumber));
        response.then().statusCode(201);
        return new Submitted(UUID.fromString(response.path("id")), response.path("code"), response.path("trackingUrl"));
    }

    static List<Map<String, Object>> notifications(String code) {
        return as(centreStaff(IntakeFixtures.WARD_CENTRE)).when().get("/api/v1/dossiers/{code}/notifications", code)
                .then().statusCode(200).extract().jsonPath().getList("items");
    }

    /**
     * The listed notifications with these ids, in list order. Submission itself may notify the
     * applicant too; tests look only at the notifications they requested.
     */
    static List<Map<String, Object>> notifications(String code, Collection<UUID> ids) {
        return notifications(code).stream().filter(n -> ids.contains(UUID.fromString((String) n.get("id")))).toList();
    }

    static Map<String, Object> notification(String code, UUID id) {
        return notifications(code, List.of(id)).stream().findFirst().orElseThrow();
    }

    static String randomPhone() {
        return "09" + String.format("%08d", (long) (Math.random() * 100_000_000L));
    }
}
