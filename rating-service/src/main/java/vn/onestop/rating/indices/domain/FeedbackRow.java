package vn.onestop.rating.indices.domain;

import vn.onestop.rating.feedback.domain.FeedbackHandling;

import java.time.OffsetDateTime;

/** What the indices read of a piece of feedback; {@code dossierCode} when it is about a dossier. */
public record FeedbackRow(String agency, OffsetDateTime receivedAt, FeedbackHandling handling, String dossierCode) {
}
