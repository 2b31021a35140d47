package vn.onestop.bench;

import vn.onestop.platform.testing.LocalIdentity;
import vn.onestop.platform.testing.LocalIdentity.Person;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The benchmark's people's access tokens, from the local Keycloak ({@link LocalIdentity}, which
 * renews a token a minute before it expires). A background thread asks for them every 30 s, so
 * that renewal happens there and never on a request's path: a request's latency is the platform's,
 * not Keycloak's.
 */
final class AccessTokens implements AutoCloseable {

    private final LocalIdentity identity;
    private final Map<Person, String> current = new ConcurrentHashMap<>();
    private final ScheduledExecutorService renewal = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "bench-token-renewal");
        thread.setDaemon(true);
        return thread;
    });

    AccessTokens(LocalIdentity identity) {
        this.identity = identity;
        renewal.scheduleWithFixedDelay(this::renew, 30, 30, TimeUnit.SECONDS);
    }

    /** The person's current token (the first one is fetched now, before any load is offered). */
    String of(Person person) {
        return current.computeIfAbsent(person, identity::tokenOf);
    }

    private void renew() {
        for (Person person : current.keySet()) {
            try {
                current.put(person, identity.tokenOf(person));
            } catch (RuntimeException e) {
                // keep the current token; the next round tries again well before it expires
            }
        }
    }

    @Override
    public void close() {
        renewal.shutdownNow();
    }
}
