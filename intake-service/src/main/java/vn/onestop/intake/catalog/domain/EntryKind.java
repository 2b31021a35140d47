package vn.onestop.intake.catalog.domain;

/** A catalog entry is a single procedure or a bundle (interlinked group) of procedures. */
public enum EntryKind {
    PROCEDURE, BUNDLE
}
