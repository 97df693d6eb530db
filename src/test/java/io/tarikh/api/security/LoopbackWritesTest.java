package io.tarikh.api.security;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** No keys configured (the default): the tests talk to the service over 127.0.0.1, so writes pass. */
@QuarkusTest
class LoopbackWritesTest {

    @Test
    void writesFromLoopbackNeedNoKeyWhenNoneIsConfigured() {
        given().contentType(ContentType.JSON).body(Map.of("text", "نص من هذا الجهاز عن محادثات جنيف"))
                .post("/api/v1/articles")
                .then().statusCode(201);
    }
}
