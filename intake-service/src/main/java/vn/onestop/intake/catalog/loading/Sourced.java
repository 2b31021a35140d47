package vn.onestop.intake.catalog.loading;

/** A checked item with the file it came from, for problems found across items. */
record Sourced<T>(String file, T value) {
}
