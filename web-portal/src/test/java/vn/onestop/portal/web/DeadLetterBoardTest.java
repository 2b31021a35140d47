package vn.onestop.portal.web;

import org.junit.jupiter.api.Test;
import vn.onestop.portal.api.DeadLetterApi;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DeadLetterBoardTest {

    private static final OffsetDateTime T = OffsetDateTime.parse("2026-03-02T08:00:00+07:00");

    private static DeadLetterApi.DeadLetter letter(String topic, long offset, OffsetDateTime at, String eventId) {
        return new DeadLetterApi.DeadLetter(topic, 0, offset, at, eventId, "vn.onestop.dossier.submitted.v1", "d-1",
                topic.replace(".dlq", ""), 0, offset, "data does not match its schema",
                eventId == null ? null : "./onestop redrive " + topic.replace(".dlq", "") + " --id " + eventId);
    }

    @Test
    void a_letter_two_services_list_is_shown_once_with_both_and_the_newest_come_first() {
        DeadLetterApi.DeadLetter shared = letter("onestop.dossier.events.v1.dlq", 4, T, "e-1");
        DeadLetterApi.DeadLetter newer = letter("onestop.result.events.v1.dlq", 1, T.plusMinutes(5), "e-2");
        DeadLetterApi.DeadLetter undated = letter("onestop.result.events.v1.dlq", 0, null, null);
        Map<String, DeadLetterBoard.Answer> answers = new LinkedHashMap<>();
        answers.put("processing-service", DeadLetterBoard.Answer.of(new DeadLetterApi.Listing(
                List.of("onestop.dossier.events.v1.dlq", "onestop.result.events.v1.dlq"), List.of(shared, newer))));
        answers.put("rating-service", DeadLetterBoard.Answer.of(new DeadLetterApi.Listing(
                List.of("onestop.dossier.events.v1.dlq", "onestop.result.events.v1.dlq"), List.of(newer, undated, shared))));

        DeadLetterBoard board = DeadLetterBoard.of(answers);

        assertThat(board.rows()).extracting(DeadLetterBoard.Row::letter).containsExactly(newer, shared, undated);
        assertThat(board.rows()).extracting(DeadLetterBoard.Row::services).containsExactly(
                List.of("processing-service", "rating-service"), List.of("processing-service", "rating-service"),
                List.of("rating-service"));
        assertThat(board.refusedEverywhere()).isFalse();
    }

    @Test
    void a_service_that_does_not_answer_is_named_and_the_others_still_shown() {
        Map<String, DeadLetterBoard.Answer> answers = new LinkedHashMap<>();
        answers.put("intake-service", DeadLetterBoard.Answer.failed("no answer"));
        answers.put("results-service", DeadLetterBoard.Answer.of(new DeadLetterApi.Listing(
                List.of("onestop.processing.events.v1.dlq"), List.of(letter("onestop.processing.events.v1.dlq", 9, T, "e-3")))));

        DeadLetterBoard board = DeadLetterBoard.of(answers);

        assertThat(board.sources()).extracting(DeadLetterBoard.Source::service, DeadLetterBoard.Source::answered)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("intake-service", false),
                        org.assertj.core.groups.Tuple.tuple("results-service", true));
        assertThat(board.rows()).hasSize(1);
        assertThat(board.refusedEverywhere()).isFalse();
    }

    @Test
    void the_page_is_refused_when_no_service_gave_its_list_and_one_refused_the_user() {
        Map<String, DeadLetterBoard.Answer> answers = new LinkedHashMap<>();
        answers.put("intake-service", DeadLetterBoard.Answer.refusedTheUser());
        answers.put("processing-service", DeadLetterBoard.Answer.failed("no answer"));
        assertThat(DeadLetterBoard.of(answers).refusedEverywhere()).isTrue();

        answers.put("results-service", DeadLetterBoard.Answer.of(new DeadLetterApi.Listing(List.of(), List.of())));
        assertThat(DeadLetterBoard.of(answers).refusedEverywhere()).isFalse();
        assertThat(DeadLetterBoard.of(Map.of("rating-service", DeadLetterBoard.Answer.failed("no answer")))
                .refusedEverywhere()).as("nobody answered: the page says so").isFalse();
    }
}
