package vn.onestop.processing;

import io.quarkus.test.junit.QuarkusTest;
import vn.onestop.contracts.Topics;
import vn.onestop.platform.testing.PoisonEventChecks;

import java.util.List;

/**
 * Poison on the topics processing reads: intake's dossier events, results' events and the partners'
 * replies (one subscription to every partner's topic; the police partner's stands for them all,
 * their dead letters share one topic). Spoofed replies: PartnerRepliesTest.
 */
@QuarkusTest
class PoisonEventsTest extends PoisonEventChecks {

    private static final String PREFIX = "processing-test.";

    @Override
    protected List<Inbound> inbound() {
        return List.of(
                Inbound.of(PREFIX + Topics.DOSSIER_EVENTS),
                Inbound.of(PREFIX + Topics.RESULT_EVENTS),
                new Inbound(PREFIX + Topics.forPartner(Topics.PARTNER_REPLIES, "police"),
                        PREFIX + Topics.PARTNER_REPLIES_DEAD_LETTERS));
    }
}
