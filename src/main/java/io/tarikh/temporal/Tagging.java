package io.tarikh.temporal;

import io.tarikh.text.Document;
import io.tarikh.text.SentenceSplitter.Sentence;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A document's temporal phrases, tagged once ({@link TemporalEngine#tag}) and read by the mention
 * annotators, anchor inference and resolution. Belongs to one analysis: not shared between threads.
 */
public final class Tagging implements WrittenDates {

    /** Any anchor will do for written dates: they use only what the text writes of a date. */
    private static final LocalDate NEUTRAL_ANCHOR = LocalDate.of(2000, 1, 1);

    private final Document doc;
    private final List<Tagger.Span> spans;
    /** The spans' folded starts, in order: a sentence's spans are found by binary search. */
    private final int[] starts;
    private final TemporalEngine engine;
    private final Predicate<Tagger.Span> futureClause;
    /** Whether each span stands in a future clause: asked once, however often inference re-resolves it. */
    private final Map<Tagger.Span, Boolean> future = new IdentityHashMap<>();
    /**
     * Each span resolved against no anchor (anchor inference reads every one) and as written (the mention
     * annotators read a few): once each, however many stages ask. A {@link #NOT_A_DATE} value stands for null.
     */
    private final Map<Tagger.Span, Resolver.Resolved> unanchored = new IdentityHashMap<>();
    private final Map<Tagger.Span, TemporalExpression> written = new IdentityHashMap<>();
    private static final Resolver.Resolved NOT_A_DATE = new Resolver.Resolved(null, null, null);
    private static final TemporalExpression NO_EXPRESSION = new TemporalExpression(null, 0, 0, null, null, null, null);

    Tagging(Document doc, List<Tagger.Span> spans, TemporalEngine engine, Predicate<Tagger.Span> futureClause) {
        this.doc = doc;
        this.spans = spans.stream().sorted(Comparator.comparingInt(Tagger.Span::nStart)).toList();
        this.starts = this.spans.stream().mapToInt(Tagger.Span::nStart).toArray();
        this.engine = engine;
        this.futureClause = futureClause;
    }

    boolean future(Tagger.Span span) {
        return future.computeIfAbsent(span, futureClause::test);
    }

    public Document document() {
        return doc;
    }

    List<Tagger.Span> spans() {
        return spans;
    }

    /**
     * What {@code span} says of a date by itself, without an anchor: null when that is no date, and for a
     * span counted from the anchor ({@link Resolver#countsFromAnchor}), which by itself names no day.
     */
    Resolver.Resolved unanchored(Tagger.Span span) {
        if (Resolver.countsFromAnchor(span)) {
            return null;
        }
        Resolver.Resolved r = unanchored.computeIfAbsent(span, s -> {
            Resolver.Resolved meaning = engine.meaning(this, s, null);
            return meaning == null ? NOT_A_DATE : meaning;
        });
        return r == NOT_A_DATE ? null : r;
    }

    @Override
    public Stream<TemporalExpression> inSentenceAfter(int offset) {
        Sentence s = doc.sentenceAt(offset);
        if (s == null) {
            return Stream.empty();
        }
        int foldedFrom = doc.foldedIndex(s.start());
        int foldedTo = doc.foldedIndex(s.end());
        int foldedOffset = doc.foldedIndex(offset);
        // Spans are in text order and do not overlap: a sentence's are one run of the list.
        int first = Document.lowerBound(starts, starts.length, foldedFrom);
        int end = first;
        while (end < spans.size() && spans.get(end).nStart() < foldedTo) {
            end++;
        }
        return spans.subList(first, end).stream()
                .filter(span -> span.nEnd() <= foldedTo && span.nEnd() > foldedOffset && span.rule().kind() != RuleBook.Kind.ANAPHORIC_DAY)
                .map(this::written)
                .filter(e -> e != NO_EXPRESSION);
    }

    /**
     * A span as written. A date that has a day or a month without an anchor names it whatever the anchor
     * (its year is written): that resolution is the one inference made. Only the others are resolved again,
     * against the neutral anchor.
     */
    private TemporalExpression written(Tagger.Span span) {
        return written.computeIfAbsent(span, s -> {
            Resolver.Resolved r = unanchored(s);
            if (r == null || r.date().start() == null) {
                r = engine.meaning(this, s, NEUTRAL_ANCHOR);
            }
            return r == null ? NO_EXPRESSION : TemporalEngine.expression(doc, s, r);
        });
    }
}
