package vn.onestop.platform.messaging;

import io.quarkus.logging.Log;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * While this replica leads the relay: one connection that LISTENs on {@link #CHANNEL}, so that a
 * commit of another replica's outbox rows (its {@link Outbox} sends NOTIFY in the writing
 * transaction; PostgreSQL delivers it at commit, never on rollback) wakes the relay at once instead
 * of at its next poll. pgjdbc's {@code getNotifications(timeout)} blocks on the socket: an idle
 * listener spends no CPU and sends no statement (docs/adr/0035).
 */
final class OutboxListener {

    /** The notification channel; notifications stay within one database, i.e. one service. */
    static final String CHANNEL = "onestop_outbox";

    /** How long one wait on the socket lasts: how soon {@link #stop()} is noticed. */
    private static final Duration SLICE = Duration.ofSeconds(1);

    /** Quiet slices after which the connection is checked: a silently dead one would never deliver. */
    private static final int SLICES_BETWEEN_CHECKS = 30;

    private final DataSource dataSource;
    private final Runnable wake;
    private final Duration retry;

    /** The listening thread; a thread whose field was cleared (or replaced) ends its loop. */
    private volatile Thread thread;

    OutboxListener(DataSource dataSource, Runnable wake, Duration retry) {
        this.dataSource = dataSource;
        this.wake = wake;
        this.retry = retry;
    }

    synchronized void start() {
        if (thread != null) {
            return;
        }
        Thread listening = new Thread(this::listen, "outbox-listen");
        listening.setDaemon(true);
        thread = listening;
        listening.start();
    }

    synchronized void stop() {
        Thread listening = thread;
        thread = null;
        if (listening == null) {
            return;
        }
        try {
            listening.join(SLICE.multipliedBy(3).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean listening() {
        return thread == Thread.currentThread();
    }

    private void listen() {
        while (listening()) {
            try (Connection connection = dataSource.getConnection()) {
                // notifications arrive only between transactions
                if (!connection.getAutoCommit()) {
                    connection.setAutoCommit(true);
                }
                PGConnection postgres = connection.unwrap(PGConnection.class);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("listen " + CHANNEL);
                }
                try {
                    // rows committed before the LISTEN took effect announced themselves to nobody
                    wake.run();
                    int quiet = 0;
                    while (listening()) {
                        PGNotification[] notifications = postgres.getNotifications((int) SLICE.toMillis());
                        if (notifications != null && notifications.length > 0) {
                            wake.run();
                            quiet = 0;
                        } else if (++quiet == SLICES_BETWEEN_CHECKS) {
                            quiet = 0;
                            if (!connection.isValid(2)) {
                                throw new SQLException("the listening connection stopped answering");
                            }
                        }
                    }
                } finally {
                    // the connection goes back to the pool: it must not keep collecting notifications
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("unlisten *");
                    } catch (SQLException e) {
                        Log.debugf("outbox listener: unlisten failed (%s); the session goes with the broken connection",
                                e.getMessage());
                    }
                }
            } catch (SQLException | RuntimeException e) {
                Log.warnf("outbox listener: %s; listening again in %s (the relay polls meanwhile)", e.getMessage(), retry);
                pause();
            }
        }
    }

    private synchronized void stopIfCurrent() {
        if (listening()) {
            thread = null;
        }
    }

    private void pause() {
        long until = System.nanoTime() + retry.toNanos();
        try {
            while (listening() && System.nanoTime() < until) {
                Thread.sleep(Math.min(SLICE.toMillis(), Math.max(1, (until - System.nanoTime()) / 1_000_000)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopIfCurrent();
        }
    }
}
