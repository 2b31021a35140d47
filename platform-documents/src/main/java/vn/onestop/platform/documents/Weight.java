package vn.onestop.platform.documents;

/** The two faces a form prints in: DejaVu Sans and DejaVu Sans Bold. */
public enum Weight {
    REGULAR,
    BOLD
}
