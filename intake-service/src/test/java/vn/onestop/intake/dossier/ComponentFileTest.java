package vn.onestop.intake.dossier;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.onestop.intake.IntakeFixtures.PDF;
import static vn.onestop.intake.IntakeFixtures.TAN_THANH_PEOPLES_COMMITTEE;
import static vn.onestop.intake.IntakeFixtures.WARD_CENTRE;
import static vn.onestop.intake.IntakeFixtures.WARD_PEOPLES_COMMITTEE;
import static vn.onestop.intake.IntakeFixtures.pdf;
import static vn.onestop.intake.IntakeFixtures.submit;
import static vn.onestop.platform.testing.Tokens.as;
import static vn.onestop.platform.testing.Tokens.centreStaff;
import static vn.onestop.platform.testing.Tokens.citizen;
import static vn.onestop.platform.testing.Tokens.officer;

/** The officer opens each uploaded file of the dossier they appraise; nobody else's dossier's files. */
@QuarkusTest
class ComponentFileTest {

    private static final String PATH = "/api/v1/dossiers/{code}/components/{component}/file";

    @Test
    void whoever_may_read_the_dossier_opens_an_uploaded_file_as_it_was_received() {
        String code = submit(UUID.randomUUID().toString(), """
                {"procedureId": "P1", "channel": "COUNTER", "receivingAgency": "%s",
                 "applicant": {"type": "CITIZEN", "fullName": "Trần Thị Mai", "idNumber": "001203007301"},
                 "components": [%s, {"code": "BIRTH_NOTICE", "paper": true}, %s]}
                """.formatted(WARD_CENTRE, pdf("BIRTH_REGISTRATION_FORM"), pdf("REQUESTER_ID")))
                .then().statusCode(201).extract().path("code");
        byte[] uploaded = Base64.getDecoder().decode(PDF);

        for (String reader : new String[]{officer(WARD_PEOPLES_COMMITTEE), citizen("001203007301"),
                centreStaff(WARD_CENTRE)}) {
            byte[] file = as(reader).get(PATH, code, "BIRTH_REGISTRATION_FORM").then().statusCode(200)
                    .contentType("application/pdf").header("X-Content-Type-Options", "nosniff")
                    .extract().asByteArray();
            assertThat(file).isEqualTo(uploaded);
        }
        as(officer(WARD_PEOPLES_COMMITTEE)).queryParam("round", 0).get(PATH, code, "REQUESTER_ID")
                .then().statusCode(200);

        // another agency's officer, another citizen: as for an unknown dossier
        as(officer(TAN_THANH_PEOPLES_COMMITTEE)).get(PATH, code, "BIRTH_REGISTRATION_FORM").then().statusCode(404)
                .contentType("application/problem+json");
        as(citizen("001203007302")).get(PATH, code, "BIRTH_REGISTRATION_FORM").then().statusCode(404);
        // a paper not scanned yet, a component the dossier lacks, a round it never had: no file
        as(officer(WARD_PEOPLES_COMMITTEE)).get(PATH, code, "BIRTH_NOTICE").then().statusCode(404);
        as(officer(WARD_PEOPLES_COMMITTEE)).get(PATH, code, "NO_SUCH_COMPONENT").then().statusCode(404);
        as(officer(WARD_PEOPLES_COMMITTEE)).queryParam("round", 3).get(PATH, code, "REQUESTER_ID")
                .then().statusCode(404);
        as(officer(WARD_PEOPLES_COMMITTEE)).queryParam("round", "x").get(PATH, code, "REQUESTER_ID")
                .then().statusCode(400).body("violations[0].field", equalTo("round"));
    }
}
