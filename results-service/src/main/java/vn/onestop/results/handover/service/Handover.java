package vn.onestop.results.handover.service;

import vn.onestop.results.handover.domain.HandoverChannel;

import java.time.OffsetDateTime;

/**
 * What counter staff record when a result is handed over; {@code handedOverAt} null means now. Who
 * records it is the caller, not part of this.
 */
public record Handover(HandoverChannel channel, String receivedBy, String receiverIdNumber, String proof,
                       OffsetDateTime handedOverAt) {
}
