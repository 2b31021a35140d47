package vn.onestop.intake.catalog.domain;

/**
 * How an online submission of a procedure is received: {@link #BY_STAFF} (the default) waits in
 * national status 1, "submitted online, not yet accepted", until the receiving centre's staff accept
 * it (the deadline runs from then) or refuse it with a guidance or refusal slip (status 3);
 * {@link #AUTOMATIC} is received at once, where the procedure allows it (its data checked against
 * the national databases, e.g. the birth bundle of Decree 63/2024).
 */
public enum OnlineAcceptance {
    AUTOMATIC,
    BY_STAFF
}
