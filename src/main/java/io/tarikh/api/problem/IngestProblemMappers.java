package io.tarikh.api.problem;

import io.tarikh.ingest.ArticleConflictException;
import io.tarikh.ingest.IngestLimitException;
import io.tarikh.ingest.WriteLocks;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Limits the pipeline meets after the request was read: still the client's to act on, never a 500. */
public class IngestProblemMappers {

    /** How long a client should wait before retrying an ingest that could not get its write locks. */
    private static final String RETRY_AFTER_SECONDS = "2";

    @ServerExceptionMapper
    public Response refused(IngestLimitException e, UriInfo uri) {
        String title = e.status() == 413 ? "Content Too Large" : "Unprocessable Content";
        return ProblemMappers.respond(e.status(), title, e.getMessage(), uri, e.field());
    }

    /** The text is stored with other metadata: Location names it, 'parameter' the differing fields. */
    @ServerExceptionMapper
    public Response conflict(ArticleConflictException e, UriInfo uri) {
        return Response.fromResponse(ProblemMappers.respond(409, "Conflict", e.getMessage(), uri, String.join(",", e.fields())))
                .location(uri.getBaseUriBuilder().path("api/v1/articles").path(e.articleId()).build())
                .build();
    }

    @ServerExceptionMapper
    public Response busy(WriteLocks.Timeout e, UriInfo uri) {
        return Response.fromResponse(ProblemMappers.respond(503, "Service Unavailable",
                "the store is busy with concurrent writes to the same events; retry shortly", uri, null))
                .header("Retry-After", RETRY_AFTER_SECONDS).build();
    }
}
