package vn.onestop.rating.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import vn.onestop.rating.reference.domain.ReferenceData;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

@ApplicationScoped
public class ConfigProducers {

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
