package vn.onestop.platform.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Beyond capacity the API says so at once, instead of letting requests queue until the client
 * times out: at most {@code onestop.http.max-in-flight} requests are in progress on the API port;
 * one more is answered {@code 503} problem+json with {@code Retry-After} before anything of it is
 * read, authenticated or written. The check runs first on the event loop and costs one atomic
 * counter. The management port (health, metrics) is not limited, so the platform can still be
 * watched when it sheds load. Together with the database pool's bounded wait
 * ({@code quarkus.datasource.jdbc.acquisition-timeout}, answered 503 by {@link ProblemMappers}), no
 * queue in front of the service grows without bound.
 */
@ApplicationScoped
public class LoadShedding {

    /** Seconds a client should wait before sending a shed request again. */
    static final int RETRY_AFTER_SECONDS = 1;

    private final InFlight inFlight;
    private final Counter shed;
    private final ObjectMapper mapper;

    LoadShedding(@ConfigProperty(name = "onestop.http.max-in-flight", defaultValue = "128") int maxInFlight,
                 MeterRegistry registry, ObjectMapper mapper) {
        this.mapper = mapper;
        this.inFlight = new InFlight(maxInFlight);
        this.shed = Counter.builder("onestop.http.shed").description("API requests refused with 503 because "
                + "the service had onestop.http.max-in-flight requests in progress").register(registry);
        Gauge.builder("onestop.http.in.flight", inFlight, InFlight::current)
                .description("API requests in progress").register(registry);
    }

    void install(@Observes Router router) {
        // before the body handler, security and REST (their routes have higher orders)
        router.route().order(Integer.MIN_VALUE).handler(this::admit);
    }

    private void admit(RoutingContext context) {
        if (!inFlight.tryEnter()) {
            shed.increment();
            Log.debugf("shed %s %s: %d requests in progress", context.request().method(), context.request().path(),
                    inFlight.current());
            context.response().setStatusCode(503)
                    .putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .putHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS))
                    .end(overloaded(context.request().path()));
            return;
        }
        // called once the response is sent or the connection is gone, whichever comes first
        context.addEndHandler(done -> inFlight.exit());
        context.next();
    }

    private String overloaded(String path) {
        Problem problem = new Problem(Problem.type("overloaded"), "Service overloaded", 503,
                "the service has as many requests in progress as it can take and did nothing of this one; send it again in "
                        + RETRY_AFTER_SECONDS + " second (with the same Idempotency-Key, if it had one)", path, List.of());
        try {
            return mapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem document could not be written", e);
        }
    }

    /** A bounded count of requests in progress. */
    static final class InFlight {
        private final int max;
        private final AtomicInteger current = new AtomicInteger();

        InFlight(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("onestop.http.max-in-flight must be at least 1, not " + max);
            }
            this.max = max;
        }

        boolean tryEnter() {
            while (true) {
                int now = current.get();
                if (now >= max) {
                    return false;
                }
                if (current.compareAndSet(now, now + 1)) {
                    return true;
                }
            }
        }

        void exit() {
            current.decrementAndGet();
        }

        int current() {
            return current.get();
        }
    }
}
