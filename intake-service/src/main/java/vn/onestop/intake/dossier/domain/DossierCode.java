package vn.onestop.intake.dossier.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/**
 * Dossier code {@code <agency code>-<YYMMDD>-<NNNN>} (Circular 01/2018/TT-VPCP Art. 19): the
 * receiving agency, the reception date and the day's sequence number at that agency.
 */
public final class DossierCode {

    public static final Pattern AGENCY_CODE = Pattern.compile("[A-Za-z0-9.]{1,40}");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

    private DossierCode() {
    }

    public static String format(String agencyCode, LocalDate receptionDay, int sequence) {
        if (!AGENCY_CODE.matcher(agencyCode).matches()) {
            throw new IllegalArgumentException("not an agency code: " + agencyCode);
        }
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence starts at 1: " + sequence);
        }
        // Four digits as the circular prints them; a busy agency's 10,000th dossier gets five
        // rather than a duplicate.
        return agencyCode + "-" + DAY.format(receptionDay) + "-" + String.format("%04d", sequence);
    }
}
