package vn.onestop.intake.dossier.domain;

/** Where the dossier was handed in. POSTAL includes pick-up at home by the postal service. */
public enum Channel {
    ONLINE, COUNTER, POSTAL
}
