package vn.onestop.portal.api;

import java.time.OffsetDateTime;

/** processing's explanation of a dossier's due date (GET /api/v1/dossiers/{id}/deadline). */
public record DeadlineExplanation(String dossierId, String dossierCode, String status, OffsetDateTime dueAt,
                                  int apologies, DeadlinePreview explanation) {
}
