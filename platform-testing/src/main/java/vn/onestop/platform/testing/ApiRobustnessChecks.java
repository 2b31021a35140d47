package vn.onestop.platform.testing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of a service's OpenAPI document, driven with control characters in each path and
 * query parameter, and the framework's own errors: never a 5xx, every error problem+json
 * ({@link OpenApiFuzz}). A service's test extends it as a {@code @QuarkusTest} and says where the
 * service listens.
 */
public abstract class ApiRobustnessChecks {

    /** The running service's root URL. */
    protected abstract String root();

    /** A token that passes every role check (from the test Keycloak), so the input checks answer. */
    protected String token() {
        return LocalIdentity.fromEnvironment().tokenWithEveryRole();
    }

    @Test
    void control_characters_in_any_parameter_are_a_clear_400_never_a_500() {
        OpenApiFuzz.Report report = OpenApiFuzz.controlCharacters(root(), token());

        assertThat(report.requests()).as("requests sent").isGreaterThan(20);
        assertThat(report.findings()).isEmpty();
    }

    @Test
    void without_a_token_every_operation_is_public_or_a_401_problem() {
        OpenApiFuzz.Report report = OpenApiFuzz.withoutToken(root());

        assertThat(report.requests()).as("requests sent").isGreaterThan(5);
        assertThat(report.findings()).isEmpty();
    }

    @Test
    void unknown_paths_wrong_methods_and_media_types_are_answered_as_problems() {
        OpenApiFuzz.Report report = OpenApiFuzz.frameworkErrors(root(), token());

        assertThat(report.requests()).as("requests sent").isGreaterThan(5);
        assertThat(report.findings()).isEmpty();
    }
}
