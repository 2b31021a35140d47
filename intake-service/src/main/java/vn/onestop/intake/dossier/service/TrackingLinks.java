package vn.onestop.intake.dossier.service;

import jakarta.enterprise.context.ApplicationScoped;
import vn.onestop.intake.config.PublicBaseUrls;
import vn.onestop.intake.dossier.domain.Dossier;

import java.util.UUID;

/**
 * The public link where anyone holding it follows a dossier without logging in: printed as a QR
 * code on the receipt, sent in the applicant's messages, shown to those who may read the dossier.
 * It ends with the dossier's random tracking secret, never with its guessable code.
 */
@ApplicationScoped
public class TrackingLinks {

    private final String base;

    TrackingLinks(PublicBaseUrls urls) {
        String configured = urls.tracking();
        this.base = configured.endsWith("/") || configured.endsWith("=") ? configured : configured + "/";
    }

    public String of(Dossier dossier) {
        return base + dossier.trackingSecret;
    }

    /** The link of a dossier known by id; inside the transaction that reads or changes it. */
    public String of(UUID dossierId) {
        Dossier dossier = Dossier.findById(dossierId);
        if (dossier == null) {
            throw new IllegalStateException("no dossier " + dossierId + " to link to");
        }
        return of(dossier);
    }
}
