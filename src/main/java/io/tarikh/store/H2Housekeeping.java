package io.tarikh.store;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.jboss.logging.Logger;

/**
 * Keeps an H2 file store about the size of its data. With WRITE_DELAY=0 (every commit durable at
 * once, application.properties) H2 runs no background writer, and that thread is also what rewrites
 * the live pages of half-empty chunks: each commit appends a chunk and none is ever reclaimed (a store
 * of 100,000 events grew to 28 GB holding 305 MB of data, and took 22 s to open). This does that
 * maintenance on a schedule instead: when the chunks are less than {@link #LOW_FILL_RATE} % full it
 * compacts the file for a bounded time per round, as H2 does when it closes a store.
 * Nothing to do on PostgreSQL (autovacuum) or an in-memory H2.
 *
 * <p>A round waits until no request has begun for {@code tarikh.h2.housekeeping-quiet}, or, when the
 * store was written since the last round, until {@code tarikh.h2.housekeeping-max-deferral} has passed:
 * compacting during reads made the collector pause the whole process (full collections of ~100 ms every
 * few seconds while a freshly grown store was compacted), which set every request's p99. Only writes add
 * garbage to the file, so constant writes still get a round per deferral and the file cannot grow without
 * bound, while constant reads alone never meet one.
 */
@ApplicationScoped
public class H2Housekeeping {

    private static final Logger LOG = Logger.getLogger(H2Housekeeping.class);
    /** Below this share of live data in the file's chunks, a round rewrites some of them. */
    static final int LOW_FILL_RATE = 70;
    /**
     * How long one round may hold the store: ingest waits for it, so it stays short, and longer only
     * while most of the file is garbage (after heavy ingest, or a store from a version without this).
     */
    private static final int COMPACT_MILLIS = 300;
    private static final int LONG_COMPACT_MILLIS = 1500;

    private final DataSource data;
    private final Database database;
    private final String url;
    private final long intervalSeconds;
    private final RequestActivity activity;
    private final StoreGeneration generation;
    private final long quietNanos;
    private final long maxDeferralNanos;
    private long lastRound = System.nanoTime();
    private Optional<StoreGeneration.Generation> generationAtLastRound = Optional.empty();
    private ScheduledExecutorService scheduler;

    public H2Housekeeping(DataSource data, Database database, @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "tarikh.h2.housekeeping-seconds", defaultValue = "5") long intervalSeconds, RequestActivity activity,
            StoreGeneration generation,
            @ConfigProperty(name = "tarikh.h2.housekeeping-quiet", defaultValue = "2s") Duration quiet,
            @ConfigProperty(name = "tarikh.h2.housekeeping-max-deferral", defaultValue = "60s") Duration maxDeferral) {
        this.data = data;
        this.database = database;
        this.url = url;
        this.intervalSeconds = intervalSeconds;
        this.activity = activity;
        this.generation = generation;
        this.quietNanos = quiet.toNanos();
        this.maxDeferralNanos = maxDeferral.toNanos();
    }

    void start(@Observes StartupEvent event) {
        if (database.isPostgres() || !url.startsWith("jdbc:h2:file:") || intervalSeconds <= 0) {
            return;
        }
        generationAtLastRound = generation.current(); // what the store held at start needs no round forced by load
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "tarikh-h2-housekeeping");
            t.setDaemon(true);
            return t;
        });
        scheduler.scheduleWithFixedDelay(this::roundWhenDue, intervalSeconds, intervalSeconds, TimeUnit.SECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    private void roundWhenDue() {
        long now = System.nanoTime();
        Optional<StoreGeneration.Generation> current = generation.current();
        boolean written = current.isEmpty() || !current.equals(generationAtLastRound);
        if (due(activity.quietNanos(), now - lastRound, written, quietNanos, maxDeferralNanos)) {
            lastRound = now;
            generationAtLastRound = current;
            round();
        }
    }

    /**
     * Whether a round may run: no request for {@code quietNanos}, or the store written since the last round
     * and {@code maxDeferralNanos} passed since it.
     */
    static boolean due(long quietForNanos, long sinceLastRoundNanos, boolean writtenSinceLastRound, long quietNanos, long maxDeferralNanos) {
        return quietForNanos >= quietNanos || writtenSinceLastRound && sinceLastRoundNanos >= maxDeferralNanos;
    }

    /** One round; public for the test that grows a store and checks its size. */
    public boolean round() {
        try (Connection c = data.getConnection()) {
            MVStore store = mvStore(c);
            int chunks = store.getFileStore().getChunksFillRate();
            int file = store.getFillRate();
            if (chunks >= LOW_FILL_RATE && file >= LOW_FILL_RATE) {
                return false;
            }
            long sizeBefore = store.getFileStore().size();
            long t0 = System.nanoTime();
            // What H2 itself does when it closes a store: rewrite the live pages of sparse chunks, move chunks
            // down and cut the file's end, under the store's lock, for at most the given time.
            store.compactFile(file < LOW_FILL_RATE / 2 ? LONG_COMPACT_MILLIS : COMPACT_MILLIS);
            LOG.debugf("H2 housekeeping: chunks %d %% -> %d %% full, file %d MB -> %d MB, in %d ms", chunks,
                    store.getFileStore().getChunksFillRate(), sizeBefore >> 20, store.getFileStore().size() >> 20,
                    (System.nanoTime() - t0) / 1_000_000);
            return true;
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("H2 housekeeping skipped a round: %s", e.toString()); // the next round tries again
            return false;
        }
    }

    /** The share of live data in the store's chunks, in percent (100 when not an H2 file). */
    public int fillRate() {
        try (Connection c = data.getConnection()) {
            if (!c.isWrapperFor(JdbcConnection.class)) {
                return 100;
            }
            return mvStore(c).getFileStore().getChunksFillRate();
        } catch (SQLException e) {
            return 100;
        }
    }

    /** The store under an H2 connection: only H2's engine classes lead there. */
    private static MVStore mvStore(Connection c) throws SQLException {
        return ((SessionLocal) c.unwrap(JdbcConnection.class).getSession()).getDatabase().getStore().getMvStore();
    }
}
