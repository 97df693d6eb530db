package io.tarikh.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The chronology desk as the browser tests see it: views opened by URL, drawn when body[data-ready] turns true. */
final class DeskPage {

    private final HeadlessChromium chromium;
    private final URL root;

    DeskPage(HeadlessChromium chromium, URL root) {
        this.chromium = chromium;
        this.root = root;
    }

    WebDriver driver() {
        return chromium.driver();
    }

    /** Opens a view of the desk ("" or "?actor=..."), waiting until it is drawn. */
    void open(String query) {
        driver().get(root.toString() + query);
        awaitReady();
    }

    /** Waits for the page to finish drawing what the last action asked for. */
    void awaitReady() {
        new WebDriverWait(driver(), Duration.ofSeconds(30)).until(d -> "true".equals(
                d.findElement(By.tagName("body")).getAttribute("data-ready")));
    }

    /** The ids of the events the result list shows, in order. */
    List<String> listedIds() {
        return driver().findElements(By.cssSelector("#event-list button.event")).stream()
                .map(b -> b.getAttribute("data-id")).toList();
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver()).executeScript(js, args);
    }

    static final Path PERFORMANCE = Path.of("target", "desk-performance.txt");

    /**
     * Appends the page's Performance API figures (ms) to target/desk-performance.txt and prints them:
     * desk:interactive (navigation start to the first chronology drawn), desk:render (the last view
     * change: requests and drawing), desk:draw (its drawing alone, after the data came), and the
     * Resource Timing of the last /events and /events/histogram requests.
     */
    @SuppressWarnings("unchecked")
    void reportPerformance(String what) {
        Map<String, Object> figures = (Map<String, Object>) script("""
                const last = (name) => { const all = performance.getEntriesByName(name); return all.length ? Math.round(all[all.length - 1].duration) : null; };
                const api = (path) => { const all = performance.getEntriesByType('resource').filter(r => r.name.includes(path));
                                        return all.length ? Math.round(all[all.length - 1].duration) : null; };
                return { interactiveMs: last('desk:interactive'), redrawMs: last('desk:render'), pageDrawMs: last('desk:draw'),
                         eventsRequestMs: api('/api/v1/events?'), histogramRequestMs: api('/api/v1/events/histogram') };
                """);
        String line = java.time.Instant.now() + " " + what + ": " + figures + System.lineSeparator();
        System.out.print("desk performance, " + line);
        try {
            Files.writeString(PERFORMANCE, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
