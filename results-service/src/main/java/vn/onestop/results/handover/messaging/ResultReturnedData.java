package vn.onestop.results.handover.messaging;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Data of ResultReturned (contracts: schemas/result-returned.v1.json); {@code proof} left out when none. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ResultReturnedData(UUID resultId, UUID dossierId, String dossierCode, String channel,
                                 OffsetDateTime returnedAt, String receivedBy, String receiverIdNumber, String proof,
                                 String number, String procedureId, int nationalStatusCode) {
}
