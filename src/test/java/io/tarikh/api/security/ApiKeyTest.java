package io.tarikh.api.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(WithApiKeys.class)
class ApiKeyTest {

    private static final String PROBLEM = "application/problem+json";

    private static Map<String, String> article(String marker) {
        return Map.of("text", "أعلنت وزارة الخارجية اليوم عن جولة محادثات جديدة " + marker);
    }

    @Test
    void missingKeyIs401Problem() {
        given().contentType(ContentType.JSON).body(article("401"))
                .post("/api/v1/articles")
                .then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", containsString("X-API-Key"))
                .body("status", equalTo(401))
                .body("title", equalTo("Unauthorized"))
                .body("type", equalTo("about:blank"))
                .body("instance", equalTo("/api/v1/articles"))
                .body("detail", containsString("X-API-Key"));
    }

    @Test
    void wrongKeyIs403Problem() {
        given().contentType(ContentType.JSON).header("X-API-Key", WithApiKeys.KEY + "x").body(article("403"))
                .post("/api/v1/articles")
                .then().statusCode(403).contentType(PROBLEM)
                .body("status", equalTo(403))
                .body("title", equalTo("Forbidden"))
                .body("detail", not(containsString(WithApiKeys.KEY)));
    }

    @Test
    void rightKeyIsAccepted() {
        given().contentType(ContentType.JSON).header("X-API-Key", WithApiKeys.KEY).body(article("201"))
                .post("/api/v1/articles")
                .then().statusCode(201);
        given().contentType(ContentType.JSON).header("X-API-Key", " other-key ").body(article("201b"))
                .post("/api/v1/articles")
                .then().statusCode(201);
    }

    @Test
    void correctionsAndDeletionsNeedTheKey() {
        String id = given().contentType(ContentType.JSON).header("X-API-Key", WithApiKeys.KEY).body(article("edit"))
                .post("/api/v1/articles").then().statusCode(201).extract().path("id");
        String path = "/api/v1/articles/" + id;
        given().contentType("application/merge-patch+json; charset=UTF-8").body("{\"title\": \"x\"}").patch(path)
                .then().statusCode(401).contentType(PROBLEM);
        given().delete(path).then().statusCode(401).contentType(PROBLEM);
        given().header("X-API-Key", WithApiKeys.KEY + "x").delete(path).then().statusCode(403).contentType(PROBLEM);
        given().get(path).then().statusCode(200).body("title", not(equalTo("x")));
        given().contentType("application/merge-patch+json; charset=UTF-8").header("X-API-Key", WithApiKeys.KEY).body("{\"title\": \"x\"}")
                .patch(path).then().statusCode(200).body("title", equalTo("x"));
        given().header("X-API-Key", WithApiKeys.KEY).delete(path).then().statusCode(204);
    }

    @Test
    void readsNeedNoKey() {
        given().get("/api/v1/articles").then().statusCode(200);
        given().get("/api/v1/articles/000_929c0f77bcde9703").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);
    }
}
