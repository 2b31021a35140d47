package vn.onestop.rating.ratings.service;

/** The answer of a rating POST: 201 for the first rating, 200 for one that replaced it. */
public record RatingOutcome(int status, RatingView rating, boolean replayed) {

    public RatingOutcome asReplay() {
        return new RatingOutcome(status, rating, true);
    }
}
