package vn.onestop.processing.task.service;

import java.util.UUID;

/**
 * Fired (synchronously, in the transaction) when a case reaches a point its chain cares about:
 * it paused for payment (hand-off), it was decided, stopped or withdrawn.
 */
public record CaseMilestone(UUID dossierId, String dossierCode, Kind kind, String detail) {

    public enum Kind { PAUSED_FOR_PAYMENT, APPROVED, REJECTED, STOPPED, WITHDRAWN }
}
