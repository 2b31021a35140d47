package vn.onestop.e2e;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import vn.onestop.platform.testing.Tokens;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.onestop.platform.testing.Tokens.as;

/**
 * The counter's submission form for every applicant and procedure, in a real browser on the packaged
 * platform: the ward centre's staff receive a construction permit (decided where the land parcel lies,
 * not where the applicant is) for a business that sends its director, one component handed in on paper;
 * a bad representative's ID number comes back next to its field. intake then holds the business, the
 * representative, the competent agency of the parcel's ward and the paper not yet digitized; the staff
 * scan it from the dossier's page and intake has it digitized. One browser session, four page loads.
 */
class CounterFormsIT extends BrowserTest {

    private static final String WARD_CENTRE = "002.01.20.H22";
    /** Tân Thành ward, where the parcel lies; its People's Committee decides, not An Xuyên's. */
    private static final String PARCEL_UNIT = "96002";
    private static final String PARCEL_COMMITTEE = "000.02.20.H22";
    private static final String TAX_NUMBER = "2001234888";
    private static final String DIRECTOR_ID = "096085000333";


    @Test
    void counter_staff_receive_a_parcels_procedure_for_a_business_with_its_representative_and_scan_a_paper_later()
            throws IOException {
        window.loginAt("/office/counter/receive/P12", "staff-anxuyen");
        // decided where the parcel lies: the form asks for it, labelled so
        WebElement subject = window.byId("subjectUnit");
        assertThat(subject.getDomAttribute("data-basis")).isEqualTo("PARCEL");
        assertThat(window.find("label[for=subjectUnit]").getText()).isEqualTo("Nơi có thửa đất");
        assertThat(window.driver.findElements(By.id("paper-DESIGN_DRAWINGS"))).hasSize(1);

        String company = "Công ty TNHH Xây dựng Đất Mũi";
        window.byId("applicantType-BUSINESS").click();
        window.byId("fullName").sendKeys(company);
        window.byId("idNumber").sendKeys(TAX_NUMBER);
        new Select(subject).selectByValue(PARCEL_UNIT);
        window.byId("representativeName").sendKeys("Lê Văn Tâm");
        window.byId("representativeIdNumber").sendKeys("12-AB");
        window.byId("relation").sendKeys("Giám đốc");
        window.byId("paper-DESIGN_DRAWINGS").click();
        attach();
        // a representative's ID number intake refuses: its violation next to the field, the rest kept
        window.clickAndWait(window.byId("receive"), By.id("representativeIdNumber-error"));
        assertThat(window.byId("representativeIdNumber").getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(window.byId("applicantType-BUSINESS").isSelected()).isTrue();
        assertThat(new Select(window.byId("subjectUnit")).getFirstSelectedOption().getDomAttribute("value"))
                .isEqualTo(PARCEL_UNIT);
        assertThat(window.byId("paper-DESIGN_DRAWINGS").isSelected()).isTrue();
        assertThat(window.byId("relation").getDomProperty("value")).isEqualTo("Giám đốc");
        show("representative");
        window.shoot("counter-forms");

        WebElement representativeId = window.byId("representativeIdNumber");
        representativeId.clear();
        representativeId.sendKeys(DIRECTOR_ID);
        attach();
        window.clickAndWait(window.byId("receive"), By.id("dossier-code"));
        String code = window.byId("dossier-code").getText().strip();
        assertThat(window.byId("component-DESIGN_DRAWINGS").getDomAttribute("data-awaiting-scan")).isEqualTo("true");
        assertThat(window.byId("component-PERMIT_APPLICATION").getDomAttribute("data-awaiting-scan")).isEqualTo("false");

        String counter = Tokens.centreStaff(WARD_CENTRE);
        JsonPath filed = as(counter).baseUri(PackagedPlatform.url("intake-service"))
                .get("/api/v1/dossiers/{code}", code).then().statusCode(200).extract().jsonPath();
        assertThat(filed.getString("applicant.type")).isEqualTo("BUSINESS");
        assertThat(filed.getString("applicant.fullName")).isEqualTo(company);
        assertThat(filed.getString("applicant.idNumber")).isEqualTo(TAX_NUMBER);
        assertThat(filed.getMap("representative")).isEqualTo(Map.of("fullName", "Lê Văn Tâm", "idNumber", DIRECTOR_ID,
                "relation", "Giám đốc"));
        // the subject unit decided: the committee of the parcel's ward, not of the centre's
        assertThat(filed.getString("competentAgency")).isEqualTo(PARCEL_COMMITTEE);
        assertThat(filed.getInt("components.find { it.code == 'DESIGN_DRAWINGS' }.digitizationState")).isZero();
        assertThat(filed.getInt("components.find { it.code == 'PERMIT_APPLICATION' }.digitizationState")).isEqualTo(1);
        show("components");
        window.shoot("counter-scan");

        // the staff scan the drawings from the dossier's page
        window.byId("scan-file-DESIGN_DRAWINGS").sendKeys(pdf("ban-ve").toString());
        window.clickAndWait(window.byId("scan-button-DESIGN_DRAWINGS"), By.id("scanned"));
        assertThat(window.byId("component-DESIGN_DRAWINGS").getDomAttribute("data-awaiting-scan")).isEqualTo("false");
        JsonPath scanned = as(counter).baseUri(PackagedPlatform.url("intake-service"))
                .get("/api/v1/dossiers/{code}", code).then().statusCode(200).extract().jsonPath();
        assertThat(scanned.getInt("components.find { it.code == 'DESIGN_DRAWINGS' }.digitizationState")).isEqualTo(1);
        assertThat(scanned.getString("components.find { it.code == 'DESIGN_DRAWINGS' }.source")).isEqualTo("SCAN");
        window.logout();
    }

    /** Scrolls the page to what the screenshot is about (the top of a long form shows only the checklist). */
    private static void show(String id) {
        ((JavascriptExecutor) window.driver).executeScript("arguments[0].scrollIntoView();", window.byId(id));
    }

    /** The files handed in as files (a page shown again has its file fields empty, as browsers do). */
    private static void attach() throws IOException {
        for (String code : List.of("PERMIT_APPLICATION", "LAND_RIGHT_CERT")) {
            window.byId("file-" + code).sendKeys(pdf(code).toString());
        }
    }

    /** A small PDF named after the component, as a scanner would give it. */
    private static Path pdf(String name) throws IOException {
        Path file = Files.createTempDirectory("counter-forms").resolve(name + ".pdf");
        Files.writeString(file, "%PDF-1.4\n%" + name + "\n", StandardCharsets.US_ASCII);
        return file;
    }
}
