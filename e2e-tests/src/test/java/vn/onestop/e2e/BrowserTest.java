package vn.onestop.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.WebDriver;

import java.io.IOException;

/**
 * An end-to-end class driven through the portal's pages: one headless Chromium for the whole class,
 * opened on the packaged platform's portal before its first test and closed after its last. The
 * classes run one after the other, so each has the window to itself.
 */
abstract class BrowserTest extends EndToEndTest {

    protected static Browser window;
    protected static WebDriver browser;

    @BeforeAll
    static void openBrowser() throws IOException {
        window = Browser.open();
        browser = window.driver;
    }

    @AfterAll
    static void closeBrowser() {
        if (window != null) {
            window.close();
            window = null;
            browser = null;
        }
    }
}
