package io.tarikh.api;

import io.tarikh.api.problem.ProblemException;
import io.tarikh.extraction.EventStatus;
import io.tarikh.knowledge.EventType;
import io.tarikh.knowledge.KnowledgeBase;
import io.tarikh.store.EventFilter;
import io.tarikh.text.SearchTerms;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters shared by /events, /events/histogram and /timeline, validated into an {@link EventFilter}. */
public class EventQueryParams {

    /** Each word of q is one more index lookup (H2) or tsquery term. */
    static final int MAX_QUERY_WORDS = 10;

    @QueryParam("actor")
    @Parameter(description = "actor id, or a name in Arabic or English in any common spelling; repeat for OR. A name no actor is known by matches no event (see /api/v1/actors?q= for near spellings)", example = "لافروف")
    List<String> actor;

    @QueryParam("from")
    @Parameter(description = "ISO date; events whose date interval ends on or after it", schema = @Schema(type = SchemaType.STRING, format = "date"), example = "2017-06-01")
    String from;

    @QueryParam("to")
    @Parameter(description = "ISO date; events whose date interval starts on or before it", schema = @Schema(type = SchemaType.STRING, format = "date"), example = "2017-07-31")
    String to;

    @QueryParam("includeUndated")
    @Parameter(description = "with from or to: also the undated events (after the dated ones), which a date range leaves out otherwise", schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
    String includeUndated;

    @QueryParam("reportedFrom")
    @Parameter(description = "ISO date; events with a source reported on or after it (its article's publication date, or the day it was ingested when that is unknown)", schema = @Schema(type = SchemaType.STRING, format = "date"), example = "2017-06-01")
    String reportedFrom;

    @QueryParam("reportedTo")
    @Parameter(description = "ISO date; events with a source reported on or before it (with reportedFrom: one source reported in the range)", schema = @Schema(type = SchemaType.STRING, format = "date"), example = "2017-07-31")
    String reportedTo;

    @QueryParam("type")
    @Parameter(description = "event type; repeat for OR", schema = @Schema(type = SchemaType.ARRAY, implementation = EventType.class))
    List<String> type;

    @QueryParam("place")
    @Parameter(description = "place id or name; repeat for OR. A place includes every place within it (a country its governorates, a governorate its cities, a city its quarters); a governorate's capital named by name (إدلب, Idlib) stands for the governorate, as in the press, by id (idlib) for the city. A name no place is known by matches no event", example = "الرقة")
    List<String> place;

    @QueryParam("article")
    @Parameter(description = "only events this article is a source of", example = "000_929c0f77bcde9703")
    String article;

    @QueryParam("status")
    @Parameter(schema = @Schema(implementation = EventStatus.class))
    String status;

    @QueryParam("q")
    @Parameter(description = "words that must all begin a word of the event's titles or quotes, in any spelling (hamza, taa marbuta, alef maqsura, a final ة or ا as in أستانة/أستانا, diacritics and attached و ف ب ل ك and ال do not matter); function words such as في and من are ignored. PostgreSQL matches the words' stems (its arabic full-text configuration)", example = "أستانة")
    String q;

    @QueryParam("sort")
    @Parameter(description = "date (oldest first, default) or -date", schema = @Schema(type = SchemaType.STRING, enumeration = { "date", "-date" }, defaultValue = "date"))
    String sort;

    public EventFilter toFilter(KnowledgeBase knowledge) {
        LocalDate fromDate = date("from", from);
        LocalDate toDate = date("to", to);
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            throw ProblemException.badRequest("from", "'from' (" + fromDate + ") is after 'to' (" + toDate + ")");
        }
        LocalDate reportedFromDate = date("reportedFrom", reportedFrom);
        LocalDate reportedToDate = date("reportedTo", reportedTo);
        if (reportedFromDate != null && reportedToDate != null && reportedFromDate.isAfter(reportedToDate)) {
            throw ProblemException.badRequest("reportedFrom", "'reportedFrom' (" + reportedFromDate + ") is after 'reportedTo' (" + reportedToDate + ")");
        }
        // An unknown name is a question with no answer, not a bad request: it matches no event.
        List<String> actorNames = values(actor);
        List<String> actorIds = actorNames.stream().map(knowledge::actorByIdOrName).flatMap(java.util.Optional::stream)
                .map(x -> x.id()).distinct().toList();
        List<String> placeNames = values(place);
        List<String> placeIds = placeNames.stream().flatMap(p -> knowledge.placeFilter(p).stream()).distinct().toList();
        boolean matchesNothing = !actorNames.isEmpty() && actorIds.isEmpty() || !placeNames.isEmpty() && placeIds.isEmpty();
        List<EventType> types = values(type).stream().map(t -> oneOf("type", EventType.class, t)).distinct().toList();
        EventStatus statusValue = status == null || status.isBlank() ? null : oneOf("status", EventStatus.class, status);
        boolean newestFirst = parseSort(sort);
        List<String> words = SearchTerms.queryWords(q);
        if (words.size() > MAX_QUERY_WORDS) {
            throw ProblemException.badRequest("q", "'q' has " + words.size() + " words; at most " + MAX_QUERY_WORDS + " are searched for");
        }
        String articleId = RequestFields.optional("article", article, RequestFields.MAX_ARTICLE_ID);
        return new EventFilter(actorIds, fromDate, toDate, types, placeIds, articleId, statusValue, words, newestFirst,
                bool("includeUndated", includeUndated), reportedFromDate, reportedToDate, matchesNothing);
    }

    /** A vocabulary value in any case; kept a String until here so that an unknown one is a 400 naming the parameter. */
    private static <E extends Enum<E>> E oneOf(String parameter, Class<E> vocabulary, String value) {
        String name = value.strip().toUpperCase(java.util.Locale.ROOT);
        return Arrays.stream(vocabulary.getEnumConstants()).filter(v -> v.name().equals(name)).findFirst()
                .orElseThrow(() -> ProblemException.badRequest(parameter,
                        "'" + parameter + "' must be one of " + Arrays.toString(vocabulary.getEnumConstants()) + "; got '" + value + "'"));
    }

    private static boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.badRequest(name, "'" + name + "' must be true or false; got '" + value + "'");
        };
    }

    private static boolean parseSort(String sort) {
        if (sort == null || sort.isBlank() || sort.strip().equals("date")) {
            return false;
        }
        if (sort.strip().equals("-date")) {
            return true;
        }
        throw ProblemException.badRequest("sort", "'sort' must be 'date' or '-date'; got '" + sort + "'");
    }

    private static List<String> values(List<String> raw) {
        if (raw == null) {
            return List.of();
        }
        return raw.stream().flatMap(v -> Arrays.stream(v.split(","))).map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    private static LocalDate date(String name, String value) {
        return RequestText.optionalDate(name, value);
    }
}
