package io.tarikh.browser;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The desk on a store of 100,000 events: the seed chronology copied 4,000 times, each copy shifted by
 * its number of days (dates and date index shifted, actors and places copied; not the search words,
 * which made growing take minutes, so q finds only the seed's events; the display texts keep the
 * seed's wording). Times come from the page's Performance API measures (desk:interactive, from
 * navigation start to the first chronology drawn; desk:render, from a filter applied to the list,
 * timeline and histogram redrawn, requests included) and are written to target/desk-performance.txt:
 * reported, not asserted, as the machine is shared.
 */
@QuarkusTest
@TestProfile(DeskAtScale.class)
class DeskScaleBrowserTest {

    /** The store the issue measures: the seed events copied until there are at least this many. */
    static final int TARGET = 100_000;

    @TestHTTPResource("/")
    URL root;

    @Inject
    DataSource dataSource;

    @Inject
    io.tarikh.store.StoreGeneration generation;

    @Test
    void filteringAHundredThousandEventsRedrawsThePage() throws Exception {
        assumeTrue(DeskAtScale.onH2(), "grown with H2's SQL; the PostgreSQL pass measures nothing here");
        long started = System.nanoTime();
        long total = grow();
        System.out.printf("desk performance: store grown to %d events in %d ms%n", total, (System.nanoTime() - started) / 1_000_000);
        assertTrue(total >= TARGET, "store of " + total + " events");
        try (HeadlessChromium chromium = HeadlessChromium.start()) {
            DeskPage desk = new DeskPage(chromium, root);
            desk.open("");
            assertTrue(desk.driver().findElement(By.id("count")).getText().contains(String.valueOf(total)));
            assertEquals(100, desk.listedIds().size(), "one page is drawn, the rest loads on demand");
            desk.reportPerformance("100,000 events: first load (no filter, 100 drawn)");

            for (int i = 0; i < 3; i++) {
                WebElement actor = desk.driver().findElement(By.name("actor"));
                actor.clear();
                actor.sendKeys(i % 2 == 0 ? "Lavrov" : "لافروف", Keys.ENTER);
                desk.awaitReady();
                desk.reportPerformance("100,000 events: filter by actor, run " + (i + 1));
            }
            assertEquals(given().queryParam("actor", "Lavrov").queryParam("size", 100).get("/api/v1/events")
                    .then().extract().jsonPath().getList("items.id"), desk.listedIds());

            new Select(desk.driver().findElement(By.name("type"))).selectByValue("TALKS");
            desk.driver().findElement(By.cssSelector("#filters button[type=submit]")).click();
            desk.awaitReady();
            desk.reportPerformance("100,000 events: filter by actor and type");

            desk.driver().findElement(By.cssSelector("#filters button[type=reset]")).click();
            desk.awaitReady();
            desk.reportPerformance("100,000 events: filters cleared (100 of 100,000 drawn)");
            desk.driver().findElement(By.id("more")).click();
            new WebDriverWait(desk.driver(), Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                    .until(d -> desk.listedIds().size() == 200);
            assertEquals(List.of(), chromium.consoleErrors());
            desk.script("window.scrollTo(0, 0)");
            chromium.screenshot("desk-100k");
        }
    }

    /** Copies every seed event as often as it takes to reach TARGET, shifted by k days, with its actors and places. */
    private long grow() throws SQLException {
        long seedEvents;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                java.sql.ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM event")) {
            rs.next();
            seedEvents = rs.getLong(1);
        }
        long copiesNeeded = (TARGET + seedEvents - 1) / seedEvents;
        String copies = "SELECT X AS k FROM SYSTEM_RANGE(1, " + (copiesNeeded - 1) + ")";
        String id = "e.id || '-c' || n.k";
        String shifted = "CASE WHEN e.date_start IS NULL THEN e.date_json ELSE REPLACE(REPLACE(e.date_json,"
                + " CAST(e.date_start AS VARCHAR), CAST(DATEADD(DAY, n.k, e.date_start) AS VARCHAR)),"
                + " CAST(e.date_end AS VARCHAR), CAST(DATEADD(DAY, n.k, e.date_end) AS VARCHAR)) END";
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TEMPORARY TABLE seed_event AS SELECT * FROM event");
            s.execute("INSERT INTO event (id, type, status, title_ar, title_en, date_value, date_start, date_end,"
                    + " date_precision, date_json, reference_event_id, search_text, created_at, updated_at, source_count,"
                    + " first_source_id, first_reported_on, last_source_id, last_reported_on, dating_source_id, search_words, date_span)"
                    + " SELECT " + id + ", e.type, e.status, e.title_ar, e.title_en, e.date_value,"
                    + " DATEADD(DAY, n.k, e.date_start), DATEADD(DAY, n.k, e.date_end), e.date_precision, " + shifted + ","
                    + " NULL, e.search_text, e.created_at, e.updated_at, e.source_count, e.first_source_id, e.first_reported_on,"
                    + " e.last_source_id, e.last_reported_on, e.dating_source_id, e.search_words, e.date_span"
                    + " FROM seed_event e CROSS JOIN (" + copies + ") n");
            s.execute("INSERT INTO event_actor (event_id, actor_id) SELECT a.event_id || '-c' || n.k, a.actor_id"
                    + " FROM event_actor a JOIN seed_event e ON e.id = a.event_id CROSS JOIN (" + copies + ") n");
            s.execute("INSERT INTO event_place (event_id, place_id) SELECT p.event_id || '-c' || n.k, p.place_id"
                    + " FROM event_place p JOIN seed_event e ON e.id = p.event_id CROSS JOIN (" + copies + ") n");
            generation.advance(); // written behind the write path's back: no answer kept before this is current
            var rs = s.executeQuery("SELECT COUNT(*) FROM event");
            rs.next();
            return rs.getLong(1);
        }
    }
}
