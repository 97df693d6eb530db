package io.tarikh.api;

import io.tarikh.api.problem.Problem;
import io.tarikh.api.problem.ProblemException;
import io.tarikh.knowledge.KnowledgeBase;
import io.tarikh.store.EventFilter;
import io.tarikh.store.EventQueries;
import io.tarikh.store.EventRepository;
import io.tarikh.timeline.Histogram;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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

@Path("/api/v1/events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events", description = "The chronology: events merged across articles, with their sources")
public class EventResource {

    private final EventQueries queries;
    private final EventRepository events;
    private final EventMapper mapper;
    private final KnowledgeBase knowledge;

    public EventResource(EventQueries queries, EventRepository events, EventMapper mapper, KnowledgeBase knowledge) {
        this.queries = queries;
        this.events = events;
        this.mapper = mapper;
        this.knowledge = knowledge;
    }

    @GET
    @Operation(operationId = "listEvents", summary = "Query the chronology", description = "Filters combine with AND; a repeated filter is an OR. An event matches a date range when its date interval overlaps [from, to]. Dated events come in date order, then undated ones. Each event carries its source count and at most three sources; all of them are at its sourcesUrl.")
    @APIResponse(responseCode = "200", description = "one page of events; the Link header gives first, prev, next and last", content = @Content(schema = @Schema(implementation = EventPage.class)))
    @APIResponse(responseCode = "400", description = "a bad filter value; 'parameter' names it", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response list(@BeanParam EventQueryParams params,
            @Parameter(description = "page number, from 0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(description = "page size, 1 to 500", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500", defaultValue = "50")) @QueryParam("size") String size,
            @Context UriInfo uri) {
        EventFilter filter = params.toFilter(knowledge);
        Paging paging = Paging.parse(page, size);
        EventQueries.Slice<EventQueries.EventRead> slice = queries.page(filter, paging.offset(), paging.size());
        List<EventDto> items = slice.items().stream().map(mapper::toDto).toList();
        return Response.ok(new EventPage(items, paging.page(), paging.size(), slice.total()))
                .header("Link", paging.linkHeader(uri, slice.total()))
                .build();
    }

    @GET
    @Path("histogram")
    @Operation(operationId = "getEventHistogram", summary = "Count events per period", description = "Takes the same filters as the event list; each event counts in the period of its first day. Undated events are not counted. Counted by the database (per day of the date index), never by loading events.")
    @APIResponse(responseCode = "200", description = "periods in chronological order, empty periods omitted", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = Histogram.Bucket.class)))
    @APIResponse(responseCode = "400", description = "a bad filter or interval", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<Histogram.Bucket> histogram(@BeanParam EventQueryParams params,
            @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = { "day", "week", "month", "year" }, defaultValue = "month")) @QueryParam("interval") String interval) {
        EventFilter filter = params.toFilter(knowledge);
        Histogram.Interval period = parseInterval(interval);
        java.util.Map<java.time.LocalDate, Long> days = new java.util.LinkedHashMap<>();
        queries.countsByStartDay(filter).forEach(d -> days.put(d.day(), d.count()));
        return Histogram.ofDayCounts(days, period);
    }

    private static Histogram.Interval parseInterval(String interval) {
        if (interval == null || interval.isBlank()) {
            return Histogram.Interval.MONTH;
        }
        try {
            return Histogram.Interval.valueOf(interval.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("interval", "'interval' must be day, week, month or year; got '" + interval + "'");
        }
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getEvent", summary = "Read one event", description = "As the list shows it: the source count and at most three sources; all of them are at sourcesUrl.")
    @APIResponse(responseCode = "200", description = "the event", content = @Content(schema = @Schema(implementation = EventDto.class)))
    @APIResponse(responseCode = "308", description = "the event was found to be the same as another and merged into it: Location names the survivor")
    @APIResponse(responseCode = "404", description = "no event with this id", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "410", description = "the event lost its last source: its articles were deleted, or corrected so that they no longer report it", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@Parameter(example = "astana-4") @PathParam("id") String id, @Context UriInfo uri) {
        var event = queries.byId(id);
        if (event.isPresent()) {
            return Response.ok(mapper.toDto(event.get())).build();
        }
        return movedOrMissing(id, uri, "");
    }

    @GET
    @Path("{id}/sources")
    @Operation(operationId = "listEventSources", summary = "Read an event's sources", description = "Every article's mention of the event, one per quote, in report order (the article's publication date, else the day it was ingested; earliest first), paged; 'article' keeps one article's.")
    @APIResponse(responseCode = "200", description = "one page of sources; the Link header gives first, prev, next and last", content = @Content(schema = @Schema(implementation = EventSourcePage.class)))
    @APIResponse(responseCode = "308", description = "the event was merged into another: Location names the survivor's sources")
    @APIResponse(responseCode = "400", description = "a bad page, size or article; 'parameter' names it", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "no event with this id", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "410", description = "the event lost its last source: its articles were deleted, or corrected so that they no longer report it", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response sources(@Parameter(example = "astana-4") @PathParam("id") String id,
            @Parameter(description = "only this article's mentions", example = "000_929c0f77bcde9703") @QueryParam("article") String article,
            @Parameter(description = "page number, from 0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(description = "page size, 1 to 500", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500", defaultValue = "50")) @QueryParam("size") String size,
            @Context UriInfo uri) {
        String articleId = RequestFields.optional("article", article, RequestFields.MAX_ARTICLE_ID);
        Paging paging = Paging.parse(page, size);
        var event = queries.row(id);
        if (event.isEmpty()) {
            return movedOrMissing(id, uri, "sources");
        }
        var slice = queries.sources(id, articleId, paging.offset(), paging.size());
        List<EventDto.Source> items = slice.items().stream().map(s -> mapper.source(s, event.get())).toList();
        return Response.ok(new EventSourcePage(items, paging.page(), paging.size(), slice.total()))
                .header("Link", paging.linkHeader(uri, slice.total()))
                .build();
    }

    /**
     * 308 to the survivor when the id was merged away (keeping the rest of the path and the query),
     * else 410 when the event lost its last source (a tombstone), else 404.
     */
    private Response movedOrMissing(String id, UriInfo uri, String subPath) {
        String survivor = events.survivorOf(id).orElseThrow(() -> events.goneSince(id)
                .map(at -> new ProblemException(410, "Gone", "event '" + id + "' lost its last source on " + at
                        + " (its articles were deleted or corrected)", null))
                .orElseGet(() -> ProblemException.notFound("no event with id '" + id + "'")));
        var target = uri.getRequestUriBuilder().replacePath(uri.getBaseUriBuilder().path(EventResource.class).path(survivor).path(subPath).build().getRawPath());
        return Response.status(308).location(target.build()).build();
    }
}
