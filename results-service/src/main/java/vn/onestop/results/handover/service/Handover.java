package vn.onestop.results.handover.service;

import vn.onestop.results.handover.domain.HandoverChannel;

import java.time.OffsetDateTime;

/** What an officer records when a result is handed over; {@code handedOverAt} null means now. */
public record Handover(HandoverChannel channel, String receivedBy, String receiverIdNumber, String proof,
                       OffsetDateTime handedOverAt) {
}
