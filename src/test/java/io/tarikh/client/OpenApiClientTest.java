package io.tarikh.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.tarikh.client.api.ArticlesApi;
import io.tarikh.client.api.EventsApi;
import io.tarikh.client.api.TimelineApi;
import io.tarikh.client.model.AnchorSource;
import io.tarikh.client.model.Article;
import io.tarikh.client.model.ArticlePage;
import io.tarikh.client.model.ArticleRequest;
import io.tarikh.client.model.Event;
import io.tarikh.client.model.EventPage;
import io.tarikh.client.model.EventStatus;
import io.tarikh.client.model.EventType;
import io.tarikh.client.model.TimelineJsDocument;
import io.tarikh.client.model.VisTimeline;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A client generated at build time from the committed openapi/openapi.yaml (package
 * io.tarikh.client, see the openapi-generator plugin in pom.xml) talks to the running service:
 * what other teams generate from the document works against what the service does.
 * New endpoints get their own generated *Api class (one per OpenAPI tag) on the next build.
 */
@QuarkusTest
class OpenApiClientTest {

    @TestHTTPResource("/")
    URI root;

    ApiClient client;

    @BeforeEach
    void connect() {
        client = new ApiClient();
        client.updateBaseUri(root.toString().replaceAll("/$", ""));
    }

    @Test
    void postAnArticleAndReadItBack() throws ApiException {
        ArticlesApi articles = new ArticlesApi(client);
        String text = "قال المتحدث باسم الخارجية الروسية اليوم الأربعاء إن الجولة المقبلة من محادثات أستانة ستعقد في موعدها.";
        ApiResponse<Article> created = articles.createArticleWithHttpInfo(new ArticleRequest()
                .text(text).title("محادثات أستانة").publishedAt(LocalDate.of(2017, 6, 28)).url("https://example.com/astana"));
        assertEquals(201, created.getStatusCode());
        Article article = created.getData();
        assertNotNull(article.getId());
        assertTrue(created.getHeaders().get("location").get(0).endsWith("/api/v1/articles/" + article.getId()));
        assertEquals(AnchorSource.PROVIDED, article.getPublishedAt().getSource());
        assertEquals(LocalDate.of(2017, 6, 28), article.getPublishedAt().getDate());

        Article read = articles.getArticle(article.getId(), null);
        assertEquals(article.getId(), read.getId());
        assertEquals("محادثات أستانة", read.getTitle());
        assertEquals(text, read.getText());

        ApiResponse<Article> again = articles.createArticleWithHttpInfo(new ArticleRequest().text(text));
        assertEquals(200, again.getStatusCode());
        assertEquals(article.getId(), again.getData().getId());
    }

    @Test
    void listArticles() throws ApiException {
        ArticlePage page = new ArticlesApi(client).listArticles(0, 2, null);
        assertEquals(0, page.getPage());
        assertEquals(2, page.getSize());
        assertEquals(2, page.getItems().size());
        assertTrue(page.getTotal() >= 5);
    }

    @Test
    void readOneSeedArticle() throws ApiException {
        Article seed = new ArticlesApi(client).getArticle("000_929c0f77bcde9703", null);
        assertEquals("ar", seed.getLanguage());
        assertTrue(seed.getText().contains("ميخائيل بوغدانوف"));
        assertTrue(seed.getEventIds().contains("astana-4"), seed.getEventIds()::toString);
        // typed expressions (they were JsonNode): the generated model reads their dates
        assertTrue(seed.getExpressions().stream().anyMatch(e -> e.getDate() != null && e.getDate().getPrecision() != null
                && e.getText() != null && seed.getText().substring(e.getStart(), e.getEnd()).equals(e.getText())), seed.getExpressions()::toString);
    }

    @Test
    void aCurrentEtagIsA304WithoutBody() throws ApiException {
        ArticlesApi articles = new ArticlesApi(client);
        ApiResponse<Article> first = articles.getArticleWithHttpInfo("000_929c0f77bcde9703", null);
        String etag = first.getHeaders().get("etag").get(0);
        // the java 'native' generator raises on any non-2xx, a declared 304 included: the caller reads its code
        ApiException notModified = org.junit.jupiter.api.Assertions.assertThrows(ApiException.class,
                () -> articles.getArticleWithHttpInfo("000_929c0f77bcde9703", etag));
        assertEquals(304, notModified.getCode());
        assertTrue(notModified.getResponseBody() == null || notModified.getResponseBody().isEmpty());
    }

    @Test
    void listEventsByActorAndDateThenReadOne() throws ApiException {
        EventsApi events = new EventsApi(client);
        EventPage page = events.listEvents(List.of("Lavrov"), null, LocalDate.of(2017, 6, 1), null, 0, null, null, null, null, 50, "date", null,
                LocalDate.of(2017, 7, 31), null, null);
        assertFalse(page.getItems().isEmpty());
        for (Event e : page.getItems()) {
            assertTrue(e.getActors().stream().anyMatch(a -> "sergey-lavrov".equals(a.getId())), e::getId);
            assertFalse(e.getDate().getEnd().isBefore(LocalDate.of(2017, 6, 1)), e::getId);
            assertFalse(e.getDate().getStart().isAfter(LocalDate.of(2017, 7, 31)), e::getId);
        }
        Event astana5 = events.getEvent("astana-5", null);
        assertEquals(EventStatus.SCHEDULED, astana5.getStatus());
        assertEquals(LocalDate.of(2017, 7, 4), astana5.getDate().getStart());
        assertTrue(astana5.getSources().size() >= 2);
    }

    @Test
    void eachTimelineFormatIsItsOwnType() throws ApiException {
        TimelineApi timeline = new TimelineApi(client);
        VisTimeline vis = timeline.getVisTimeline(null, null, LocalDate.of(2017, 5, 1), null, "en", null, null, null, null, null, null, null, null,
                LocalDate.of(2017, 5, 31), null, null);
        assertTrue(vis.getItems().stream().anyMatch(i -> i.getId().equals("astana-4") && i.getGroup() == EventType.TALKS), vis::toString);
        assertTrue(vis.getGroups().stream().anyMatch(g -> g.getId() == EventType.TALKS), vis::toString);
        TimelineJsDocument tjs = timeline.getTimelineJs(null, null, LocalDate.of(2017, 5, 1), null, "en", null, null, null, null, null, null, null, null,
                LocalDate.of(2017, 5, 31), null, null);
        assertTrue(tjs.getEvents().stream().anyMatch(e -> e.getUniqueId().equals("astana-4") && e.getStartDate().getDay() == 3), tjs::toString);
    }

    @Test
    void unknownArticleIsAnApiExceptionWithTheProblem() {
        ApiException e = org.junit.jupiter.api.Assertions.assertThrows(ApiException.class,
                () -> new ArticlesApi(client).getArticle("nope", null));
        assertEquals(404, e.getCode());
        assertTrue(e.getResponseBody().contains("\"status\":404"));
    }
    /**
     * Issue 12, item 2: the document marks its vocabularies open, so a client generated with enumUnknownDefaultCase
     * (as this one is) survives a value added after it was generated: the event the service serves, with a status
     * and a type this client does not know, still reads, its unknown values as UNKNOWN_DEFAULT_OPEN_API.
     */
    @Test
    void aValueAddedAfterTheClientWasGeneratedStillReads() throws Exception {
        String served = io.restassured.RestAssured.given().get("/api/v1/events/astana-5").then().statusCode(200).extract().asString();
        assertTrue(served.contains("\"status\":\"SCHEDULED\"") && served.contains("\"type\":\"TALKS\""), served);
        String later = served.replace("\"status\":\"SCHEDULED\"", "\"status\":\"POSTPONED\"").replace("\"type\":\"TALKS\"", "\"type\":\"SUMMIT\"");
        Event event = client.getObjectMapper().readValue(later, Event.class);
        assertEquals("astana-5", event.getId());
        assertEquals(EventStatus.UNKNOWN_DEFAULT_OPEN_API, event.getStatus());
        assertEquals(EventType.UNKNOWN_DEFAULT_OPEN_API, event.getType());
        assertEquals(EventStatus.SCHEDULED, client.getObjectMapper().readValue(served, Event.class).getStatus());
    }
}
