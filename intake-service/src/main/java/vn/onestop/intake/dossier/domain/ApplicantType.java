package vn.onestop.intake.dossier.domain;

public enum ApplicantType {
    CITIZEN, BUSINESS, ORGANISATION
}
