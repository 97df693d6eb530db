package io.tarikh.api;

import io.tarikh.api.problem.Problem;
import io.tarikh.temporal.Resolution;
import io.tarikh.temporal.TemporalEngine;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/resolve")
@Tag(name = "Temporal resolution", description = "Find and resolve the date expressions of an Arabic text")
public class ResolveResource {

    private final TemporalEngine engine;
    private final int maxTextBytes;

    /**
     * /resolve is public and synchronous (no API key: it stores nothing), so its text is capped
     * well below an article's: 20 KB of UTF-8 is about 10,000 Arabic letters, a long news story.
     */
    public ResolveResource(TemporalEngine engine, @ConfigProperty(name = "tarikh.resolve.max-text-bytes", defaultValue = "20480") int maxTextBytes) {
        this.engine = engine;
        this.maxTextBytes = maxTextBytes;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "resolveText", summary = "Resolve temporal expressions", description = "Tags every temporal expression (offsets in UTF-16 code units of the input) and resolves it against the anchor. Without an anchor the publication date is inferred from the text, with evidence and confidence.")
    @APIResponse(responseCode = "200", description = "the anchor and the resolved expressions", content = @Content(schema = @Schema(implementation = Resolution.class)))
    @APIResponse(responseCode = "400", description = "missing text, malformed JSON, a field of the wrong type, or an anchor that is no date between 1900-01-01 and 2100-12-31 (such as 2017-02-30); 'parameter' names the field", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "text larger than 20 KB (tarikh.resolve.max-text-bytes)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "the body is not application/json in UTF-8, or has no Content-Type", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "the text has no letters or digits", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Resolution resolve(ResolveRequest request) {
        String text = RequestText.require(request == null ? null : request.text(), maxTextBytes);
        return engine.resolve(text, RequestText.optionalDate("anchor", request.anchor()));
    }
}
