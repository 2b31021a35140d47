package vn.onestop.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import static org.awaitility.Awaitility.await;

/**
 * A real browser for the portal's tests: Debian's chromium, headless, driven through its
 * chromedriver, asking for Vietnamese as a reader in the province would. Each browser has its own
 * profile (cookies, so its own login). Screenshots of a page at a phone's and a desktop's width go
 * to target/portal-screenshots (the ones worth showing are copied to docs/portal/).
 */
final class Browser implements AutoCloseable {

    static final Path SHOTS = Path.of("target", "portal-screenshots");
    private static final Dimension DESKTOP = new Dimension(1280, 900);

    final WebDriver driver;
    final String portal;

    private Browser(WebDriver driver, String portal) {
        this.driver = driver;
        this.portal = portal;
    }

    /** A new browser (new profile, nobody logged in) on the packaged platform's portal. */
    static Browser open() throws IOException {
        Files.createDirectories(SHOTS);
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        // a reader whose browser asks for Vietnamese (headless Chromium asks for en-US otherwise)
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "vi-VN,vi"));
        // this machine's network is closed: nothing may try to reach the outside
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + Files.createTempDirectory("portal-chromium"),
                "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        // an element looked up right after a navigation is waited for, not missed
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        return new Browser(driver, PackagedPlatform.shared().portal());
    }

    /** Opens a portal path ("/my/dossiers") or a full URL. */
    void get(String pathOrUrl) {
        driver.get(pathOrUrl.startsWith("http") ? pathOrUrl : portal + pathOrUrl);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    WebElement byId(String id) {
        return driver.findElement(By.id(id));
    }

    /**
     * Opens a page that needs a login and, on the identity provider's login form it is sent to,
     * logs in as a user of the realm (infra/keycloak/onestop-realm.json: the password is the user
     * name); waits until the browser is back on the page asked for.
     */
    void loginAt(String path, String username) {
        get(path);
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(username);
        driver.findElement(By.id("kc-login")).click();
        await().atMost(Duration.ofSeconds(30)).until(() -> driver.getCurrentUrl().startsWith(portal + path));
    }

    /**
     * Logs out with the page's logout link, at the identity provider too (back on the portal's home
     * page, which offers the login again), so that the next {@link #loginAt} may be someone else's.
     */
    void logout() {
        driver.findElement(By.id("logout")).click();
        await().atMost(Duration.ofSeconds(30)).until(() -> !driver.findElements(By.id("login")).isEmpty());
    }

    /**
     * Clicks an element that submits a form or follows a link and waits until the page it was on
     * has gone (the element went stale) and the given element of the next page is there.
     */
    void clickAndWait(WebElement element, By onNextPage) {
        element.click();
        await().atMost(Duration.ofSeconds(30)).until(() -> stale(element)
                && !driver.findElements(onNextPage).isEmpty());
    }

    /** Reloads the page until the condition holds (what another service does arrives later). */
    void reloadUntil(Duration atMost, Supplier<Boolean> condition) {
        await().atMost(atMost).pollInterval(Duration.ofMillis(500)).until(() -> {
            driver.navigate().refresh();
            return condition.get();
        });
    }

    static boolean stale(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException gone) {
            return true;
        }
    }

    /** The page now, at a phone's width (390 px) and at a desktop's (1280 px). */
    void shoot(String name) throws IOException {
        Map<String, Dimension> sizes = new LinkedHashMap<>();
        sizes.put("phone", new Dimension(390, 844));
        sizes.put("desktop", DESKTOP);
        for (var size : sizes.entrySet()) {
            driver.manage().window().setSize(size.getValue());
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SHOTS.resolve(name + "-" + size.getKey() + ".png"), StandardCopyOption.REPLACE_EXISTING);
        }
        driver.manage().window().setSize(DESKTOP);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
