package vn.onestop.platform.rest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.sql.SQLException;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ConcurrentUpdateTest {

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of("deadlock detected, 40P01", new RuntimeException(new SQLException("deadlock detected", "40P01")), true),
                Arguments.of("serialization failure, 40001", new IllegalStateException("commit",
                        new RuntimeException(new SQLException("could not serialize access", "40001"))), true),
                Arguments.of("stale version (JPA)", new RuntimeException(new jakarta.persistence.OptimisticLockException("row was updated")), true),
                Arguments.of("stale version (Hibernate)", new IllegalStateException("flush",
                        new org.hibernate.StaleObjectStateException("Task", java.util.UUID.randomUUID())), true),
                Arguments.of("unique violation, 23505", new RuntimeException(new SQLException("duplicate key", "23505")), false),
                Arguments.of("connection lost, 08006", new RuntimeException(new SQLException("I/O error", "08006")), false),
                Arguments.of("no SQL", new IllegalStateException("bug"), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void a_rolled_back_collision_is_told_apart_from_other_failures(String what, Throwable failure, boolean collision) {
        assertThat(ProblemMappers.concurrentUpdate(failure)).isEqualTo(collision);
    }
}
