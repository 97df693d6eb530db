package io.tarikh.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 12, item 1: the TimelineJS and vis exports are escaped once, bidi-safe and say what the events API says. */
@QuarkusTest
class TimelineExportTest {

    /** Markup a widget must never receive from article text. */
    static final String INJECTED = "قال وزير الخارجية الروسي سيرغي لافروف <b>أمس</b> إن <img src=x onerror=alert(1)> الحوار مع واشنطن ما زال ممكنا.";

    static String article;
    static String event;

    @BeforeEach
    void ingestOnce() throws InterruptedException {
        if (article != null) {
            return;
        }
        article = given().contentType(ContentType.JSON).body(Map.of("text", INJECTED, "publishedAt", "2014-09-10"))
                .post("/api/v1/articles").then().statusCode(201).extract().path("id");
        List<String> ids = given().get("/api/v1/articles/" + article).then().statusCode(200).extract().path("eventIds");
        event = ids.get(0);
        for (int i = 0; i < 60 && given().get("/api/v1/events/astana-5").statusCode() != 200; i++) {
            Thread.sleep(500); // the seeds load in the background
        }
    }

    private static JsonPath export(String format, String lang, Map<String, ?> filter) {
        return given().queryParams(filter).queryParam("lang", lang).get("/api/v1/timeline/" + format)
                .then().statusCode(200).contentType(ContentType.JSON).extract().jsonPath();
    }

    /** Every string a widget renders as HTML, from either export. */
    private static List<String> htmlFields(String lang) {
        JsonPath tjs = export("timelinejs", lang, Map.of("article", article));
        JsonPath vis = export("vis", lang, Map.of("article", article));
        List<String> html = new java.util.ArrayList<>();
        html.addAll(tjs.getList("events.text.headline"));
        html.addAll(tjs.getList("events.text.text"));
        html.addAll(tjs.getList("events.display_date"));
        html.addAll(tjs.getList("events.group"));
        html.addAll(vis.getList("items.content"));
        html.addAll(vis.getList("items.title"));
        html.addAll(vis.getList("groups.content"));
        return html;
    }

    @Test
    void markupFromTheArticleIsEscapedNotPassedOn() {
        for (String lang : List.of("ar", "en")) {
            List<String> html = htmlFields(lang);
            assertFalse(html.isEmpty());
            String all = String.join("\n", html);
            assertFalse(all.contains("<img") || all.contains("<b>"), all);
            assertTrue(all.contains("&lt;img src=x onerror=alert(1)&gt;"), all);
            assertTrue(all.contains("&lt;b&gt;"), all);
            // escaped exactly once: no double-encoded ampersands
            assertFalse(all.contains("&amp;lt;"), all);
        }
    }

    @Test
    void textsCarryTheirDirectionAndIdsAreIsolated() {
        JsonPath ar = export("timelinejs", "ar", Map.of("article", article));
        assertTrue(ar.getString("events[0].text.headline").startsWith("<bdi dir=\"rtl\" lang=\"ar\">"));
        String body = ar.getString("events[0].text.text");
        assertTrue(body.startsWith("<div dir=\"rtl\" lang=\"ar\">"), body);
        assertTrue(body.contains("(<a href=\"http://localhost:") && body.contains("<bdi dir=\"ltr\">" + article + "</bdi></a>)"), body);
        JsonPath en = export("timelinejs", "en", Map.of("article", article));
        assertTrue(en.getString("events[0].text.headline").startsWith("<bdi dir=\"ltr\" lang=\"en\">"));
        // the Arabic quote keeps its own direction inside the English slide
        assertTrue(en.getString("events[0].text.text").contains("<bdi dir=\"rtl\" lang=\"ar\">قال وزير"), en.getString("events[0].text.text"));
    }

    @Test
    void displayDateIsTheServedWording() {
        Map<String, String> display = given().get("/api/v1/events/" + event).then().statusCode(200).extract().path("date.display");
        JsonPath en = export("timelinejs", "en", Map.of("article", article));
        assertEquals(display.get("en"), en.getString("events[0].display_date"));
        assertEquals(display.get("en"), en.getString("events[0].start_date.display_date"));
        JsonPath ar = export("timelinejs", "ar", Map.of("article", article));
        assertEquals(display.get("ar"), ar.getString("events[0].display_date"));
        // a one-day event has no end_date (TimelineJS would drop one equal to the start)
        assertEquals(null, ar.getMap("events[0].end_date"));
    }

    @Test
    void aRangeKeepsItsEndAndTheExclusiveVisEnd() {
        JsonPath tjs = export("timelinejs", "en", Map.of("from", "2017-05-01", "to", "2017-05-31"));
        assertEquals(Map.of("year", 2017, "month", 5, "day", 4, "display_date", tjs.getString("events.find { it.unique_id == 'astana-4' }.display_date")),
                tjs.getMap("events.find { it.unique_id == 'astana-4' }.end_date"));
        JsonPath vis = export("vis", "en", Map.of("from", "2017-05-01", "to", "2017-05-31"));
        assertEquals("2017-05-05", vis.getString("items.find { it.id == 'astana-4' }.end"));
        assertEquals("range", vis.getString("items.find { it.id == 'astana-4' }.type"));
    }

    @Test
    void estimatesAreFlaggedNotShownAsDays() {
        JsonPath events = given().queryParam("size", 500).get("/api/v1/events").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> dated = events.<Map<String, Object>>getList("items").stream().filter(e -> e.get("date") != null
                && ((Map<?, ?>) e.get("date")).get("start") != null).toList();
        JsonPath tjs = export("timelinejs", "en", Map.of());
        JsonPath vis = export("vis", "en", Map.of());
        int vague = 0;
        for (Map<String, Object> e : dated) {
            Map<?, ?> date = (Map<?, ?>) e.get("date");
            boolean estimate = "NONE".equals(date.get("precision")) || "APPROX".equals(date.get("modifier"));
            String id = (String) e.get("id");
            assertEquals(estimate, tjs.getBoolean("events.find { it.unique_id == '" + id + "' }.vague"), id);
            assertEquals(estimate, tjs.getString("events.find { it.unique_id == '" + id + "' }.display_date").endsWith("(approximate date)"), id);
            assertEquals(estimate, vis.getString("items.find { it.id == '" + id + "' }.className").contains("tarikh-vague"), id);
            vague += estimate ? 1 : 0;
        }
        assertTrue(vague > 0, "the seeds have an estimate (\"two or three weeks\"): the check above must have met one");
    }

    @Test
    void groupsAreLocalisedWithStableClasses() {
        assertEquals("Statement", export("timelinejs", "en", Map.of("article", article)).getString("events[0].group"));
        assertEquals("تصريح", export("timelinejs", "ar", Map.of("article", article)).getString("events[0].group"));
        JsonPath vis = export("vis", "ar", Map.of());
        List<String> itemGroups = vis.getList("items.group");
        List<String> groups = vis.getList("groups.id");
        assertEquals(itemGroups.stream().distinct().sorted((a, b) -> Integer.compare(groups.indexOf(a), groups.indexOf(b))).toList(), groups,
                "one group per type present, in a fixed order");
        assertEquals("<bdi dir=\"rtl\" lang=\"ar\">محادثات</bdi>", vis.getString("groups.find { it.id == 'TALKS' }.content"));
        assertEquals("tarikh-type-talks", vis.getString("groups.find { it.id == 'TALKS' }.className"));
        assertEquals("<bdi dir=\"ltr\" lang=\"en\">Talks</bdi>", export("vis", "en", Map.of()).getString("groups.find { it.id == 'TALKS' }.content"));
    }

    @Test
    void scheduledItemsAreVisiblyDistinct() {
        JsonPath vis = export("vis", "en", Map.of("status", "SCHEDULED"));
        assertFalse(vis.getList("items").isEmpty());
        assertTrue(vis.<String>getList("items.className").stream().allMatch(c -> c.contains("tarikh-status-scheduled")));
        assertTrue(vis.<String>getList("items.content").stream().allMatch(c -> c.contains("(Scheduled)")));
        JsonPath tjs = export("timelinejs", "ar", Map.of("status", "SCHEDULED"));
        assertTrue(tjs.<String>getList("events.text.headline").stream().allMatch(h -> h.contains("(مقرر)")));
        JsonPath occurred = export("vis", "en", Map.of("status", "OCCURRED"));
        assertTrue(occurred.<String>getList("items.className").stream().allMatch(c -> c.contains("tarikh-status-occurred")));
        assertTrue(occurred.<String>getList("items.content").stream().noneMatch(c -> c.contains("(Scheduled)")));
    }

    @Test
    void eachItemLinksToItsSources() {
        for (String url : List.of(export("timelinejs", "en", Map.of("article", article)).getString("events[0].sources_url"),
                export("vis", "en", Map.of("article", article)).getString("items[0].sourcesUrl"))) {
            assertTrue(url.matches("http://localhost:\\d+/api/v1/events/" + event + "/sources"), url);
            given().get(url).then().statusCode(200).body("items.articleId", org.hamcrest.Matchers.hasItem(article));
        }
        assertTrue(export("timelinejs", "en", Map.of("article", article)).getString("events[0].text.text")
                .contains("/api/v1/events/" + event + "/sources\""));
    }

    @Test
    void theFirstEndpointRedirectsToTheFormats() {
        given().redirects().follow(false).queryParam("format", "vis").queryParam("lang", "en").get("/api/v1/timeline")
                .then().statusCode(308).header("Location", org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("/api/v1/timeline/vis?"),
                        org.hamcrest.Matchers.containsString("lang=en"), org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("format"))));
        given().redirects().follow(false).get("/api/v1/timeline").then().statusCode(308)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/timeline/timelinejs"));
        given().queryParam("format", "csv").get("/api/v1/timeline").then().statusCode(400).contentType("application/problem+json")
                .body("parameter", org.hamcrest.Matchers.equalTo("format"));
    }
}
