package io.tarikh.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, items 1, 3 and 6 over HTTP: how each actor and place of an event is known and its role,
 * per source; where an event's date came from; the place hierarchy, spelling-insensitive names and
 * q, unknown names, near spellings, undated events and report dates in queries.
 */
@QuarkusTest
class TrustedEventsTest {

    /** Posts an article; returns its id. */
    private static String post(String text, String publishedAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("text", text);
        if (publishedAt != null) {
            body.put("publishedAt", publishedAt);
        }
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/articles").then().statusCode(201).extract().path("id");
    }

    private static JsonPath article(String id) {
        return given().get("/api/v1/articles/{id}", id).then().statusCode(200).extract().jsonPath();
    }

    /** The one event of the article whose id starts with {@code prefix}. */
    private static String eventOf(String articleId, String prefix) {
        List<String> ids = article(articleId).getList("eventIds");
        return ids.stream().filter(id -> id.startsWith(prefix)).findFirst().orElseThrow(() -> new AssertionError(prefix + " in " + ids));
    }

    private static JsonPath event(String id) {
        return given().get("/api/v1/events/{id}", id).then().statusCode(200).extract().jsonPath();
    }

    private static List<String> found(Map<String, ?> query) {
        return given().queryParams(query).queryParam("size", 500).get("/api/v1/events").then().statusCode(200).extract().path("items.id");
    }

    @Test
    void aNamedSpeakerIsTextWithItsSpanAndItsRole() {
        String text = "قال وزير الخارجية الروسي سيرغي لافروف يوم الاثنين 14 تشرين الأول 2019 إن الوضع في مدينة سراقب يتطلب حلا سياسيا.";
        String articleId = post(text, "2019-10-15");
        String cleaned = article(articleId).getString("text");
        String id = eventOf(articleId, "statement-");
        JsonPath e = event(id);
        Map<String, Object> lavrov = e.getMap("actors.find { it.id == 'sergey-lavrov' }");
        assertNotNull(lavrov, e.prettify());
        assertEquals("TEXT", lavrov.get("basis"));
        assertEquals(List.of("SPEAKER"), lavrov.get("roles"));
        assertEquals(1, ((Number) lavrov.get("textSources")).intValue());
        Map<String, Object> inSource = e.getMap("sources[0].actors.find { it.id == 'sergey-lavrov' }");
        assertEquals("SPEAKER", inSource.get("role"));
        String name = cleaned.substring((Integer) inSource.get("start"), (Integer) inSource.get("end"));
        assertEquals("سيرغي لافروف", name);
        // the place it names: in the text, with the places containing it
        Map<String, Object> saraqib = e.getMap("places.find { it.id == 'saraqib' }");
        assertNotNull(saraqib, e.prettify());
        assertEquals("TEXT", saraqib.get("basis"));
        assertEquals(List.of("idlib-governorate", "syria"), saraqib.get("within"));
        Map<String, Object> placeInSource = e.getMap("sources[0].places.find { it.id == 'saraqib' }");
        assertEquals("سراقب", cleaned.substring((Integer) placeInSource.get("start"), (Integer) placeInSource.get("end")));
        // the date: this source's expression
        assertEquals("TEXT", e.getString("dateOrigin.basis"));
        assertEquals(articleId, e.getString("dateOrigin.articleId"));
        assertNotNull(e.get("dateOrigin.expression"), e.prettify());
        assertFalse(e.getBoolean("dateOrigin.conflict"));
        // the source's article: its publication date, given
        assertEquals("2019-10-15", e.getString("sources[0].publicationDate"));
        assertFalse(e.getBoolean("sources[0].publicationDateInferred"));
    }

    @Test
    void participantsOfTheReferenceEventTheSentenceDoesNotNameAreKnowledge() {
        String articleId = post("انطلقت في العاصمة الكازاخية اليوم الجولة الرابعة من محادثات أستانا بحضور وفد الحكومة السورية.", "2017-05-03");
        JsonPath sources = given().queryParam("article", articleId).get("/api/v1/events/astana-4/sources").then().statusCode(200)
                .extract().jsonPath();
        assertEquals("KNOWLEDGE", sources.getString("items[0].actors.find { it.id == 'iran' }.basis"), sources.prettify());
        assertEquals("KNOWLEDGE", sources.getString("items[0].actors.find { it.id == 'turkey' }.basis"));
        assertEquals("TEXT", sources.getString("items[0].actors.find { it.id == 'syrian-government' }.basis"), sources.prettify());
        assertEquals("VENUE", sources.getString("items[0].places.find { it.id == 'astana' }.role"), sources.prettify());
        JsonPath e = event("astana-4");
        assertEquals("REFERENCE_EVENT", e.getString("dateOrigin.basis"));
        assertEquals("astana-4", e.getString("dateOrigin.referenceEventId"));
        assertTrue(e.getList("actors.basis").stream().allMatch(b -> "TEXT".equals(b) || "KNOWLEDGE".equals(b)), e.prettify());
    }

    @Test
    void aSourceThatDatesTheEventOtherwiseIsAConflict() {
        long before = event("astana-4").getLong("dateOrigin.conflictingSources");
        String articleId = post("عقدت الجولة الرابعة من محادثات أستانا يوم 10 أيار 2017 بحضور وفد الحكومة السورية.", "2017-05-12");
        JsonPath sources = given().queryParam("article", articleId).get("/api/v1/events/astana-4/sources").then().statusCode(200)
                .extract().jsonPath();
        // this source reports 10 May; the reference chronology dates the round 3-4 May
        assertEquals("2017-05-10", sources.getString("items[0].date.start"), sources.prettify());
        JsonPath e = event("astana-4");
        assertEquals("2017-05-03", e.getString("date.start"));
        assertTrue(e.getBoolean("dateOrigin.conflict"), e.prettify() + sources.prettify());
        assertEquals(before + 1, e.getLong("dateOrigin.conflictingSources"));
    }

    @Test
    void anUndatedStatementIsFoundByADateQueryOnlyWhenAskedFor() {
        String articleId = post("قال المبعوث الأممي ستافان دي ميستورا إن مشاورات جنيف الفنية ستتواصل مع الوفود.", null);
        String id = eventOf(articleId, "statement-");
        JsonPath e = event(id);
        assertNull(e.get("date"), e.prettify());
        assertNull(e.get("dateOrigin"));
        assertNull(e.get("sources[0].publicationDate"));
        Map<String, String> range = Map.of("actor", "staffan-de-mistura", "from", "1990-01-01", "to", "2100-12-31");
        assertFalse(found(range).contains(id));
        Map<String, String> withUndated = new HashMap<>(range);
        withUndated.put("includeUndated", "true");
        assertTrue(found(withUndated).contains(id));
        withUndated.remove("from");
        assertTrue(found(withUndated).contains(id), "to alone");
        given().queryParam("includeUndated", "maybe").get("/api/v1/events").then().statusCode(400)
                .contentType("application/problem+json").body("parameter", equalTo("includeUndated"));
    }

    @Test
    void anInferredPublicationDateIsSaidToBeInferred() {
        String articleId = post("أعلنت وزارة الخارجية التركية أمس الأحد 13 تشرين الأول 2019 أن الوزير مولود جاويش أوغلو بحث مع نظيره الروسي الوضع في منبج.", null);
        assertEquals("INFERRED", article(articleId).getString("publishedAt.source"));
        String day = article(articleId).getString("publishedAt.date");
        JsonPath sources = given().queryParam("article", articleId).get("/api/v1/events/{id}/sources", article(articleId).getList("eventIds").get(0))
                .then().statusCode(200).extract().jsonPath();
        assertEquals(day, sources.getString("items[0].publicationDate"), sources.prettify());
        assertTrue(sources.getBoolean("items[0].publicationDateInferred"));
    }

    @Test
    void aPlaceFilterIncludesThePlacesWithinIt() {
        String articleId = post("قصفت طائرات حربية يوم الأحد 2 شباط 2020 بلدة كفرنبل بعدة غارات.", "2020-02-03");
        List<String> ids = article(articleId).getList("eventIds");
        String id = ids.stream().filter(x -> event(x).getList("places.id").contains("kafr-nabl")).findFirst()
                .orElseThrow(() -> new AssertionError("no event in kafr-nabl: " + ids));
        for (String place : List.of("kafr-nabl", "idlib-governorate", "syria", "إدلب", "Idlib", "محافظة إدلب", "سوريا")) {
            assertTrue(found(Map.of("place", place)).contains(id), place + " includes kafr-nabl");
        }
        // the city by its id is the city only; another governorate is not
        for (String place : List.of("idlib", "aleppo-governorate", "turkey")) {
            assertFalse(found(Map.of("place", place)).contains(id), place + " does not include kafr-nabl");
        }
    }

    @Test
    void anyTransliterationOfANameFindsTheSameEvents() {
        String first = eventOf(post("قال وزير الخارجية الروسي سيرغي لافروف يوم الثلاثاء 5 تشرين الثاني 2019 إن بلاده مستعدة لمحادثات أستانا الجديدة.",
                "2019-11-06"), "statement-");
        String second = eventOf(post("قال وزير الخارجية الإيراني محمد جواد ظريف يوم الخميس 7 تشرين الثاني 2019 إن التحضيرات لجولة أستانة المقبلة اكتملت.",
                "2019-11-08"), "statement-");
        for (String q : List.of("أستانا", "أستانة", "استانه", "استانا")) {
            List<String> ids = found(Map.of("q", q));
            assertTrue(ids.contains(first) && ids.contains(second), q + " finds both: " + ids);
        }
        assertEquals(found(Map.of("place", "أستانا")), found(Map.of("place", "أستانة")));
    }

    @Test
    void anUnknownNameIsAnEmptyAnswerNotABadRequest() {
        for (String actor : List.of("Lavrow", "لا أحد بهذا الاسم")) {
            given().queryParam("actor", actor).get("/api/v1/events").then().statusCode(200).body("total", equalTo(0))
                    .body("items", org.hamcrest.Matchers.empty());
        }
        given().queryParam("place", "Atlantis").get("/api/v1/events").then().statusCode(200).body("total", equalTo(0));
        given().queryParam("actor", "Atlantis").get("/api/v1/events/histogram").then().statusCode(200).body("size()", equalTo(0));
        // an unknown name beside a known one: the known one's events (OR)
        given().queryParam("actor", "Lavrov").queryParam("actor", "Lavrow").get("/api/v1/events").then().statusCode(200)
                .body("total", equalTo(given().queryParam("actor", "Lavrov").get("/api/v1/events").then().extract().path("total")));
    }

    @Test
    void actorsAreFoundByNearSpellings() {
        given().queryParam("q", "Lavrow").get("/api/v1/actors").then().statusCode(200).body("items[0].id", equalTo("sergey-lavrov"));
        given().queryParam("q", "لافرف").get("/api/v1/actors").then().statusCode(200).body("items.id", hasItem("sergey-lavrov"));
        // exact matches come before near ones, and a short query has no near spellings
        given().queryParam("q", "Lavrov").get("/api/v1/actors").then().body("items[0].id", equalTo("sergey-lavrov"));
        given().queryParam("q", "Lav").get("/api/v1/actors").then().body("items.id", not(hasItem("staffan-de-mistura")));
        given().queryParam("q", "Zzzzzzzz").get("/api/v1/actors").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void reportDatesFilterOnTheSourcesPublicationDates() {
        String id = eventOf(post("قال وزير الخارجية الإيراني محمد جواد ظريف يوم السبت 9 تشرين الثاني 2019 إن لجنة الدستور تحتاج وقتا.",
                "2019-11-10"), "statement-");
        assertTrue(found(Map.of("reportedFrom", "2019-11-10", "reportedTo", "2019-11-10")).contains(id));
        assertTrue(found(Map.of("reportedTo", "2019-11-10")).contains(id));
        assertFalse(found(Map.of("reportedFrom", "2019-11-11")).contains(id));
        assertFalse(found(Map.of("reportedTo", "2019-11-09")).contains(id));
        given().queryParam("reportedFrom", "2019-11-12").queryParam("reportedTo", "2019-11-10").get("/api/v1/events").then()
                .statusCode(400).contentType("application/problem+json").body("parameter", equalTo("reportedFrom"));
        given().queryParam("reportedTo", "10/11/2019").get("/api/v1/events").then()
                .statusCode(400).body("parameter", equalTo("reportedTo"));
    }
}
