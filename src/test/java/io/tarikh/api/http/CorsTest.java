package io.tarikh.api.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Default CORS: any origin may read; a cross-origin write does not pass its preflight. */
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
    void sameOriginWritesPassButCrossOriginOnesDoNot() {
        String body = "{\"text\": \"أمس الاثنين\", \"anchor\": \"2017-06-27\"}";
        // What the desk at / sends: its own origin (scheme and Host of the request).
        String self = "http://localhost:" + io.restassured.RestAssured.port;
        given().header("Origin", self).contentType("application/json").body(body).post("/api/v1/resolve")
                .then().statusCode(200).body("expressions[0].date.value", equalTo("2017-06-26"));
        given().header("Origin", ORIGIN).contentType("application/json").body(body).post("/api/v1/resolve")
                .then().statusCode(403).contentType("application/problem+json");
    }
}
