package io.tarikh.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Bad input is a 4xx problem naming the field at fault, never a 500 and never stored. */
@QuarkusTest
class InputLimitsTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String TEXT = "قال مصدر في الخارجية اليوم إن الوفد يصل غدا إلى جنيف. ";

    private static ValidatableResponse postRaw(String path, String body) {
        return given().contentType("application/json").body(body.getBytes(StandardCharsets.UTF_8)).post(path).then();
    }

    private static ValidatableResponse post(String path, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post(path).then();
    }

    private static Map<String, Object> article(String field, Object value) {
        Map<String, Object> body = new HashMap<>(Map.of("text", TEXT + System.nanoTime()));
        body.put(field, value);
        return body;
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"text\": 123}", "{\"text\": 1.5}", "{\"text\": true}", "{\"text\": [\"a\"]}", "{\"text\": {}}"})
    void aTextThatIsNoStringIsRefusedNotCoerced(String body) {
        postRaw("/api/v1/articles", body).statusCode(400).contentType(PROBLEM).body("parameter", equalTo("text"));
        postRaw("/api/v1/resolve", body).statusCode(400).contentType(PROBLEM).body("parameter", equalTo("text"));
    }

    @Test
    void otherFieldsAreNotCoercedEither() {
        postRaw("/api/v1/articles", "{\"text\": \"" + TEXT + "\", \"publishedAt\": 20170627}")
                .statusCode(400).contentType(PROBLEM).body("parameter", equalTo("publishedAt"));
        postRaw("/api/v1/resolve", "{\"text\": \"" + TEXT + "\", \"anchor\": 20170627}")
                .statusCode(400).contentType(PROBLEM).body("parameter", equalTo("anchor"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "[{\"text\": \"x\"}]", "\"text\"", "42"})
    void aBodyThatIsNoObjectSaysSo(String body) {
        postRaw("/api/v1/articles", body).statusCode(400).contentType(PROBLEM)
                .body("detail", equalTo("the request body must be a JSON object"));
    }

    @Test
    void malformedJsonAndDuplicateKeysAreNotWellFormed() {
        postRaw("/api/v1/articles", "{\"text\": ").statusCode(400).contentType(PROBLEM)
                .body("detail", equalTo("the request body is not well-formed JSON"));
        postRaw("/api/v1/articles", "{\"text\": \"" + TEXT + "\", \"text\": \"other\"}").statusCode(400).contentType(PROBLEM);
    }

    @Test
    void unknownFieldsAreStillIgnored() {
        post("/api/v1/articles", article("source", Map.of("name", "x"))).statusCode(201);
    }

    @ParameterizedTest
    @ValueSource(strings = {"😀😀😀", "!!! ... ؟؟", "\u0000\u0000", "\u200F\u200E\u202B", " \t\n ", "\u064B\u0651"})
    void textsWithoutLettersOrDigitsAre422(String text) {
        // Blank ones stay the 400 of a missing text; the rest have content but nothing to analyse.
        int status = text.isBlank() ? 400 : 422;
        post("/api/v1/articles", Map.of("text", text)).statusCode(status).contentType(PROBLEM).body("parameter", equalTo("text"));
        post("/api/v1/resolve", Map.of("text", text)).statusCode(status).contentType(PROBLEM).body("parameter", equalTo("text"));
    }

    @Test
    void titleUrlAndLanguageAreBounded() {
        post("/api/v1/articles", article("title", "ع".repeat(1001))).statusCode(400).contentType(PROBLEM).body("parameter", equalTo("title"));
        post("/api/v1/articles", article("title", "ع".repeat(1000))).statusCode(201);
        post("/api/v1/articles", article("url", "https://example.com/" + "a".repeat(1990))).statusCode(400).body("parameter", equalTo("url"));
        for (String url : new String[] {"example.com/a", "/relative/path", "ftp://example.com/a", "javascript:alert(1)", "http://", "http://exa mple.com/"}) {
            post("/api/v1/articles", article("url", url)).statusCode(400).contentType(PROBLEM).body("parameter", equalTo("url"));
        }
        post("/api/v1/articles", article("url", "HTTPS://example.com/news/1?x=1")).statusCode(201);
        for (String language : new String[] {"ar-Arab-SY-u-nu-arab", "arabic_SY", "a", "ar--SY", "12"}) {
            post("/api/v1/articles", article("language", language)).statusCode(400).contentType(PROBLEM).body("parameter", equalTo("language"));
        }
        post("/api/v1/articles", article("language", "ar-SY")).statusCode(201).body("language", equalTo("ar-SY"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+999999999-12-31", "-999999999-01-01", "1899-12-31", "2101-01-01"})
    void datesOutsideTheSupportedRangeAre400(String date) {
        post("/api/v1/articles", article("publishedAt", date)).statusCode(400).contentType(PROBLEM)
                .body("parameter", equalTo("publishedAt")).body("detail", containsString("1900-01-01"));
        post("/api/v1/resolve", Map.of("text", "قال الوزير غدا في رمضان المقبل", "anchor", date)).statusCode(400).contentType(PROBLEM)
                .body("parameter", equalTo("anchor"));
        for (String filter : new String[] {"from", "to"}) {
            given().queryParam(filter, date).get("/api/v1/events").then().statusCode(400).contentType(PROBLEM).body("parameter", equalTo(filter));
            given().queryParam(filter, date).get("/api/v1/timeline/timelinejs").then().statusCode(400).contentType(PROBLEM).body("parameter", equalTo(filter));
            given().queryParam(filter, date).get("/api/v1/timeline/vis").then().statusCode(400).contentType(PROBLEM).body("parameter", equalTo(filter));
            given().queryParam(filter, date).get("/api/v1/events/histogram").then().statusCode(400).body("parameter", equalTo(filter));
        }
    }

    @Test
    void theEndsOfTheRangeAreAccepted() {
        post("/api/v1/resolve", Map.of("text", "قال الوزير غدا إن الوفد يصل في رمضان المقبل", "anchor", "2100-12-31")).statusCode(200);
        post("/api/v1/resolve", Map.of("text", "قال الوزير أمس إن الوفد وصل في رمضان الماضي", "anchor", "1900-01-01")).statusCode(200);
        given().queryParam("from", "1900-01-01").queryParam("to", "2100-12-31").get("/api/v1/events").then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/articles", "/api/v1/events", "/api/v1/actors", "/api/v1/timeline/timelinejs", "/api/v1/timeline/vis"})
    void pageTimesSizeMustFitAnInt(String list) {
        given().queryParam("page", Integer.MAX_VALUE).queryParam("size", 500).get(list)
                .then().statusCode(400).contentType(PROBLEM).body("parameter", equalTo("page"));
        given().queryParam("page", 4_294_967).queryParam("size", 500).get(list)
                .then().statusCode(400).contentType(PROBLEM).body("parameter", equalTo("page"));
        // The largest page accepted is beyond the rows: an empty page, and links that stay ints.
        given().queryParam("page", (Integer.MAX_VALUE - 500) / 500).queryParam("size", 500).get(list)
                .then().statusCode(200).header("Link", not(containsString("page=-")));
        given().queryParam("page", Integer.MAX_VALUE - 1).queryParam("size", 1).get(list)
                .then().statusCode(200).header("Link", containsString("rel=\"prev\""));
    }

    @Test
    void resolveTakesAtMost20KbOfText() {
        String word = "سوريا ";  // 11 bytes
        post("/api/v1/resolve", Map.of("text", word.repeat(20480 / 11))).statusCode(200);
        post("/api/v1/resolve", Map.of("text", word.repeat(20480 / 11 + 1))).statusCode(413).contentType(PROBLEM)
                .body("parameter", equalTo("text")).body("detail", containsString("20480"));
        // Articles keep their 200 KB.
        post("/api/v1/articles", Map.of("text", word.repeat(20480 / 11 + 1) + System.nanoTime())).statusCode(201);
    }
}
