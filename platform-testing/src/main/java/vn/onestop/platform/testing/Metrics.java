package vn.onestop.platform.testing;

import java.util.ArrayList;
import java.util.List;

/** What the service under test shows on {@code /q/metrics} of its management port, in Prometheus form. */
public final class Metrics {

    private Metrics() {
    }

    private record Sample(String line, double value) {
    }

    /**
     * The sum of the samples of metric {@code name} (its Prometheus name, e.g.
     * {@code onestop_dossiers_received_total}) whose label text contains every one of {@code labels}
     * (e.g. {@code channel="ONLINE"}); 0 when there is none. NaN samples (a gauge not read yet) count 0.
     */
    public static double sum(String name, String... labels) {
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

    /** Whether {@code /q/metrics} shows metric {@code name} with a number (not NaN). */
    public static boolean shows(String name) {
        return samples(name).stream().anyMatch(s -> !Double.isNaN(s.value()));
    }

    private static List<Sample> samples(String name) {
        String text = ManagementPort.given().get("/q/metrics").then().statusCode(200).extract().asString();
        List<Sample> samples = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.startsWith(name + "{") || line.startsWith(name + " ")) {
                samples.add(new Sample(line, Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))));
            }
        }
        return samples;
    }
}
