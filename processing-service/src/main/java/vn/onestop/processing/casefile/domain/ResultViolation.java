package vn.onestop.processing.casefile.domain;

/** A result data field results-service refused, as ResultBlocked names it. */
public record ResultViolation(String field, String message) {
}
