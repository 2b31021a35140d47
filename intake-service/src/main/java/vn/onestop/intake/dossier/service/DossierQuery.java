package vn.onestop.intake.dossier.service;

import vn.onestop.intake.dossier.domain.DossierStatus;

import java.time.OffsetDateTime;

/**
 * Filters of the dossier list; null means "any". {@code agency} is the competent agency;
 * {@code person} (a citizen's own dossiers, as applicant or representative) and
 * {@code receivingAgency} (a centre's) are set from the caller's token, never from the request
 * (DossierAccess.listScope).
 */
public record DossierQuery(String agency, DossierStatus status, OffsetDateTime receivedFrom, OffsetDateTime receivedTo,
                           String cursor, int limit, String person, String receivingAgency) {

    /** The filters a request may set; the caller's scope is added by the service. */
    public DossierQuery(String agency, DossierStatus status, OffsetDateTime receivedFrom, OffsetDateTime receivedTo,
                        String cursor, int limit) {
        this(agency, status, receivedFrom, receivedTo, cursor, limit, null, null);
    }
}
