package vn.onestop.results.result.domain;

/**
 * Result number as Vietnamese administrative documents print it: sequence / year / kind
 * abbreviation - issuer, e.g. {@code 000042/2026/GCN-000.00.01.H22}.
 */
public final class ResultNumber {

    private ResultNumber() {
    }

    public static String format(int sequence, int year, ResultKind kind, String issuer) {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence starts at 1: " + sequence);
        }
        return String.format("%06d/%d/%s-%s", sequence, year, kind.abbreviation(), issuer);
    }
}
