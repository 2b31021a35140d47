package vn.onestop.portal.web;

import vn.onestop.portal.api.DeadLetterApi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The operators' page of dead letters from what each service answered: a dead-letter topic that two
 * services write (two consumers of one topic) is listed by both, so a record is shown once, with
 * every service that listed it; newest first. A service that did not answer is named, the others
 * are still shown.
 */
record DeadLetterBoard(List<Row> rows, List<Source> sources) {

    /** One service's answer: its listing, or why there is none (refused: the user may not see it). */
    record Answer(DeadLetterApi.Listing listing, String failure, boolean refused) {

        static Answer of(DeadLetterApi.Listing listing) {
            return new Answer(listing, null, false);
        }

        static Answer failed(String why) {
            return new Answer(null, why, false);
        }

        static Answer refusedTheUser() {
            return new Answer(null, "not for this user", true);
        }
    }

    /** A service asked, the topics it read, and whether it answered. */
    record Source(String service, List<String> topics, String failure, boolean refused) {

        public boolean answered() {
            return failure == null;
        }
    }

    record Row(DeadLetterApi.DeadLetter letter, List<String> services) {
    }

    private record Place(String topic, int partition, long offset) {
    }

    static DeadLetterBoard of(Map<String, Answer> answers) {
        Map<Place, DeadLetterApi.DeadLetter> letters = new LinkedHashMap<>();
        Map<Place, TreeSet<String>> listedBy = new LinkedHashMap<>();
        List<Source> sources = new ArrayList<>();
        answers.forEach((service, answer) -> {
            if (answer.listing() == null) {
                sources.add(new Source(service, List.of(), answer.failure(), answer.refused()));
                return;
            }
            sources.add(new Source(service, answer.listing().topics() == null ? List.of() : answer.listing().topics(),
                    null, false));
            if (answer.listing().deadLetters() == null) {
                return;
            }
            for (DeadLetterApi.DeadLetter letter : answer.listing().deadLetters()) {
                Place place = new Place(letter.topic(), letter.partition(), letter.offset());
                letters.putIfAbsent(place, letter);
                listedBy.computeIfAbsent(place, p -> new TreeSet<>()).add(service);
            }
        });
        List<Row> rows = new ArrayList<>();
        letters.forEach((place, letter) -> rows.add(new Row(letter, List.copyOf(listedBy.get(place)))));
        rows.sort(Comparator.comparing((Row row) -> row.letter().deadLetteredAt(),
                        Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(row -> row.letter().topic())
                .thenComparing(row -> row.letter().offset(), Comparator.reverseOrder()));
        return new DeadLetterBoard(List.copyOf(rows), List.copyOf(sources));
    }

    /** No service gave the user its list and at least one refused them: the page is not for them. */
    boolean refusedEverywhere() {
        return sources.stream().noneMatch(Source::answered) && sources.stream().anyMatch(Source::refused);
    }
}
