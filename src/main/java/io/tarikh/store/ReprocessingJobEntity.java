package io.tarikh.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A run re-analysing every article analysed by another version than {@link #targetVersion}. */
@Entity
@Table(name = "reprocessing_job")
public class ReprocessingJobEntity {

    public static final String RUNNING = "RUNNING";
    public static final String FINISHED = "FINISHED";

    @Id
    public String id;

    @Column(name = "target_version", nullable = false)
    public String targetVersion;

    /** RUNNING until no article of an older version is left (but those that failed in this run), then FINISHED. */
    @Column(nullable = false)
    public String state;

    /** Articles of an older version when the job started. */
    @Column(nullable = false)
    public int total;

    @Column(nullable = false)
    public int done;

    @Column(nullable = false)
    public int failures;

    @Column(name = "last_failure")
    public String lastFailure;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;
}
