package vn.onestop.portal.web;

import org.junit.jupiter.api.Test;
import vn.onestop.portal.api.InboxApi;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The overdue page lists what processing marks at risk or overdue, as it marks it, oldest due first. */
class OverdueTasksTest {

    private static InboxApi.Task task(String id, String status, String due, String dueState) {
        return new InboxApi.Task(id, "d-" + id, "C-" + id, "P2", "APPRAISE", "Thẩm định", "001.01.20.H22", status,
                OffsetDateTime.parse(due), null, dueState);
    }

    private static InboxApi.Tasks page(InboxApi.Task... tasks) {
        return new InboxApi.Tasks(Arrays.asList(tasks), null);
    }

    @Test
    void the_rows_are_the_open_and_claimed_tasks_processing_marks_at_risk_or_overdue_oldest_due_first() {
        // the due dates say nothing of the mark: a task due long ago that processing calls on time is not listed
        List<OverdueTasks.Row> rows = OverdueTasks.rows(List.of(
                page(task("a", "OPEN", "2026-03-12T09:00:00+07:00", "AT_RISK"),
                        task("b", "OPEN", "2020-01-01T09:00:00+07:00", "ON_TIME"),
                        task("c", "OPEN", "2026-03-10T17:00:00+07:00", "OVERDUE")),
                page(task("d", "CLAIMED", "2026-03-11T09:00:00+07:00", "OVERDUE"),
                        task("e", "DONE", "2026-03-01T09:00:00+07:00", "OVERDUE"))));

        assertThat(rows).extracting(r -> r.task().id()).containsExactly("c", "d", "a");
        assertThat(rows).extracting(OverdueTasks.Row::dueState).containsExactly("OVERDUE", "OVERDUE", "AT_RISK");
        assertThat(rows).extracting(OverdueTasks.Row::overdue).containsExactly(true, true, false);
    }

    @Test
    void no_page_or_an_empty_one_gives_no_rows() {
        assertThat(OverdueTasks.rows(List.of(new InboxApi.Tasks(null, null), page()))).isEmpty();
        assertThat(OverdueTasks.rows(List.of())).isEmpty();
    }
}
