package io.tarikh.api.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Default CORS: any origin may read and POST to /resolve (it stores nothing); any other cross-origin
 * write is refused with a problem, preflight or not; every answer varies on Origin (issue 12, item 4).
 */
@QuarkusTest
class CorsTest {

    private static final String ORIGIN = "https://newsroom.example";

    @Test
    void anyOriginMayRead() {
        given().header("Origin", ORIGIN).get("/api/v1/articles?size=1")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(ORIGIN))
                .header("Access-Control-Expose-Headers", containsString("ETag"));
        given().header("Origin", ORIGIN).header("Access-Control-Request-Method", "GET")
                .options("/api/v1/articles")
                .then().statusCode(200)
                .header("Access-Control-Allow-Methods", containsString("GET"));
    }

    @Test
    void crossOriginWritesFailThePreflight() {
        given().header("Origin", ORIGIN).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .options("/api/v1/articles")
                .then()
                .header("Access-Control-Allow-Methods", anyOf(nullValue(), not(containsString("POST"))));
    }

    @Test
    void crossOriginWritesAreRefusedWithAProblem() {
        given().header("Origin", ORIGIN).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .options("/api/v1/articles")
                .then().statusCode(403).contentType("application/problem+json").body("status", equalTo(403))
                .header("Vary", containsString("Origin"));
        given().header("Origin", ORIGIN).contentType("application/json").body("{\"text\": \"x\"}").post("/api/v1/articles")
                .then().statusCode(403).contentType("application/problem+json").body("detail", containsString("cross-origin POST"));
        given().header("Origin", ORIGIN).contentType("application/merge-patch+json").body("{}").patch("/api/v1/articles/000_929c0f77bcde9703")
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Origin", "null").get("/api/v1/events?size=1").then().statusCode(200);
    }

    @Test
    void resolveIsCallableCrossOrigin() {
        given().header("Origin", ORIGIN).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .options("/api/v1/resolve")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(ORIGIN))
                .header("Access-Control-Allow-Methods", containsString("POST"))
                .header("Access-Control-Allow-Headers", containsString("Content-Type"))
                .header("Vary", containsString("Origin"));
        given().header("Origin", ORIGIN).contentType("application/json")
                .body(java.util.Map.of("text", "قال الوزير أمس إن المحادثات مستمرة", "anchor", "2017-06-27")).post("/api/v1/resolve")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(ORIGIN))
                .header("Vary", containsString("Origin"))
                .body("expressions[0].date.value", equalTo("2017-06-26"));
    }

    @Test
    void everyAnswerVariesOnOrigin() {
        // with and without Origin, cached or not, errors too: the Allow-Origin header differs between them
        for (String path : new String[] {"/api/v1/events?size=1", "/api/v1/timeline/vis?size=1", "/api/v1/events/nope", "/api/v1/events?size=0"}) {
            given().get(path).then().header("Vary", containsString("Origin"));
            given().header("Origin", ORIGIN).get(path).then().header("Vary", containsString("Origin"))
                    .header("Access-Control-Allow-Origin", equalTo(ORIGIN));
        }
        // one Vary header keeps what the caching filter varies on
        given().get("/api/v1/events?size=1").then().header("Vary", containsString("Accept-Encoding"));
    }

    @Test
    void sameOriginWritesPassButCrossOriginOnesDoNot() {
        // What the desk at / sends: its own origin (scheme and Host of the request); an article post from
        // there is a write of the service's own page, not a cross-origin one.
        String self = "http://localhost:" + io.restassured.RestAssured.port;
        given().header("Origin", self).contentType("application/json").body("{\"text\": \"أمس الاثنين\", \"anchor\": \"2017-06-27\"}")
                .post("/api/v1/resolve").then().statusCode(200).body("expressions[0].date.value", equalTo("2017-06-26"));
        given().header("Origin", self).contentType("application/json").body("{}").post("/api/v1/articles")
                .then().statusCode(400).contentType("application/problem+json");
        given().header("Origin", ORIGIN).contentType("application/json").body("{}").post("/api/v1/articles")
                .then().statusCode(403).contentType("application/problem+json");
    }
}
