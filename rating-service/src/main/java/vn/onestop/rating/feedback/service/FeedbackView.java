package vn.onestop.rating.feedback.service;

import vn.onestop.rating.feedback.domain.Feedback;
import vn.onestop.rating.feedback.domain.FeedbackKind;
import vn.onestop.rating.feedback.domain.FeedbackStatus;

import java.time.OffsetDateTime;
import java.util.UUID;

/** {@code answeredOnTime}: null while unanswered. */
public record FeedbackView(UUID id, FeedbackKind kind, String dossierCode, String agency, String text,
                           String submittedBy, OffsetDateTime receivedAt, OffsetDateTime dueAt, FeedbackStatus status,
                           String handledBy, String answer, String answeredBy, OffsetDateTime answeredAt,
                           Boolean answeredOnTime, Boolean satisfied) {

    static FeedbackView of(Feedback f) {
        return new FeedbackView(f.id, f.kind, f.dossierCode, f.agency, f.text, f.submittedBy, f.receivedAt, f.dueAt,
                f.status, f.handledBy, f.answer, f.answeredBy, f.answeredAt,
                f.answeredAt == null ? null : f.handling().answeredOnTime(), f.satisfied);
    }
}
