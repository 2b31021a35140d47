package vn.onestop.intake.dossier.service;

import vn.onestop.intake.dossier.rest.DossierView;

/** The answer to a submission; {@code replayed} when it is the stored answer to an earlier try. */
public record SubmissionOutcome(DossierView dossier, boolean replayed) {
}
