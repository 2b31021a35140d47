package vn.onestop.rating;

import io.quarkus.test.junit.QuarkusTest;
import vn.onestop.contracts.Topics;
import vn.onestop.platform.testing.PoisonEventChecks;

import java.util.List;

/**
 * Poison on the topics rating reads: the three a dossier's life is told on, the calendars and
 * intake's reference data. The poison's keys are its own, so the compacted topics keep their
 * latest calendars and snapshot.
 */
@QuarkusTest
class PoisonEventsTest extends PoisonEventChecks {

    private static final String PREFIX = "rating-test.";

    @Override
    protected List<Inbound> inbound() {
        return List.of(
                Inbound.of(PREFIX + Topics.DOSSIER_EVENTS),
                Inbound.of(PREFIX + Topics.PROCESSING_EVENTS),
                Inbound.of(PREFIX + Topics.RESULT_EVENTS),
                Inbound.of(PREFIX + Topics.CALENDAR_EVENTS),
                Inbound.of(PREFIX + Topics.CATALOG_EVENTS));
    }
}
