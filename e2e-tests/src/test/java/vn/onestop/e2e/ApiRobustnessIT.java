package vn.onestop.e2e;

import vn.onestop.platform.testing.LocalIdentity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.onestop.platform.testing.OpenApiFuzz;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged services as production runs them, driven from their own OpenAPI documents: control
 * characters in every path and query parameter, unknown paths, wrong methods and media types. Never
 * a 5xx, every error problem+json.
 */
class ApiRobustnessIT extends EndToEndTest {

    @ParameterizedTest
    @ValueSource(strings = {"intake-service", "processing-service", "results-service", "rating-service"})
    void bad_input_and_unknown_routes_get_problems_never_a_500(String service) {
        String token = LocalIdentity.fromEnvironment().tokenWithEveryRole();
        OpenApiFuzz.Report controls = OpenApiFuzz.controlCharacters(PackagedPlatform.url(service), token);
        OpenApiFuzz.Report framework = OpenApiFuzz.frameworkErrors(PackagedPlatform.url(service), token);
        OpenApiFuzz.Report anonymous = OpenApiFuzz.withoutToken(PackagedPlatform.url(service));

        assertThat(controls.requests() + framework.requests()).isGreaterThan(25);
        assertThat(controls.findings()).isEmpty();
        assertThat(framework.findings()).isEmpty();
        assertThat(anonymous.findings()).as("secured operations answer 401 without a token, public ones do not")
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"intake-service", "processing-service", "results-service", "rating-service"})
    void production_publishes_the_openapi_document_but_serves_no_swagger_ui(String service) {
        given().baseUri(PackagedPlatform.url(service)).get("/q/openapi").then().statusCode(200);
        given().baseUri(PackagedPlatform.url(service)).redirects().follow(false).get("/q/swagger-ui/")
                .then().statusCode(404);
    }
}
