package vn.onestop.platform.messaging;

/** An event whose handling failed every attempt; the connector dead-letters it with this message. */
public class EventHandlingException extends RuntimeException {
    public EventHandlingException(String message, Throwable cause) {
        super(message, cause);
    }
}
