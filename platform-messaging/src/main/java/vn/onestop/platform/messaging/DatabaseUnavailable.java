package vn.onestop.platform.messaging;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Whether a failure means the service's database is out of reach for now (down, restarting,
 * refusing connections, or every pooled connection busy) rather than anything about the request or
 * event at hand. Such a failure changed nothing (its transaction is gone) and the same work will
 * succeed once the database is back: an HTTP request gets 503 with {@code Retry-After}, a consumed
 * event waits instead of being dead-lettered.
 */
public final class DatabaseUnavailable {

    /**
     * SQLSTATEs of PostgreSQL and its driver that say the server is not there to talk to: class 08
     * (connection exception) and the server shutting down, starting or full.
     */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300");

    private DatabaseUnavailable() {
    }

    /** True when {@code failure} or one of its causes says the database cannot be reached. */
    public static boolean causedBy(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 32; t = t.getCause() == t ? null : t.getCause(), depth++) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql && isUnavailable(sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUnavailable(SQLException sql) {
        String state = sql.getSQLState();
        if (state != null) {
            return state.startsWith("08") || UNAVAILABLE_STATES.contains(state);
        }
        // the connection pool (Agroal) times out waiting for a connection with a plain SQLException
        String message = sql.getMessage();
        return message != null && message.toLowerCase(java.util.Locale.ROOT).contains("acquisition timeout");
    }
}
