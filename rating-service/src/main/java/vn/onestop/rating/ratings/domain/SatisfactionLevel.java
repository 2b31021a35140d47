package vn.onestop.rating.ratings.domain;

/** The five-level scale of SIPAS and the per-dossier rating (BRIEF §8), with its value 5 … 1. */
public enum SatisfactionLevel {
    VERY_SATISFIED(5),
    SATISFIED(4),
    NEUTRAL(3),
    DISSATISFIED(2),
    VERY_DISSATISFIED(1);

    private final int value;

    SatisfactionLevel(int value) {
        this.value = value;
    }

    public int value() {
        return value;
    }

    /** Counts as satisfied in the satisfaction share: VERY_SATISFIED or SATISFIED. */
    public boolean satisfied() {
        return value >= 4;
    }
}
