package vn.onestop.platform.testing;

import io.restassured.RestAssured;

import java.util.ArrayList;
import java.util.List;

/**
 * What a service shows on {@code /q/metrics} of its management port, in Prometheus form: the service
 * under test ({@link #sum}, {@link #shows}), or any running service by its management URL
 * ({@link #scrape}).
 */
public final class Metrics {

    private Metrics() {
    }

    private record Sample(String line, double value) {
    }

    /** One reading of a service's {@code /q/metrics}: every figure it asks for comes from the same text. */
    public static final class Scrape {

        private final String[] lines;

        private Scrape(String text) {
            lines = text.split("\n");
        }

        /**
         * The sum of the samples of metric {@code name} (its Prometheus name, e.g.
         * {@code onestop_dossiers_received_total}) whose label text contains every one of {@code labels}
         * (e.g. {@code channel="ONLINE"}); 0 when there is none. NaN samples (a gauge not read yet) count 0.
         */
        public double sum(String name, String... labels) {
            double sum = 0;
            for (Sample sample : samples(name)) {
                boolean matches = true;
                for (String label : labels) {
                    matches &= sample.line().contains(label);
                }
                sum += matches && !Double.isNaN(sample.value()) ? sample.value() : 0;
            }
            return sum;
        }

        /** Whether metric {@code name} is shown with a number (not NaN). */
        public boolean shows(String name) {
            return samples(name).stream().anyMatch(s -> !Double.isNaN(s.value()));
        }

        private List<Sample> samples(String name) {
            List<Sample> samples = new ArrayList<>();
            for (String line : lines) {
                if (line.startsWith(name + "{") || line.startsWith(name + " ")) {
                    // an exemplar (` # {trace_id="...",span_id="..."} value timestamp`, shown once a
                    // recorded span made the sample) is not part of the sample
                    int exemplar = line.indexOf(" # ");
                    String sample = exemplar < 0 ? line : line.substring(0, exemplar);
                    samples.add(new Sample(sample, Double.parseDouble(sample.substring(sample.lastIndexOf(' ') + 1))));
                }
            }
            return samples;
        }
    }

    /** Reads {@code /q/metrics} of the management interface at {@code managementUrl} ({@code http://host:port}). */
    public static Scrape scrape(String managementUrl) {
        return new Scrape(RestAssured.given().baseUri(managementUrl).get("/q/metrics").then().statusCode(200)
                .extract().asString());
    }

    /** {@link Scrape#sum} of the service under test, read now. */
    public static double sum(String name, String... labels) {
        return scrape(ManagementPort.url()).sum(name, labels);
    }

    /** {@link Scrape#shows} of the service under test, read now. */
    public static boolean shows(String name) {
        return scrape(ManagementPort.url()).shows(name);
    }
}
