package io.tarikh.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * q on the search index (event_word on H2, full-text with the arabic configuration on
 * PostgreSQL): any common spelling of a word finds it, with or without attached clitics and the
 * article, in the titles and in every quote; all words must match.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchTest {

    private String event;
    private String other;

    /** Once per class, but in a @BeforeEach: REST Assured knows the test port only from then on. */
    @BeforeEach
    void twoEvents() {
        if (event != null) {
            return;
        }
        event = statement("قال وزير الخارجية التركي مولود جاويش أوغلو يوم الأربعاء 3 آذار 2021 إن مسار أستانة سيبحث الوضع بالرقّة ومنبج والقامشلي.",
                "2021-03-04");
        // A second report of the same statement: its words are searchable through the event too.
        assertEquals(event, statement("قال وزير الخارجية التركي مولود جاويش أوغلو يوم الأربعاء 3 آذار 2021 إن المراقبين سيتوجهون إلى الحسكة.",
                "2021-03-05"));
        other = statement("قال وزير الخارجية الإيراني محمد جواد ظريف يوم الخميس 4 آذار 2021 إن محادثات أستانا ستستأنف قريبا.", "2021-03-05");
    }

    /** The statement event the article is a source of. */
    private static String statement(String text, String publishedAt) {
        List<String> ids = given().contentType(ContentType.JSON).body(Map.of("text", text, "publishedAt", publishedAt))
                .post("/api/v1/articles").then().statusCode(201).extract().path("eventIds");
        return ids.stream().filter(id -> id.startsWith("statement-")).findFirst().orElseThrow(() -> new AssertionError(ids.toString()));
    }

    private static List<String> found(String q) {
        return given().queryParam("q", q).queryParam("size", 500).get("/api/v1/events").then().statusCode(200).extract().path("items.id");
    }

    @Test
    void anySpellingOfAWordFindsIt() {
        // hamza, taa marbuta / haa, diacritics and tatweel fold away
        for (String q : List.of("أستانة", "استانه", "آستانة", "أســتانة", "القامشلي", "القامشلى")) {
            org.junit.jupiter.api.Assertions.assertTrue(found(q).contains(event), q + " finds " + event);
        }
    }

    @Test
    void wordsWithAttachedCliticsAndTheArticleAreFoundByTheirStem() {
        // the text says بالرقّة and ومنبج
        for (String q : List.of("الرقة", "رقة", "الرقه", "منبج")) {
            org.junit.jupiter.api.Assertions.assertTrue(found(q).contains(event), q + " finds " + event);
        }
    }

    @Test
    void theWordsOfEveryQuoteAndAllOfThemMustMatch() {
        given().queryParam("q", "الحسكة").get("/api/v1/events").then().body("items.id", hasItem(event));
        given().queryParam("q", "منبج الحسكة").get("/api/v1/events").then().body("items.id", hasItem(event));
        given().queryParam("q", "منبج ظريف").get("/api/v1/events").then().body("items.id", not(hasItem(event)));
        given().queryParam("q", "ظريف أستانا").get("/api/v1/events").then().body("items.id", hasItem(other))
                .body("items.id", not(hasItem(event)));
    }

    @Test
    void functionWordsAloneFilterNothing() {
        long all = given().get("/api/v1/events").then().extract().jsonPath().getLong("total");
        given().queryParam("q", "في من").get("/api/v1/events").then().statusCode(200).body("total", equalTo((int) all));
    }

    @Test
    void tooManyWordsAre400NamingQ() {
        given().queryParam("q", "ا ب ت ث ج ح خ د ذ ر ز س ش".replace(" ", "ي ")).get("/api/v1/events").then().statusCode(400)
                .contentType("application/problem+json").body("parameter", equalTo("q"));
    }
}
