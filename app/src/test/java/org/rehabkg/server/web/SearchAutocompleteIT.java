package org.rehabkg.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rehabkg.graph.ServedDataset;
import org.rehabkg.server.Http;
import org.rehabkg.server.RehabServer;

/**
 * The query editor completes rehabkg's classes, properties and entities from this server's
 * /api/select (docs/search.md), in Debian's headless Chromium (skipped when it is not on PATH), on
 * the whole server: the pages' own test site has no search API.
 */
class SearchAutocompleteIT {
    private static final String PREFIX = "PREFIX rkg: <https://w3id.org/rehabkg/>\n";

    @TempDir
    static Path temp;
    static RehabServer server;
    static WebDriver browser;

    @BeforeAll
    static void start() throws IOException {
        Optional<Path> chromium = onPath("chromium"), driver = onPath("chromedriver");
        Assumptions.assumeTrue(chromium.isPresent() && driver.isPresent(),
                "browser test skipped: chromium and chromedriver are not both on PATH");
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, driver.get().toString());
        server = RehabServer.builder().dataset(ServedDataset.embedded().dataset()).port(0).build().start();
        // The index is built on the first search; build it now so the editor's first request is not the slow one.
        assertEquals(200, Http.get(server.url() + "api/select?q=stroke").statusCode());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.get().toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--no-first-run", "--window-size=1400,1200",
                "--user-data-dir=" + Files.createDirectories(temp.resolve("profile")));
        browser = new ChromeDriver(options);
    }

    @AfterAll
    static void stop() {
        if (browser != null)
            browser.quit();
        if (server != null)
            server.stop();
    }

    /** Types {@code query} into the editor, cursor at the end, asks for completions and returns the hints shown. */
    private static List<String> hints(String query) {
        browser.get(server.url());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".yasqe .CodeMirror")));
        ((JavascriptExecutor) browser).executeScript("""
                var y = window.rehabkgYasgui.getTab().getYasqe();
                y.setValue(arguments[0]);
                y.focus();
                y.setCursor(y.lineCount() - 1, 10000);
                y.autocomplete();""", query);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".CodeMirror-hints li")));
        return browser.findElements(By.cssSelector(".CodeMirror-hints li")).stream().map(WebElement::getText).toList();
    }

    @Test
    void classesCompleteAfterA() {
        List<String> hints = hints(PREFIX + "SELECT * WHERE { ?x a rkg:Condi");
        assertTrue(hints.stream().anyMatch(h -> h.startsWith("rkg:Condition")), hints.toString());
    }

    @Test
    void propertiesCompleteInPredicatePosition() {
        List<String> hints = hints(PREFIX + "SELECT * WHERE { rkg:occupational-therapy rkg:addr");
        assertTrue(hints.stream().anyMatch(h -> h.startsWith("rkg:addressesGoal")), hints.toString());
    }

    @Test
    void entitiesCompleteByLabelWithTheLabelShown() {
        List<String> hints = hints(PREFIX + "SELECT * WHERE { ?p ?r rkg:strok");
        assertTrue(hints.stream().anyMatch(h -> h.startsWith("rkg:stroke") && h.contains("stroke")), hints.toString());
    }

    private static Optional<Path> onPath(String name) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                     .map(dir -> Path.of(dir, name)).filter(Files::isExecutable).findFirst();
    }
}
