package vn.onestop.rating.invitation.service;

import vn.onestop.rating.invitation.domain.InvitationReason;

import java.time.OffsetDateTime;
import java.util.UUID;

public record InvitationView(UUID dossierId, String dossierCode, UUID resultId, OffsetDateTime invitedAt,
                             InvitationReason reason) {
}
