package io.tarikh.api;

import io.tarikh.extraction.DateBasis;
import io.tarikh.extraction.EventStatus;
import io.tarikh.knowledge.ActorKind;
import io.tarikh.knowledge.EventType;
import io.tarikh.temporal.DateInfo;
import io.tarikh.temporal.TemporalExpression;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One real-world event, however many articles mention it: how many sources it has and at most
 * three of them (the earliest report, the latest and the one its date came from); all of them,
 * paged, at {@code sourcesUrl}.
 */
@Schema(name = "Event", requiredProperties = { "id", "type", "status", "title", "date", "actors", "places", "sourceCount", "sources", "sourcesUrl", "referenceEventId" })
public record EventDto(
        @Schema(example = "raqqa-su22-shootdown-2017-06-18") String id,
        @Schema(example = "MILITARY_ACTION") EventType type,
        @Schema(example = "OCCURRED") EventStatus status,
        LocalizedText title,
        @Schema(nullable = true) DateInfo date,
        List<ActorRef> actors,
        List<PlaceRef> places,
        @Schema(description = "how many sources the event has: mentions in articles, one per quote", example = "12") int sourceCount,
        @Schema(description = "at most " + EventDto.PREVIEW_SOURCES + " of the event's sources, in report order: the earliest report, the one the event's date came from and the latest (see 'roles'); all of them at sourcesUrl")
        List<Source> sources,
        @Schema(description = "the event's sources, all of them, paged (GET; a path on this server)", example = "/api/v1/events/astana-4/sources") String sourcesUrl,
        @Schema(nullable = true, description = "the reference chronology entry this event is, when linked", example = "raqqa-su22-shootdown-2017-06-18") String referenceEventId) {

    /** Sources shown with an event: earliest, dating, latest. */
    public static final int PREVIEW_SOURCES = 3;

    @Schema(name = "ActorRef", requiredProperties = { "id", "kind", "name" })
    public record ActorRef(@Schema(example = "sergey-lavrov") String id, @Schema(example = "PERSON") ActorKind kind, LocalizedText name) {
    }

    @Schema(name = "PlaceRef", requiredProperties = { "id", "name", "lat", "lon" })
    public record PlaceRef(@Schema(example = "raqqa") String id, LocalizedText name, @Schema(example = "35.95") double lat, @Schema(example = "39.01") double lon) {
    }

    /** One article's mention: the quote, its offsets in the article's cleaned text, and why the date is what it is. */
    @Schema(name = "EventSource", requiredProperties = { "articleId", "quote", "start", "end", "dateBasis", "status", "date", "expression", "reportedOn", "roles" })
    public record Source(
            @Schema(example = "000_929c0f77bcde9703") String articleId,
            String quote,
            @Schema(example = "120") int start,
            @Schema(example = "260") int end,
            @Schema(description = "where this source's date came from: TEXT its own sentence, REFERENCE_EVENT the reference chronology, PUBLICATION_DATE the article's date (an undated statement), CONTEXT the date another sentence gave the same speaker, NONE nothing dates it") DateBasis dateBasis,
            EventStatus status,
            @Schema(nullable = true, description = "the date as this source reports it; differing reports stay visible here") DateInfo date,
            @Schema(nullable = true, description = "the temporal expression the date came from, when it came from the text") TemporalExpression expression,
            @Schema(nullable = true, description = "the day the source was reported: its article's publication date, or the day the article was ingested when that is unknown; sources are listed in this order", example = "2017-06-27") java.time.LocalDate reportedOn,
            @Schema(description = "what this source is to the event: EARLIEST report, LATEST report, DATING (the event's date came from it); empty for the others") List<Role> roles) {
    }

    /** What a source is to its event. */
    @Schema(name = "EventSourceRole")
    public enum Role {
        EARLIEST, DATING, LATEST
    }
}
