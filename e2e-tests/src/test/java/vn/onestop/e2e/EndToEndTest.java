package vn.onestop.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import vn.onestop.platform.testing.TestKafka;

/**
 * What every end-to-end class shares: the four packaged services (started once for the run), the
 * broker as a partner agency sees it, and the end of the class, once every consumer has caught
 * up, asserting that no event was dead-lettered.
 */
abstract class EndToEndTest {

    protected static TestKafka kafka;

    @BeforeAll
    static void startPlatform() throws Exception {
        PackagedPlatform.shared();
        kafka = new TestKafka();
    }

    @AfterAll
    static void nothingWasDeadLettered() {
        try {
            PackagedPlatform.assertNoDeadLetters();
        } finally {
            kafka.close();
        }
    }
}
