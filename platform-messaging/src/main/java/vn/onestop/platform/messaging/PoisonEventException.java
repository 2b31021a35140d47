package vn.onestop.platform.messaging;

/**
 * An event that no retry can make acceptable (malformed, unknown type, impossible for the current
 * state). It goes to the dead-letter topic at once, with this message as the reason.
 */
public class PoisonEventException extends RuntimeException {
    public PoisonEventException(String message) {
        super(message);
    }
}
