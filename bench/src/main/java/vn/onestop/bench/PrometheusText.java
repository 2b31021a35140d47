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
                // an OpenMetrics exemplar (" # {trace_id=...} 1.0 <time>") follows a traced counter's value
                int exemplar = line.indexOf(" # ");
                String sample = exemplar < 0 ? line : line.substring(0, exemplar);
                double value = Double.parseDouble(sample.substring(sample.lastIndexOf(' ') + 1));
                if (!Double.isNaN(value)) {
                    sum += value;
                    seen = true;
                }
            }
        }
        return seen ? sum : Double.NaN;
    }
}
