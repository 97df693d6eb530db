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
import org.eclipse.microprofile.openapi.annotations.headers.Header;
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
    @Path("/timelinejs")
    @Operation(operationId = "getTimelineJs", summary = "The chronology as a Knight Lab TimelineJS document",
            description = "Same filters as /api/v1/events. Titles and labels are Arabic unless lang=en; every text is escaped HTML with its direction (<bdi dir lang>), ids isolated left-to-right. display_date is the served date's own wording, flagged when the date is an estimate; scheduled events say so in their headline; each slide quotes at most three sources and links to all of them. Undated events are left out. At most 500 events per answer (the default): the Link header's next and last give the rest.")
    @APIResponse(responseCode = "200", description = "a TimelineJS document; the Link header pages through the matches", content = @Content(schema = @Schema(implementation = TimelineExport.TimelineJs.class)))
    @APIResponse(responseCode = "400", description = "a bad filter, lang, page or size", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response timelineJs(@BeanParam EventQueryParams params,
            @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = { "ar", "en" }, defaultValue = "ar")) @QueryParam("lang") String lang,
            @Parameter(description = "page number, from 0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(description = "events per page, 1 to 500", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500", defaultValue = "500")) @QueryParam("size") String size,
            @Context UriInfo uri) {
        ExportLanguage language = ExportLanguage.parse(lang);
        Page read = read(params, page, size);
        return Response.ok(TimelineExport.timelineJs(read.items(), language, uri.getBaseUri()))
                .header("Link", read.paging().linkHeader(uri, read.total())).build();
    }

    @GET
    @Path("/vis")
    @Operation(operationId = "getVisTimeline", summary = "The chronology as vis-timeline items and groups",
            description = "Same filters as /api/v1/events. Items and one group per event type present, labelled in Arabic unless lang=en (use the widget's rtl option for Arabic); content, title and group content are escaped HTML with their direction (<bdi dir lang>). className holds stable classes per type and status (tarikh-type-talks, tarikh-status-scheduled) and tarikh-vague for estimates. Undated events are left out. At most 500 events per answer (the default): the Link header's next and last give the rest.")
    @APIResponse(responseCode = "200", description = "vis-timeline items and groups; the Link header pages through the matches", content = @Content(schema = @Schema(implementation = TimelineExport.VisTimeline.class)))
    @APIResponse(responseCode = "400", description = "a bad filter, lang, page or size", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response vis(@BeanParam EventQueryParams params,
            @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = { "ar", "en" }, defaultValue = "ar")) @QueryParam("lang") String lang,
            @Parameter(description = "page number, from 0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(description = "events per page, 1 to 500", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500", defaultValue = "500")) @QueryParam("size") String size,
            @Context UriInfo uri) {
        ExportLanguage language = ExportLanguage.parse(lang);
        Page read = read(params, page, size);
        return Response.ok(TimelineExport.vis(read.items(), language, uri.getBaseUri()))
                .header("Link", read.paging().linkHeader(uri, read.total())).build();
    }

    /** The first version's single endpoint: each format now has its own path and schema. */
    @GET
    @Deprecated
    @Operation(operationId = "getTimeline", deprecated = true, summary = "Redirects to the format's own endpoint",
            description = "308 to /api/v1/timeline/timelinejs (format=timelinejs, the default) or /api/v1/timeline/vis (format=vis), with the other query parameters kept.")
    @APIResponse(responseCode = "308", description = "the format's endpoint", headers = @Header(name = "Location", required = true, schema = @Schema(type = SchemaType.STRING, format = "uri")))
    @APIResponse(responseCode = "400", description = "a bad format", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response byFormat(
            @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = { "timelinejs", "vis" }, defaultValue = "timelinejs")) @QueryParam("format") String format,
            @Context UriInfo uri) {
        String target = switch (format == null || format.isBlank() ? "timelinejs" : format.strip()) {
            case "timelinejs" -> "timelinejs";
            case "vis" -> "vis";
            default -> throw ProblemException.badRequest("format", "'format' must be timelinejs or vis; got '" + format + "'");
        };
        java.net.URI location = uri.getRequestUriBuilder().path(target).replaceQueryParam("format").build();
        if (location.getRawQuery() != null && location.getRawQuery().isEmpty()) {
            location = uri.getRequestUriBuilder().path(target).replaceQuery(null).build();
        }
        return Response.status(308).location(location).build();
    }

    private record Page(List<EventDto> items, Paging paging, long total) {
    }

    private Page read(EventQueryParams params, String page, String size) {
        EventFilter filter = params.toFilter(knowledge);
        Paging paging = Paging.parse(page, size == null || size.isBlank() ? String.valueOf(Paging.MAX_SIZE) : size);
        EventQueries.Slice<EventQueries.EventRead> slice = events.page(filter, paging.offset(), paging.size());
        return new Page(slice.items().stream().map(mapper::toDto).toList(), paging, slice.total());
    }
}
