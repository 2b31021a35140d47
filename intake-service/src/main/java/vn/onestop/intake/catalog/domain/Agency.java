package vn.onestop.intake.catalog.domain;

/**
 * An agency with its identifier (QCVN 102:2016 shape, e.g. {@code 000.00.01.H22}: the prefix of
 * dossier codes). {@code receivesDossiers} marks the service centres where a dossier may be handed
 * in; within its province any of them may receive any dossier (boundary-free intake, Decree 118/2025).
 */
public record Agency(String code, String name, String nameEn, String type, String level, String unit,
                     String parent, boolean receivesDossiers) {
}
