package io.tarikh.temporal;

import io.tarikh.text.Document;
import io.tarikh.text.SentenceSplitter.Sentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A document's temporal phrases, tagged once ({@link TemporalEngine#tag}) and read by the mention
 * annotators, anchor inference and resolution. Belongs to one analysis: not shared between threads.
 */
public final class Tagging implements WrittenDates {

    /** Any anchor will do for written dates: they use only what the text writes of a date. */
    private static final LocalDate NEUTRAL_ANCHOR = LocalDate.of(2000, 1, 1);

    private final Document doc;
    private final List<Tagger.Span> spans;
    private final TemporalEngine engine;
    private final Predicate<Tagger.Span> futureClause;
    /** Whether each span stands in a future clause: asked once, however often inference re-resolves it. */
    private final Map<Tagger.Span, Boolean> future = new IdentityHashMap<>();
    private final Map<Integer, List<TemporalExpression>> writtenBySentence = new HashMap<>();

    Tagging(Document doc, List<Tagger.Span> spans, TemporalEngine engine, Predicate<Tagger.Span> futureClause) {
        this.doc = doc;
        this.spans = List.copyOf(spans);
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

    @Override
    public List<TemporalExpression> inSentenceOf(int offset) {
        Sentence s = doc.sentenceAt(offset);
        if (s == null) {
            return List.of();
        }
        return writtenBySentence.computeIfAbsent(s.start(), k -> written(doc.foldedIndex(s.start()), doc.foldedIndex(s.end())));
    }

    private List<TemporalExpression> written(int foldedFrom, int foldedTo) {
        List<TemporalExpression> out = new ArrayList<>();
        for (Tagger.Span span : spans) {
            if (span.nStart() >= foldedFrom && span.nEnd() <= foldedTo && span.rule().kind() != RuleBook.Kind.NEXT_DAY) {
                TemporalExpression e = engine.expression(this, span, NEUTRAL_ANCHOR);
                if (e != null) {
                    out.add(e);
                }
            }
        }
        return out;
    }
}
