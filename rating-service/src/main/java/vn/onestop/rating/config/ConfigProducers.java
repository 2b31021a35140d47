package vn.onestop.rating.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import vn.onestop.rating.reference.ReferenceData;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;

@ApplicationScoped
public class ConfigProducers {

    /** The system clock; a test may replace it. */
    @Produces
    @DefaultBean
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Loaded once at start; a bad file stops the service naming the entry. */
    @Produces
    @Singleton
    ReferenceData referenceData(RatingConfig config, ObjectMapper mapper) {
        try (InputStream admin = resource(config.reference().administration());
             InputStream procedures = resource(config.reference().procedures())) {
            return ReferenceData.load(mapper, admin, procedures);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing class-path resource " + name);
        }
        return in;
    }
}
