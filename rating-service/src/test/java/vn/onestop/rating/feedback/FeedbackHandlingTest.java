package vn.onestop.rating.feedback;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.onestop.rating.feedback.domain.FeedbackHandling;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class FeedbackHandlingTest {

    static final Instant DUE = Instant.parse("2024-03-28T02:00:00Z");

    @ParameterizedTest(name = "answered {0}, satisfied {1}, as of {2}: on time {3}, overdue {4}, settled {5}, not satisfied {6}")
    @CsvSource(nullValues = "-", value = {
            "2024-03-20T03:00:00Z, true, 2024-04-01T00:00:00Z, true, false, true, false",
            "2024-03-28T02:00:00Z, -, 2024-04-01T00:00:00Z, true, false, true, false",
            "2024-03-28T02:00:01Z, false, 2024-04-01T00:00:00Z, false, true, true, true",
            "-, -, 2024-03-28T02:00:00Z, false, false, false, false",
            "-, -, 2024-03-28T02:00:01Z, false, true, true, false"})
    void on_time_overdue_settled(Instant answeredAt, Boolean satisfied, Instant asOf, boolean onTime, boolean overdue,
                                 boolean settled, boolean notSatisfied) {
        FeedbackHandling h = new FeedbackHandling(DUE, answeredAt, satisfied);
        assertThat(h.answeredOnTime()).isEqualTo(onTime);
        assertThat(h.overdueAt(asOf)).isEqualTo(overdue);
        assertThat(h.settledAt(asOf)).isEqualTo(settled);
        assertThat(h.notSatisfied()).isEqualTo(notSatisfied);
    }
}
