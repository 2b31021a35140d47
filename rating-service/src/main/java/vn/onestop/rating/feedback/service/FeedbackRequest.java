package vn.onestop.rating.feedback.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.onestop.rating.feedback.domain.FeedbackKind;

/**
 * Feedback about a dossier (its code) or an agency (its code); at least one of the two. Who sends
 * it is the caller.
 */
public record FeedbackRequest(
        @NotNull(message = "is required") FeedbackKind kind,
        @Size(max = 100, message = "must be at most 100 characters") String dossierCode,
        @Size(max = 100, message = "must be at most 100 characters") String agency,
        @NotBlank(message = "is required") @Size(max = 5000, message = "must be at most 5000 characters") String text) {
}
