package io.tarikh.api.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/**
 * JSON is compressed for clients that accept it, and the ETag stays right: weak (one tag for
 * every content-coding of a body, RFC 9110 8.8.3), so a 304 works whichever encoding was cached.
 */
@QuarkusTest
class CompressionTest {

    private static final String PAGE = "/api/v1/events?size=20";

    private static Response get(String encoding, String ifNoneMatch) {
        var request = given().config(RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()))
                .header("Accept-Encoding", encoding);
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return request.get(PAGE);
    }

    @Test
    void jsonIsGzippedForClientsThatAcceptItAndSentAsIsOtherwise() {
        Response gzip = get("gzip", null);
        gzip.then().statusCode(200).header("Content-Encoding", "gzip").header("Vary", containsString("Accept-Encoding"));
        Response identity = get("identity", null);
        identity.then().statusCode(200).header("Content-Encoding", nullValue());
        org.junit.jupiter.api.Assertions.assertTrue(gzip.asByteArray().length * 3 < identity.asByteArray().length,
                "gzip " + gzip.asByteArray().length + " bytes, identity " + identity.asByteArray().length);
        // REST Assured decodes by default: the same JSON either way.
        assertEquals(given().header("Accept-Encoding", "identity").get(PAGE).asString(), given().header("Accept-Encoding", "gzip").get(PAGE).asString());
    }

    @Test
    void theEtagIsWeakAndTheSameForEveryEncoding() {
        String gzipTag = get("gzip", null).then().header("ETag", matchesPattern("W/\"[A-Za-z0-9_-]{43}\"")).extract().header("ETag");
        String identityTag = get("identity", null).then().extract().header("ETag");
        assertEquals(gzipTag, identityTag);
        get("gzip", identityTag).then().statusCode(304).header("ETag", equalTo(gzipTag));
        get("identity", gzipTag).then().statusCode(304);
    }

    @Test
    void problemsStayProblemsForClientsThatAcceptGzip() {
        // Quarkus REST compresses what resource methods produce; a problem (a few hundred bytes) is sent as is.
        given().header("Accept-Encoding", "gzip").queryParam("size", 0).get("/api/v1/events")
                .then().statusCode(400).contentType("application/problem+json").body("parameter", equalTo("size"));
    }
}
