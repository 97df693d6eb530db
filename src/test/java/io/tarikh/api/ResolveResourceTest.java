package io.tarikh.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ResolveResourceTest {

    private static final String TEXT = "وكان نائب وزير الخارجية الروسي ميخائيل بوغدانوف، أكد الاحد الماضي، أن موسكو تعول على محادثات أستانة5 المقررة يومي الـ 4 والـ 5 من تموز المقبل.";

    @Test
    void resolvesAgainstAProvidedAnchor() {
        String lastSunday = "الاحد الماضي";
        int start = TEXT.indexOf(lastSunday);
        given().contentType(ContentType.JSON).body(Map.of("text", TEXT, "anchor", "2017-06-27"))
                .post("/api/v1/resolve")
                .then().statusCode(200)
                .body("anchor.date", equalTo("2017-06-27"))
                .body("anchor.source", equalTo("PROVIDED"))
                .body("expressions.find { it.text == 'الاحد الماضي' }.start", equalTo(start))
                .body("expressions.find { it.text == 'الاحد الماضي' }.end", equalTo(start + lastSunday.length()))
                .body("expressions.find { it.text == 'الاحد الماضي' }.type", equalTo("DATE"))
                .body("expressions.find { it.text == 'الاحد الماضي' }.date.value", equalTo("2017-06-25"))
                .body("expressions.find { it.text == 'الاحد الماضي' }.date.precision", equalTo("DAY"))
                .body("expressions.find { it.text.contains('تموز') }.date.start", equalTo("2017-07-04"))
                .body("expressions.find { it.text.contains('تموز') }.date.end", equalTo("2017-07-05"))
                .body("expressions.text", not(hasItem(containsString("أستانة5"))))
                .body("expressions.find { it.text == 'الاحد الماضي' }.explanation", containsString("2017-06-25"));
    }

    @Test
    void infersTheAnchorWithEvidenceWhenNoneIsGiven() throws Exception {
        String seed = Files.readString(Path.of("seeds/003_13b42c5a08ef7be2.txt"));
        given().contentType(ContentType.JSON).body(Map.of("text", seed))
                .post("/api/v1/resolve")
                .then().statusCode(200)
                .body("anchor.date", equalTo("2017-07-11"))
                .body("anchor.source", equalTo("INFERRED"))
                .body("anchor.confidence", greaterThan(0.5f))
                .body("anchor.evidence.size()", greaterThan(0));
    }

    @Test
    void resolutionNumbersAreNoDates() {
        given().contentType(ContentType.JSON).body(Map.of("text", "على النحو المنصوص عليه في القرار 2254 الصادر عن مجلس الأمن", "anchor", "2017-06-19"))
                .post("/api/v1/resolve")
                .then().statusCode(200).body("expressions", equalTo(List.of()));
    }

    @Test
    void impossibleAnchorIs400() {
        given().contentType(ContentType.JSON).body(Map.of("text", "أمس الاثنين", "anchor", "2017-02-30"))
                .post("/api/v1/resolve")
                .then().statusCode(400).contentType("application/problem+json").body("parameter", equalTo("anchor"));
    }

    @Test
    void missingTextIs400AndWrongContentTypeIs415() {
        given().contentType(ContentType.JSON).body(Map.of("anchor", "2017-06-27")).post("/api/v1/resolve")
                .then().statusCode(400).body("parameter", equalTo("text"));
        given().contentType(ContentType.TEXT).body("أمس").post("/api/v1/resolve").then().statusCode(415);
        given().contentType(ContentType.JSON).body("{oops").post("/api/v1/resolve").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void seedArticlesGetTheirInferredPublicationDates() {
        Map<String, String> expected = Map.of(
                "000_929c0f77bcde9703", "2017-06-27",
                "002_2b11bf8dcfa4a74c", "2016-05-29",
                "003_13b42c5a08ef7be2", "2017-07-11");
        expected.forEach((id, date) -> given().get("/api/v1/articles/" + id).then()
                .body("publishedAt.date", equalTo(date))
                .body("publishedAt.source", equalTo("INFERRED"))
                .body("expressions.size()", greaterThan(0)));
        // Their texts leave several days open (AnchorInferenceArticlesTest says which): no date, and why.
        for (String id : List.of("001_5338f5e4b209c58c", "004_41894f4126aab709")) {
            given().get("/api/v1/articles/" + id).then()
                    .body("publishedAt.date", nullValue())
                    .body("publishedAt.source", equalTo("INFERRED"))
                    .body("publishedAt.evidence", hasItem(startsWith("not enough evidence")))
                    .body("expressions.size()", greaterThan(0));
        }
    }
}
