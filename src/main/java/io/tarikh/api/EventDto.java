package io.tarikh.api;

import io.tarikh.extraction.DateBasis;
import io.tarikh.extraction.EventStatus;
import io.tarikh.knowledge.ActorKind;
import io.tarikh.knowledge.EventType;
import io.tarikh.temporal.DateInfo;
import io.tarikh.temporal.TemporalExpression;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One real-world event with every article that mentions it. */
@Schema(name = "Event")
public record EventDto(
        @Schema(example = "raqqa-su22-shootdown-2017-06-18") String id,
        @Schema(example = "MILITARY_ACTION") EventType type,
        @Schema(example = "OCCURRED") EventStatus status,
        LocalizedText title,
        @Schema(nullable = true) DateInfo date,
        List<ActorRef> actors,
        List<PlaceRef> places,
        List<Source> sources,
        @Schema(nullable = true, description = "the reference chronology entry this event is, when linked", example = "raqqa-su22-shootdown-2017-06-18") String referenceEventId) {

    @Schema(name = "ActorRef")
    public record ActorRef(@Schema(example = "sergey-lavrov") String id, @Schema(example = "PERSON") ActorKind kind, LocalizedText name) {
    }

    @Schema(name = "PlaceRef")
    public record PlaceRef(@Schema(example = "raqqa") String id, LocalizedText name, @Schema(example = "35.95") double lat, @Schema(example = "39.01") double lon) {
    }

    /** One article's mention: the quote, its offsets in the article's cleaned text, and why the date is what it is. */
    @Schema(name = "EventSource")
    public record Source(
            @Schema(example = "000_929c0f77bcde9703") String articleId,
            String quote,
            @Schema(example = "120") int start,
            @Schema(example = "260") int end,
            @Schema(description = "where this source's date came from: TEXT its own sentence, REFERENCE_EVENT the reference chronology, PUBLICATION_DATE the article's date (an undated statement), CONTEXT the date another sentence gave the same speaker, NONE nothing dates it") DateBasis dateBasis,
            EventStatus status,
            @Schema(nullable = true, description = "the date as this source reports it; differing reports stay visible here") DateInfo date,
            @Schema(nullable = true, description = "the temporal expression the date came from, when it came from the text") TemporalExpression expression) {
    }
}
