package io.tarikh.api.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HttpCachingTest {

    private static final String ITEM = "/api/v1/articles/000_929c0f77bcde9703";

    @Test
    void itemsAndCollectionsCarryAWeakEtag() {
        for (String path : new String[] {ITEM, "/api/v1/articles?size=2"}) {
            given().get(path).then().statusCode(200)
                    .header("ETag", matchesPattern("W/\"[A-Za-z0-9_-]{43}\""))
                    .header("Cache-Control", equalTo("public, max-age=60"));
        }
    }

    @Test
    void matchingIfNoneMatchIs304WithoutBody() {
        String etag = given().get(ITEM).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).get(ITEM)
                .then().statusCode(304)
                .header("ETag", equalTo(etag))
                .body(emptyString());
        // If-None-Match compares weakly: the tag without its W/ matches too.
        given().header("If-None-Match", "\"other\", " + etag.substring(2)).get(ITEM).then().statusCode(304);
    }

    @Test
    void staleIfNoneMatchIs200WithBody() {
        given().header("If-None-Match", "\"not-the-current-one\"").get(ITEM)
                .then().statusCode(200)
                .body("id", equalTo("000_929c0f77bcde9703"));
    }

    @Test
    void theEtagIsStableAndFollowsTheContent() {
        String a = given().get("/api/v1/articles?size=1").then().extract().header("ETag");
        String b = given().get("/api/v1/articles?size=1").then().extract().header("ETag");
        String c = given().get("/api/v1/articles?size=2").then().extract().header("ETag");
        assertTrue(a.equals(b), "same content, same ETag");
        assertFalse(a.equals(c), "different content, different ETag");
    }

    @Test
    void writesAndErrorsCarryNoEtag() {
        given().contentType(ContentType.JSON).body(Map.of("text", "نص جديد لاختبار غياب الوسم " + System.nanoTime()))
                .post("/api/v1/articles")
                .then().statusCode(201)
                .header("ETag", nullValue())
                .header("Cache-Control", nullValue());
        given().get("/api/v1/articles/nope").then().statusCode(404).header("ETag", nullValue());
    }

    @Test
    void weakComparisonRules() {
        assertTrue(HttpCaching.matches("*", "\"a\""));
        assertTrue(HttpCaching.matches("W/\"a\"", "\"a\""));
        assertTrue(HttpCaching.matches("\"a\"", "W/\"a\""));
        assertTrue(HttpCaching.matches("W/\"a\"", "W/\"a\""));
        assertFalse(HttpCaching.matches("\"b\"", "\"a\""));
        assertFalse(HttpCaching.matches(null, "\"a\""));
    }
}
