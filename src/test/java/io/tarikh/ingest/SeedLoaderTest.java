package io.tarikh.ingest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.tarikh.store.ArticleRepository;
import io.tarikh.text.ArticleCleaner;
import io.tarikh.text.BoilerplateRules;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeds load in the background after start-up, report their state in readiness, and load each
 * seed exactly once however often and however concurrently loading runs. Runs on a database of
 * its own (the profile below) so that its extra articles leave the shared test store alone.
 */
@QuarkusTest
@TestProfile(SeedLoaderTest.OwnDatabase.class)
class SeedLoaderTest {

    /** An in-memory H2 database of its own, or in the PostgreSQL pass a schema of its own in the run's database. */
    public static class OwnDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            String url = System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
            if (url != null && url.startsWith("jdbc:postgresql:")) {
                String schema = "tarikh_seedloader";
                return Map.of("quarkus.datasource.jdbc.url", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                        "quarkus.flyway.schemas", schema);
            }
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:mem:tarikh-seedloader;DB_CLOSE_DELAY=-1");
        }
    }

    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final ArticleCleaner CLEANER = new ArticleCleaner(BoilerplateRules.loadDefault());

    @Inject
    SeedLoader seeds;
    @Inject
    IngestService ingest;
    @Inject
    ArticleRepository articles;

    @TempDir
    Path dir;

    @Test
    void seedsOfTheApplicationAreLoadedAndReportedInReadiness() throws IOException {
        seeds.awaitLoaded(WAIT);
        assertEquals(SeedLoader.State.LOADED, seeds.state());
        long files;
        try (var list = Files.list(Path.of("seeds"))) {
            files = list.filter(f -> f.toString().endsWith(".txt")).count();
        }
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("seeds"))
                .body("checks.find { it.name == 'seeds' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'seeds' }.data.state", equalTo("loaded"))
                .body("checks.find { it.name == 'seeds' }.data.done", equalTo((int) files))
                .body("checks.find { it.name == 'seeds' }.data.total", equalTo((int) files));
        for (String id : List.of("000_929c0f77bcde9703", "004_41894f4126aab709")) {
            assertTrue(QuarkusTransaction.requiringNew().call(() -> articles.findByIdOptional(id)).isPresent(), id);
        }
    }

    @Test
    void loadingAgainCreatesNothing() {
        SeedLoader again = new SeedLoader(ingest, articles, Path.of("seeds"), true);
        again.onServerStart(null);
        again.onStart(null);
        assertEquals(0, again.awaitLoaded(WAIT));
        assertEquals(SeedLoader.State.LOADED, again.state());
    }

    @Test
    void disabledOrMissingSeedsAreReportedAtOnce() {
        SeedLoader off = new SeedLoader(ingest, articles, Path.of("seeds"), false);
        off.onServerStart(null);
        off.onStart(null);
        assertEquals(0, off.awaitLoaded(Duration.ofSeconds(1)));
        assertEquals(SeedLoader.State.DISABLED, off.state());
        SeedLoader missing = new SeedLoader(ingest, articles, dir.resolve("absent"), true);
        missing.onServerStart(null);
        missing.onStart(null);
        assertEquals(0, missing.awaitLoaded(Duration.ofSeconds(1)));
        assertEquals(SeedLoader.State.DISABLED, missing.state());
    }

    @Test
    void concurrentLoadersAndPostersStoreEachSeedOnce() throws Exception {
        List<String> texts = writeSeeds("concurrent", 4);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> work = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                work.add(() -> {
                    SeedLoader loader = new SeedLoader(ingest, articles, dir, true);
                    loader.onServerStart(null);
                    loader.onStart(null);
                    return loader.awaitLoaded(WAIT);
                });
            }
            // a client posting the same texts while the loaders run: idempotent by content
            work.add(() -> (int) texts.stream()
                    .filter(t -> ingest.ingest(new ArticleInput(null, t, null, null, null, null)).created()).count());
            int created = 0;
            for (Future<Integer> f : pool.invokeAll(work)) {
                created += f.get();
            }
            assertEquals(texts.size(), created, "each text created by exactly one of the loaders or the poster");
        } finally {
            pool.shutdownNow();
        }
        assertEachStoredOnce(texts);
    }

    @Test
    void aLoaderStoppedMidwayIsCompletedByTheNextStart() throws Exception {
        List<String> texts = writeSeeds("stopped", 5);
        SeedLoader first = new SeedLoader(ingest, articles, dir, true);
        first.onServerStart(null);
        first.onStart(null);
        first.onStop(null); // shutdown while loading: the seed in progress commits or rolls back
        int createdFirst = first.awaitLoaded(WAIT);
        assertTrue(first.state() == SeedLoader.State.STOPPED || first.state() == SeedLoader.State.LOADED, first.state().name());
        SeedLoader second = new SeedLoader(ingest, articles, dir, true);
        second.onServerStart(null);
        second.onStart(null);
        int createdSecond = second.awaitLoaded(WAIT);
        assertEquals(SeedLoader.State.LOADED, second.state());
        assertEquals(texts.size(), createdFirst + createdSecond);
        assertEachStoredOnce(texts);
    }

    /** Distinct undated texts (no events, so the chronology of the seeds is unchanged). */
    private List<String> writeSeeds(String tag, int n) throws IOException {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String text = "نص تجريبي لاختبار تحميل البذور " + tag + " رقم " + i + " " + System.nanoTime() + ".";
            Files.writeString(dir.resolve(tag + "_" + i + ".txt"), text, StandardCharsets.UTF_8);
            texts.add(text);
        }
        return texts;
    }

    private void assertEachStoredOnce(List<String> texts) {
        for (String text : texts) {
            String hash = ContentHash.of(CLEANER.clean(text).text());
            long stored = QuarkusTransaction.requiringNew().call(() -> articles.count("contentHash", hash));
            assertEquals(1, stored, "copies of " + text);
        }
    }
}
