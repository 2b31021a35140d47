package vn.onestop.platform.rest;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * The clock every service reads "now" from: the system clock in UTC. A test replaces it (a bean of
 * its own, or a {@code TestClock}) to fix the day, so that nothing it asserts depends on the day it runs.
 */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @DefaultBean
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
