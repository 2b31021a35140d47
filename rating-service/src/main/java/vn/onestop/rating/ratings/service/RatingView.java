package vn.onestop.rating.ratings.service;

import vn.onestop.rating.ratings.domain.DossierEvaluation;
import vn.onestop.rating.ratings.domain.SatisfactionLevel;
import vn.onestop.rating.ratings.domain.SelfDeclaredAnswers;
import vn.onestop.rating.ratings.domain.SipasFactors;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A dossier's rating as the API shows it; {@code updatableUntil}: until when a new rating replaces
 * this one.
 */
public record RatingView(UUID dossierId, String dossierCode, SatisfactionLevel overall, SipasFactors factors,
                         SelfDeclaredAnswers answers, DossierEvaluation evaluation, String comment,
                         OffsetDateTime submittedAt, OffsetDateTime updatedAt, int revision,
                         OffsetDateTime updatableUntil) {
}
