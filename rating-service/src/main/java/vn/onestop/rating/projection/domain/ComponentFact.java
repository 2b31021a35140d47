package vn.onestop.rating.projection.domain;

/** One component (paper) of a dossier and its digitization state 0–3 (BRIEF §8). */
public record ComponentFact(String code, int digitizationState, String source) {
}
