package vn.onestop.rating.ratings.domain;

/**
 * Points of one criterion: {@code source} COMPUTED (from the dossier's events) or SELF_DECLARED,
 * and the {@code basis} a person can check (e.g. "finished ON_TIME", "2 supplement rounds").
 */
public record CriterionScore(Criterion criterion, int points, String source, String basis) {
}
