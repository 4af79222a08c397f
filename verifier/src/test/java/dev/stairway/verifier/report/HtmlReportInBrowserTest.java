package dev.stairway.verifier.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * report.html in a real browser: the system's headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver} packages; {@code scripts/report-in-browser.sh} installs them) renders the page, which must
 * run its script without an error and show the expected cells. Skipped, with a message, where no Chromium is
 * installed. With {@code -Dstairway.report=<report.html>} it checks that report too, and with
 * {@code -Dstairway.screenshot=<file.png>} it keeps a screenshot of it.
 */
class HtmlReportInBrowserTest {

    private static final Path CHROMIUM = Path.of(System.getProperty("stairway.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("stairway.chromedriver",
            "/usr/bin/chromedriver"));

    private static ChromeDriver browser;

    @BeforeAll
    static void start_the_browser(@TempDir Path profile) {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed) {
            System.err.println("SKIPPED HtmlReportInBrowserTest: no Chromium at " + CHROMIUM + " with " + CHROMEDRIVER
                    + "; install Debian's chromium and chromium-driver (scripts/report-in-browser.sh does) to check"
                    + " report.html in a browser.");
        }
        Assumptions.assumeTrue(installed, "no Chromium at " + CHROMIUM + " with " + CHROMEDRIVER
                + ": report.html not checked in a browser (scripts/report-in-browser.sh installs one)");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless=new",
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=1400,1000",
                "--user-data-dir=" + profile);
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop_the_browser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** Opens {@code page}, waits for its script to finish, and returns the errors the browser logged meanwhile. */
    private static List<String> open(Path page) throws InterruptedException {
        browser.get(page.toUri().toString());
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!"true".equals(browser.executeScript("return document.documentElement.getAttribute('data-ready')"))
                && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::getMessage).toList();
    }

    private static long visible(String selector) {
        return browser.findElements(By.cssSelector(selector)).stream().filter(WebElement::isDisplayed).count();
    }

    @Test
    void a_report_of_300_revisions_runs_without_script_errors_and_shows_a_cell_per_revision_and_dialect(
            @TempDir Path directory) throws IOException, InterruptedException {
        // GIVEN the report of 300 revisions on both dialects, PostgreSQL's walk stopping at V280
        Path page = directory.resolve(ReportFiles.HTML);
        Files.writeString(page, ReportFiles.html(SampleReports.generated(300, 280)));

        // WHEN Chromium renders it
        List<String> errors = open(page);

        // THEN its script ran without an error, and every cell is there and big enough to point at
        assertThat(errors).isEmpty();
        assertThat(browser.executeScript("return document.documentElement.getAttribute('data-ready')"))
                .isEqualTo("true");
        assertThat(visible("a.cell")).isEqualTo(900);
        assertThat(visible("a.cell.not-walked")).isEqualTo(2 * 20);
        assertThat(visible("a.cell.finding")).isEqualTo(30 + 28 + 1 + 1);
        Number width = (Number) ((JavascriptExecutor) browser).executeScript(
                "return document.querySelector('a.cell').getBoundingClientRect().width");
        assertThat(width.doubleValue()).isGreaterThanOrEqualTo(4.0);
        assertThat(visible("section.revision")).isEqualTo(300);

        // AND the filter for findings leaves only the revisions with one: V3, V13, ... V293, V4 (parity) and V280
        browser.findElement(By.cssSelector("button[data-filter=finding]")).click();
        assertThat(visible("section.revision")).isEqualTo(30 + 1 + 1);
        browser.findElement(By.cssSelector("button[data-filter=all]")).click();
        assertThat(visible("section.revision")).isEqualTo(300);
    }

    @Test
    void a_report_written_by_the_command_line_renders_too() throws IOException, InterruptedException {
        String report = System.getProperty("stairway.report");
        Assumptions.assumeTrue(report != null, "no -Dstairway.report=<report.html> given");
        Path page = Path.of(report).toAbsolutePath();

        List<String> errors = open(page);

        assertThat(errors).isEmpty();
        assertThat(visible("a.cell")).isPositive()
                .isEqualTo(Long.parseLong(String.valueOf(browser.executeScript(
                        "return document.documentElement.getAttribute('data-cells')"))));
        String screenshot = System.getProperty("stairway.screenshot");
        if (screenshot != null) {
            Files.write(Path.of(screenshot), browser.getScreenshotAs(OutputType.BYTES));
        }
    }
}
