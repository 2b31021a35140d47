package vn.onestop.platform.messaging;

/**
 * Told of every event the inbox applies, inside the transaction that applies it (a duplicate, which
 * changes nothing, is not told): the audit trail records it so. Throwing rolls the event back and
 * the inbox retries it like any failure.
 */
public interface AppliedEventObserver {

    void applied(String consumer, IncomingEvent event);
}
