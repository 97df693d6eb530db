package io.tarikh.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tarikh.temporal.DateInfo;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Events in the shapes the two common timeline widgets read: Knight Lab TimelineJS and vis-timeline. */
public final class TimelineExport {

    private TimelineExport() {
    }

    /** What /timeline answers: a named schema, so that client generators see one type with two shapes. */
    @Schema(name = "TimelineExport", description = "format=timelinejs: a TimelineJS document; format=vis: an array of vis-timeline items",
            oneOf = { TimelineJs.class, VisItems.class })
    public interface Document {
    }

    @Schema(name = "VisItems", type = SchemaType.ARRAY, implementation = VisItem.class, description = "vis-timeline items")
    public interface VisItems {
    }

    @Schema(name = "TimelineJsDocument", description = "a Knight Lab TimelineJS document")
    public record TimelineJs(TimelineJsText title, List<TimelineJsEvent> events) {
    }

    @Schema(name = "TimelineJsEvent")
    public record TimelineJsEvent(@JsonProperty("start_date") TimelineJsDate startDate,
            @JsonProperty("end_date") TimelineJsDate endDate, TimelineJsHeadline text, String group,
            @JsonProperty("unique_id") String uniqueId) {
    }

    @Schema(name = "TimelineJsText")
    public record TimelineJsText(TimelineJsHeadline text) {
    }

    @Schema(name = "TimelineJsHeadline")
    public record TimelineJsHeadline(String headline, String text) {
    }

    /** TimelineJS reads a missing month or day as "only the year (month) is known". */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "TimelineJsDate")
    public record TimelineJsDate(int year, Integer month, Integer day) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "VisItem", description = "a vis-timeline item; 'end' is exclusive, as vis expects")
    public record VisItem(String id, String content, String start, String end,
            @Schema(enumeration = { "point", "range" }) String type, String group, String title) {
    }

    public static TimelineJs timelineJs(List<EventDto> events, boolean english, String heading) {
        List<TimelineJsEvent> items = events.stream().filter(e -> e.date() != null && e.date().start() != null)
                .map(e -> new TimelineJsEvent(tjsDate(e.date(), e.date().start()), tjsDate(e.date(), e.date().end()),
                        new TimelineJsHeadline(title(e, english), sourcesHtml(e)), e.type().name(), e.id()))
                .toList();
        return new TimelineJs(new TimelineJsText(new TimelineJsHeadline(heading, "")), items);
    }

    public static List<VisItem> vis(List<EventDto> events, boolean english) {
        return events.stream().filter(e -> e.date() != null && e.date().start() != null).map(e -> {
            boolean range = !e.date().start().equals(e.date().end());
            String end = range ? e.date().end().plusDays(1).toString() : null;
            return new VisItem(e.id(), title(e, english), e.date().start().toString(), end, range ? "range" : "point",
                    e.type().name(), english ? e.date().display().en() : e.date().display().ar());
        }).toList();
    }

    private static TimelineJsDate tjsDate(DateInfo date, java.time.LocalDate day) {
        return switch (date.precision()) {
            case YEAR, DECADE -> new TimelineJsDate(day.getYear(), null, null);
            case MONTH, QUARTER -> new TimelineJsDate(day.getYear(), day.getMonthValue(), null);
            default -> new TimelineJsDate(day.getYear(), day.getMonthValue(), day.getDayOfMonth());
        };
    }

    private static String title(EventDto e, boolean english) {
        return english || e.title().ar() == null ? e.title().en() : e.title().ar();
    }

    private static String sourcesHtml(EventDto e) {
        return e.sources().stream()
                .map(s -> "<p>" + escape(s.quote()) + " <small>(" + escape(s.articleId()) + ")</small></p>")
                .collect(Collectors.joining());
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
