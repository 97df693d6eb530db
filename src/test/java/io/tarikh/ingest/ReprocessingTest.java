package io.tarikh.ingest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.tarikh.pipeline.AnalysisVersion;
import io.tarikh.store.ReprocessingJobEntity;
import io.tarikh.store.ReprocessingJobRepository;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Reprocessing on H2 and PostgreSQL: articles of an older analysis version are re-analysed in
 * the background, the job shows its progress, a second POST answers the same job, and a job
 * left running by a stopped process resumes, and a start with {@code tarikh.reprocess-on-start} brings
 * the store to the current version by itself.
 */
@QuarkusTest
class ReprocessingTest {

    @Inject
    EntityManager em;
    @Inject
    AnalysisVersion version;
    @Inject
    ReprocessingService reprocessing;
    @Inject
    ReprocessingJobRepository jobs;
    @Inject
    EditorialService editorial;
    @Inject
    WriteLocks locks;
    @Inject
    io.tarikh.store.StoreGeneration generation;

    private static String post(Map<String, String> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/articles").then().statusCode(201).extract().path("id");
    }

    private static List<String> eventIds(String id) {
        return given().get("/api/v1/articles/" + id).then().statusCode(200).extract().path("eventIds");
    }

    /** As an older pipeline would have left it: another version, and here no events at all. */
    private void makeStale(String id, String oldVersion, boolean dropSources) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("update article set analysis_version = ?1 where id = ?2").setParameter(1, oldVersion).setParameter(2, id).executeUpdate();
            if (dropSources) {
                em.createNativeQuery("delete from event_source where article_id = ?1").setParameter(1, id).executeUpdate();
            }
        });
        generation.advance(); // written behind the write path's back
    }

    /** An article as an older pipeline left it, and the events the current one gave it before. */
    private record Stale(String id, List<String> events) {
    }

    private Stale staleArticle(String text, String publishedAt, String oldVersion) {
        String id = post(Map.of("text", text, "publishedAt", publishedAt));
        List<String> events = eventIds(id);
        makeStale(id, oldVersion, true);
        return new Stale(id, events);
    }

    private static JsonPath awaitFinished(String location) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            JsonPath job = given().get(location).then().statusCode(200).extract().jsonPath();
            if ("FINISHED".equals(job.getString("state"))) {
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the job did not finish: " + given().get(location).asString());
    }

    @Test
    void articlesOfAnOlderVersionAreReanalysedInTheBackgroundAndASecondPostAnswersTheSameJob() throws Exception {
        String provided = post(Map.of("text", "قال وزير الخارجية الروسي سيرغي لافروف يوم الاثنين 5 تشرين الأول 2015 إن الضربات الجوية مستمرة. إعادة تحليل",
                "publishedAt", "2015-10-06"));
        String inferred = post(Map.of("text", "قال وزير الخارجية الأمريكي جون كيري يوم الثلاثاء 6 تشرين الأول 2015 إن الحل السياسي ضروري. إعادة تحليل"));
        List<String> providedEvents = eventIds(provided);
        assertFalse(providedEvents.isEmpty());
        given().get("/api/v1/articles/" + provided).then().body("analysisVersion", equalTo(version.value()));
        makeStale(provided, "c0-older", true);
        makeStale(inferred, null, false);
        assertEquals(List.of(), eventIds(provided));

        var answer = given().contentType(ContentType.JSON).post("/api/v1/reprocessing").then().statusCode(202)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/reprocessing/"))
                .body("targetVersion", equalTo(version.value()))
                .body("total", equalTo(2))
                .extract();
        String location = answer.header("Location");
        JsonPath job = awaitFinished(location);
        assertEquals(2, job.getInt("done"), job.prettify());
        assertEquals(0, job.getInt("failures"), job.prettify());
        assertFalse(job.getString("started").isEmpty());
        assertFalse(job.getString("finished").isEmpty());

        assertEquals(providedEvents, eventIds(provided), "the re-analysis wrote the same events again, under their ids");
        given().get("/api/v1/articles/" + provided).then().body("analysisVersion", equalTo(version.value()))
                .body("publishedAt.date", equalTo("2015-10-06")).body("publishedAt.source", equalTo("PROVIDED"));
        given().get("/api/v1/articles/" + inferred).then().body("analysisVersion", equalTo(version.value()));

        given().contentType(ContentType.JSON).post("/api/v1/reprocessing").then().statusCode(202)
                .header("Location", endsWith(location.substring(location.lastIndexOf('/'))))
                .body("state", equalTo("FINISHED"));
        given().get("/api/v1/reprocessing/no-such-job").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aJobLeftRunningByAStoppedProcessResumes() throws Exception {
        Stale stale = staleArticle("قال وزير الخارجية الروسي سيرغي لافروف يوم الأربعاء 7 تشرين الأول 2015 إن موسكو منفتحة على الحوار. استئناف",
                "2015-10-08", "c0-older");
        String jobId = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> {
            ReprocessingJobEntity job = new ReprocessingJobEntity();
            job.id = jobId;
            job.targetVersion = version.value();
            job.state = ReprocessingJobEntity.RUNNING;
            job.total = 1;
            job.startedAt = Instant.now();
            em.persist(job);
        });
        reprocessing.resume(); // what a start-up does
        JsonPath job = awaitFinished("/api/v1/reprocessing/" + jobId);
        assertEquals(1, job.getInt("done"), job.prettify());
        assertEquals(stale.events(), eventIds(stale.id()));
    }

    @Test
    void aStartWithReprocessOnStartReanalysesOlderArticlesAndOneWithoutLeavesThem() throws Exception {
        Stale stale = staleArticle("أعلن وزير الخارجية التركي مولود جاويش أوغلو يوم الخميس 8 تشرين الأول 2015 أن أنقرة ترفض أي تدخل. بدء التشغيل",
                "2015-10-09", "c0-before-restart");

        // A process started without the flag resumes what was running and leaves older articles as they are.
        ReprocessingService plainStart = new ReprocessingService(jobs, editorial, locks, version, false);
        plainStart.started(new StartupEvent());
        Thread.sleep(300);
        given().get("/api/v1/articles/" + stale.id()).then().body("analysisVersion", equalTo("c0-before-restart"));
        plainStart.stopping(new ShutdownEvent());

        // With the flag, the start itself runs the job, as POST /reprocessing would.
        ReprocessingService flaggedStart = new ReprocessingService(jobs, editorial, locks, version, true);
        try {
            flaggedStart.started(new StartupEvent());
            for (int i = 0; i < 600 && !version.value().equals(given().get("/api/v1/articles/" + stale.id()).path("analysisVersion")); i++) {
                Thread.sleep(100);
            }
            given().get("/api/v1/articles/" + stale.id()).then().body("analysisVersion", equalTo(version.value()));
            assertEquals(stale.events(), eventIds(stale.id()));
        } finally {
            flaggedStart.stopping(new ShutdownEvent());
        }
    }
}
