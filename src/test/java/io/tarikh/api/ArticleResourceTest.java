package io.tarikh.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ArticleResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void seedsAreServedCleanUnderTheirFileStem() {
        given().get("/api/v1/articles/000_929c0f77bcde9703")
                .then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("id", equalTo("000_929c0f77bcde9703"))
                .body("language", equalTo("ar"))
                .body("text", not(containsString("إقرا أيضاً")))
                .body("text", not(containsString("قد يهمك")))
                .body("text", containsString("وكان نائب وزير الخارجية الروسي ميخائيل بوغدانوف"))
                .body("eventIds", hasItems("astana-4", "astana-5", "raqqa-su22-shootdown-2017-06-18"));
        given().get("/api/v1/articles/004_41894f4126aab709")
                .then().statusCode(200)
                .body("title", equalTo("الخارجية الروسية: المباحثات الروسية-التركية انتهت بالاتفاق على خفض التوتر في سوريا"))
                .body("text", not(containsString("اخترنا لك")))
                .body("text", not(containsString("•")));
    }

    @Test
    void listedArticlesCarryTheirEventIdsToo() {
        given().queryParam("size", 500).get("/api/v1/articles").then().statusCode(200)
                .body("items.find { it.id == '000_929c0f77bcde9703' }.eventIds", hasItems("astana-4", "astana-5"))
                .body("items.find { it.id == '004_41894f4126aab709' }.eventIds", hasItems("astana-4", "sochi-memorandum-idlib-2018-09-17"));
    }

    @Test
    void listsArticlesWithPagingLinks() {
        given().queryParam("size", 2).queryParam("page", 1).get("/api/v1/articles")
                .then().statusCode(200)
                .body("items", hasSize(2))
                .body("page", equalTo(1))
                .body("size", equalTo(2))
                .body("total", greaterThanOrEqualTo(5))
                .header("Link", containsString("page=0&size=2>; rel=\"prev\""))
                .header("Link", containsString("page=2&size=2>; rel=\"next\""))
                .header("Link", containsString("rel=\"first\""))
                .header("Link", containsString("rel=\"last\""));
        given().get("/api/v1/articles").then().statusCode(200)
                .body("size", equalTo(50))
                .body("items[0].id", equalTo("000_929c0f77bcde9703"));
    }

    @Test
    void postingCreatesOnceAndIsIdempotentByContent() {
        String text = "قال مصدر في وزارة الدفاع الروسية اليوم الخميس إن مركز المصالحة في حميميم سجل 12 خرقاً للهدنة.";
        String id = given().contentType(ContentType.JSON)
                .body(Map.of("text", text, "title", "خروقات للهدنة", "publishedAt", "2017-03-09", "url", "https://example.com/a/1", "unknownField", 3))
                .post("/api/v1/articles")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/articles/"))
                .body("title", equalTo("خروقات للهدنة"))
                .body("url", equalTo("https://example.com/a/1"))
                .body("publishedAt.date", equalTo("2017-03-09"))
                .body("publishedAt.source", equalTo("PROVIDED"))
                .body("publishedAt.confidence", equalTo(1.0f))
                .body("text", equalTo(text))
                .extract().path("id");
        given().contentType(ContentType.JSON).body(Map.of("text", text + "\n" + text))
                .post("/api/v1/articles")
                .then().statusCode(200)
                .body("id", equalTo(id));
        given().get("/api/v1/articles/" + id).then().statusCode(200).body("id", equalTo(id));
    }

    @Test
    void postingASeedTextAgainAnswersTheSeed() throws Exception {
        String seed = Files.readString(Path.of("seeds/002_2b11bf8dcfa4a74c.txt"));
        given().contentType(ContentType.JSON).body(Map.of("text", seed))
                .post("/api/v1/articles")
                .then().statusCode(200)
                .body("id", equalTo("002_2b11bf8dcfa4a74c"));
    }

    @Test
    void unknownArticleIs404Problem() {
        given().get("/api/v1/articles/nope").then().statusCode(404)
                .contentType(PROBLEM)
                .body("status", equalTo(404))
                .body("title", equalTo("Not Found"))
                .body("detail", containsString("nope"));
    }

    @Test
    void unknownRouteIs404Problem() {
        given().get("/api/v1/nothing-here").then().statusCode(404).contentType(PROBLEM).body("status", equalTo(404));
    }

    @Test
    void malformedJsonIs400Problem() {
        given().contentType(ContentType.JSON).body("{\"text\": \"سوريا").post("/api/v1/articles")
                .then().statusCode(400).contentType(PROBLEM)
                .body("title", equalTo("Bad Request"))
                .body("detail", containsString("JSON"))
                .body("detail", not(containsString("at ")));
    }

    @Test
    void wrongFieldTypeIs400NamingTheField() {
        given().contentType(ContentType.JSON).body("{\"text\": [1,2]}").post("/api/v1/articles")
                .then().statusCode(400).contentType(PROBLEM).body("parameter", equalTo("text"));
    }

    @Test
    void missingOrBlankTextIs400NamingTheField() {
        given().contentType(ContentType.JSON).body("{\"title\": \"x\"}").post("/api/v1/articles")
                .then().statusCode(400).contentType(PROBLEM).body("parameter", equalTo("text"));
        given().contentType(ContentType.JSON).body("{\"text\": \"   \"}").post("/api/v1/articles")
                .then().statusCode(400).contentType(PROBLEM).body("parameter", equalTo("text"));
        given().contentType(ContentType.JSON).body("").post("/api/v1/articles")
                .then().statusCode(400).contentType(PROBLEM).body("parameter", equalTo("text"));
    }

    @Test
    void impossibleOrMalformedPublicationDateIs400() {
        for (String date : new String[] {"2017-02-30", "27/06/2017", "yesterday"}) {
            given().contentType(ContentType.JSON).body(Map.of("text", "نص قصير عن سوريا", "publishedAt", date))
                    .post("/api/v1/articles")
                    .then().statusCode(400).contentType(PROBLEM)
                    .body("parameter", equalTo("publishedAt"))
                    .body("detail", containsString(date));
        }
    }

    @Test
    void wrongContentTypeIs415Problem() {
        given().contentType(ContentType.TEXT).body("نص").post("/api/v1/articles")
                .then().statusCode(415).contentType(PROBLEM).body("status", equalTo(415));
    }

    @Test
    void textOver200KbIs413Problem() {
        String huge = "سوريا ".repeat(25_000); // 11 bytes each: 275 KB
        given().contentType(ContentType.JSON).body(Map.of("text", huge)).post("/api/v1/articles")
                .then().statusCode(413).contentType(PROBLEM).body("parameter", equalTo("text"));
        given().get("/api/v1/articles?size=500").then().body("items.text", not(org.hamcrest.Matchers.hasItem(huge.strip())));
    }

    @Test
    void bodyOverTheHttpLimitIs413() {
        given().contentType(ContentType.JSON).body("{\"text\": \"" + "a".repeat(2_000_000) + "\"}").post("/api/v1/articles")
                .then().statusCode(413);
    }

    @Test
    void badPagingIs400NamingTheParameter() {
        given().queryParam("page", "abc").get("/api/v1/articles").then().statusCode(400).contentType(PROBLEM).body("parameter", equalTo("page"));
        given().queryParam("page", -1).get("/api/v1/articles").then().statusCode(400).body("parameter", equalTo("page"));
        given().queryParam("size", 501).get("/api/v1/articles").then().statusCode(400).body("parameter", equalTo("size"));
        given().queryParam("size", 0).get("/api/v1/articles").then().statusCode(400).body("parameter", equalTo("size"));
    }

    @Test
    void wrongMethodIs405Problem() {
        given().delete("/api/v1/articles").then().statusCode(405).contentType(PROBLEM).body("status", equalTo(405));
    }

    @Test
    void problemsNeverLeakInternals() {
        given().contentType(ContentType.JSON).body("{\"text\": ").post("/api/v1/articles")
                .then().body("detail", not(containsString("Exception")))
                .body("stackTrace", nullValue());
    }
}
