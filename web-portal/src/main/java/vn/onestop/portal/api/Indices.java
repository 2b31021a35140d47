package vn.onestop.portal.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The figures of rating-service's indices that the leader's pages show (the API answers more). Rates
 * are fractions 0..1, null when there is nothing to count.
 */
public record Indices(Scope unit, LocalDate from, LocalDate to, OffsetDateTime asOf, long received, Double onlineRate,
                      long finished, long finishedOnTime, long finishedLate, Double onTimeRate, long inProcess,
                      long overdue, Digitization digitization, Satisfaction satisfaction) {

    public record Scope(String kind, String code, String name, String level) {
    }

    public record Digitization(Double digitizedRate) {
    }

    public record Satisfaction(long ratings, long satisfied, Double satisfiedShare, Double averageLevel) {
    }

    public Double digitizedRate() {
        return digitization == null ? null : digitization.digitizedRate();
    }

    public Double satisfiedShare() {
        return satisfaction == null ? null : satisfaction.satisfiedShare();
    }

    public long ratings() {
        return satisfaction == null ? 0 : satisfaction.ratings();
    }

    /** The ranking of a level's units by their Decision 766 total, against the previous period. */
    public record Rankings(String level, LocalDate from, LocalDate to, LocalDate previousFrom, LocalDate previousTo,
                           String formulaVersion, List<Ranked> items) {
    }

    /** {@code change} = previous rank − rank (positive: moved up), null for a unit not ranked before. */
    public record Ranked(String unit, String name, BigDecimal total, String band, int rank, BigDecimal previousTotal,
                         Integer previousRank, Integer change, String movement) {

        public boolean up() {
            return change != null && change > 0;
        }

        public boolean down() {
            return change != null && change < 0;
        }

        public int steps() {
            return change == null ? 0 : Math.abs(change);
        }
    }

    /** An agency's statutory monthly statistics. */
    public record MonthlyRow(String agency, String month, long carriedOver, long received, long finishedOnTime,
                             long finishedLate, long withdrawn, long stopped, long inProcess, long inProcessOnTime,
                             long inProcessOverdue) {
    }
}
