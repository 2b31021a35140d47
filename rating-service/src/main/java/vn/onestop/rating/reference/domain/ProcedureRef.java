package vn.onestop.rating.reference.domain;

/** A procedure's catalog id and its national (DVCQG) code, when it has one. */
public record ProcedureRef(String id, String nationalCode, String name, String nameEn) {
}
