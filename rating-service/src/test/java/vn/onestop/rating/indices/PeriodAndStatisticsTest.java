package vn.onestop.rating.indices;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.onestop.rating.indices.domain.MonthlyStatistics;
import vn.onestop.rating.indices.domain.Period;
import vn.onestop.rating.projection.domain.DossierFact;
import vn.onestop.rating.projection.domain.Timeliness;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class PeriodAndStatisticsTest {

    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    @ParameterizedTest(name = "{0}..{1} → previous {2}..{3}")
    @CsvSource({
            "2024-03-01, 2024-03-31, 2024-01-30, 2024-02-29",
            "2026-11-01, 2026-11-30, 2026-10-02, 2026-10-31",
            "2026-01-01, 2026-12-31, 2025-01-01, 2025-12-31",
            "2026-11-26, 2026-11-26, 2026-11-25, 2026-11-25"})
    void previous_period_of_the_same_length(LocalDate from, LocalDate to, LocalDate prevFrom, LocalDate prevTo) {
        Period previous = new Period(from, to, VN).previous();
        assertThat(previous.from()).isEqualTo(prevFrom);
        assertThat(previous.to()).isEqualTo(prevTo);
    }

    @Test
    void a_period_is_calendar_days_in_the_provinces_zone() {
        Period march = Period.of(YearMonth.of(2024, 3), VN);
        assertThat(march.start()).isEqualTo(OffsetDateTime.parse("2024-02-29T17:00:00Z"));
        assertThat(march.end()).isEqualTo(OffsetDateTime.parse("2024-03-31T17:00:00Z"));
        assertThat(march.contains(OffsetDateTime.parse("2024-03-31T23:59:00+07:00"))).isTrue();
        assertThat(march.contains(OffsetDateTime.parse("2024-04-01T00:00:00+07:00"))).isFalse();
        assertThat(march.contains(OffsetDateTime.parse("2024-03-01T00:00:00+07:00"))).isTrue();
    }

    static DossierFact d(String received, String due, String decided, Timeliness status, String withdrawn, String stopped) {
        DossierFact f = new DossierFact(UUID.randomUUID());
        f.receivedAt = t(received);
        f.dueAt = t(due);
        f.decidedAt = t(decided);
        f.finishedStatus = decided == null ? null : status;
        f.decision = decided == null ? null : "APPROVED";
        f.withdrawnAt = t(withdrawn);
        f.stoppedAt = t(stopped);
        return f;
    }

    static OffsetDateTime t(String local) {
        return local == null ? null : OffsetDateTime.parse(local + "+07:00").withOffsetSameInstant(ZoneOffset.UTC);
    }

    @Test
    void monthly_statistics_balance() {
        List<DossierFact> facts = new ArrayList<>();
        facts.add(d("2024-02-26T09:00:00", "2024-03-04T09:00:00", "2024-03-05T10:00:00", Timeliness.LATE, null, null));
        facts.add(d("2024-02-20T09:00:00", "2024-02-27T09:00:00", null, null, null, null)); // carried, still open, overdue
        facts.add(d("2024-03-04T09:00:00", "2024-03-04T17:00:00", "2024-03-04T15:00:00", Timeliness.ON_TIME, null, null));
        facts.add(d("2024-03-05T08:00:00", "2024-03-07T08:00:00", "2024-03-06T10:00:00", Timeliness.EARLY, null, null));
        facts.add(d("2024-03-15T09:00:00", "2024-03-22T09:00:00", null, null, "2024-03-18T10:00:00", null));
        facts.add(d("2024-03-12T10:00:00", "2024-03-19T10:00:00", null, null, null, "2024-03-22T08:00:00"));
        facts.add(d("2024-03-25T09:00:00", "2024-04-03T09:00:00", null, null, null, null));
        facts.add(d("2024-03-31T23:59:00", "2024-04-08T09:00:00", "2024-04-01T08:00:00", Timeliness.EARLY, null, null));
        facts.add(d("2024-04-01T00:00:00", "2024-04-08T09:00:00", null, null, null, null)); // next month
        MonthlyStatistics.Row row = MonthlyStatistics.compute("000.01.20.H22", YearMonth.of(2024, 3), VN,
                OffsetDateTime.parse("2026-01-01T00:00:00Z").toInstant(), facts);
        assertThat(row.carriedOver()).isEqualTo(2);
        assertThat(row.received()).isEqualTo(6);
        assertThat(row.finishedOnTime()).isEqualTo(2);
        assertThat(row.finishedLate()).isEqualTo(1);
        assertThat(row.withdrawn()).isEqualTo(1);
        assertThat(row.stopped()).isEqualTo(1);
        assertThat(row.inProcess()).isEqualTo(3);
        assertThat(row.inProcessOnTime()).isEqualTo(2);
        assertThat(row.inProcessOverdue()).isEqualTo(1);
        assertThat(row.carriedOver() + row.received()).isEqualTo(row.finishedOnTime() + row.finishedLate()
                + row.withdrawn() + row.stopped() + row.inProcess());
        assertThat(row.csvLine()).isEqualTo("000.01.20.H22,2024-03,2,6,2,1,1,1,3,2,1");
    }

    @Test
    void the_current_month_is_judged_now() {
        DossierFact open = d("2026-11-02T09:00:00", "2026-11-10T09:00:00", null, null, null, null);
        MonthlyStatistics.Row early = MonthlyStatistics.compute("x", YearMonth.of(2026, 11), VN,
                t("2026-11-05T09:00:00").toInstant(), List.of(open));
        MonthlyStatistics.Row later = MonthlyStatistics.compute("x", YearMonth.of(2026, 11), VN,
                t("2026-11-12T09:00:00").toInstant(), List.of(open));
        assertThat(early.inProcessOnTime()).isEqualTo(1);
        assertThat(later.inProcessOverdue()).isEqualTo(1);
    }
}
