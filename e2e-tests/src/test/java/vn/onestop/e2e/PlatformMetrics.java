package vn.onestop.e2e;

import vn.onestop.platform.testing.Metrics;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The metrics of the four packaged services read at one moment, to compare with a later reading:
 * counters start at 0 when the platform starts and earlier classes of the run moved them, so a test
 * asserts what moved between two readings.
 */
record PlatformMetrics(Map<String, Metrics.Scrape> byService) {

    /** Reads {@code /q/metrics} of every packaged service now. */
    static PlatformMetrics read() {
        Map<String, Metrics.Scrape> byService = new LinkedHashMap<>();
        for (String service : PackagedPlatform.services()) {
            byService.put(service, Metrics.scrape(PackagedPlatform.managementUrl(service)));
        }
        return new PlatformMetrics(byService);
    }

    /** {@link Metrics.Scrape#sum} of one service. */
    double sum(String service, String name, String... labels) {
        Metrics.Scrape scrape = byService.get(service);
        if (scrape == null) {
            throw new IllegalArgumentException(service + " is not a packaged service");
        }
        return scrape.sum(name, labels);
    }

    /** How much {@link #sum} of one service rose since {@code earlier}. */
    double increase(PlatformMetrics earlier, String service, String name, String... labels) {
        return sum(service, name, labels) - earlier.sum(service, name, labels);
    }

    /** How much the sum over the four services rose since {@code earlier}. */
    double increaseEverywhere(PlatformMetrics earlier, String name, String... labels) {
        double increase = 0;
        for (String service : byService.keySet()) {
            increase += increase(earlier, service, name, labels);
        }
        return increase;
    }
}
