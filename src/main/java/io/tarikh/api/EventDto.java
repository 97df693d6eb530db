package io.tarikh.api;

import io.tarikh.extraction.ActorRole;
import io.tarikh.extraction.DateBasis;
import io.tarikh.extraction.EventStatus;
import io.tarikh.knowledge.ActorKind;
import io.tarikh.knowledge.EventType;
import io.tarikh.temporal.DateInfo;
import io.tarikh.temporal.TemporalExpression;
import io.tarikh.timeline.PlaceRole;
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
        @Schema(nullable = true, description = "the reference chronology entry this event is, when linked", example = "raqqa-su22-shootdown-2017-06-18") String referenceEventId,
        @Schema(nullable = true, description = "where the top-level date came from and whether the sources agree on it; null for an undated event") DateOrigin dateOrigin) {

    /** Sources shown with an event: earliest, dating, latest. */
    public static final int PREVIEW_SOURCES = 3;

    @Schema(name = "ActorRef", requiredProperties = { "id", "kind", "name", "roles", "textSources" })
    public record ActorRef(@Schema(example = "sergey-lavrov") String id, @Schema(example = "PERSON") ActorKind kind, LocalizedText name,
            @Schema(nullable = true, description = "how the actor is known: TEXT when a source's sentence names it (sources[].actors give the span), KNOWLEDGE when only the reference chronology adds it (a participant of the linked reference event); null for events stored before this was recorded", example = "TEXT") ActorRole.Basis basis,
            @Schema(description = "what the actor is to the event, as its sources give it (SPEAKER of a reported statement, AGENT, TARGET, PARTICIPANT)") List<ActorRole.Role> roles,
            @Schema(description = "how many of the event's sources name the actor in their sentence", example = "2") long textSources) {
    }

    @Schema(name = "PlaceRef", requiredProperties = { "id", "name", "lat", "lon", "roles", "within" })
    public record PlaceRef(@Schema(example = "raqqa") String id, LocalizedText name, @Schema(example = "35.95") double lat, @Schema(example = "39.01") double lon,
            @Schema(nullable = true, description = "how the place is known: TEXT named in a source's sentence, KNOWLEDGE from the reference chronology; null for events stored before this was recorded", example = "TEXT") ActorRole.Basis basis,
            @Schema(description = "what the place is to the event: VENUE of a gathering, ACTED_ON by a military action or ceasefire, MENTIONED otherwise") List<PlaceRole> roles,
            @Schema(description = "the places containing it, nearest first (governorate, country): a place filter on any of them finds this event", example = "[\"raqqa-governorate\", \"syria\"]") List<String> within) {
    }

    /** An actor or place as one source gives it. */
    @Schema(name = "SourceActor", requiredProperties = { "id", "basis", "role" })
    public record SourceActor(@Schema(example = "sergey-lavrov") String id, @Schema(example = "TEXT") ActorRole.Basis basis,
            @Schema(example = "SPEAKER") ActorRole.Role role,
            @Schema(nullable = true, description = "where the sentence writes the name, in the article's cleaned text (null when it is implied: an adjective, a pronoun, or KNOWLEDGE)", example = "131") Integer start,
            @Schema(nullable = true, example = "137") Integer end) {
    }

    @Schema(name = "SourcePlace", requiredProperties = { "id", "basis", "role" })
    public record SourcePlace(@Schema(example = "idlib-governorate") String id, @Schema(example = "TEXT") ActorRole.Basis basis,
            @Schema(example = "MENTIONED") PlaceRole role,
            @Schema(nullable = true, description = "where the sentence writes the name, in the article's cleaned text", example = "170") Integer start,
            @Schema(nullable = true, example = "175") Integer end) {
    }

    /**
     * Where an event's date came from: a source's own expression (TEXT), the reference chronology
     * (REFERENCE_EVENT), the publication day of an undated statement (PUBLICATION_DATE), or another
     * sentence of the same article (CONTEXT); and whether its sources disagree.
     */
    @Schema(name = "DateOrigin", requiredProperties = { "basis", "conflict", "conflictingSources" })
    public record DateOrigin(
            @Schema(example = "TEXT") DateBasis basis,
            @Schema(nullable = true, description = "the article of the source the date came from", example = "000_929c0f77bcde9703") String articleId,
            @Schema(nullable = true, description = "that source's quote span in its article", example = "120") Integer start,
            @Schema(nullable = true, example = "260") Integer end,
            @Schema(nullable = true, description = "the temporal expression the date was read from (basis TEXT or CONTEXT)") TemporalExpression expression,
            @Schema(nullable = true, description = "the reference chronology entry that gives the date (basis REFERENCE_EVENT)", example = "astana-4") String referenceEventId,
            @Schema(nullable = true, description = "the publication day the date is (basis PUBLICATION_DATE)", example = "2017-06-27") java.time.LocalDate publicationDate,
            @Schema(description = "true when some source gives a date that does not overlap this one (see sources[].date)") boolean conflict,
            @Schema(description = "how many sources give such a date", example = "0") long conflictingSources) {
    }

    /** One article's mention: the quote, its offsets in the article's cleaned text, and why the date is what it is. */
    @Schema(name = "EventSource", requiredProperties = { "articleId", "quote", "start", "end", "dateBasis", "status", "date", "expression", "reportedOn", "roles" })
    public record Source(
            @Schema(example = "000_929c0f77bcde9703") String articleId,
            String quote,
            @Schema(example = "120") int start,
            @Schema(example = "260") int end,
            @Schema(description = "where this source's date came from: TEXT its own sentence, REFERENCE_EVENT the reference chronology, PUBLICATION_DATE the article's date, or its news day to it (an undated statement), CONTEXT the date another sentence gave the same speaker, NONE nothing dates it") DateBasis dateBasis,
            EventStatus status,
            @Schema(nullable = true, description = "the date as this source reports it; differing reports stay visible here") DateInfo date,
            @Schema(nullable = true, description = "the temporal expression the date came from, when it came from the text") TemporalExpression expression,
            @Schema(nullable = true, description = "the day the source was reported: its article's publication date, or the day the article was ingested when that is unknown; sources are listed in this order", example = "2017-06-27") java.time.LocalDate reportedOn,
            @Schema(description = "what this source is to the event: EARLIEST report, LATEST report, DATING (the event's date came from it); empty for the others") List<Role> roles,
            @Schema(nullable = true, description = "the publication date of the source's article; null when neither given nor inferred", example = "2017-06-27") java.time.LocalDate publicationDate,
            @Schema(nullable = true, description = "true when the publication date was inferred from the text, false when it was given; null without a date", example = "false") Boolean publicationDateInferred,
            @Schema(description = "the actors this source gives the event, with how it knows each and its role") List<SourceActor> actors,
            @Schema(description = "the places this source gives the event") List<SourcePlace> places) {
    }

    /** What a source is to its event. */
    @Schema(name = "EventSourceRole")
    public enum Role {
        EARLIEST, DATING, LATEST
    }
}
