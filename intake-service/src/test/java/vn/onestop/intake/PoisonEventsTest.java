package vn.onestop.intake;

import io.quarkus.test.junit.QuarkusTest;
import vn.onestop.contracts.Topics;
import vn.onestop.platform.testing.PoisonEventChecks;

import java.util.List;

/** Poison on the topics intake reads: processing's and results' events, the calendars. */
@QuarkusTest
class PoisonEventsTest extends PoisonEventChecks {

    private static final String PREFIX = "intake-test.";

    @Override
    protected List<Inbound> inbound() {
        return List.of(
                Inbound.of(PREFIX + Topics.PROCESSING_EVENTS),
                Inbound.of(PREFIX + Topics.RESULT_EVENTS),
                Inbound.of(PREFIX + Topics.CALENDAR_EVENTS));
    }
}
