package vn.onestop.platform.messaging;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseUnavailableTest {

    static Stream<Arguments> failures() {
        return Stream.of(
                // the driver cannot connect, or lost its connection (class 08)
                Arguments.of("connection refused, 08001", new SQLException("Connection to 127.0.0.1:5432 refused", "08001"), true),
                Arguments.of("I/O error, 08006", new SQLException("An I/O error occurred while sending to the backend", "08006"), true),
                Arguments.of("server shutting down, 57P01", new SQLException("terminating connection due to administrator command", "57P01"), true),
                Arguments.of("server starting, 57P03", new SQLException("the database system is starting up", "57P03"), true),
                Arguments.of("too many connections, 53300", new SQLException("sorry, too many clients already", "53300"), true),
                Arguments.of("pool exhausted (Agroal)", new SQLException("Acquisition timeout while waiting for new connection"), true),
                Arguments.of("transient connection exception", new SQLTransientConnectionException("gone"), true),
                Arguments.of("socket refused", new ConnectException("Connection refused"), true),
                Arguments.of("wrapped twice", new IllegalStateException("commit failed",
                        new RuntimeException(new SQLException("I/O error", "08006"))), true),
                // the request's or the event's own fault, or our bug: not an outage
                Arguments.of("unique violation, 23505", new SQLException("duplicate key value", "23505"), false),
                Arguments.of("syntax error, 42601", new SQLException("syntax error at or near", "42601"), false),
                Arguments.of("serialization failure, 40001", new SQLException("could not serialize access", "40001"), false),
                Arguments.of("plain SQLException without a state", new SQLException("something else"), false),
                Arguments.of("no SQL at all", new IllegalArgumentException("bad value"), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void says_whether_the_database_is_out_of_reach(String what, Throwable failure, boolean unavailable) {
        assertThat(DatabaseUnavailable.causedBy(failure)).isEqualTo(unavailable);
    }

    @Test
    void a_cause_that_points_at_itself_ends_the_walk() {
        Throwable selfCaused = new RuntimeException("outer") {
            @Override
            public synchronized Throwable getCause() {
                return this;
            }
        };
        assertThat(DatabaseUnavailable.causedBy(selfCaused)).isFalse();
    }
}
