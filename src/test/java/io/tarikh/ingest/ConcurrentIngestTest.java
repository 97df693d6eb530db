package io.tarikh.ingest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Parallel ingests of one event and of one speaker, through the API, on whichever database the
 * test profile uses (H2 in the first CI pass, PostgreSQL in the second): nothing fails, nothing
 * is lost, one real-world event stays one event.
 */
@QuarkusTest
class ConcurrentIngestTest {

    private static final int CLIENTS = 16;
    private static final int REPORTS = 100;
    private static final String LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";

    @TestHTTPResource("/api/v1/articles")
    URI articles;

    /** A distinct Arabic "reference code" per article, so every text is new content without new names or numbers. */
    static String code(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            s.append(LETTERS.charAt(n % LETTERS.length()));
            n /= LETTERS.length();
        }
        return s.toString();
    }

    private List<HttpResponse<String>> postInParallel(IntFunction<String> bodyOf) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int i = 0; i < REPORTS; i++) {
                String body = bodyOf.apply(i);
                futures.add(pool.submit(() -> http.send(HttpRequest.newBuilder(articles)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString())));
            }
            List<HttpResponse<String>> responses = new ArrayList<>();
            for (Future<HttpResponse<String>> f : futures) {
                responses.add(f.get());
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertAllCreated(List<HttpResponse<String>> responses) {
        Map<Integer, Long> statuses = responses.stream().collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting()));
        assertEquals(Map.of(201, (long) REPORTS), statuses,
                "every distinct article is stored once; first failure: " + responses.stream()
                        .filter(r -> r.statusCode() != 201).map(HttpResponse::body).findFirst().orElse("none"));
    }

    @Test
    void parallelReportsOfOneEventEndAsOneEventWithEverySource() throws Exception {
        List<HttpResponse<String>> responses = postInParallel(i -> "{\"publishedAt\": \"2016-02-24\", \"text\": "
                + "\"قال وزير الخارجية الروسي سيرغي لافروف يوم الثلاثاء 23 شباط 2016 إن الحل السياسي في سوريا ممكن. رمز التقرير " + code(i) + "\"}");
        assertAllCreated(responses);
        Set<List<String>> eventIds = new HashSet<>();
        for (HttpResponse<String> r : responses) {
            eventIds.add(JsonPath.from(r.body()).getList("eventIds", String.class));
        }
        assertEquals(1, eventIds.size(), "every report lands in the same events, whatever the order of arrival: " + eventIds);
        List<String> ids = eventIds.iterator().next();
        assertTrue(ids.stream().anyMatch(id -> id.startsWith("statement-sergey-lavrov-")), ids.toString());
        for (String id : ids) {
            // Every concurrent ingest counted its source into the event's summary.
            given().get("/api/v1/events/" + id).then().statusCode(200).body("sourceCount", equalTo(REPORTS));
            given().queryParam("size", 500).get("/api/v1/events/" + id + "/sources").then().statusCode(200)
                    .body("total", equalTo(REPORTS)).body("items", hasSize(REPORTS));
        }
    }

    @Test
    void parallelUndatedWordsOfOneSpeakerGetDistinctIdsWithoutFailures() throws Exception {
        List<HttpResponse<String>> responses = postInParallel(i -> "{\"text\": "
                + "\"قال المبعوث الأممي ستيفان دي ميستورا إن المفاوضات صعبة لكنها مستمرة. رمز التقرير " + code(i) + "\"}");
        assertAllCreated(responses);
        List<String> eventIds = new ArrayList<>();
        for (HttpResponse<String> r : responses) {
            eventIds.addAll(JsonPath.from(r.body()).getList("eventIds", String.class));
        }
        assertEquals(REPORTS, eventIds.size(), "each article states one undated statement");
        assertEquals(REPORTS, new HashSet<>(eventIds).size(), "undated words in different articles are not merged, and no id is given twice");
        assertTrue(eventIds.stream().allMatch(id -> id.startsWith("statement-staffan-de-mistura-undated")), eventIds.toString());
    }

    @Test
    void theSameTextPostedInParallelIsStoredOnce() throws Exception {
        String body = "{\"text\": \"قال المبعوث الأممي ستيفان دي ميستورا إن جولة جديدة من المحادثات ستعقد قريبا. رمز " + code(7777) + "\"}";
        List<HttpResponse<String>> responses = postInParallel(i -> body);
        Map<Integer, Long> statuses = responses.stream().collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting()));
        assertEquals(Map.of(201, 1L, 200, (long) REPORTS - 1), statuses);
        assertEquals(1, responses.stream().map(r -> JsonPath.from(r.body()).getString("id")).distinct().count());
    }
}
