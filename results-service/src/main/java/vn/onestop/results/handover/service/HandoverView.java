package vn.onestop.results.handover.service;

import vn.onestop.results.handover.domain.ResultHandover;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A recorded handover: {@code receivedBy} received the result, {@code handedOverBy} recorded it. */
public record HandoverView(UUID id, UUID resultId, String number, String dossierCode, String channel,
                           String receivedBy, String receiverIdNumber, String proof, OffsetDateTime handedOverAt,
                           String handedOverBy, OffsetDateTime recordedAt, int nationalStatusCode) {

    public static HandoverView of(ResultHandover h, String number, String dossierCode, int nationalStatusCode) {
        return new HandoverView(h.id, h.resultId, number, dossierCode, h.channel.name(), h.receivedBy,
                h.receiverIdNumber, h.proof, h.handedOverAt, h.handedOverBy, h.recordedAt, nationalStatusCode);
    }
}
