package vn.onestop.processing.casefile.domain;

/** What became of an approved dossier's result (docs/workflows-and-deadlines.md, "Result data"). */
public enum ResultStatus {
    /** Approved; results-service has not issued it yet. */
    PENDING,
    /** results-service cannot issue it with its data until the deciding agency corrects it. */
    BLOCKED,
    ISSUED
}
