package vn.onestop.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import vn.onestop.intake.dossier.domain.Dossier;
import vn.onestop.platform.testing.Tokens;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static vn.onestop.platform.testing.Tokens.as;

/** Seeded catalog facts and request bodies the intake tests share. */
public final class IntakeFixtures {

    /** An Xuyên ward's service centre; its commune agencies decide P1, P2, P4, P13. */
    public static final String WARD_CENTRE = "002.01.20.H22";
    public static final String WARD_PEOPLES_COMMITTEE = "000.01.20.H22";
    /** The provincial service centre: receives any dossier of the province (boundary-free intake). */
    public static final String PROVINCE_CENTRE = "000.00.01.H22";
    public static final String TAN_THANH_UNIT = "96002";
    public static final String TAN_THANH_PEOPLES_COMMITTEE = "000.02.20.H22";

    private static final ObjectMapper JSON = new ObjectMapper();

    public static final String PDF = base64("%PDF-1.4\n% Tờ khai\n");
    public static final String PNG = Base64.getEncoder().encodeToString(
            new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0});

    private IntakeFixtures() {
    }

    public static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String pdf(String code) {
        return "{\"code\": \"" + code + "\", \"fileName\": \"" + code.toLowerCase() + ".pdf\", "
                + "\"mediaType\": \"application/pdf\", \"contentBase64\": \"" + PDF + "\"}";
    }

    /** A complete birth registration (P1) handed in at a centre. */
    public static String birthRegistration(String centre, String channel, String idNumber) {
        return """
                {"procedureId": "P1", "channel": "%s", "receivingAgency": "%s",
                 "applicant": {"type": "CITIZEN", "fullName": "Nguyễn Văn An", "idNumber": "%s",
                               "email": "an@example.vn", "phone": "0912345678", "notify": ["EMAIL", "SMS"]},
                 "components": [%s, %s, %s]}
                """.formatted(channel, centre, idNumber, pdf("BIRTH_REGISTRATION_FORM"), pdf("BIRTH_NOTICE"),
                pdf("REQUESTER_ID"));
    }

    public static String birthRegistration(String idNumber) {
        return birthRegistration(WARD_CENTRE, "COUNTER", idNumber);
    }

    /**
     * Submits as whoever would really file the body: the applicant (or the representative it names)
     * for an ONLINE dossier, the counter staff of its receiving agency for a COUNTER or POSTAL one,
     * and for a body that is not a valid submission (which no check past validation sees).
     */
    public static Response submit(String key, String body) {
        return submitAs(filer(body), key, body);
    }

    public static Response submitAs(String token, String key, String body) {
        return as(token).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/dossiers");
    }

    /** The token of whoever files {@code body} (see {@link #submit}). */
    public static String filer(String body) {
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return Tokens.centreStaff(WARD_CENTRE);
        }
        String person = json.path("representative").path("idNumber").asText(json.path("applicant").path("idNumber").asText());
        if ("ONLINE".equals(json.path("channel").asText()) && person.matches("[0-9]{12}")) {
            return Tokens.citizen(person);
        }
        String agency = json.path("receivingAgency").asText();
        return Tokens.centreStaff(agency.matches("[0-9A-Z.]{1,32}") ? agency : WARD_CENTRE);
    }

    public static long dossierCount() {
        return QuarkusTransaction.requiringNew().call(() -> Dossier.count());
    }
}
