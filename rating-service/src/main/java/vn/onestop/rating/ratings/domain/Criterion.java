package vn.onestop.rating.ratings.domain;

/**
 * The nine criteria of the per-dossier evaluation (Circular 01/2018 template), 2 points each. The
 * first four are facts and are computed from the dossier's events, never self-declared.
 */
public enum Criterion {
    TOTAL_TIME(true),
    TIME_AT_EACH_AGENCY(true),
    CONTACTS_NEEDED(true),
    AGENCIES_CONTACTED(true),
    ONE_STOP(false),
    PROCEDURE_PUBLISHED(false),
    OFFICIALS_ATTITUDE(false),
    FEEDBACK_HANDLING(false),
    ONLINE_SERVICE(false);

    public static final int MAX_POINTS = 2;

    private final boolean computed;

    Criterion(boolean computed) {
        this.computed = computed;
    }

    public boolean computed() {
        return computed;
    }
}
