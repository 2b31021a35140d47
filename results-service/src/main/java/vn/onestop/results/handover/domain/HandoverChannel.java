package vn.onestop.results.handover.domain;

/** How a result reaches the applicant: the channel they chose when they submitted. */
public enum HandoverChannel {
    /** At the one-stop section's counter. */
    COUNTER,
    /** By the public postal service, to the applicant's address. */
    POSTAL,
    /** The electronic result through the portal or the citizen e-document store. */
    ONLINE
}
