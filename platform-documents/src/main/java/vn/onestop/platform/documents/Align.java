package vn.onestop.platform.documents;

/** Where each wrapped line sits in its column. */
public enum Align {
    LEFT,
    CENTRE
}
