package io.tarikh.desk;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The desk as ./mvnw package bundles it: index.html at /, revalidated; its hashed bundles cached. */
@QuarkusTest
class DeskServedTest {

    @Test
    void indexIsServedAtRootAndRevalidatedEachTime() {
        for (String path : new String[] {"/", "/index.html"}) {
            given().get(path).then().statusCode(200)
                    .contentType(containsString("text/html"))
                    .header("Cache-Control", equalTo("no-cache"))
                    .body(containsString("<html lang=\"ar\" dir=\"rtl\">"))
                    // Everything from this service: no script or style from another host.
                    .body(not(containsString("src=\"http")), not(containsString("href=\"http")), not(containsString("//cdn")));
        }
    }

    @Test
    void bundlesAreNamedByContentAndCachedLong() {
        String index = given().get("/").then().extract().asString();
        for (String kind : new String[] {"js", "css"}) {
            Matcher bundle = Pattern.compile("\"(desk(?:-style)?-\\w+\\." + kind + ")\"").matcher(index);
            org.junit.jupiter.api.Assertions.assertTrue(bundle.find(), "index.html names a hashed ." + kind + " bundle");
            given().get("/" + bundle.group(1)).then().statusCode(200)
                    .header("Cache-Control", containsString("max-age"))
                    .header("Cache-Control", not(containsString("no-cache")));
        }
    }

    @Test
    void theApiIsUntouchedByThePage() {
        given().get("/api/v1/events?size=1").then().statusCode(200).header("Cache-Control", not(equalTo("no-cache")));
    }
}
