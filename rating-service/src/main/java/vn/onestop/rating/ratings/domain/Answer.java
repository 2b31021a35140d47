package vn.onestop.rating.ratings.domain;

/** The applicant's answer to a self-declared criterion of the per-dossier evaluation, and its points. */
public enum Answer {
    YES(2),
    PARTLY(1),
    NO(0);

    private final int points;

    Answer(int points) {
        this.points = points;
    }

    public int points() {
        return points;
    }
}
