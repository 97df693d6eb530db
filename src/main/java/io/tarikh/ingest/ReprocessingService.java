package io.tarikh.ingest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.tarikh.pipeline.AnalysisVersion;
import io.tarikh.store.ReprocessingJobEntity;
import io.tarikh.store.ReprocessingJobRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Brings every article to the current {@link AnalysisVersion}: a job re-analyses the articles of
 * older versions one at a time on a background thread, each under the write locks of a
 * correction. Progress is in the job's row and the articles' versions, so a job that was
 * running when the process stopped resumes at the next start with the articles still left.
 */
@ApplicationScoped
public class ReprocessingService {

    private static final Logger LOG = Logger.getLogger(ReprocessingService.class);
    private static final int MAX_FAILURE_CHARS = 2000;

    private final ReprocessingJobRepository jobs;
    private final EditorialService editorial;
    private final WriteLocks locks;
    private final String version;
    private final boolean onStart;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "tarikh-reprocessing");
        t.setDaemon(true);
        return t;
    });
    /** Jobs queued or running on the worker: a POST while one runs must not queue it twice. */
    private final Set<String> scheduled = ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;

    public ReprocessingService(ReprocessingJobRepository jobs, EditorialService editorial, WriteLocks locks, AnalysisVersion version,
            @ConfigProperty(name = "tarikh.reprocess-on-start", defaultValue = "false") boolean onStart) {
        this.jobs = jobs;
        this.editorial = editorial;
        this.locks = locks;
        this.version = version.value();
        this.onStart = onStart;
    }

    void started(@Observes StartupEvent event) {
        resume();
        if (onStart) {
            start();
        }
    }

    void stopping(@Observes ShutdownEvent event) {
        stopping = true;
        worker.shutdownNow();
    }

    /**
     * Continues the jobs left running by a previous process; one aiming at a version that is no
     * longer current ends (a new POST, or the start-up run, aims at the current one).
     */
    public void resume() {
        List<ReprocessingJobEntity> running = QuarkusTransaction.requiringNew().call(jobs::running);
        for (ReprocessingJobEntity job : running) {
            if (job.targetVersion.equals(version)) {
                LOG.infof("reprocessing: resuming job %s (%d of %d done)", job.id, job.done, job.total);
                schedule(job.id);
            } else {
                QuarkusTransaction.requiringNew().run(() -> finish(jobs.findById(job.id)));
            }
        }
    }

    /**
     * The job bringing the store to the current version: the one running, or the last one when
     * no article is left to re-analyse, or else a new one, started in the background. Taken
     * under a lock of its own, so concurrent requests (on any replica, on PostgreSQL) get one job.
     */
    public ReprocessingJobEntity start() {
        ReprocessingJobEntity job = locks.inTransaction(Set.of("reprocessing:start"), () -> {
            Optional<ReprocessingJobEntity> latest = jobs.latestFor(version);
            long stale = jobs.countStale(version);
            if (latest.isPresent() && (ReprocessingJobEntity.RUNNING.equals(latest.get().state) || stale == 0)) {
                return latest.get();
            }
            ReprocessingJobEntity created = new ReprocessingJobEntity();
            created.id = UUID.randomUUID().toString();
            created.targetVersion = version;
            created.state = ReprocessingJobEntity.RUNNING;
            created.total = (int) Math.min(Integer.MAX_VALUE, stale);
            created.startedAt = Instant.now();
            if (stale == 0) {
                finish(created);
            }
            jobs.persist(created);
            return created;
        });
        if (ReprocessingJobEntity.RUNNING.equals(job.state)) {
            schedule(job.id);
        }
        return job;
    }

    private void schedule(String jobId) {
        if (!stopping && scheduled.add(jobId)) {
            worker.submit(() -> {
                try {
                    run(jobId);
                } finally {
                    scheduled.remove(jobId);
                }
            });
        }
    }

    public Optional<ReprocessingJobEntity> find(String id) {
        return QuarkusTransaction.requiringNew().call(() -> jobs.findByIdOptional(id));
    }

    /** One article at a time, oldest first; an article that fails is counted and skipped for the rest of this run. */
    void run(String jobId) {
        Set<String> failed = new HashSet<>();
        try {
            while (!stopping) {
                Optional<String> next = QuarkusTransaction.requiringNew().call(() -> {
                    ReprocessingJobEntity job = jobs.findById(jobId);
                    if (job == null || !ReprocessingJobEntity.RUNNING.equals(job.state)) {
                        return Optional.<String>empty();
                    }
                    Optional<String> stale = jobs.nextStale(version, failed);
                    if (stale.isEmpty()) {
                        finish(job);
                    }
                    return stale;
                });
                if (next.isEmpty()) {
                    return;
                }
                String articleId = next.get();
                try {
                    editorial.reanalyse(articleId);
                    QuarkusTransaction.requiringNew().run(() -> jobs.findById(jobId).done++);
                } catch (RuntimeException e) {
                    if (stopping) {
                        return;
                    }
                    failed.add(articleId);
                    LOG.warnf(e, "reprocessing: article %s could not be re-analysed", articleId);
                    String failure = articleId + ": " + e;
                    QuarkusTransaction.requiringNew().run(() -> {
                        ReprocessingJobEntity job = jobs.findById(jobId);
                        job.failures++;
                        job.lastFailure = failure.length() <= MAX_FAILURE_CHARS ? failure : failure.substring(0, MAX_FAILURE_CHARS);
                    });
                }
            }
        } catch (RuntimeException e) {
            if (!stopping) {
                LOG.errorf(e, "reprocessing: job %s stopped; it resumes at the next start", jobId);
            }
        }
    }

    private static void finish(ReprocessingJobEntity job) {
        job.state = ReprocessingJobEntity.FINISHED;
        job.finishedAt = Instant.now();
    }
}
