package io.tarikh.ingest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The write path through the API: merges, aliases, bounded work per article. */
@QuarkusTest
class WritePathTest {

    private static String post(String text, String publishedAt) {
        return given().contentType(ContentType.JSON)
                .body(java.util.Map.of("text", text, "publishedAt", publishedAt))
                .post("/api/v1/articles").then().statusCode(201).extract().path("id");
    }

    private static List<String> eventIds(String articleId) {
        return given().get("/api/v1/articles/" + articleId).then().statusCode(200).extract().path("eventIds");
    }

    @Test
    void aMentionNamingBothSidesOfTwoEventsJoinsThemAndTheAbsorbedIdRedirects() {
        String lavrov = eventIds(post("قال وزير الخارجية الروسي سيرغي لافروف يوم الخميس 14 نيسان 2016 إن الحل السياسي هو الطريق الوحيد.", "2016-04-15")).get(0);
        String kerry = eventIds(post("قال وزير الخارجية الأمريكي جون كيري يوم الخميس 14 نيسان 2016 إن الوضع الإنساني مقلق جدا.", "2016-04-15")).get(0);
        String call = eventIds(post("بحث وزير الخارجية الروسي سيرغي لافروف ونظيره الأمريكي جون كيري في اتصال هاتفي يوم الخميس 14 نيسان 2016 سبل الحل السياسي.",
                "2016-04-15")).get(0);
        org.junit.jupiter.api.Assertions.assertNotEquals(lavrov, kerry);
        org.junit.jupiter.api.Assertions.assertEquals(lavrov, call, "the oldest event survives");
        given().redirects().follow(false).get("/api/v1/events/" + kerry)
                .then().statusCode(308).header("Location", endsWith("/api/v1/events/" + lavrov));
        given().get("/api/v1/events/" + lavrov).then().statusCode(200)
                .body("type", equalTo("PHONE_CALL"))
                .body("actors.id", hasItems("sergey-lavrov", "john-kerry"))
                .body("sourceCount", equalTo(3));
        // The survivor's source summary is counted again after the merge moved the absorbed one's sources.
        given().get("/api/v1/events/" + lavrov + "/sources").then().statusCode(200)
                .body("total", equalTo(3)).body("items", hasSize(3));
    }

    @Test
    void theUndatedWordsOfOneSpeakerInOneArticleAreOneStatementWithBoundedQuotes() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            text.append("وقال المبعوث الأممي ستيفان دي ميستورا إن الحل السياسي ممكن ").append(ConcurrentIngestTest.code(i)).append(". ");
        }
        List<String> ids = eventIds(post(text.toString(), "2016-05-02"));
        org.junit.jupiter.api.Assertions.assertEquals(1, ids.size(), ids.toString());
        given().get("/api/v1/events/" + ids.get(0)).then().statusCode(200)
                .body("sourceCount", lessThanOrEqualTo(20));
        given().queryParam("size", 500).get("/api/v1/events/" + ids.get(0) + "/sources").then().statusCode(200)
                .body("total", lessThanOrEqualTo(20));
    }

    @Test
    void aYearMentionDoesNotAbsorbTheDaysOfThatYear() {
        String year = eventIds(post("التقى رئيس الاستخبارات التركية هاكان فيدان مسؤولين روسا في موسكو عام 2013.", "2014-01-10")).get(0);
        String day = eventIds(post("التقى رئيس الاستخبارات التركية هاكان فيدان مسؤولين روسا في موسكو يوم 5 أيار 2013.", "2013-05-06")).get(0);
        org.junit.jupiter.api.Assertions.assertNotEquals(year, day);
    }

    @Test
    void searchFindsWordsOfEveryQuoteWithoutGrowingTheEvent() {
        String first = post("قال وزير الخارجية الروسي سيرغي لافروف يوم الأحد 8 أيار 2016 إن الوضع في حلب صعب ومعقد.", "2016-05-09");
        post("قال وزير الخارجية الروسي سيرغي لافروف يوم الأحد 8 أيار 2016 إن المراقبين الدوليين سيصلون قريبا.", "2016-05-09");
        String event = eventIds(first).get(0);
        given().queryParam("q", "المراقبين").get("/api/v1/events").then().statusCode(200).body("items.id", hasItem(event));
        given().queryParam("q", "ومعقد").get("/api/v1/events").then().statusCode(200).body("items.id", hasItem(event));
    }

    @Test
    void aRunOnSentenceAndAParagraphLongFirstLineAreStoredClipped() {
        String firstLine = "عنوان طويل جدا " + "كلمة ".repeat(400);
        String sentence = "قال وزير الخارجية الروسي سيرغي لافروف يوم الاثنين 9 أيار 2016 إن " + "الوضع معقد و".repeat(500) + " انتهى.";
        String id = post(firstLine + "\n\n" + sentence, "2016-05-10");
        given().get("/api/v1/articles/" + id).then().statusCode(200);
        String event = eventIds(id).get(0);
        given().get("/api/v1/events/" + event).then().statusCode(200)
                .body("title.ar.length()", lessThanOrEqualTo(300))
                .body("sources[0].quote.length()", lessThanOrEqualTo(2000));
    }

    @Test
    void aTextThatIsAllBoilerplateIsRefusedNotStoredEmpty() {
        given().contentType(ContentType.JSON)
                .body(java.util.Map.of("text", "اقرأ أيضا: لافروف يلتقي نظيره التركي في موسكو\nاقرأ أيضا: جولة جديدة من المحادثات في أستانا"))
                .post("/api/v1/articles").then().statusCode(422)
                .contentType("application/problem+json")
                .body("parameter", equalTo("text"));
    }

    @Test
    void aTextTooDenseInDatesToStoreIsA413NamingText() {
        StringBuilder text = new StringBuilder("قال مصدر إن الاجتماعات عقدت ");
        String[] months = { "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول" };
        for (int i = 0; text.length() < 95_000; i++) {
            text.append("يوم ").append(1 + i % 28).append(' ').append(months[i % months.length]).append(' ').append(2000 + i % 20).append(" و");
        }
        given().contentType(ContentType.JSON).body(java.util.Map.of("text", text.toString(), "publishedAt", "2020-01-01"))
                .post("/api/v1/articles").then().statusCode(413)
                .contentType("application/problem+json")
                .body("parameter", equalTo("text"));
    }
}
