package io.tarikh.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tarikh.extraction.EventStatus;
import io.tarikh.knowledge.EventType;
import io.tarikh.temporal.DateInfo;
import io.tarikh.temporal.Modifier;
import io.tarikh.temporal.Precision;
import java.net.URI;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Events in the shapes the two common timeline widgets read: Knight Lab TimelineJS and vis-timeline. Every
 * field a widget renders as HTML is built by {@link ExportMarkup} (escaped once, bidi-isolated); the fields a
 * widget ignores (status, precision, vague, sources URL) carry what the markup shows, for clients of their own.
 */
public final class TimelineExport {

    private TimelineExport() {
    }

    private static final String HTML = "HTML, every text escaped and isolated with <bdi dir lang>";

    @Schema(name = "TimelineJsDocument", description = "a Knight Lab TimelineJS 3 document", requiredProperties = { "title", "events" })
    public record TimelineJs(TimelineJsTitle title, List<TimelineJsEvent> events) {
    }

    @Schema(name = "TimelineJsTitle", requiredProperties = "text")
    public record TimelineJsTitle(TimelineJsText text) {
    }

    @Schema(name = "TimelineJsText", requiredProperties = { "headline", "text" })
    public record TimelineJsText(@Schema(description = HTML) String headline, @Schema(description = HTML) String text) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "TimelineJsEvent", requiredProperties = { "start_date", "display_date", "text", "group", "unique_id", "status", "precision", "vague", "sources_url" })
    public record TimelineJsEvent(
            @JsonProperty("start_date") TimelineJsDate startDate,
            @Schema(description = "left out when it is the start at the date's precision (TimelineJS drops such an end)") @JsonProperty("end_date") TimelineJsDate endDate,
            @Schema(description = "the date as people read it (escaped HTML), with '(approximate date)' when it is an estimate") @JsonProperty("display_date") String displayDate,
            TimelineJsText text,
            @Schema(description = "the event type's label in the export's language") String group,
            @Schema(example = "astana-4") @JsonProperty("unique_id") String uniqueId,
            EventStatus status,
            Precision precision,
            @Schema(description = "true when the date is an estimate (precision NONE or modifier APPROX), not a day") boolean vague,
            @Schema(description = "all the event's sources, paged (absolute URL)") @JsonProperty("sources_url") URI sourcesUrl) {
    }

    /** TimelineJS reads a missing month or day as "only the year (month) is known". */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "TimelineJsDate", requiredProperties = { "year", "display_date" })
    public record TimelineJsDate(int year, @Schema(minimum = "1", maximum = "12") Integer month, @Schema(minimum = "1", maximum = "31") Integer day,
            @Schema(description = "escaped HTML") @JsonProperty("display_date") String displayDate) {
    }

    @Schema(name = "VisTimeline", description = "vis-timeline data: new vis.Timeline(element, new DataSet(items), new DataSet(groups), options)", requiredProperties = { "items", "groups" })
    public record VisTimeline(List<VisItem> items, List<VisGroup> groups) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "VisItem", description = "a vis-timeline item; 'end' is exclusive, as vis expects", requiredProperties = { "id", "content", "start", "type", "group", "className", "title", "status", "precision", "vague", "sourcesUrl" })
    public record VisItem(@Schema(example = "astana-4") String id,
            @Schema(description = HTML) String content,
            @Schema(format = "date") String start,
            @Schema(format = "date", description = "exclusive; only for ranges") String end,
            @Schema(enumeration = { "point", "range" }) String type,
            EventType group,
            @Schema(description = "space-separated stable classes: tarikh-type-<type>, tarikh-status-<status>, and tarikh-vague for estimates", example = "tarikh-type-talks tarikh-status-scheduled") String className,
            @Schema(description = "the tooltip: " + HTML) String title,
            EventStatus status,
            Precision precision,
            @Schema(description = "true when the date is an estimate (precision NONE or modifier APPROX), not a day") boolean vague,
            @Schema(description = "all the event's sources, paged (absolute URL)") URI sourcesUrl) {
    }

    @Schema(name = "VisGroup", description = "one group per event type present, labelled in the export's language", requiredProperties = { "id", "content", "className", "order" })
    public record VisGroup(EventType id, @Schema(description = HTML) String content, @Schema(example = "tarikh-type-talks") String className, int order) {
    }

    /** A TimelineJS document of the dated events, titles and labels in {@code lang}, links absolute under {@code base}. */
    public static TimelineJs timelineJs(List<EventDto> events, ExportLanguage lang, URI base) {
        ExportLabels labels = ExportLabels.get();
        List<TimelineJsEvent> items = dated(events).map(e -> {
            DateInfo date = e.date();
            boolean vague = vague(date);
            String display = ExportMarkup.displayDate(lang.pick(display(date)), vague, lang, labels);
            TimelineJsDate start = tjsDate(date.precision(), date.start(), display);
            TimelineJsDate end = date.end() == null ? null : tjsDate(date.precision(), date.end(), display);
            List<ExportMarkup.Quote> quotes = e.sources().stream()
                    .map(s -> new ExportMarkup.Quote(s.quote(), s.articleId(), ExportMarkup.articleUrl(base, s.articleId()))).toList();
            URI sources = ExportMarkup.sourcesUrl(base, e.id());
            TimelineJsText text = new TimelineJsText(ExportMarkup.headline(lang.pick(e.title()), e.status(), lang, labels),
                    ExportMarkup.sourcesBody(quotes, e.sourceCount(), sources, lang, labels));
            return new TimelineJsEvent(start, sameAt(start, end) ? null : end, display, text,
                    ExportMarkup.plain(labels.type(e.type(), lang)), e.id(), e.status(), date.precision(), vague, sources);
        }).toList();
        String heading = lang.pick(labels.heading());
        return new TimelineJs(new TimelineJsTitle(new TimelineJsText(ExportMarkup.text(heading, lang), "")), items);
    }

    /** vis-timeline items and the groups they name; an item's end is the day after its last, as vis expects. */
    public static VisTimeline vis(List<EventDto> events, ExportLanguage lang, URI base) {
        ExportLabels labels = ExportLabels.get();
        List<VisItem> items = dated(events).map(e -> {
            DateInfo date = e.date();
            boolean vague = vague(date);
            boolean range = date.end() != null && !date.start().equals(date.end());
            String classes = ExportMarkup.cssClass("type", e.type()) + " " + ExportMarkup.cssClass("status", e.status()) + (vague ? " tarikh-vague" : "");
            return new VisItem(e.id(), ExportMarkup.headline(lang.pick(e.title()), e.status(), lang, labels), date.start().toString(),
                    range ? date.end().plusDays(1).toString() : null, range ? "range" : "point", e.type(), classes,
                    ExportMarkup.tooltip(lang.pick(display(date)), vague, e.sourceCount(), lang, labels), e.status(), date.precision(), vague,
                    ExportMarkup.sourcesUrl(base, e.id()));
        }).toList();
        List<VisGroup> groups = items.stream().map(VisItem::group).distinct().sorted(Comparator.naturalOrder())
                .map(t -> new VisGroup(t, ExportMarkup.text(labels.type(t, lang), lang), ExportMarkup.cssClass("type", t), t.ordinal()))
                .toList();
        return new VisTimeline(items, groups);
    }

    private static java.util.stream.Stream<EventDto> dated(List<EventDto> events) {
        return events.stream().filter(e -> e.date() != null && e.date().start() != null);
    }

    /** An estimate ("in two or three weeks") or an approximate period: a widget must not show it as a day. */
    static boolean vague(DateInfo date) {
        return date.precision() == Precision.NONE || date.modifier() == Modifier.APPROX;
    }

    private static LocalizedText display(DateInfo date) {
        return date.display() == null ? new LocalizedText(date.value(), date.value())
                : new LocalizedText(date.display().ar(), date.display().en());
    }

    private static TimelineJsDate tjsDate(Precision precision, LocalDate day, String display) {
        return switch (precision) {
            case YEAR, DECADE -> new TimelineJsDate(day.getYear(), null, null, display);
            case MONTH, QUARTER -> new TimelineJsDate(day.getYear(), day.getMonthValue(), null, display);
            default -> new TimelineJsDate(day.getYear(), day.getMonthValue(), day.getDayOfMonth(), display);
        };
    }

    private static boolean sameAt(TimelineJsDate start, TimelineJsDate end) {
        return end == null || start.year() == end.year() && Objects.equals(start.month(), end.month()) && Objects.equals(start.day(), end.day());
    }
}
