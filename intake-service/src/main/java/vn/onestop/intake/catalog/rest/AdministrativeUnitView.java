package vn.onestop.intake.catalog.rest;

import vn.onestop.intake.catalog.domain.AdministrativeUnit;

public record AdministrativeUnitView(String code, String name, String nameEn, String level, String parent) {

    static AdministrativeUnitView of(AdministrativeUnit u) {
        return new AdministrativeUnitView(u.code(), u.name(), u.nameEn(), u.level(), u.parent());
    }
}
