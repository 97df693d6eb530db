package io.tarikh.api.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.tarikh.store.Database;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Reads answered from the response cache are the answers the resource would give: same body,
 * ETag and Link, per-request CORS and compression, and never an answer older than the last
 * committed write, in this process or (PostgreSQL) another replica.
 */
@QuarkusTest
class ResponseCacheTest {

    @Inject
    MeterRegistry registry;
    @Inject
    DataSource data;
    @Inject
    Database database;
    @Inject
    ResponseCache cache;

    private double hits() {
        return registry.get("cache.gets").tag("cache", "responses").tag("result", "hit").functionCounter().count();
    }

    private static Response get(String path) {
        return given().get(path).then().statusCode(200).extract().response();
    }

    @Test
    void aRepeatedReadIsAnsweredFromTheCacheAsTheResourceWouldAnswerIt() {
        String path = "/api/v1/events?size=3&sort=-date";
        Response first = get(path);
        double before = hits();
        Response second = get(path);
        assertEquals(before + 1, hits(), "the second read is a hit");
        assertEquals(first.asString(), second.asString());
        for (String header : new String[] {"ETag", "Link", "Cache-Control", "Content-Type"}) {
            assertEquals(first.header(header), second.header(header), header);
        }
        // CORS and compression belong to each request, not to the kept answer.
        given().header("Origin", "https://a.example").get(path).then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("https://a.example"));
        given().header("Origin", "https://b.example").get(path).then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("https://b.example"));
        given().header("Accept-Encoding", "gzip").get(path).then().statusCode(200).header("Content-Encoding", equalTo("gzip"));
        given().header("If-None-Match", first.header("ETag")).get(path).then().statusCode(304)
                .header("ETag", equalTo(first.header("ETag"))).body(emptyString());
        assertTrue(hits() >= before + 5, "every read above came from the cache");
    }

    @Test
    void aCommittedWriteMakesEveryKeptAnswerOld() {
        long articles = get("/api/v1/articles?size=1").jsonPath().getLong("total");
        get("/api/v1/articles?size=1");
        String id = given().contentType(ContentType.JSON)
                .body(Map.of("text", "أعلنت وزارة الخارجية الروسية أمس الاثنين أن الوزير لافروف سيزور أنقرة. " + System.nanoTime(),
                        "publishedAt", "2017-03-14"))
                .post("/api/v1/articles").then().statusCode(201).extract().path("id");
        double before = hits();
        assertEquals(articles + 1, get("/api/v1/articles?size=1").jsonPath().getLong("total"), "the new article is counted at once");
        assertEquals(before, hits(), "that read was computed afresh");
        given().delete("/api/v1/articles/" + id).then().statusCode(204);
        assertEquals(articles, get("/api/v1/articles?size=1").jsonPath().getLong("total"), "and its deletion too");
        given().get("/api/v1/articles/" + id).then().statusCode(404);
    }

    @Test
    void onlyTheWritePathsCollectionsAreKept() {
        String uri = "http://localhost/x";
        assertTrue(cache.keyFor("GET", "/api/v1/events", uri).isPresent());
        assertTrue(cache.keyFor("GET", "/api/v1/timeline/vis", uri).isPresent());
        assertTrue(cache.keyFor("GET", "/api/v1/reprocessing/some-job", uri).isEmpty(), "a job's progress changes outside the write path");
        assertTrue(cache.keyFor("POST", "/api/v1/events", uri).isEmpty());
        assertTrue(cache.keyFor("HEAD", "/api/v1/events", uri).isEmpty());
        assertTrue(cache.keyFor("GET", "/api/v1/eventsX", uri).isEmpty());
    }

    @Test
    void anotherReplicasWriteIsSeenThroughTheSharedGeneration() throws Exception {
        Assumptions.assumeTrue(database.isPostgres(), "one process owns an H2 store");
        String path = "/api/v1/events?size=2";
        get(path);
        double before = hits();
        get(path);
        assertEquals(before + 1, hits());
        try (Connection c = data.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT nextval('store_generation')")) {
            rs.next(); // what another replica does once its write committed
        }
        get(path);
        assertEquals(before + 1, hits(), "read afresh after another replica's write");
    }
}
