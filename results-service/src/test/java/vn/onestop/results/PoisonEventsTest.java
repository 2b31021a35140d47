package vn.onestop.results;

import io.quarkus.test.junit.QuarkusTest;
import vn.onestop.contracts.Topics;
import vn.onestop.platform.testing.PoisonEventChecks;

import java.util.List;

/** Poison on the topic results reads: processing's events (decisions, corrected result data). */
@QuarkusTest
class PoisonEventsTest extends PoisonEventChecks {

    @Override
    protected List<Inbound> inbound() {
        return List.of(Inbound.of("results-test." + Topics.PROCESSING_EVENTS));
    }
}
