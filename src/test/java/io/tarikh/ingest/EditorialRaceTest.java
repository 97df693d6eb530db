package io.tarikh.ingest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A correction racing ingests of other articles about the same event, on H2 (process locks) and
 * PostgreSQL (advisory locks): the corrected article moves its report back and forth between
 * two days while reports of the second day arrive. Whatever the interleaving, the end is one
 * event on that day with every report, none left on the first, and the first id leads there.
 */
@QuarkusTest
class EditorialRaceTest {

    private static final int CLIENTS = 8;
    private static final int REPORTS = 40;
    private static final int MOVES = 9; // odd: the last move is to the day of the reports

    @TestHTTPResource("/api/v1/articles")
    URI articles;

    @Test
    void aCorrectionRacingIngestsOfTheSameEventEndsInOneEventWithEverySource() throws Exception {
        String corrected = given().contentType(ContentType.JSON)
                .body(Map.of("text", "قال وزير الخارجية الروسي سيرغي لافروف أمس إن الحل السياسي في سوريا ممكن. رمز التصحيح " + ConcurrentIngestTest.code(9999), "publishedAt", "2015-08-04"))
                .post("/api/v1/articles").then().statusCode(201).extract().path("id");
        List<String> first = given().get("/api/v1/articles/" + corrected).then().extract().path("eventIds");
        assertEquals(1, first.size(), first.toString());

        HttpClient http = HttpClient.newHttpClient();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + 1);
        List<HttpResponse<String>> posts = new ArrayList<>();
        List<HttpResponse<String>> patches = new ArrayList<>();
        try {
            Future<List<HttpResponse<String>>> mover = pool.submit(() -> {
                List<HttpResponse<String>> out = new ArrayList<>();
                for (int i = 0; i < MOVES; i++) {
                    String day = i % 2 == 0 ? "2015-08-14" : "2015-08-04";
                    out.add(http.send(HttpRequest.newBuilder(articles.resolve("/api/v1/articles/" + corrected))
                            .header("Content-Type", "application/merge-patch+json")
                            .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"publishedAt\": \"" + day + "\"}")).build(),
                            HttpResponse.BodyHandlers.ofString()));
                }
                return out;
            });
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int i = 0; i < REPORTS; i++) {
                String body = "{\"publishedAt\": \"2015-08-14\", \"text\": \"قال وزير الخارجية الروسي سيرغي لافروف يوم الخميس 13 آب 2015"
                        + " إن الحل السياسي في سوريا ممكن. رمز التقرير " + ConcurrentIngestTest.code(i) + "\"}";
                futures.add(pool.submit(() -> http.send(HttpRequest.newBuilder(articles).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString())));
            }
            for (Future<HttpResponse<String>> f : futures) {
                posts.add(f.get());
            }
            patches.addAll(mover.get());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(Map.of(201, (long) REPORTS), statuses(posts), firstFailure(posts));
        assertEquals(Map.of(200, (long) MOVES), statuses(patches), firstFailure(patches));

        List<String> ids = given().get("/api/v1/articles/" + corrected).then().statusCode(200)
                .body("publishedAt.date", equalTo("2015-08-14"))
                .body("corrections", hasSize(MOVES))
                .extract().path("eventIds");
        assertEquals(1, ids.size(), ids.toString());
        String event = ids.get(0);
        for (HttpResponse<String> post : posts) {
            String article = io.restassured.path.json.JsonPath.from(post.body()).getString("id");
            given().get("/api/v1/articles/" + article).then().statusCode(200).body("eventIds", equalTo(List.of(event)));
        }
        given().get("/api/v1/events/" + event).then().statusCode(200)
                .body("date.start", equalTo("2015-08-13"))
                .body("sourceCount", equalTo(REPORTS + 1));
        given().queryParam("size", 500).get("/api/v1/events/" + event + "/sources").then().statusCode(200)
                .body("total", equalTo(REPORTS + 1))
                .body("items", hasSize(REPORTS + 1));
        given().queryParam("actor", "sergey-lavrov").queryParam("from", "2015-08-13").queryParam("to", "2015-08-13")
                .get("/api/v1/events").then().statusCode(200).body("total", equalTo(1));
        given().queryParam("actor", "sergey-lavrov").queryParam("from", "2015-08-03").queryParam("to", "2015-08-03")
                .get("/api/v1/events").then().statusCode(200).body("total", equalTo(0));

        Response old = given().redirects().follow(false).get("/api/v1/events/" + first.get(0));
        assertTrue(old.statusCode() == 200 && first.get(0).equals(event)
                || old.statusCode() == 308 && old.header("Location").endsWith("/api/v1/events/" + event),
                "the first id is the event or leads to it: " + old.statusCode() + " " + old.header("Location"));
    }

    private static Map<Integer, Long> statuses(List<HttpResponse<String>> responses) {
        return responses.stream().collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting()));
    }

    private static String firstFailure(List<HttpResponse<String>> responses) {
        return responses.stream().filter(r -> r.statusCode() >= 300).map(HttpResponse::body).findFirst().orElse("none");
    }
}
