package io.tarikh.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.RestAssured;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MetricsTest {

    @Test
    void prometheusExposesHttpHistogramsAndPipelineMetrics() {
        given().contentType(ContentType.JSON).body(Map.of("text", "نص لعداد المقالات " + System.nanoTime()))
                .post("/api/v1/articles").then().statusCode(201);
        given().get("/api/v1/articles?size=1").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("tarikh_articles_ingested_total"))
                .body(containsString("tarikh_events_extracted_total"))
                .body(containsString("tarikh_extraction_seconds_count"))
                .body(containsString("http_server_requests_seconds_bucket{"))
                .body(containsString("uri=\"/api/v1/articles\""));
    }

    /**
     * Junk requests must not each become a uri tag: Micrometer keeps at most 100 uri values, after
     * which real routes were no longer recorded. OPTIONS, 405 and malformed paths used to be
     * tagged with their raw path.
     */
    @Test
    void junkRequestsShareOneUriTagAndRealRoutesStayRecorded() throws IOException {
        for (int i = 0; i < 100; i++) {
            given().options("/api/v1/articles/junk-" + i + "/x" + i).then().statusCode(404);
            given().put("/api/v1/articles/junk-" + i).then().statusCode(405); // DELETE is a route now (a 404 here)
            assertTrue(raw("GET /junk-" + i + "%ZZ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").startsWith("HTTP/1.1 400"));
        }
        String before = given().get("/q/metrics").then().extract().asString();
        given().get("/api/v1/events/histogram?interval=year").then().statusCode(200);
        String after = given().get("/q/metrics").then().statusCode(200).extract().asString();
        String series = "http_server_requests_seconds_count{method=\"GET\",outcome=\"SUCCESS\",status=\"200\",uri=\"/api/v1/events/histogram\"}";
        org.junit.jupiter.api.Assertions.assertEquals(count(before, series) + 1, count(after, series), series);
        Set<String> uris = new TreeSet<>();
        Matcher m = Pattern.compile("http_server_requests_seconds_count\\{[^}]*uri=\"([^\"]*)\"").matcher(after);
        while (m.find()) {
            uris.add(m.group(1));
        }
        org.junit.jupiter.api.Assertions.assertTrue(uris.size() < 20 && uris.stream().noneMatch(u -> u.contains("junk")), uris.toString());
        org.junit.jupiter.api.Assertions.assertTrue(uris.contains("/UNMATCHED") && uris.contains("/api/v1/articles/{id}"), uris.toString());
    }

    /** REST Assured refuses to send a malformed URI; a socket does not. */
    private static String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static double count(String metrics, String series) {
        int at = metrics.indexOf(series + " ");
        return at < 0 ? 0 : Double.parseDouble(metrics.substring(at + series.length() + 1, metrics.indexOf('\n', at)).strip());
    }
}
