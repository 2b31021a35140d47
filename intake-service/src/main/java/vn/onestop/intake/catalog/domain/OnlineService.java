package vn.onestop.intake.catalog.domain;

/**
 * How far a procedure can be done online (Decree 42/2022/NĐ-CP Art. 11; Decision 766's online-service
 * criterion counts the dossiers of FULL procedures received online over all dossiers of FULL procedures).
 */
public enum OnlineService {
    /** Full-process online (toàn trình): submitted, paid and answered online; the applicant need not come. */
    FULL,
    /** Partial online (một phần): submitted online, but some step (paying, an original, the result) at the counter. */
    PARTIAL,
    /** Not offered online: the procedure has no ONLINE channel. */
    NONE;

    /** Whether this level is consistent with a procedure that has (or has not) the ONLINE channel. */
    public boolean matchesOnlineChannel(boolean online) {
        return online == (this != NONE);
    }
}
