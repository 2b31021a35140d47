package vn.onestop.platform.rest;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Typed parameters read as RESTEasy hands them over: by the parameter's Java type and annotations. */
class ParameterConvertersTest {

    enum Status { OPEN, DONE }

    /** The parameters of a resource method, as the services declare theirs. */
    @SuppressWarnings("unused")
    static void operation(@QueryParam("limit") @DefaultValue("50") int limit, @QueryParam("size") int size,
                          @QueryParam("page") Integer page, @QueryParam("offset") long offset,
                          @PathParam("id") java.util.UUID id, @QueryParam("at") java.time.LocalDate at,
                          @QueryParam("from") java.time.OffsetDateTime from, @HeaderParam("X-Count") Long count,
                          @QueryParam("status") Status status, @QueryParam("name") String name,
                          java.util.UUID unannotated) {
    }

    private final ParameterConverters converters = new ParameterConverters();

    @ParameterizedTest(name = "{0}=\"{1}\" is {2}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "limit  | 7                                    | 7",
            "limit  | ' 7 '                                | 7",
            "limit  | ''                                   | 50",  // blank: the default
            "limit  | -2147483648                          | -2147483648",
            "size   | +12                                  | 12",
            "page   | ''                                   | NULL", // blank and no default: absent
            "page   | 2147483647                           | 2147483647",
            "offset | 9223372036854775807                  | 9223372036854775807",
            "id     | 3F2504E0-4F89-11D3-9A0C-0305E82C3301 | 3f2504e0-4f89-11d3-9a0c-0305e82c3301",
            "at     | 9999-12-31                           | 9999-12-31",
            "from   | 2026-11-26T09:00+07:00               | 2026-11-26T09:00+07:00",
            "X-Count | 3                                   | 3",
            "status | DONE                                 | DONE"})
    void a_value_of_its_type_is_read(String parameter, String value, String expected) {
        Object read = converter(parameter).fromString(value);

        assertThat(read == null ? null : read.toString()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}=\"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "limit  | abc                  | query parameter limit: 'abc' is not a whole number",
            "limit  | 1.5                  | query parameter limit: '1.5' is not a whole number",
            "limit  | 0x10                 | query parameter limit: '0x10' is not a whole number",
            "limit  | 1e3                  | query parameter limit: '1e3' is not a whole number",
            "limit  | 2147483648           | query parameter limit: '2147483648' is not a whole number from -2147483648 to 2147483647",
            "limit  | 99999999999999999999 | query parameter limit: '99999999999999999999' is not a whole number from -2147483648 to 2147483647",
            "size   | ''                   | query parameter size: '' is not a whole number",
            "page   | NaN                  | query parameter page: 'NaN' is not a whole number",
            "offset | 9223372036854775808  | query parameter offset: '9223372036854775808' is not a whole number from -9223372036854775808 to 9223372036854775807",
            "id     | not-a-uuid           | path parameter id: 'not-a-uuid' is not a UUID (8-4-4-4-12 hexadecimal digits)",
            "id     | '  '                 | path parameter id: '  ' is not a UUID (8-4-4-4-12 hexadecimal digits)",
            "id     | 0-0-0-0-0            | path parameter id: '0-0-0-0-0' is not a UUID (8-4-4-4-12 hexadecimal digits)",
            "id     | 3f2504e0-4f89-11d3-9a0c-0305e82c330g | path parameter id: '3f2504e0-4f89-11d3-9a0c-0305e82c330g' is not a UUID (8-4-4-4-12 hexadecimal digits)",
            "at     | 2026-02-30           | query parameter at: '2026-02-30' is not a date YYYY-MM-DD",
            "at     | +10000-01-01         | query parameter at: '+10000-01-01' is not within the years 1 to 9999",
            "at     | 0000-12-31           | query parameter at: '0000-12-31' is not within the years 1 to 9999",
            "from   | 2026-11-26T09:00:00  | query parameter from: '2026-11-26T09:00:00' is not an ISO-8601 date-time with offset",
            "from   | +999999999-12-31T23:59:59Z | query parameter from: '+999999999-12-31T23:59:59Z' is not within the years 1 to 9999",
            "X-Count | many                | header X-Count: 'many' is not a whole number",
            "status | open                 | query parameter status: 'open' is not one of [OPEN, DONE]"})
    void a_value_not_of_its_type_is_a_400_naming_the_parameter(String parameter, String value, String detail) {
        ParamConverter<?> converter = converter(parameter);

        assertThatThrownBy(() -> converter.fromString(value)).isInstanceOfSatisfying(ParameterConverters.Refused.class,
                e -> {
                    assertThat(e.getResponse().getStatus()).isEqualTo(400);
                    assertThat(e.getMessage()).isEqualTo(detail);
                    assertThat(e.violation()).isEqualTo(new Problem.Violation(parameter,
                            detail.substring(detail.indexOf(": ") + 2)));
                });
    }

    @Test
    void a_long_value_is_quoted_only_in_part() {
        assertThatThrownBy(() -> converter("limit").fromString("9".repeat(3000)))
                .hasMessage("query parameter limit: '" + "9".repeat(40) + "...' is not a whole number from "
                        + "-2147483648 to 2147483647");
    }

    @Test
    void other_types_and_unannotated_parameters_are_left_to_resteasy() {
        assertThat(converter("name")).isNull();
        assertThat(converter("")).isNull();
    }

    /** The converter RESTEasy would be given for the parameter of {@link #operation} of that name ("" for the unannotated one). */
    private ParamConverter<?> converter(String name) {
        Method method = Arrays.stream(getClass().getDeclaredMethods()).filter(m -> m.getName().equals("operation"))
                .findFirst().orElseThrow();
        Parameter[] parameters = method.getParameters();
        for (int i = 0; i < parameters.length; i++) {
            Annotation[] annotations = method.getParameterAnnotations()[i];
            ParameterConverters.Named named = ParameterConverters.named(annotations);
            if ((named == null ? "" : named.name()).equals(name)) {
                return converters.getConverter(parameters[i].getType(), parameters[i].getParameterizedType(),
                        annotations);
            }
        }
        throw new IllegalArgumentException(name);
    }
}
