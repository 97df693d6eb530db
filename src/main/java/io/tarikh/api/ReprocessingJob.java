package io.tarikh.api;

import io.tarikh.store.ReprocessingJobEntity;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reprocessing job and its progress. */
@Schema(name = "ReprocessingJob", requiredProperties = { "id", "targetVersion", "state", "done", "total", "failures", "lastFailure", "started", "finished" })
public record ReprocessingJob(
        String id,
        @Schema(description = "the pipeline and knowledge version articles are brought to", example = "c1-3f2a9c0d4e5b6a71") String targetVersion,
        @Schema(enumeration = { "RUNNING", "FINISHED" }) String state,
        @Schema(description = "articles re-analysed so far") int done,
        @Schema(description = "articles of an older version when the job started") int total,
        @Schema(description = "articles whose re-analysis failed (they keep their previous analysis)") int failures,
        @Schema(nullable = true, description = "the last failure: article id and error") String lastFailure,
        Instant started,
        @Schema(nullable = true) Instant finished) {

    static ReprocessingJob of(ReprocessingJobEntity j) {
        return new ReprocessingJob(j.id, j.targetVersion, j.state, j.done, j.total, j.failures, j.lastFailure, j.startedAt, j.finishedAt);
    }
}
