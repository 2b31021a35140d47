package vn.onestop.rating.ratings.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.onestop.rating.ratings.domain.Answer;
import vn.onestop.rating.ratings.domain.SatisfactionLevel;

/**
 * A rating: the overall level, the five SIPAS factors and the answers to the self-declared criteria
 * of the per-dossier evaluation. The computed criteria are not asked.
 */
public record RatingRequest(
        @NotNull(message = "is required") SatisfactionLevel overall,
        @NotNull(message = "is required") @Valid Factors factors,
        @NotNull(message = "is required") @Valid Answers answers,
        @Size(max = 2000, message = "must be at most 2000 characters") String comment) {

    public record Factors(
            @NotNull(message = "is required") SatisfactionLevel access,
            @NotNull(message = "is required") SatisfactionLevel procedure,
            @NotNull(message = "is required") SatisfactionLevel officials,
            @NotNull(message = "is required") SatisfactionLevel result,
            @NotNull(message = "is required") SatisfactionLevel feedbackHandling) {
    }

    public record Answers(
            @NotNull(message = "is required") Answer oneStop,
            @NotNull(message = "is required") Answer procedurePublished,
            @NotNull(message = "is required") Answer officialsAttitude,
            @NotNull(message = "is required") Answer feedbackHandling,
            @NotNull(message = "is required") Answer onlineService) {
    }
}
