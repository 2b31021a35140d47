package vn.onestop.portal.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.onestop.portal.api.DeadlineExplanation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The apology page after the letter was asked for: intake answers 409 both before it has learnt of a
 * letter processing issued and for a dossier that has none; the page says "being prepared" only in the
 * first case (processing counts the letter) and offers the form in the second.
 */
class ApologyViewTest {

    private static LeaderApologyPage.ApologyView view(int apologies, boolean issued, boolean pending) {
        DeadlineExplanation deadline = new DeadlineExplanation("d-1", "H22.01-260310-0001", "IN_PROCESS",
                OffsetDateTime.parse("2026-03-13T17:00:00+07:00"), apologies, null);
        return new LeaderApologyPage.ApologyView(null, deadline, new LeaderApologyPage.ApologyForm("", ""),
                Map.of(), List.of(), issued, pending);
    }

    @ParameterizedTest(name = "apologies={0} issued={1} pending={2}")
    @CsvSource({
            // apologies, issued, pending | letter link, being prepared
            "1, false, true,  true,  true",   // issued, intake not caught up yet
            "1, true,  false, true,  false",  // just issued: the link, no claim about intake yet
            "1, false, false, true,  false",  // issued earlier, intake has it
            "0, false, true,  false, false",  // none issued: intake's 409 means there is none, the form is offered
            "0, false, false, false, false"})
    void the_letter_is_being_prepared_only_when_processing_counts_one(int apologies, boolean issued, boolean pending,
                                                                       boolean link, boolean beingPrepared) {
        LeaderApologyPage.ApologyView view = view(apologies, issued, pending);
        assertThat(view.hasLetter()).as("letter link instead of the form").isEqualTo(link);
        assertThat(view.letterPending()).as("being prepared").isEqualTo(beingPrepared);
    }
}
