package vn.onestop.platform.testing;

import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.handlers.ConsoleHandler;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of a service's OpenAPI document, driven with control characters in each path and
 * query parameter, the framework's own errors, and bodies and parameters generated from its schemas:
 * never a 5xx, every error problem+json, nothing written by a refused request, a typed parameter's
 * wrong value and a date 10000 years out named in a 400, a URI or body too long a 414 or 413 problem
 * ({@link OpenApiFuzz});
 * and the service's log handlers mask personal data. A service's test extends it as a
 * {@code @QuarkusTest}, says where the service listens and counts what clients write.
 */
public abstract class ApiRobustnessChecks {

    /** The generated requests are drawn from this seed; {@code -Donestop.fuzz.seed=N} draws others, or replays a run. */
    private static final long FUZZ_SEED = Long.getLong("onestop.fuzz.seed", 13L);

    /** The running service's root URL. */
    protected abstract String root();

    /**
     * The root URL of the running service's management interface (health, metrics, OpenAPI), as
     * Quarkus publishes it to its tests ({@code test.management.url}).
     */
    protected String managementRoot() {
        return ManagementPort.url();
    }

    private OpenApiFuzz.Service service() {
        return new OpenApiFuzz.Service(root(), managementRoot());
    }

    /** A token that passes every role check (from the test Keycloak), so the input checks answer. */
    protected String token() {
        return LocalIdentity.fromEnvironment().tokenWithEveryRole();
    }

    /**
     * How many rows clients' requests have created (or versions they have written) in the service's
     * database, counted in tables that nothing in the background writes to: a request answered 4xx
     * must leave it as it was, so that nothing is half-written.
     */
    protected abstract long recordsWrittenByClients();

    @Test
    void generated_bodies_and_parameters_never_get_a_500_and_write_nothing() {
        long seed = FUZZ_SEED;
        OpenApiFuzz.Report bodies = OpenApiFuzz.generatedBodies(service(), token(), seed, this::recordsWrittenByClients);
        OpenApiFuzz.Report parameters = OpenApiFuzz.generatedParameters(service(), token(), seed,
                this::recordsWrittenByClients);
        String replay = "seed " + seed + ", replay with -Donestop.fuzz.seed=" + seed;

        assertThat(bodies.requests()).as("generated bodies sent, " + replay).isGreaterThan(100);
        assertThat(parameters.requests()).as("generated parameter values sent, " + replay).isGreaterThan(300);
        assertThat(bodies.findings()).as("answers to generated bodies, " + replay).isEmpty();
        assertThat(parameters.findings()).as("answers to generated parameter values, " + replay).isEmpty();
    }

    @Test
    void a_parameter_not_of_its_type_is_a_400_naming_it_never_a_404() {
        OpenApiFuzz.Report report = OpenApiFuzz.wrongTypes(service(), token(), FUZZ_SEED, this::recordsWrittenByClients);

        // every service has at least a page size (limit) or a UUID in a path
        assertThat(report.requests()).as("typed parameters tried").isPositive();
        assertThat(report.findings()).isEmpty();
    }

    @Test
    void a_uri_too_long_and_a_body_too_large_are_answered_as_problems() {
        OpenApiFuzz.Report report = OpenApiFuzz.requestLimits(service(), token());

        assertThat(report.requests()).as("requests sent").isEqualTo(3);
        assertThat(report.findings()).isEmpty();
    }

    @Test
    void control_characters_in_any_parameter_are_a_clear_400_never_a_500() {
        OpenApiFuzz.Report report = OpenApiFuzz.controlCharacters(service(), token());

        assertThat(report.requests()).as("requests sent").isGreaterThan(20);
        assertThat(report.findings()).isEmpty();
    }

    @Test
    void without_a_token_every_operation_is_public_or_a_401_problem() {
        OpenApiFuzz.Report report = OpenApiFuzz.withoutToken(service());

        assertThat(report.requests()).as("requests sent").isGreaterThan(5);
        assertThat(report.findings()).isEmpty();
    }

    @Test
    void every_secured_operation_refuses_the_roles_it_does_not_declare() {
        OpenApiFuzz.Report report = OpenApiFuzz.outsideTheirRoles(service(),
                LocalIdentity.fromEnvironment().onePersonPerRole());

        assertThat(report.requests()).as("requests sent").isGreaterThan(10);
        assertThat(report.findings()).isEmpty();
    }

    @Test
    void every_secured_operation_lets_in_the_roles_it_declares() {
        OpenApiFuzz.Report report = OpenApiFuzz.insideTheirRoles(service(),
                LocalIdentity.fromEnvironment().onePersonPerRole());

        assertThat(report.requests()).as("requests sent").isGreaterThan(5);
        assertThat(report.findings()).isEmpty();
    }

    @Test
    void unknown_paths_wrong_methods_and_media_types_are_answered_as_problems() {
        OpenApiFuzz.Report report = OpenApiFuzz.frameworkErrors(service(), token());

        assertThat(report.requests()).as("requests sent").isGreaterThan(5);
        assertThat(report.findings()).isEmpty();
    }

    @Test
    void the_log_masks_identity_numbers_phones_and_e_mail_addresses() {
        List<Handler> handlers = new ArrayList<>();
        collect(Logger.getLogger("").getHandlers(), handlers);
        List<String> written = new ArrayList<>();
        for (Handler handler : handlers) {
            if (handler instanceof ConsoleHandler) {
                assertThat(handler.getFilter()).as("the console handler's filter").isNotNull();
                ExtLogRecord record = new ExtLogRecord(Level.INFO, "owner %s, phone %s, mail %s",
                        ExtLogRecord.FormatStyle.PRINTF, getClass().getName());
                record.setParameters(new Object[]{"079088001234", "0912345678", "an@example.vn"});
                handler.getFilter().isLoggable(record);
                written.add(record.getFormattedMessage());
            }
        }
        assertThat(written).as("what the console log handlers write; handlers: " + handlers.stream()
                        .map(h -> h.getClass().getName() + (h.getFilter() == null ? "" : " (" + h.getFilter().getClass().getName() + ")"))
                        .toList()).isNotEmpty()
                .allSatisfy(line -> assertThat(line).isEqualTo("owner 079*******34, phone 091****678, mail a***@example.vn"));
    }

    private static void collect(Handler[] handlers, List<Handler> into) {
        for (Handler handler : handlers) {
            into.add(handler);
            if (handler instanceof ExtHandler ext) {
                collect(ext.getHandlers(), into);
            }
        }
    }
}
