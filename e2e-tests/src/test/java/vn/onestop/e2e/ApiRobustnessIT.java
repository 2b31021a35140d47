package vn.onestop.e2e;

import vn.onestop.platform.testing.LocalIdentity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.onestop.platform.testing.OpenApiFuzz;

import java.util.List;

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
        OpenApiFuzz.Service packaged = new OpenApiFuzz.Service(PackagedPlatform.url(service),
                PackagedPlatform.managementUrl(service));
        OpenApiFuzz.Report controls = OpenApiFuzz.controlCharacters(packaged, token);
        OpenApiFuzz.Report framework = OpenApiFuzz.frameworkErrors(packaged, token);
        OpenApiFuzz.Report anonymous = OpenApiFuzz.withoutToken(packaged);
        OpenApiFuzz.Report roles = OpenApiFuzz.outsideTheirRoles(packaged, LocalIdentity.fromEnvironment().onePersonPerRole());
        OpenApiFuzz.Report inside = OpenApiFuzz.insideTheirRoles(packaged, LocalIdentity.fromEnvironment().onePersonPerRole());

        assertThat(controls.requests() + framework.requests()).isGreaterThan(25);
        assertThat(controls.findings()).isEmpty();
        assertThat(framework.findings()).isEmpty();
        assertThat(anonymous.findings()).as("secured operations answer 401 without a token, public ones do not")
                .isEmpty();
        assertThat(roles.findings()).as("secured operations answer 403 to every role they do not declare").isEmpty();
        assertThat(inside.findings()).as("secured operations let in every role they declare").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"intake-service", "processing-service", "results-service", "rating-service"})
    void production_publishes_the_openapi_document_on_the_management_port_but_serves_no_swagger_ui(String service) {
        given().baseUri(PackagedPlatform.managementUrl(service)).get("/q/openapi").then().statusCode(200);
        // the management interface is not the API: its own 404 is not a problem document
        given().noFilters().baseUri(PackagedPlatform.managementUrl(service)).redirects().follow(false)
                .get("/q/swagger-ui/").then().statusCode(404);
        // and nothing of the management interface on the API port: 404 problems (checked by ProblemJsonEverywhere)
        for (String path : List.of("/q/swagger-ui/", "/q/openapi", "/q/health/ready", "/q/metrics")) {
            given().baseUri(PackagedPlatform.url(service)).redirects().follow(false).get(path).then().statusCode(404);
        }
    }
}
