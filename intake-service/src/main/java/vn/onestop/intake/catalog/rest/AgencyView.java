package vn.onestop.intake.catalog.rest;

import vn.onestop.intake.catalog.domain.Administration;
import vn.onestop.intake.catalog.domain.AdministrativeUnit;
import vn.onestop.intake.catalog.domain.Agency;

/** An agency; {@code parentUnit} is its unit's parent (the province of a commune agency). */
public record AgencyView(String code, String name, String nameEn, String type, String level, String unit,
                         String parentUnit, String parentAgency, boolean receivesDossiers) {

    static AgencyView of(Agency a, Administration administration) {
        String parentUnit = administration.unit(a.unit()).map(AdministrativeUnit::parent).orElse(null);
        return new AgencyView(a.code(), a.name(), a.nameEn(), a.type(), a.level(), a.unit(), parentUnit, a.parent(),
                a.receivesDossiers());
    }
}
