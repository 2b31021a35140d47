package vn.onestop.rating.indices.domain;

import vn.onestop.rating.projection.domain.DossierFact;
import vn.onestop.rating.projection.domain.Timeliness;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

/**
 * The statutory monthly statistics of one agency (the provincial systems' monthly report: carried
 * over, newly received, finished on time, finished late, in process). With {@code asOf} the end of
 * the month, carriedOver + received = finishedOnTime + finishedLate + withdrawn + stopped + inProcess.
 */
public final class MonthlyStatistics {

    private MonthlyStatistics() {
    }

    /**
     * @param carriedOver      received before the month and still in process at its start
     * @param received         received in the month
     * @param finishedOnTime   decided in the month, EARLY or ON_TIME
     * @param finishedLate     decided in the month, LATE
     * @param withdrawn        withdrawn in the month
     * @param stopped          stopped in the month
     * @param inProcess        in process at the end of the month (or now, for the current month)
     * @param inProcessOnTime  of those, not past their due date
     * @param inProcessOverdue of those, past their due date
     */
    public record Row(String agency, YearMonth month, long carriedOver, long received, long finishedOnTime,
                      long finishedLate, long withdrawn, long stopped, long inProcess, long inProcessOnTime,
                      long inProcessOverdue) {

        public static final String CSV_HEADER = "agency,month,carriedOver,received,finishedOnTime,finishedLate,"
                + "withdrawn,stopped,inProcess,inProcessOnTime,inProcessOverdue";

        public String csvLine() {
            return String.join(",", csvField(agency), month.toString(), Long.toString(carriedOver),
                    Long.toString(received), Long.toString(finishedOnTime), Long.toString(finishedLate),
                    Long.toString(withdrawn), Long.toString(stopped), Long.toString(inProcess),
                    Long.toString(inProcessOnTime), Long.toString(inProcessOverdue));
        }

        private static String csvField(String value) {
            if (value.contains(",") || value.contains("\"") || value.contains("\n")) {
                return "\"" + value.replace("\"", "\"\"") + "\"";
            }
            return value;
        }
    }

    /** {@code dossiers}: those of the agency (the caller filters); {@code now} bounds the current month. */
    public static Row compute(String agency, YearMonth month, ZoneId zone, Instant now, List<DossierFact> dossiers) {
        Period period = Period.of(month, zone);
        Instant start = period.start().toInstant();
        Instant asOf = period.end().toInstant().isAfter(now) ? now : period.end().toInstant();
        long carried = 0;
        long received = 0;
        long onTime = 0;
        long late = 0;
        long withdrawn = 0;
        long stopped = 0;
        long inProcessOnTime = 0;
        long inProcessOverdue = 0;
        for (DossierFact d : dossiers) {
            if (d.inProcessAt(start)) {
                carried++;
            }
            if (period.contains(d.receivedAt)) {
                received++;
            }
            switch (IndexCalculator.endKind(d, period)) {
                case DECIDED -> {
                    if (d.finishedTimeliness(zone) == Timeliness.LATE) {
                        late++;
                    } else {
                        onTime++;
                    }
                }
                case WITHDRAWN -> withdrawn++;
                case STOPPED -> stopped++;
                case NONE -> {
                }
            }
            if (d.inProcessAt(asOf)) {
                if (d.overdueAt(asOf, zone)) {
                    inProcessOverdue++;
                } else {
                    inProcessOnTime++;
                }
            }
        }
        return new Row(agency, month, carried, received, onTime, late, withdrawn, stopped,
                inProcessOnTime + inProcessOverdue, inProcessOnTime, inProcessOverdue);
    }
}
