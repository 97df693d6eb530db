package io.tarikh.browser;

import java.net.URL;
import java.time.Duration;
import java.util.List;
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
}
