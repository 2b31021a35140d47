package vn.onestop.rating.invitation.domain;

import vn.onestop.rating.projection.domain.DossierEvent;

import java.util.Optional;

/**
 * Why the applicant may rate: the dossier's service is over, with a result (issued, handed over)
 * or without one (rejected, withdrawn, stopped). The first reason a dossier gets is kept.
 */
public enum InvitationReason {
    RESULT_ISSUED,
    RESULT_RETURNED,
    REJECTED,
    WITHDRAWN,
    STOPPED;

    /** The invitation an event opens, if any. */
    public static Optional<InvitationReason> of(DossierEvent event) {
        if (event instanceof DossierEvent.ResultIssued) {
            return Optional.of(RESULT_ISSUED);
        }
        if (event instanceof DossierEvent.ResultReturned) {
            return Optional.of(RESULT_RETURNED);
        }
        if (event instanceof DossierEvent.Decided d && "REJECTED".equals(d.decision())) {
            return Optional.of(REJECTED);
        }
        if (event instanceof DossierEvent.Withdrawn) {
            return Optional.of(WITHDRAWN);
        }
        if (event instanceof DossierEvent.ProcessingStopped) {
            return Optional.of(STOPPED);
        }
        return Optional.empty();
    }
}
