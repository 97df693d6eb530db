package io.tarikh.api;

import io.tarikh.extraction.EventStatus;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.owasp.encoder.Encode;

/**
 * The one place where the timeline exports turn text into the HTML the widgets render (TimelineJS headline,
 * text and display_date; vis content, title and group content). Every text from an article, the knowledge or
 * the labels is escaped here, once, by OWASP's encoder; callers only assemble what this class returns.
 * <p>
 * Bidi: a text carries its own direction and language ({@code <bdi dir lang>}), so an Arabic quote in an
 * English export (or a Latin id in an Arabic one) neither reorders its neighbours nor is reordered by them.
 * {@code <bdi>} with {@code dir} also survives vis-timeline's default XSS filter, which strips span attributes.
 */
public final class ExportMarkup {

    private ExportMarkup() {
    }

    /** A text in a language: escaped and isolated with its direction. */
    public static String text(String raw, ExportLanguage lang) {
        return "<bdi dir=\"" + lang.dir() + "\" lang=\"" + lang.tag() + "\">" + Encode.forHtml(raw) + "</bdi>";
    }

    /** An id (Latin letters, digits, '_' and '-'): isolated left-to-right, so "000_929c" stays in that order in Arabic. */
    public static String id(String raw) {
        return "<bdi dir=\"ltr\">" + Encode.forHtml(raw) + "</bdi>";
    }

    /** Escaped text for a field a widget reads as HTML but that needs no isolation (a date, a label). */
    public static String plain(String raw) {
        return Encode.forHtml(raw);
    }

    /** A stable CSS class for a vocabulary value: tarikh-type-phone-call, tarikh-status-scheduled. */
    public static String cssClass(String prefix, Enum<?> value) {
        return "tarikh-" + prefix + "-" + value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The absolute URL of an event's sources on this service (the export is read from other origins). */
    public static URI sourcesUrl(URI base, String eventId) {
        return base.resolve("api/v1/events/" + Encode.forUriComponent(eventId) + "/sources");
    }

    /** The absolute URL of an article on this service. */
    public static URI articleUrl(URI base, String articleId) {
        return base.resolve("api/v1/articles/" + Encode.forUriComponent(articleId));
    }

    /** The title of an item, preceded by its status when it is not a past event (a scheduled round must not look held). */
    public static String headline(String title, EventStatus status, ExportLanguage lang, ExportLabels labels) {
        String marker = status == EventStatus.OCCURRED ? ""
                : "<span class=\"tarikh-status " + cssClass("status", status) + "\">" + text("(" + labels.status(status, lang) + ")", lang)
                        + "</span> ";
        return marker + text(title, lang);
    }

    /** The date as people read it, flagged when it is an estimate rather than a day. */
    public static String displayDate(String display, boolean vague, ExportLanguage lang, ExportLabels labels) {
        return plain(vague ? display + " (" + lang.pick(labels.approximate()) + ")" : display);
    }

    /** One quoted source: the Arabic quote and its article id, linked to the article. */
    public record Quote(String text, String articleId, URI articleUrl) {
    }

    /** The body of a TimelineJS slide: the quoted sources and a link to all of them. */
    public static String sourcesBody(List<Quote> quotes, long sourceCount, URI sourcesUrl, ExportLanguage lang, ExportLabels labels) {
        String quoted = quotes.stream()
                .map(q -> "<p class=\"tarikh-source\">" + text(q.text(), ExportLanguage.AR) + " <small>(" + anchor(q.articleUrl(), id(q.articleId()))
                        + ")</small></p>")
                .collect(Collectors.joining());
        return "<div dir=\"" + lang.dir() + "\" lang=\"" + lang.tag() + "\">" + quoted + "<p>"
                + anchor(sourcesUrl, text(labels.allSources(sourceCount, lang), lang)) + "</p></div>";
    }

    /** A vis item's tooltip: the displayed date and how many sources the item has. */
    public static String tooltip(String displayDate, boolean vague, long sourceCount, ExportLanguage lang, ExportLabels labels) {
        return text(vague ? displayDate + " (" + lang.pick(labels.approximate()) + ")" : displayDate, lang) + "<br>"
                + text(labels.allSources(sourceCount, lang), lang);
    }

    private static String anchor(URI href, String innerHtml) {
        return "<a href=\"" + Encode.forHtmlAttribute(href.toString()) + "\" target=\"_blank\" rel=\"noopener\">" + innerHtml + "</a>";
    }
}
