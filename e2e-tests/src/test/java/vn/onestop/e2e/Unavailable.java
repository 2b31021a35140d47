package vn.onestop.e2e;

import java.io.IOException;

/**
 * A service could not answer: it refused the connection, the connection dropped, or it answered
 * 5xx. A test that kills services on purpose (ChaosIT) tries again; every other test fails.
 */
final class Unavailable extends RuntimeException {

    Unavailable(String message) {
        super(message);
    }

    /** The failure is one a restarting service or dependency causes: an {@link Unavailable} or an I/O error. */
    static boolean is(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof Unavailable || cause instanceof IOException) {
                return true;
            }
        }
        return false;
    }
}
