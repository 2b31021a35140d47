package vn.onestop.intake.dossier.service;

/** The answer to a submission; {@code replayed} when it is the stored answer to an earlier try. */
public record SubmissionOutcome(DossierView dossier, boolean replayed) {
}
