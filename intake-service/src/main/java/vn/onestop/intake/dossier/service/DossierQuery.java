package vn.onestop.intake.dossier.service;

import vn.onestop.intake.dossier.domain.DossierStatus;

import java.time.OffsetDateTime;

/** Filters of the officers' dossier list; null means "any". */
public record DossierQuery(String agency, DossierStatus status, OffsetDateTime receivedFrom, OffsetDateTime receivedTo,
                           String cursor, int limit) {
}
