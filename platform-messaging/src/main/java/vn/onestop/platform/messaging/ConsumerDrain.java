package vn.onestop.platform.messaging;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * What lets a service stop without losing or doubling an event (docs/reliability.md, SIGTERM):
 * handlings in progress when shutdown begins are let finish, so their transaction commits and the
 * connector acknowledges them; any handling that would start afterwards, or try again, is
 * <em>parked</em> instead: it neither applies the event nor returns nor throws, so the record is
 * neither acknowledged (its offset is not committed) nor dead-lettered. The next consumer of the
 * partition (this service after its restart, or another replica after the rebalance) receives it
 * again and skips it if it was applied. Without this, a record taken after the persistence layer
 * had closed failed all its attempts ("EntityManagerFactory is closed") and went to the dead-letter
 * topic, and returning normally would have committed an offset whose event was never applied.
 *
 * <p>Plain Java, shared by every consumer of the service through {@link EventInbox}.
 */
final class ConsumerDrain {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition idle = lock.newCondition();
    private int inProgress;
    private boolean closed;

    /** Starts a handling; false once shutdown has begun (the caller must then {@link #park()}). */
    boolean enter() {
        lock.lock();
        try {
            if (closed) {
                return false;
            }
            inProgress++;
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Ends a handling started by {@link #enter()}. */
    void leave() {
        lock.lock();
        try {
            if (--inProgress == 0) {
                idle.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    /** True once shutdown has begun: a handling between two tries stops trying and parks. */
    boolean closing() {
        lock.lock();
        try {
            return closed;
        } finally {
            lock.unlock();
        }
    }

    /** Handlings in progress now. */
    int inProgress() {
        lock.lock();
        try {
            return inProgress;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Refuses new handlings and waits until those in progress have ended, at most {@code timeout}.
     *
     * @return true if none was left in progress
     */
    boolean close(Duration timeout) throws InterruptedException {
        lock.lock();
        try {
            closed = true;
            long nanos = timeout.toNanos();
            while (inProgress > 0) {
                if (nanos <= 0) {
                    return false;
                }
                nanos = idle.awaitNanos(nanos);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Holds the calling consumer thread until the process ends; an interrupt (the worker pool
     * shutting down) does not end it, since neither acknowledging nor failing the record is safe.
     */
    void park() {
        Object never = new Object();
        synchronized (never) {
            while (true) {
                try {
                    never.wait(TimeUnit.MINUTES.toMillis(1));
                } catch (InterruptedException e) {
                    // the worker pool is shutting down: keep holding, the JVM ends without us
                }
            }
        }
    }
}
