package io.tarikh.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.http.HttpServerStart;
import io.tarikh.store.ArticleRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Loads the seed articles ({@code <stem>.txt}, the stem being the article id) after start-up, on
 * a thread of its own, so that the HTTP server is up and ready without waiting for the pipeline
 * to run over every seed. The thread starts with the application but begins once the HTTP server
 * listens (or after {@link #SERVER_WAIT} without it), so that it does not compete for the CPU
 * with the end of start-up.
 *
 * <p>Idempotent and safe to interrupt: each seed is one {@link IngestService#ingest} transaction,
 * a seed whose id or content is already stored is skipped, so a restart after a kill during
 * loading (or a second replica seeding the same database) completes the set without duplicating
 * anything. Requests are served meanwhile; a client posting a seed's text concurrently gets the
 * same article (the ingest is idempotent by content).
 *
 * <p>Observable: log lines when loading starts and ends, and a {@code seeds} entry in
 * {@code /q/health/ready} ({@link SeedsReadiness}) whose {@code state} is {@code loading}, {@code loaded}, {@code disabled},
 * {@code stopped} (shutdown during loading) or {@code failed}. The check is always UP: the seeds
 * are sample content, not a dependency, so a replica keeps taking traffic while they load or if
 * one cannot be read (which is logged).
 * Tests and scripts that need them call {@link #awaitLoaded(Duration)} or poll the health entry.
 */
@ApplicationScoped
public class SeedLoader {

    private static final Logger LOG = Logger.getLogger(SeedLoader.class);
    /** Longest wait for the HTTP server before loading anyway. */
    static final Duration SERVER_WAIT = Duration.ofSeconds(30);

    /** Where seed loading stands, as reported in /q/health/ready. */
    public enum State {
        PENDING, DISABLED, LOADING, LOADED, STOPPED, FAILED;

        public String label() {
            return name().toLowerCase();
        }
    }

    /** Optional per-seed metadata in {@code manifest.yaml} beside the texts. */
    record SeedMetadata(String title, String url, String language) {
    }

    private final IngestService ingest;
    private final ArticleRepository articles;
    private final Path seedsDir;
    private final boolean enabled;
    private final CompletableFuture<Integer> done = new CompletableFuture<>();
    private final CountDownLatch serverUp = new CountDownLatch(1);
    private volatile State state = State.PENDING;
    private volatile boolean stopping;
    private volatile int present;
    private volatile int total;
    private volatile Thread worker;

    public SeedLoader(IngestService ingest, ArticleRepository articles,
            @ConfigProperty(name = "tarikh.seeds.dir") Path seedsDir,
            @ConfigProperty(name = "tarikh.seeds.enabled") boolean enabled) {
        this.ingest = ingest;
        this.articles = articles;
        this.seedsDir = seedsDir;
        this.enabled = enabled;
    }

    void onStart(@Observes StartupEvent event) {
        if (!enabled) {
            finish(State.DISABLED, 0);
            return;
        }
        if (!Files.isDirectory(seedsDir)) {
            LOG.warnf("seeds directory %s not found (working directory %s); no seeds loaded",
                    seedsDir, Path.of("").toAbsolutePath());
            finish(State.DISABLED, 0);
            return;
        }
        state = State.LOADING;
        Thread t = new Thread(this::loadAll, "tarikh-seeds");
        t.setDaemon(true);
        worker = t;
        t.start();
    }

    /** Quarkus fires HttpServerStart asynchronously once the server listens. */
    void onServerStart(@ObservesAsync HttpServerStart event) {
        serverUp.countDown();
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
        serverUp.countDown();
        Thread t = worker;
        if (t != null && t.isAlive()) {
            try {
                t.join(TimeUnit.SECONDS.toMillis(5)); // let the seed in progress commit or roll back
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void loadAll() {
        try {
            if (!serverUp.await(SERVER_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.debugf("seeds: no HTTP server after %s; loading anyway", SERVER_WAIT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        long start = System.nanoTime();
        try {
            List<Path> files = seedFiles();
            total = files.size();
            LOG.infof("seeds: loading %d article(s) from %s in the background", total, seedsDir.toAbsolutePath());
            Map<String, SeedMetadata> manifest = readManifest();
            int loaded = 0;
            for (Path file : files) {
                if (stopping) {
                    LOG.infof("seeds: shutting down after %d of %d; the next start loads the rest", present, total);
                    finish(State.STOPPED, loaded);
                    return;
                }
                if (loadOne(file, manifest)) {
                    loaded++;
                }
                present++;
            }
            LOG.infof("seeds: loaded, %d new article(s), %d already present, in %d ms", loaded, total - loaded,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
            finish(State.LOADED, loaded);
        } catch (RuntimeException e) {
            if (stopping) {
                LOG.debugf(e, "seeds: loading interrupted by shutdown");
            } else {
                LOG.errorf(e, "seeds: loading failed after %d of %d; the service runs without the rest", present, total);
            }
            state = State.FAILED;
            done.completeExceptionally(e);
        }
    }

    /** Ingests one seed unless its id is stored; true when this call created it. */
    private boolean loadOne(Path file, Map<String, SeedMetadata> manifest) {
        String id = stem(file);
        if (QuarkusTransaction.requiringNew().call(() -> articles.findByIdOptional(id)).isPresent()) {
            return false;
        }
        SeedMetadata meta = manifest.getOrDefault(id, new SeedMetadata(null, null, null));
        try {
            return ingest.ingest(new ArticleInput(id, read(file), meta.title(), meta.url(), meta.language(), null)).created();
        } catch (ArticleConflictException e) {
            return false; // the text was posted, or corrected, under other metadata: the store's version stands
        }
    }

    private void finish(State end, int loaded) {
        state = end;
        done.complete(loaded);
    }

    public State state() {
        return state;
    }

    /**
     * Waits until seed loading has ended (loaded, disabled, or stopped by shutdown).
     *
     * @return the number of articles this start created
     * @throws IllegalStateException when loading failed or did not end in time
     */
    public int awaitLoaded(Duration timeout) {
        try {
            return done.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the seeds", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("seed loading failed", e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("seeds still " + state.label() + " after " + timeout
                    + " (" + present + " of " + total + " done)");
        }
    }

    /** Seeds handled so far (created or found present). */
    public int done() {
        return present;
    }

    /** Seed files found; 0 until loading has listed them. */
    public int total() {
        return total;
    }

    private List<Path> seedFiles() {
        try (Stream<Path> files = Files.list(seedsDir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + seedsDir, e);
        }
    }

    private Map<String, SeedMetadata> readManifest() {
        Path manifest = seedsDir.resolve("manifest.yaml");
        if (!Files.exists(manifest)) {
            return Map.of();
        }
        try {
            ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
            return yaml.readValue(manifest.toFile(),
                    yaml.getTypeFactory().constructMapType(Map.class, String.class, SeedMetadata.class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + manifest, e);
        }
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".txt".length());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
