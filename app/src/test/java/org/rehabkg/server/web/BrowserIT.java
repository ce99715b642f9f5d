package org.rehabkg.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
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
    private static final Path SHOTS = Path.of("app/target", "screenshots");

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
    void teamViewListsWhoAddressesACondition() {
        // The team view of issue 14 is the gallery query "team": professions x interventions per
        // condition, each row with its sources.
        browser.get(site.url("/"));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".yasqe .CodeMirror")));
        run(wait, "team", "The team for a condition");
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".yasr table tbody tr"), 3));
        // YASR may draw the table twice (results, then paging): read it until a drawn table holds the
        // rows, taking a table replaced under our feet as "not yet".
        String[] table = { "" };
        try {
            wait.until(d -> {
                try {
                    table[0] = d.findElement(By.cssSelector(".yasr table")).getText();
                } catch (org.openqa.selenium.StaleElementReferenceException replaced) {
                    return false;
                }
                // the first page of rows: conditions in code-point order, so "Parkinson disease" comes first
                return table[0].contains("Parkinson disease") && table[0].contains("speech-language pathology")
                       && table[0].contains("augmentative and alternative communication")
                       && table[0].contains("O*NET OnLine: speech-language pathologists") && table[0].contains("arthritis");
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            fail("the team table never showed the expected rows:\n" + table[0]);
        }
    }

    @Test
    void teamPageShowsTheTeamAndFollowsThePicker() throws IOException {
        // The team view page (/team): professions x dimensions for a condition, rendered on the server.
        browser.get(site.url("/team?condition=stroke"));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        assertEquals("The rehabilitation team for stroke", browser.findElement(By.tagName("h1")).getText());
        List<WebElement> rows = browser.findElements(By.cssSelector("table.team-table tbody tr.member"));
        assertEquals(List.of("occupational therapy (OT)", "physical therapy (PT)", "speech-language pathology (SLP)"),
                rows.stream().map(r -> r.findElement(By.tagName("th")).getText()).toList());
        String slp = rows.get(2).getText();
        assertTrue(slp.contains("augmentative and alternative communication") && slp.contains("O*NET: speech-language pathologists, tasks"), slp);
        assertTrue(rows.get(0).findElement(By.cssSelector("td.recommendations")).getText().contains("mirror therapy"));
        assertTrue(browser.findElement(By.cssSelector("section.not-stated")).getText().contains("audiology"));
        screenshot("team-stroke.png");

        new org.openqa.selenium.support.ui.Select(browser.findElement(By.cssSelector("form.pick select[name=condition]")))
                .selectByValue("hearing-loss");
        browser.findElement(By.cssSelector("form.pick button")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "The rehabilitation team for hearing loss"));
        assertFalse(browser.findElements(By.cssSelector("tr.member[data-profession='audiology']")).isEmpty());

        // The navigation's profession menu opens without script and lists every profession of the graph.
        browser.findElement(By.cssSelector("header.site details.professions summary")).click();
        List<WebElement> menu = browser.findElements(By.cssSelector("header.site details.professions li a"));
        assertEquals(12, menu.size(), menu.stream().map(WebElement::getText).toList().toString());
        assertTrue(menu.get(0).isDisplayed());
        browser.findElement(By.linkText("recreational therapy")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "recreational therapy"));
    }

    @Test
    void worldPageShowsCountriesWithEntryExamAndRegulator() throws IOException {
        browser.get(site.url("/world"));
        assertEquals("The professions around the world", browser.findElement(By.tagName("h1")).getText());
        List<WebElement> rows = browser.findElements(By.cssSelector("table.world-table tbody tr[data-iso]"));
        assertTrue(rows.stream().map(r -> r.getAttribute("data-iso")).distinct().count() >= 6, "six countries");
        String de = rows.stream().map(WebElement::getText).filter(t -> t.startsWith("Germany") && t.contains("occupational therapy"))
                        .findFirst().orElseThrow();
        assertTrue(de.contains("vocational training") && de.contains("state examination for occupational therapists (Germany)")
                   && de.contains("competent health authorities of the German Länder"), de);
        screenshot("world.png");
    }

    @Test
    void homeEditorOpensWithTheTeamQuery() {
        browser.get(site.url("/"));
        // A first visit: no tabs remembered from the other tests.
        ((JavascriptExecutor) browser).executeScript("window.localStorage.clear();");
        browser.navigate().refresh();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".yasqe .CodeMirror")));
        wait.until(d -> editorText(d).contains("rkg:hasCoreFocus"));
        assertFalse(editorText(browser).contains("?s ?p ?o"), editorText(browser));
    }

    @Test
    void chartViewDrawsABarPerRow() throws IOException {
        // The expected answer of the gallery query (checked against the data by NamedQueriesTest) says
        // which bars, in which order, with which values.
        List<String[]> rows = Files.readAllLines(Path.of("queries", "stats", "entities-per-class.expected.tsv")).stream()
                                   .skip(1).map(line -> line.split("\t")).toList();
        browser.get(site.url("/"));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".yasqe .CodeMirror")));
        try {
            run(wait, "stats/entities-per-class", "COUNT(DISTINCT ?entity)");
            WebElement chartButton = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".yasr button.select_chart")));
            assertEquals("Chart", chartButton.getText());
            chartButton.click();
            WebElement svg = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".yasr svg.rkg-chart[aria-label*='?entities']")));
            assertEquals("img", svg.getAttribute("role"));
            assertTrue(svg.getAttribute("aria-label").contains(rows.size() + " bars"), svg.getAttribute("aria-label"));
            List<WebElement> bars = svg.findElements(By.cssSelector("rect.bar"));
            List<WebElement> labels = svg.findElements(By.cssSelector(".labels text"));
            assertEquals(rows.size(), bars.size(), "one bar per result row");
            assertEquals(rows.size(), labels.size());
            for (int i = 0; i < rows.size(); i++) {
                String label = rows.get(i)[1].replaceAll("^\"|\"@en$", "");
                assertEquals(label, bars.get(i).getAttribute("data-label"), "bar " + i);
                assertEquals(rows.get(i)[2], bars.get(i).getAttribute("data-value"), label);
                assertEquals(label, ownText(labels.get(i)), "label " + i);
                assertTrue(bars.get(i).findElement(By.tagName("title")).getAttribute("textContent").equals(label + ": " + rows.get(i)[2]));
            }
            // The longest bar is the largest count and spans the plot; bars grow with their value.
            assertTrue(width(bars.get(0)) > width(bars.get(rows.size() - 1)) * 10);
            elementShot(browser.findElement(By.cssSelector(".yasr")), "chart-entities-per-class.png");

            // Two counts per row: two bars per row, with a legend.
            run(wait, "stats/mappings-per-scheme", "?mappings ?noCode");
            svg = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".yasr svg.rkg-chart[aria-label*='?noCode']")));
            List<String> schemes = Files.readAllLines(Path.of("queries", "stats", "mappings-per-scheme.expected.tsv"));
            int schemeCount = schemes.size() - 1;
            assertEquals(2 * schemeCount, svg.findElements(By.cssSelector("rect.bar")).size());
            assertEquals(schemeCount, svg.findElements(By.cssSelector("rect.bar.series-1")).size());
            assertEquals(List.of("?mappings", "?noCode"), svg.findElements(By.cssSelector(".legend text")).stream().map(BrowserIT::ownText).toList());
            String[] mostLinked = schemes.get(1).split("\t");
            assertEquals(mostLinked[1].replaceAll("^\"|\"@en$", ""), svg.findElement(By.cssSelector("rect.bar")).getAttribute("data-label"));
            elementShot(browser.findElement(By.cssSelector(".yasr")), "chart-mappings-per-scheme.png");

            // A result of another shape gets a plain explanation instead of a chart.
            run(wait, "professions", "rkg:Profession");
            WebElement note = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".yasr .rkg-chart-note")));
            assertTrue(note.getText().startsWith("Nothing to chart: no column holds only numbers."), note.getText());
            assertTrue(note.getText().contains("one column of labels or IRIs"), note.getText());

            // Labels are data: shown as text, never parsed as markup.
            String hostile = "<img src=x onerror=\"document.title='pwned'\"> & <b>bold</b>, a label long enough to be cut short in any window";
            ((JavascriptExecutor) browser).executeScript("window.rehabkgYasgui.getTab().setQuery(arguments[0])",
                    "SELECT ?label ?n WHERE { VALUES (?label ?n) { (\"" + hostile.replace("\"", "\\\"") + "\" 3) (\"plain\" 1) } }");
            browser.findElement(By.cssSelector(".yasqe_queryButton")).click();
            wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".yasr svg.rkg-chart rect.bar"), 2));
            svg = browser.findElement(By.cssSelector(".yasr svg.rkg-chart"));
            assertEquals(hostile, svg.findElement(By.cssSelector("rect.bar")).getAttribute("data-label"));
            WebElement label = svg.findElement(By.cssSelector(".labels text"));
            // Long, so cut to fit with an ellipsis; the whole label stays in its title.
            String shown = ownText(label);
            assertTrue(shown.endsWith("…") && hostile.startsWith(shown.substring(0, shown.length() - 1)), shown);
            assertEquals(hostile, label.findElement(By.tagName("title")).getAttribute("textContent"));
            assertTrue(browser.findElements(By.cssSelector(".yasr img, .yasr b")).isEmpty(), "no markup from data");
            assertFalse(browser.getTitle().contains("pwned"));
        } finally {
            // The selected view is remembered (local storage): leave the table selected for the other tests.
            List<WebElement> table = browser.findElements(By.cssSelector(".yasr button.select_table"));
            if (!table.isEmpty())
                table.get(0).click();
        }
    }

    @Test
    void guidelineRecommendationsPerConditionDrawAsBars() throws IOException {
        browser.get(site.url("/"));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".yasqe .CodeMirror")));
        try {
            // A label column and four counts, so four bars per condition, in the order of the expected answer.
            run(wait, "guidelines/per-condition-profession", "Recommendations per condition and profession");
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".yasr button.select_chart"))).click();
            WebElement svg = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".yasr svg.rkg-chart[aria-label*='?allRecommendations']")));
            List<String[]> perCondition = Files.readAllLines(Path.of("queries", "guidelines", "per-condition-profession.expected.tsv")).stream()
                                               .skip(1).map(line -> line.split("\t")).toList();
            assertEquals(4 * perCondition.size(), svg.findElements(By.cssSelector("rect.bar")).size());
            assertEquals(List.of("?occupationalTherapy", "?physicalTherapy", "?otherProfessions", "?allRecommendations"),
                    svg.findElements(By.cssSelector(".legend text")).stream().map(BrowserIT::ownText).toList());
            WebElement firstOt = svg.findElement(By.cssSelector("rect.bar.series-0"));
            assertEquals(perCondition.get(0)[0].replaceAll("^\"|\"@en$", ""), firstOt.getAttribute("data-label"));
            assertEquals(perCondition.get(0)[1], firstOt.getAttribute("data-value"));
            elementShot(browser.findElement(By.cssSelector(".yasr")), "chart-guidelines-per-condition-profession.png");
        } finally {
            List<WebElement> table = browser.findElements(By.cssSelector(".yasr button.select_table"));
            if (!table.isEmpty())
                table.get(0).click();
        }
    }

    @Test
    void chartShapesAreRecognised() {
        browser.get(site.url("/"));
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".yasqe .CodeMirror")));
        JavascriptExecutor js = (JavascriptExecutor) browser;
        String analyse = "return JSON.stringify(window.rehabkgChart.analyse(arguments[0], JSON.parse(arguments[1])));";
        String xsd = "http://www.w3.org/2001/XMLSchema#";
        // One IRI column and a typed count: labels are the IRIs.
        assertEquals("{\"label\":\"c\",\"iri\":null,\"values\":[\"n\"]}", js.executeScript(analyse, List.of("c", "n"),
                "[{\"c\":{\"type\":\"uri\",\"value\":\"https://w3id.org/rehabkg/X\"},\"n\":{\"type\":\"literal\",\"datatype\":\"" + xsd + "integer\",\"value\":\"3\"}}]"));
        // An IRI with its label and a plain numeric-looking literal: labels from the label column.
        assertEquals("{\"label\":\"l\",\"iri\":\"c\",\"values\":[\"n\"]}", js.executeScript(analyse, List.of("c", "l", "n"),
                "[{\"c\":{\"type\":\"uri\",\"value\":\"x:a\"},\"l\":{\"type\":\"literal\",\"xml:lang\":\"en\",\"value\":\"a\"},\"n\":{\"type\":\"literal\",\"value\":\"2.5e1\"}}]"));
        // A language-tagged "3" and a date are not numbers.
        assertTrue(js.executeScript(analyse, List.of("l", "n"),
                "[{\"l\":{\"type\":\"literal\",\"value\":\"a\"},\"n\":{\"type\":\"literal\",\"xml:lang\":\"en\",\"value\":\"3\"}}]").toString()
                .contains("no column holds only numbers"));
        assertTrue(js.executeScript(analyse, List.of("l", "n"),
                "[{\"l\":{\"type\":\"literal\",\"value\":\"a\"},\"n\":{\"type\":\"literal\",\"datatype\":\"" + xsd + "date\",\"value\":\"2024\"}}]").toString()
                .contains("no column holds only numbers"));
        // Three text columns: which one labels the bars is not clear; said, with the columns named.
        String three = js.executeScript(analyse, List.of("a", "b", "c", "n"),
                "[{\"a\":{\"type\":\"literal\",\"value\":\"x\"},\"b\":{\"type\":\"literal\",\"value\":\"y\"},\"c\":{\"type\":\"uri\",\"value\":\"x:z\"},\"n\":{\"type\":\"literal\",\"value\":\"1\"}}]").toString();
        assertTrue(three.contains("3 columns that are not numbers (?a, ?b, ?c)"), three);
        // Only numbers: no labels.
        assertTrue(js.executeScript(analyse, List.of("n"), "[{\"n\":{\"type\":\"literal\",\"value\":\"1\"}}]").toString()
                .contains("every column is numeric"));
        assertEquals("rkg:X", js.executeScript("return window.rehabkgChart.shorten(arguments[0], arguments[1]);",
                "https://w3id.org/rehabkg/X", java.util.Map.of("rkg", "https://w3id.org/rehabkg/", "r", "https://w3id.org/")));
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
        assertTrue(browser.findElement(By.cssSelector("#dimension-core-focus .col.both ul.common")).getText().contains("physical function"),
                "common ground under the column of what is stated for both");
        screenshot("compare.png");
    }

    /** Loads a gallery query into the editor and runs it. */
    /** Issue 18 §5: at 1280 px a result table scrolls inside its box, not the whole page sideways. */
    @Test
    void aResultTableDoesNotScrollThePageSidewaysAt1280() throws IOException {
        Dimension before = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(1280, 900));
        try {
            // Twelve columns of IRIs: wider than the editor's column, as many real results are.
            String wide = "SELECT * WHERE { ?a a ?b ; ?c ?d . ?d ?e ?f . ?f ?g ?h . ?h ?i ?j . ?j ?k ?l } LIMIT 5";
            browser.get(site.url("/?query=" + java.net.URLEncoder.encode(wide, java.nio.charset.StandardCharsets.UTF_8)));
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".yasqe .CodeMirror")));
            wait.until(d -> editorText(d).contains("?j ?k ?l"));
            browser.findElement(By.cssSelector(".yasqe_queryButton")).click();
            wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".yasr table tbody tr"), 2));
            long scroll = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth;");
            long inner = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.clientWidth;");
            screenshot("home-1280.png");
            assertTrue(scroll <= inner, "the page is " + scroll + " px wide in a " + inner + " px window");
        } finally {
            browser.manage().window().setSize(before);
        }
    }

    private static void run(WebDriverWait wait, String id, String textInQuery) {
        browser.findElement(By.cssSelector(".query[data-query-id='" + id + "'] button.load")).click();
        wait.until(d -> editorText(d).contains(textInQuery));
        browser.findElement(By.cssSelector(".yasqe_queryButton")).click();
    }

    /** The text of an SVG text element without that of its title. */
    private static String ownText(WebElement text) {
        return (String) ((JavascriptExecutor) browser).executeScript("return arguments[0].firstChild.nodeValue;", text);
    }

    private static double width(WebElement rect) {
        return Double.parseDouble(rect.getAttribute("width"));
    }

    private static void elementShot(WebElement element, String name) throws IOException {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'start'})", element);
        File shot = element.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
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
