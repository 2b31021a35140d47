package vn.onestop.intake.catalog.domain;

/** A datum an approval of the procedure provides (e.g. P1's {@code childPersonalId}). */
public record ResultField(String name, boolean required) {
}
