package vn.onestop.portal.web;

import vn.onestop.portal.api.InboxApi;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The rows of the office's overdue page: the agency's open and claimed tasks that processing marks
 * AT_RISK or OVERDUE (its deadline watch decides, by working time; the portal computes nothing),
 * oldest due first. Plain Java, so that the mapping is tested without a service.
 */
final class OverdueTasks {

    /** What processing is asked for: the due states the page lists. */
    static final String DUE_STATES = "AT_RISK,OVERDUE";
    /** The statuses of a task still to be worked, each asked for on its own. */
    static final List<String> ACTIVE = List.of("OPEN", "CLAIMED");

    private OverdueTasks() {
    }

    /** A row: the task and its mark, processing's due state. */
    public record Row(InboxApi.Task task) {

        public String dueState() {
            return task.dueState();
        }

        public boolean overdue() {
            return "OVERDUE".equals(task.dueState());
        }
    }

    /** The rows of the pages processing answered (one per active status), oldest due first. */
    static List<Row> rows(List<InboxApi.Tasks> pages) {
        return pages.stream().filter(Objects::nonNull)
                .flatMap(page -> page.items() == null ? Stream.empty() : page.items().stream())
                .filter(t -> ACTIVE.contains(t.status()))
                .filter(t -> "AT_RISK".equals(t.dueState()) || "OVERDUE".equals(t.dueState()))
                .sorted(Comparator.comparing(InboxApi.Task::dueAt, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(InboxApi.Task::id))
                .map(Row::new)
                .toList();
    }
}
