package vn.onestop.platform.rest;

import org.junit.jupiter.api.Test;
import vn.onestop.platform.testing.Concurrently;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InFlightTest {

    @Test
    void admits_up_to_the_bound_then_refuses_until_one_leaves() {
        LoadShedding.InFlight inFlight = new LoadShedding.InFlight(3);

        assertThat(List.of(inFlight.tryEnter(), inFlight.tryEnter(), inFlight.tryEnter(), inFlight.tryEnter()))
                .containsExactly(true, true, true, false);
        assertThat(inFlight.current()).isEqualTo(3);

        inFlight.exit();
        assertThat(inFlight.tryEnter()).isTrue();
        assertThat(inFlight.tryEnter()).isFalse();
    }

    @Test
    void never_admits_more_than_the_bound_at_once_under_contention() throws Exception {
        int bound = 4;
        LoadShedding.InFlight inFlight = new LoadShedding.InFlight(bound);
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger mostInside = new AtomicInteger();
        AtomicInteger admitted = new AtomicInteger();
        Concurrently.run(16, Duration.ofSeconds(30), thread -> {
            for (int i = 0; i < 2_000; i++) {
                if (inFlight.tryEnter()) {
                    admitted.incrementAndGet();
                    mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
                    inside.decrementAndGet();
                    inFlight.exit();
                }
            }
            return null;
        });

        assertThat(mostInside.get()).isBetween(1, bound);
        assertThat(admitted.get()).isPositive();
        assertThat(inFlight.current()).as("everyone who entered left").isZero();
    }

    @Test
    void a_bound_below_one_is_refused_at_start() {
        assertThatThrownBy(() -> new LoadShedding.InFlight(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("onestop.http.max-in-flight");
    }
}
