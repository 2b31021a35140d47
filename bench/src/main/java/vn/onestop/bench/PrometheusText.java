package vn.onestop.bench;

/** Reads a metric out of the Prometheus text format that the services serve on {@code /q/metrics}. */
final class PrometheusText {

    private PrometheusText() {
    }

    /**
     * The sum of the samples of {@code name} (all label sets); NaN when the metric is absent or every
     * sample is NaN (a gauge the service has not read yet).
     */
    static double sum(String text, String name) {
        double sum = 0;
        boolean seen = false;
        for (String line : text.split("\n")) {
            if (line.startsWith(name + "{") || line.startsWith(name + " ")) {
                double value = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                if (!Double.isNaN(value)) {
                    sum += value;
                    seen = true;
                }
            }
        }
        return seen ? sum : Double.NaN;
    }
}
