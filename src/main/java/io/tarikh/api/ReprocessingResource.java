package io.tarikh.api;

import io.tarikh.api.problem.Problem;
import io.tarikh.api.problem.ProblemException;
import io.tarikh.ingest.ReprocessingService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/reprocessing")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reprocessing", description = "Re-analyse the articles analysed by an older version of the pipeline or knowledge")
public class ReprocessingResource {

    private final ReprocessingService reprocessing;

    public ReprocessingResource(ReprocessingService reprocessing) {
        this.reprocessing = reprocessing;
    }

    @POST
    @Operation(operationId = "startReprocessing", summary = "Re-analyse every article of an older version", description = "Starts a background job, one article at a time; idempotent: while a job runs, or when no article is left to re-analyse, it answers that job. Any body is ignored (a Content-Type of application/json is still needed).")
    @APIResponse(responseCode = "202", description = "the job; Location names it", content = @Content(schema = @Schema(implementation = ReprocessingJob.class)))
    public Response start(@Context UriInfo uri) {
        ReprocessingJob job = ReprocessingJob.of(reprocessing.start());
        return Response.accepted(job).location(uri.getBaseUriBuilder().path(ReprocessingResource.class).path(job.id()).build()).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getReprocessingJob", summary = "Read a reprocessing job's progress")
    @APIResponse(responseCode = "200", description = "the job", content = @Content(schema = @Schema(implementation = ReprocessingJob.class)))
    @APIResponse(responseCode = "404", description = "no job with this id", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReprocessingJob get(@PathParam("id") String id) {
        return reprocessing.find(id).map(ReprocessingJob::of)
                .orElseThrow(() -> ProblemException.notFound("no reprocessing job with id '" + id + "'"));
    }
}
