package io.tarikh.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * An event reported by five articles: lists and the event itself show its count and three of its
 * sources (earliest, dating, latest); GET /api/v1/events/{id}/sources pages through all of them.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventSourcesTest {

    private static final String PROBLEM = "application/problem+json";
    /** Publication days in the order the articles are posted: the first one posted dates the event, neither earliest nor latest. */
    private static final List<String> PUBLISHED = List.of("2021-01-15", "2021-01-13", "2021-01-17", "2021-01-14", "2021-01-16");

    private final List<String> articles = new ArrayList<>();
    private String event;

    /** Once per class, but in a @BeforeEach: REST Assured knows the test port only from then on. */
    @BeforeEach
    void oneEventFiveReports() {
        if (event != null) {
            return;
        }
        for (int i = 0; i < PUBLISHED.size(); i++) {
            String text = "قال وزير الخارجية الروسي سيرغي لافروف يوم الثلاثاء 12 كانون الثاني 2021 إن الحوار مع أنقرة مستمر. رقم البيان "
                    + (7100 + i);
            JsonPath answer = given().contentType(ContentType.JSON).body(Map.of("text", text, "publishedAt", PUBLISHED.get(i)))
                    .post("/api/v1/articles").then().statusCode(201).extract().jsonPath();
            articles.add(answer.getString("id"));
            List<String> ids = answer.getList("eventIds");
            if (event == null) {
                event = ids.get(0);
            }
            assertEquals(event, ids.get(0), "every report joins the same event");
        }
    }

    private String publishedOn(String day) {
        return articles.get(PUBLISHED.indexOf(day));
    }

    @Test
    void theEventShowsItsCountAndItsEarliestDatingAndLatestSources() {
        given().get("/api/v1/events/" + event).then().statusCode(200)
                .body("sourceCount", equalTo(5))
                .body("sourcesUrl", equalTo("/api/v1/events/" + event + "/sources"))
                .body("sources", hasSize(3))
                .body("sources.reportedOn", equalTo(List.of("2021-01-13", "2021-01-15", "2021-01-17")))
                .body("sources[0].articleId", equalTo(publishedOn("2021-01-13")))
                .body("sources[0].roles", equalTo(List.of("EARLIEST")))
                .body("sources[1].articleId", equalTo(publishedOn("2021-01-15")))
                .body("sources[1].roles", equalTo(List.of("DATING")))
                .body("sources[2].articleId", equalTo(publishedOn("2021-01-17")))
                .body("sources[2].roles", equalTo(List.of("LATEST")));
    }

    @Test
    void listsShowTheSameBoundedSources() {
        given().queryParam("article", publishedOn("2021-01-14")).get("/api/v1/events").then().statusCode(200)
                .body("items.id", hasItem(event))
                .body("items.find { it.id == '" + event + "' }.sourceCount", equalTo(5))
                .body("items.find { it.id == '" + event + "' }.sources", hasSize(3))
                .body("items.sources.flatten().size()", lessThanOrEqualTo(3 * 50));
        given().queryParam("from", "2021-01-12").queryParam("to", "2021-01-12").get("/api/v1/timeline/timelinejs")
                .then().statusCode(200)
                .body("events.find { it.unique_id == '" + event + "' }.text.text", containsString(publishedOn("2021-01-17")))
                .body("events.find { it.unique_id == '" + event + "' }.text.text", not(containsString(publishedOn("2021-01-14"))));
    }

    @Test
    void theSourcesArePagedInReportOrder() {
        JsonPath first = given().queryParam("size", 2).get("/api/v1/events/" + event + "/sources").then().statusCode(200)
                .header("Link", containsString("rel=\"next\""))
                .header("Link", containsString("/api/v1/events/" + event + "/sources?"))
                .body("total", equalTo(5)).body("page", equalTo(0)).body("size", equalTo(2))
                .body("items", hasSize(2))
                .extract().jsonPath();
        assertEquals(List.of("2021-01-13", "2021-01-14"), first.getList("items.reportedOn"));
        assertEquals(List.of("EARLIEST"), first.getList("items[0].roles"));
        assertEquals(List.of(), first.getList("items[1].roles"));
        given().queryParam("size", 2).queryParam("page", 2).get("/api/v1/events/" + event + "/sources").then().statusCode(200)
                .header("Link", not(containsString("rel=\"next\"")))
                .body("items.reportedOn", equalTo(List.of("2021-01-17")))
                .body("items[0].roles", equalTo(List.of("LATEST")));
        given().queryParam("size", 2).queryParam("page", 9).get("/api/v1/events/" + event + "/sources").then().statusCode(200)
                .body("items", empty()).body("total", equalTo(5));
    }

    @Test
    void theSourcesOfOneArticle() {
        String article = publishedOn("2021-01-16");
        given().queryParam("article", article).get("/api/v1/events/" + event + "/sources").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items.articleId", everyItem(equalTo(article)))
                .body("items[0].quote", containsString("لافروف"))
                .body("items[0].date.start", equalTo("2021-01-12"));
        given().queryParam("article", "no-such-article").get("/api/v1/events/" + event + "/sources").then().statusCode(200)
                .body("total", equalTo(0)).body("items", empty());
    }

    @Test
    void anUnknownEventIs404AndBadPagingOrArticleIs400NamingIt() {
        given().get("/api/v1/events/no-such-event/sources").then().statusCode(404).contentType(PROBLEM).body("status", equalTo(404));
        given().queryParam("size", 0).get("/api/v1/events/" + event + "/sources").then().statusCode(400).contentType(PROBLEM)
                .body("parameter", equalTo("size"));
        given().queryParam("size", 501).get("/api/v1/events/" + event + "/sources").then().statusCode(400).body("parameter", equalTo("size"));
        given().queryParam("page", -1).get("/api/v1/events/" + event + "/sources").then().statusCode(400).body("parameter", equalTo("page"));
        given().queryParam("page", "x").get("/api/v1/events/" + event + "/sources").then().statusCode(400).body("parameter", equalTo("page"));
        given().queryParam("article", "a".repeat(101)).get("/api/v1/events/" + event + "/sources").then().statusCode(400).contentType(PROBLEM)
                .body("parameter", equalTo("article"));
        given().queryParam("article", "a".repeat(101)).get("/api/v1/events").then().statusCode(400).body("parameter", equalTo("article"));
    }

    @Test
    void theSourcesPathIsRelativeSoTheBodyDoesNotDependOnTheHost() {
        given().header("Host", "example.org").get("/api/v1/events/" + event).then().statusCode(200)
                .body("sourcesUrl", endsWith("/sources")).body("sourcesUrl", not(containsString("example.org")));
    }
}
