package vn.onestop.intake.dossier.service;

import java.time.OffsetDateTime;

/** Filters of the officers' dossier list; null means "any". */
public record DossierQuery(String agency, String status, OffsetDateTime receivedFrom, OffsetDateTime receivedTo,
                           String cursor, int limit) {
}
