package io.tarikh.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
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
}
