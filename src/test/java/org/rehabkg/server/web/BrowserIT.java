package org.rehabkg.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages in a real browser: Debian's headless Chromium through the chromedriver on PATH (never a
 * download; skipped with a message when either is missing). Screenshots go to target/screenshots/.
 */
class BrowserIT {
    private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--window-size=1400,1800");
    private static final Path SHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path temp;
    static TestSite site;
    static WebDriver browser;

    /** Why the browser tests cannot run here, or null when they can. */
    static String missing;

    @BeforeAll
    static void start() throws IOException {
        Optional<Path> chromium = onPath("chromium");
        Optional<Path> driver = onPath("chromedriver");
        if (chromium.isEmpty() || driver.isEmpty()) {
            missing = "browser tests skipped: chromium and chromedriver are not both on PATH"
                      + " (apt-get install chromium chromium-driver)";
            System.err.println("[WARNING] " + missing);
            return;
        }
        // An explicit driver and browser keep Selenium Manager from looking for, or downloading, either.
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, driver.get().toString());
        site = TestSite.start();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.get().toFile());
        options.addArguments(FLAGS);
        options.addArguments("--user-data-dir=" + Files.createDirectories(temp.resolve("profile")));
        browser = new ChromeDriver(options);
        Files.createDirectories(SHOTS);
    }

    @BeforeEach
    void needsBrowser() {
        // Per test, so each one is reported as skipped with the reason.
        Assumptions.assumeTrue(missing == null, missing);
    }

    @AfterAll
    static void stop() {
        if (browser != null)
            browser.quit();
        if (site != null)
            site.close();
    }

    @Test
    void galleryQueryRunsAndShowsTable() throws IOException {
        browser.get(site.url("/"));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".yasqe .CodeMirror")));
        WebElement card = browser.findElement(By.cssSelector(".query[data-query-id='professions']"));
        card.findElement(By.cssSelector("button.load")).click();
        wait.until(d -> editorText(d).contains("rkg:Profession"));
        browser.findElement(By.cssSelector(".yasqe_queryButton")).click();
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".yasr table tbody tr"), 3));
        String table = browser.findElement(By.cssSelector(".yasr table")).getText();
        assertTrue(table.contains("occupational therapy"), table);
        assertTrue(table.contains("physical therapy"), table);
        assertTrue(table.contains("PTA"), table);
        screenshot("home.png");

        // A rehabkg IRI in the results opens its page on this server, in a new tab.
        String results = browser.getWindowHandle();
        browser.findElement(By.cssSelector(".yasr a[href='https://w3id.org/rehabkg/occupational-therapy']")).click();
        wait.until(ExpectedConditions.numberOfWindowsToBe(2));
        String page = browser.getWindowHandles().stream().filter(h -> !h.equals(results)).findFirst().orElseThrow();
        browser.switchTo().window(page);
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "occupational therapy"));
        assertTrue(browser.getCurrentUrl().startsWith(site.url("/rehabkg/occupational-therapy")), browser.getCurrentUrl());
        browser.close();
        browser.switchTo().window(results);
    }

    @Test
    void entityPageShowsLabelRelationsAndPicture() throws IOException {
        browser.get(site.url("/rehabkg/occupational-therapy"));
        assertEquals("occupational therapy", browser.findElement(By.tagName("h1")).getText());
        String relations = browser.findElement(By.cssSelector(".relations.outgoing")).getText();
        assertTrue(relations.contains("adaptive equipment"), relations);
        assertTrue(relations.contains("4. Therapeutic Interventions"), relations);
        assertTrue(browser.findElements(By.cssSelector("svg.neighbourhood .node")).size() > 5);
        screenshot("entity-occupational-therapy.png");

        browser.findElement(By.linkText("adaptive equipment")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(By.tagName("h1"), "adaptive equipment"));
    }

    @Test
    void comparePageShowsFiveDimensions() throws IOException {
        browser.get(site.url("/compare"));
        assertEquals(5, browser.findElements(By.cssSelector("section.dimension")).size());
        assertTrue(browser.findElement(By.cssSelector("#dimension-core-focus .col.shared ul.common")).getText().contains("physical function"),
                "common ground under the shared column");
        screenshot("compare.png");
    }

    private static String editorText(WebDriver d) {
        return d.findElement(By.cssSelector(".yasqe .CodeMirror")).getText();
    }

    private static void screenshot(String name) throws IOException {
        File shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    private static Optional<Path> onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null)
            return Optional.empty();
        return Stream.of(path.split(File.pathSeparator)).map(dir -> Path.of(dir, name))
                     .filter(Files::isExecutable).findFirst();
    }
}
