package io.tarikh.api;

import io.tarikh.api.problem.Problem;
import io.tarikh.knowledge.KnowledgeBase;
import io.tarikh.store.EventQueries;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/actors")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Actors", description = "People, governments and organisations the chronology knows")
public class ActorResource {

    private final KnowledgeBase knowledge;
    private final EventQueries events;

    public ActorResource(KnowledgeBase knowledge, EventQueries events) {
        this.knowledge = knowledge;
        this.events = events;
    }

    @GET
    @Operation(operationId = "findActors", summary = "Find actors", description = "Matches ids, names and aliases in Arabic (after normalising hamza, taa marbuta, alef maqsura and diacritics; a final ة and ا are one letter, as in أستانة/أستانا) or English: most active actors first; then actors with a near spelling of q (one letter wrong in a name of up to seven letters, two in a longer one: Lavrow finds Lavrov), closest first.")
    @APIResponse(responseCode = "200", description = "one page of actors", content = @Content(schema = @Schema(implementation = ActorPage.class)))
    @APIResponse(responseCode = "400", description = "bad page or size", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response find(@Parameter(description = "part of a name, in Arabic or English; empty lists all", example = "لافروف") @QueryParam("q") String q,
            @Parameter(description = "page number, from 0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(description = "page size, 1 to 500", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500", defaultValue = "50")) @QueryParam("size") String size,
            @Context UriInfo uri) {
        Paging paging = Paging.parse(page, size);
        List<io.tarikh.knowledge.Actor> matching = knowledge.actorsMatching(q == null ? "" : q);
        // Near spellings ("Lavrow") after every actor the query is part of a name of.
        List<io.tarikh.knowledge.Actor> near = knowledge.actorsSpelledNear(q);
        // Counted by the database for the matching actors only (all of them when q is empty): one index range each.
        boolean everyone = q == null || q.isBlank();
        List<String> counted = java.util.stream.Stream.concat(matching.stream(), near.stream()).map(io.tarikh.knowledge.Actor::id).toList();
        Map<String, Long> counts = events.eventCountsByActor(everyone ? null : counted);
        List<ActorDto> all = new java.util.ArrayList<>(matching.stream().map(a -> dto(a, counts))
                .sorted(Comparator.comparingLong(ActorDto::eventCount).reversed().thenComparing(ActorDto::id))
                .toList());
        near.stream().map(a -> dto(a, counts)).forEach(all::add);
        int from = Math.min(all.size(), paging.offset());
        List<ActorDto> items = all.subList(from, Math.min(all.size(), from + paging.size()));
        return Response.ok(new ActorPage(items, paging.page(), paging.size(), all.size()))
                .header("Link", paging.linkHeader(uri, all.size()))
                .build();
    }

    private static ActorDto dto(io.tarikh.knowledge.Actor a, Map<String, Long> counts) {
        return new ActorDto(a.id(), a.kind(), new LocalizedText(a.name().ar(), a.name().en()), a.aliases(), counts.getOrDefault(a.id(), 0L));
    }
}
