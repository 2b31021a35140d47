package vn.onestop.results.result.service;

/**
 * The answer of the public verification: {@code valid} when the result exists, the SHA-256 given
 * is the one of its canonical form as stored now, its signature verifies with the key recorded with
 * it, and it is not revoked. {@code reason} says why in words.
 */
public record Verification(boolean valid, boolean revoked, String reason) {
}
