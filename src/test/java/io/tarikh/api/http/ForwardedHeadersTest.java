package io.tarikh.api.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Behind an ingress, with the quarkus.http.proxy settings docs/production.md gives, Link, Location and the
 * exports' links name the address clients used (X-Forwarded-Proto/Host), not the pod's (issue 12, item 4).
 */
@QuarkusTest
@TestProfile(ForwardedHeadersTest.BehindProxy.class)
class ForwardedHeadersTest {

    public static class BehindProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true",
                    "quarkus.http.proxy.enable-forwarded-host", "true",
                    "quarkus.http.proxy.trusted-proxies", "127.0.0.1",
                    "tarikh.seeds.enabled", "false");
        }
    }

    private static final String PUBLIC = "https://tarikh.example.org";

    @Test
    void linksNameTheForwardedAddress() {
        given().header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "tarikh.example.org")
                .queryParam("size", 1).get("/api/v1/events")
                .then().statusCode(200).header("Link", startsWith("<" + PUBLIC + "/api/v1/events?"));
        given().header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "tarikh.example.org")
                .contentType("application/json").body(Map.of("text", "قال وزير الخارجية الروسي سيرغي لافروف أمس إن الحوار ممكن.", "publishedAt", "2013-02-11"))
                .post("/api/v1/articles")
                .then().statusCode(201).header("Location", startsWith(PUBLIC + "/api/v1/articles/"));
        given().header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "tarikh.example.org")
                .queryParam("from", "2013-02-10").queryParam("to", "2013-02-10").get("/api/v1/timeline/vis")
                .then().statusCode(200).body("items[0].sourcesUrl", startsWith(PUBLIC + "/api/v1/events/"));
        // without the headers, the address reached
        given().queryParam("size", 1).get("/api/v1/events").then().header("Link", not(containsString(PUBLIC)));
    }
}
