package io.tarikh.api;

import io.tarikh.api.problem.Problem;
import io.tarikh.api.problem.ProblemException;
import io.tarikh.knowledge.KnowledgeBase;
import io.tarikh.store.EventFilter;
import io.tarikh.store.EventQueries;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/timeline")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Timeline", description = "The chronology in the formats timeline widgets read")
public class TimelineResource {

    private final EventQueries events;
    private final EventMapper mapper;
    private final KnowledgeBase knowledge;

    public TimelineResource(EventQueries events, EventMapper mapper, KnowledgeBase knowledge) {
        this.events = events;
        this.mapper = mapper;
        this.knowledge = knowledge;
    }

    @GET
    @Operation(summary = "Export the chronology for a timeline widget", description = "Same filters as /api/v1/events. format=timelinejs gives a Knight Lab TimelineJS document, format=vis an array of vis-timeline items (use the widget's rtl option for Arabic). Titles are Arabic unless lang=en. Undated events are left out. At most 500 events per answer (the default): the Link header's next and last give the rest. A TimelineJS event quotes at most three of its sources.")
    @APIResponse(responseCode = "200", description = "a TimelineJS document or vis items; the Link header pages through the matches", content = @Content(schema = @Schema(implementation = TimelineExport.Document.class)))
    @APIResponse(responseCode = "400", description = "a bad filter, format or lang", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response timeline(@BeanParam EventQueryParams params,
            @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = { "timelinejs", "vis" }, defaultValue = "timelinejs")) @QueryParam("format") String format,
            @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = { "ar", "en" }, defaultValue = "ar")) @QueryParam("lang") String lang,
            @Parameter(description = "page number, from 0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(description = "events per page, 1 to 500", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500", defaultValue = "500")) @QueryParam("size") String size,
            @Context UriInfo uri) {
        EventFilter filter = params.toFilter(knowledge);
        boolean english = parseLang(lang);
        Paging paging = Paging.parse(page, size == null || size.isBlank() ? String.valueOf(Paging.MAX_SIZE) : size);
        EventQueries.Slice<EventQueries.EventRead> slice = events.page(filter, paging.offset(), paging.size());
        long total = slice.total();
        List<EventDto> items = slice.items().stream().map(mapper::toDto).toList();
        Object body = switch (format == null || format.isBlank() ? "timelinejs" : format.strip()) {
            case "timelinejs" -> TimelineExport.timelineJs(items, english, english ? "Tarikh chronology" : "تاريخ: التسلسل الزمني");
            case "vis" -> TimelineExport.vis(items, english);
            default -> throw ProblemException.badRequest("format", "'format' must be timelinejs or vis; got '" + format + "'");
        };
        return Response.ok(body).header("Link", paging.linkHeader(uri, total)).build();
    }

    private static boolean parseLang(String lang) {
        if (lang == null || lang.isBlank() || lang.strip().equals("ar")) {
            return false;
        }
        if (lang.strip().equals("en")) {
            return true;
        }
        throw ProblemException.badRequest("lang", "'lang' must be ar or en; got '" + lang + "'");
    }
}
