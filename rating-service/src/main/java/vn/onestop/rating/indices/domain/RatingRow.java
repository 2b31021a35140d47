package vn.onestop.rating.indices.domain;

import vn.onestop.rating.ratings.domain.Answer;
import vn.onestop.rating.ratings.domain.EvaluationGrade;
import vn.onestop.rating.ratings.domain.SatisfactionLevel;
import vn.onestop.rating.ratings.domain.SipasFactors;

import java.time.OffsetDateTime;
import java.util.UUID;

/** What the indices read of a rating. */
public record RatingRow(UUID dossierId, OffsetDateTime submittedAt, SatisfactionLevel overall, SipasFactors factors,
                        Answer procedurePublished, int evaluationPoints, EvaluationGrade grade) {
}
