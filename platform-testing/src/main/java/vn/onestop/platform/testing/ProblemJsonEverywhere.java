package vn.onestop.platform.testing;

import io.restassured.RestAssured;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Every error answer the services give in any test is {@code application/problem+json}: a JUnit
 * extension, registered for every test class of the modules that use this one (service loader and
 * {@code junit.jupiter.extensions.autodetection.enabled}), that adds a rest-assured filter failing
 * the request that answers 4xx or 5xx with another content type. Health answers keep their own
 * format (MicroProfile Health).
 */
public final class ProblemJsonEverywhere implements BeforeAllCallback {

    static final ProblemJsonFilter FILTER = new ProblemJsonFilter();

    @Override
    public void beforeAll(ExtensionContext context) {
        synchronized (ProblemJsonEverywhere.class) {
            if (!RestAssured.filters().contains(FILTER)) {
                RestAssured.filters(FILTER);
            }
        }
    }

    static final class ProblemJsonFilter implements OrderedFilter {

        @Override
        public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                               FilterContext context) {
            Response answer = context.next(request, response);
            String type = answer.getContentType();
            if (answer.statusCode() >= 400 && !"HEAD".equals(request.getMethod())
                    && !request.getURI().contains("/q/health")
                    && (type == null || !type.startsWith("application/problem+json"))) {
                throw new AssertionError(request.getMethod() + " " + request.getURI() + " answered "
                        + answer.statusCode() + " with content type " + type + ", not application/problem+json: "
                        + answer.asString());
            }
            return answer;
        }

        @Override
        public int getOrder() {
            return OrderedFilter.HIGHEST_PRECEDENCE;
        }
    }
}
