package vn.onestop.e2e;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import vn.onestop.platform.testing.Tokens;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.onestop.platform.testing.Tokens.as;

/**
 * The office's marks and links in one browser session on the packaged platform: for a birth
 * registration just filed, the officer's inbox marks its task with processing's due state in words and
 * a class; the overdue page lists what processing flags, with the apology form linked for the leader
 * only; the letter of a dossier without one is not said to be "being prepared".
 *
 * <p>No task here is flagged at risk or overdue: processing's step watch calls a step at risk at the
 * earliest when half of its own working-time budget is gone (WatchRule.stepAtRiskWithin) and overdue
 * after its due instant, and every seeded step's budget is at least one working hour, so a task this
 * test creates is ON_TIME for the whole run whatever the clock says. The flagged marks' mapping is
 * tested in web-portal (OverdueTasksTest).
 */
class OfficeMarksIT extends EndToEndTest {

    /** citizen-binh of the realm (infra/keycloak/onestop-realm.json); no other class files for her. */
    private static final String CITIZEN_ID = "079088001234";
    private static final String CIVIL_STATUS = "000.01.20.H22";
    private static final Map<String, String> MARK_CLASS = Map.of("ON_TIME", "on-time", "AT_RISK", "at-risk",
            "OVERDUE", "overdue");
    private static final Map<String, String> MARK_WORDS = Map.of("ON_TIME", "Trong hạn", "AT_RISK", "Sắp đến hạn",
            "OVERDUE", "Quá hạn");

    @Test
    void a_task_carries_processings_mark_and_the_apology_links_and_letter_fit_the_role() throws IOException {
        String processing = PackagedPlatform.url("processing-service");
        try (Browser window = Browser.open()) {
            WebDriver browser = window.driver;

            // a birth registration of the ward, filed as citizen-binh; its first step opens at the civil status
            Received filed = submitBirthRegistration(Tokens.citizen(CITIZEN_ID), CITIZEN_ID);
            String code = filed.code();
            String dossierId = filed.id();

            // the officer's inbox: the task's mark is processing's due state, in words and as a class
            String task = Officers.task(dossierId, CIVIL_STATUS, "RECEIVE_CHECK");
            JsonPath asProcessingSays = as(Tokens.officer(CIVIL_STATUS)).baseUri(processing)
                    .get("/api/v1/tasks/{id}", task).then().statusCode(200).extract().jsonPath();
            String dueState = asProcessingSays.getString("dueState");
            assertThat(dueState).as("a step just opened is on time (see the class comment)").isEqualTo("ON_TIME");
            window.loginAt("/officer/tasks", "officer-anxuyen");
            WebElement row = inboxRow(window, task);
            assertThat(row.getDomAttribute("data-due-state")).isEqualTo(dueState);
            WebElement mark = row.findElement(By.cssSelector("span.mark"));
            assertThat(mark.getDomAttribute("class").split(" ")).contains(MARK_CLASS.get(dueState));
            assertThat(mark.getText()).isEqualTo(MARK_WORDS.get(dueState));

            // the overdue page lists what processing flags, not this task; an officer gets no apology link
            window.get("/office/leader/overdue");
            List<String> flagged = flagged(processing);
            assertThat(rows(browser)).containsExactlyInAnyOrderElementsOf(flagged).doesNotContain(task);
            assertThat(browser.findElements(By.cssSelector("#urgent-tasks a.apology-link"))).isEmpty();
            window.logout();

            // the leader: every flagged row links the apology form
            window.loginAt("/office/leader/overdue", "leader-anxuyen");
            assertThat(rows(browser)).containsExactlyInAnyOrderElementsOf(flagged(processing));
            assertThat(browser.findElements(By.cssSelector("#urgent-tasks a.apology-link")))
                    .hasSameSizeAs(browser.findElements(By.cssSelector("#urgent-tasks tr[data-task]")));

            // the letter of a dossier that has none: intake's 409 is not "being prepared", the form is offered
            window.get("/office/leader/apology/" + code + "/letter");
            await().atMost(Duration.ofSeconds(30)).until(() -> !browser.findElements(By.id("apology-form")).isEmpty());
            assertThat(window.byId("apologies").getText()).isEqualTo("0");
            assertThat(browser.findElements(By.id("letter-pending"))).isEmpty();
            window.logout();
        }
    }

    /** The task's row in the inbox's first tab, following its next pages (sorted by due date) until it is there. */
    private static WebElement inboxRow(Browser window, String task) {
        By row = By.cssSelector("#inbox tr[data-task='" + task + "']");
        for (int page = 0; page < 20; page++) {
            List<WebElement> found = window.driver.findElements(row);
            if (!found.isEmpty()) {
                return found.get(0);
            }
            List<WebElement> next = window.driver.findElements(By.id("next-page"));
            assertThat(next).as("task " + task + " in the inbox").isNotEmpty();
            window.clickAndWait(next.get(0), By.id("inbox"));
        }
        throw new AssertionError("task " + task + " not in the inbox's first 20 pages");
    }

    /** The open and claimed tasks of the agency that processing flags at risk or overdue. */
    private static List<String> flagged(String processing) {
        List<String> flagged = new ArrayList<>();
        for (String status : List.of("OPEN", "CLAIMED")) {
            flagged.addAll(as(Tokens.leader(CIVIL_STATUS)).baseUri(processing).queryParam("status", status)
                    .queryParam("dueState", "AT_RISK,OVERDUE").queryParam("limit", 200).get("/api/v1/tasks")
                    .then().statusCode(200).extract().jsonPath().getList("items.id"));
        }
        return flagged;
    }

    private static List<String> rows(WebDriver browser) {
        return browser.findElements(By.cssSelector("#urgent-tasks tr[data-task]")).stream()
                .map(tr -> tr.getDomAttribute("data-task")).toList();
    }
}
