package vn.onestop.rating.ratings.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * One rating per dossier: a second one replaces the first while {@code now} is within the update
 * window from the first submission (its end included), and is refused after.
 */
public record RatingWindow(Duration length) {

    public boolean mayReplace(OffsetDateTime firstSubmittedAt, Instant now) {
        return !now.isAfter(closesAt(firstSubmittedAt).toInstant());
    }

    public OffsetDateTime closesAt(OffsetDateTime firstSubmittedAt) {
        return firstSubmittedAt.plus(length);
    }
}
