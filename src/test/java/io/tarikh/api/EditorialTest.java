package io.tarikh.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Corrections and deletions through the API (issue 10, item 3), on H2 and on PostgreSQL. Each
 * test speaks of its own speaker and days, so the tests share one store without meeting.
 */
@QuarkusTest
class EditorialTest {

    private static final String PROBLEM = "application/problem+json";
    static final String MERGE_PATCH = "application/merge-patch+json";

    static String post(String text, String publishedAt) {
        return given().contentType(ContentType.JSON).body(Map.of("text", text, "publishedAt", publishedAt))
                .post("/api/v1/articles").then().statusCode(201).extract().path("id");
    }

    static List<String> eventIds(String articleId) {
        return given().get("/api/v1/articles/" + articleId).then().statusCode(200).extract().path("eventIds");
    }

    static RequestSpecification patch(String json) {
        return given().contentType(MERGE_PATCH + "; charset=UTF-8").body(json);
    }

    @Test
    void aNewPublicationDateRedatesTheArticlesEventsUnderTheIdsTheyHad() {
        String id = post("قال وزير الخارجية الروسي سيرغي لافروف أمس إن الحوار مع واشنطن ما زال ممكنا.", "2015-03-12");
        List<String> before = eventIds(id);
        Map<String, String> dates = new HashMap<>();
        for (String e : before) {
            dates.put(e, given().get("/api/v1/events/" + e).then().statusCode(200).extract().path("date.start"));
        }
        assertEquals(true, dates.containsValue("2015-03-11"), dates.toString());
        String event = dates.entrySet().stream().filter(d -> d.getValue().equals("2015-03-11")).findFirst().orElseThrow().getKey();

        List<String> after = patch("{\"publishedAt\": \"2015-03-20\"}").patch("/api/v1/articles/" + id).then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("publishedAt.date", equalTo("2015-03-20"))
                .body("publishedAt.source", equalTo("PROVIDED"))
                .body("corrections", hasSize(1))
                .body("corrections[0].field", equalTo("publishedAt"))
                .body("corrections[0].oldValue", equalTo("2015-03-12"))
                .body("corrections[0].newValue", equalTo("2015-03-20"))
                .body("corrections[0].correctedAt", notNullValue())
                .extract().path("eventIds");
        assertEquals(new java.util.TreeSet<>(before), new java.util.TreeSet<>(after), "every event keeps its id");
        for (String e : before) {
            String moved = java.time.LocalDate.parse(dates.get(e)).plusDays(8).toString();
            given().get("/api/v1/events/" + e).then().statusCode(200)
                    .body("date.start", equalTo(moved))
                    .body("sources.articleId", equalTo(List.of(id)));
        }
        given().queryParam("actor", "sergey-lavrov").queryParam("from", "2015-03-11").queryParam("to", "2015-03-11")
                .get("/api/v1/events").then().statusCode(200).body("items.id", not(hasItem(event)));
        given().get("/api/v1/articles/" + id).then().statusCode(200).body("corrections", hasSize(1));
    }

    @Test
    void aCorrectionThatMakesTheEventOneAlreadyStoredLinksItThereAndTheOldIdRedirects() {
        String other = post("قال وزير الخارجية الروسي سيرغي لافروف يوم الأربعاء 15 نيسان 2015 إن التسوية في سوريا تحتاج وقتا.", "2015-04-16");
        String stored = eventIds(other).get(0);
        String id = post("قال وزير الخارجية الروسي سيرغي لافروف أمس إن الحل السياسي في سوريا ممكن.", "2015-04-09");
        String moved = eventIds(id).get(0);
        assertNotEquals(stored, moved);

        patch("{\"publishedAt\": \"2015-04-16\"}").patch("/api/v1/articles/" + id).then().statusCode(200)
                .body("eventIds", equalTo(List.of(stored)));
        given().redirects().follow(false).get("/api/v1/events/" + moved).then().statusCode(308)
                .header("Location", endsWith("/api/v1/events/" + stored));
        given().get("/api/v1/events/" + stored).then().statusCode(200).body("sources.articleId", equalTo(List.of(other, id).stream().sorted().toList()));

        // Back again: the stored event keeps the other article's source; this one's is a new event.
        patch("{\"publishedAt\": \"2015-04-09\"}").patch("/api/v1/articles/" + id).then().statusCode(200)
                .body("eventIds", not(hasItem(stored)))
                .body("corrections", hasSize(2));
        given().get("/api/v1/events/" + stored).then().statusCode(200).body("sources.articleId", equalTo(List.of(other)));
    }

    @Test
    void removingAProvidedDateInfersItAgain() {
        String text = "قال وزير الخارجية السعودي عادل الجبير في مؤتمر صحفي اليوم الأحد 10 أيار 2015 إن الحل في اليمن سياسي.";
        String id = post(text, "2015-05-12");
        patch("{\"publishedAt\": null}").patch("/api/v1/articles/" + id).then().statusCode(200)
                .body("publishedAt.source", not(equalTo("PROVIDED")))
                .body("corrections[0].field", equalTo("publishedAt"))
                .body("corrections[0].oldValue", equalTo("2015-05-12"));
    }

    @Test
    void titleAndUrlCorrectionsAreListedAndANullTitleIsTheHeadlineAgain() {
        String id = given().contentType(ContentType.JSON)
                .body(Map.of("text", "عنوان الخبر\n\nقال المبعوث الأممي ستيفان دي ميستورا يوم الاثنين 8 حزيران 2015 إن المشاورات مستمرة.",
                        "publishedAt", "2015-06-09", "title", "عنوان أول", "url", "https://example.com/a/1"))
                .post("/api/v1/articles").then().statusCode(201).extract().path("id");
        List<String> events = eventIds(id);
        patch("{\"title\": \"عنوان مصحح\", \"url\": \"https://example.com/a/2\"}").patch("/api/v1/articles/" + id).then().statusCode(200)
                .body("title", equalTo("عنوان مصحح"))
                .body("url", equalTo("https://example.com/a/2"))
                .body("publishedAt.date", equalTo("2015-06-09"))
                .body("eventIds", equalTo(events))
                .body("corrections.field", equalTo(List.of("title", "url")))
                .body("corrections[0].oldValue", equalTo("عنوان أول"))
                .body("corrections[1].newValue", equalTo("https://example.com/a/2"));
        patch("{\"title\": null, \"url\": null}").patch("/api/v1/articles/" + id).then().statusCode(200)
                .body("title", equalTo("عنوان الخبر"))
                .body("url", nullValue())
                .body("corrections", hasSize(4));
        // The same values again change nothing and are not recorded.
        patch("{\"url\": null}").patch("/api/v1/articles/" + id).then().statusCode(200).body("corrections", hasSize(4));
    }

    @Test
    void deletingAnArticleRemovesItsSourcesAndEventsLeftWithoutOne() {
        String shared1 = post("قال وزير الخارجية التركي مولود جاويش أوغلو يوم الثلاثاء 14 تموز 2015 إن أنقرة تدعم الحل السياسي.", "2015-07-15");
        String shared2 = post("قال وزير الخارجية التركي مولود جاويش أوغلو يوم الثلاثاء 14 تموز 2015 إن الحدود ستبقى مفتوحة.", "2015-07-15");
        String sharedEvent = eventIds(shared1).get(0);
        assertEquals(List.of(sharedEvent), eventIds(shared2));
        String alone = post("قال وزير الخارجية التركي مولود جاويش أوغلو يوم الخميس 23 تموز 2015 إن العملية العسكرية محدودة.", "2015-07-24");
        List<String> aloneEvents = eventIds(alone);
        String aloneEvent = aloneEvents.get(0);

        given().delete("/api/v1/articles/" + alone).then().statusCode(204);
        given().get("/api/v1/articles/" + alone).then().statusCode(404).contentType(PROBLEM);
        for (String e : aloneEvents) {
            given().get("/api/v1/events/" + e).then().statusCode(410).contentType(PROBLEM)
                    .body("status", equalTo(410)).body("title", equalTo("Gone"));
            given().get("/api/v1/events/" + e + "/sources").then().statusCode(410).contentType(PROBLEM)
                    .body("status", equalTo(410)).body("title", equalTo("Gone"));
        }
        // q no longer finds an event by the deleted article's words (search_words, and event_word on H2)
        given().queryParam("q", "العملية العسكرية محدودة").queryParam("size", 500)
                .get("/api/v1/events").then().statusCode(200).body("items.id", not(hasItem(aloneEvent)));
        given().queryParam("actor", "mevlut-cavusoglu").queryParam("from", "2015-07-01").queryParam("to", "2015-07-31").queryParam("size", 500)
                .get("/api/v1/events").then().statusCode(200).body("items.id", not(hasItem(aloneEvent)));
        given().queryParam("article", alone).get("/api/v1/events").then().statusCode(200).body("items", empty());

        given().delete("/api/v1/articles/" + shared1).then().statusCode(204);
        given().get("/api/v1/events/" + sharedEvent).then().statusCode(200).body("sources.articleId", equalTo(List.of(shared2)))
                .body("sourceCount", equalTo(1));
        given().get("/api/v1/events/" + sharedEvent + "/sources").then().statusCode(200)
                .body("total", equalTo(1)).body("items.articleId", equalTo(List.of(shared2)))
                .body("items[0].roles", hasItem("EARLIEST")).body("items[0].roles", hasItem("LATEST"));
        // the remaining article's words still find the event (its search words were rebuilt without the deleted one's)
        given().queryParam("q", "الحدود مفتوحة").get("/api/v1/events").then().statusCode(200).body("items.id", hasItem(sharedEvent));
        given().delete("/api/v1/articles/" + shared1).then().statusCode(404).contentType(PROBLEM);

        // The same text again is new: the gone id may serve again.
        String again = post("قال وزير الخارجية التركي مولود جاويش أوغلو يوم الخميس 23 تموز 2015 إن العملية العسكرية محدودة.", "2015-07-24");
        assertEquals(aloneEvents, eventIds(again));
        given().get("/api/v1/events/" + aloneEvent).then().statusCode(200);
    }

    @Test
    void aKnownTextWithOtherMetadataIsA409NamingTheFieldsAndTheSameIsStill200() {
        String text = "قال وزير الخارجية الإيراني محمد جواد ظريف يوم السبت 12 أيلول 2015 إن طهران مستعدة للحوار.";
        Map<String, Object> first = new HashMap<>(Map.of("text", text, "publishedAt", "2015-09-13", "title", "ظريف", "url", "https://example.com/z/1"));
        String id = given().contentType(ContentType.JSON).body(first).post("/api/v1/articles").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body(first).post("/api/v1/articles").then().statusCode(200).body("id", equalTo(id));
        given().contentType(ContentType.JSON).body(Map.of("text", text)).post("/api/v1/articles").then().statusCode(200).body("id", equalTo(id));

        Map<String, Object> other = new HashMap<>(first);
        other.put("publishedAt", "2015-09-14");
        other.put("url", "https://example.com/z/2");
        given().contentType(ContentType.JSON).body(other).post("/api/v1/articles").then().statusCode(409)
                .contentType(PROBLEM)
                .header("Location", endsWith("/api/v1/articles/" + id))
                .body("parameter", equalTo("publishedAt,url"))
                .body("detail", containsString(id));
        given().contentType(ContentType.JSON).body(Map.of("text", text, "title", "عنوان آخر")).post("/api/v1/articles").then().statusCode(409)
                .body("parameter", equalTo("title"));
        given().get("/api/v1/articles/" + id).then().statusCode(200)
                .body("publishedAt.date", equalTo("2015-09-13")).body("url", equalTo("https://example.com/z/1"));
    }

    @Test
    void badPatchesAre4xxProblemsNamingTheField() {
        String id = post("قال وزير الخارجية الإيراني محمد جواد ظريف يوم الأحد 11 تشرين الأول 2015 إن المحادثات بناءة.", "2015-10-12");
        String path = "/api/v1/articles/" + id;
        patch("{\"publishedAt\": \"2015-02-30\"}").patch(path).then().statusCode(400).contentType(PROBLEM).body("parameter", equalTo("publishedAt"));
        patch("{\"publishedAt\": 20151012}").patch(path).then().statusCode(400).contentType(PROBLEM).body("parameter", equalTo("publishedAt"));
        patch("{\"text\": \"نص آخر\"}").patch(path).then().statusCode(400).contentType(PROBLEM).body("parameter", equalTo("text"));
        patch("{\"url\": \"ftp://example.com\"}").patch(path).then().statusCode(400).contentType(PROBLEM).body("parameter", equalTo("url"));
        patch("{\"title\": \"" + "ع".repeat(1001) + "\"}").patch(path).then().statusCode(400).body("parameter", equalTo("title"));
        patch("{}").patch(path).then().statusCode(400).contentType(PROBLEM);
        patch("[1]").patch(path).then().statusCode(400).contentType(PROBLEM);
        patch("{\"title\": ").patch(path).then().statusCode(400).contentType(PROBLEM);
        given().contentType(ContentType.TEXT).body("title=x").patch(path).then().statusCode(415).contentType(PROBLEM)
                .body("parameter", equalTo("Content-Type"));
        patch("{\"title\": \"x\"}").patch("/api/v1/articles/no-such-article").then().statusCode(404).contentType(PROBLEM);
        given().delete("/api/v1/articles/no-such-article").then().statusCode(404).contentType(PROBLEM);
        given().get(path).then().statusCode(200).body("corrections", empty()).body("publishedAt.date", equalTo("2015-10-12"));
    }
}
