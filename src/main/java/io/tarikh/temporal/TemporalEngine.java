package io.tarikh.temporal;

import io.tarikh.text.ArabicNormalizer;
import io.tarikh.text.ArabicNormalizer.NormalizedText;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The temporal engine: tags the date expressions of an Arabic text, decides the anchor (given,
 * or inferred from the text) and resolves every expression against it. Immutable and thread-safe;
 * rules and lexicons are read once, by {@link #create}.
 */
public final class TemporalEngine {

    /** How far around an expression a future marker (سوف، المقرر...) still sets the tense, in characters. */
    private static final int TENSE_BEFORE = 50;
    private static final int TENSE_AFTER = 15;

    private final Tagger tagger;
    private final Resolver resolver;
    private final AnchorInference inference;
    private final Pattern futureMarkers;

    private TemporalEngine(Lexicon lexicon, ReferenceEventIndex references) {
        this.tagger = new Tagger(RuleBook.load(lexicon), lexicon);
        this.resolver = new Resolver(lexicon);
        this.inference = new AnchorInference(references, lexicon);
        // A listed marker, or any verb with the future prefix س ("سيقدم", "ستعمل", "سنواصل") that is not one of the
        // common words that merely begin with those letters ("سيطرت", "سياسة", "سنوات").
        this.futureMarkers = Pattern.compile("(?<![\\p{L}\\p{N}])[وف]?(?:"
                + lexicon.forms("futureMarkers").stream().map(Pattern::quote).collect(Collectors.joining("|"))
                + "|(?=س[يتن])" + lexicon.forms("notFutureVerbs").stream().map(Pattern::quote).collect(Collectors.joining("|", "(?!", ")"))
                + "س[يتن]\\p{L}{3,})(?![\\p{L}\\p{N}])");
    }

    public static TemporalEngine create(ReferenceEventIndex references) {
        return new TemporalEngine(Lexicon.get(), references);
    }

    /** Resolves against {@code provided} when given, else against the anchor inferred from the text. */
    public Resolution resolve(String text, LocalDate provided) {
        NormalizedText folded = Tagger.normalize(text);
        List<Tagger.Span> spans = tagger.tag(folded.text());
        Anchor anchor = provided != null ? Anchor.provided(provided) : inference.infer(text, folded, spans, this::meaning);
        return new Resolution(anchor, expressions(text, folded, spans, anchor.date()));
    }

    /** The expressions of {@code text} resolved against a known anchor. */
    public List<TemporalExpression> resolveAgainst(String text, LocalDate anchor) {
        NormalizedText folded = Tagger.normalize(text);
        return expressions(text, folded, tagger.tag(folded.text()), anchor);
    }

    private List<TemporalExpression> expressions(String text, NormalizedText folded, List<Tagger.Span> spans, LocalDate anchor) {
        List<TemporalExpression> out = new ArrayList<>(spans.size());
        LocalDate lastDay = null; // the last single day named so far, for "اليوم التالي"
        for (Tagger.Span s : spans) {
            Resolver.Resolved r = s.rule().kind() == RuleBook.Kind.NEXT_DAY
                    ? (lastDay == null ? null : nextDay(s, lastDay))
                    : meaning(folded.text(), s, anchor);
            if (r == null) {
                continue;
            }
            if (r.date().start() != null && r.date().start().equals(r.date().end()) && r.date().precision() == Precision.DAY) {
                lastDay = r.date().start();
            }
            int start = folded.originalStart(s.nStart());
            int end = originalEnd(text, folded, s.nEnd());
            out.add(new TemporalExpression(text.substring(start, end), start, end, r.type(), r.date(), s.rule().id(), r.explanation()));
        }
        return out;
    }

    /**
     * The original end of a match: the normaliser drops diacritics and tatweel, so the folded match
     * stops before the last word's final marks ("غداً", "هـ"); they belong to the word.
     */
    static int originalEnd(String text, NormalizedText folded, int nEnd) {
        int end = folded.originalEnd(nEnd);
        while (end > 0 && end < text.length() && ArabicNormalizer.isMark(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /**
     * One span's meaning against a candidate anchor: also used by inference to test hypotheses.
     * Null, like any span that is no date, when the arithmetic leaves what java.time can represent
     * (a day after LocalDate.MAX, a Hijri year outside the Umm al-Qura tables): an anchor at the
     * edge of time must not make a whole text fail.
     */
    Resolver.Resolved meaning(String normalised, Tagger.Span s, LocalDate anchor) {
        try {
            return resolver.resolve(s, anchor, futureContext(normalised, s));
        } catch (DateTimeException | ArithmeticException e) {
            return null;
        }
    }

    private Resolver.Resolved nextDay(Tagger.Span s, LocalDate lastDay) {
        try {
            return resolver.nextDay(s, lastDay);
        } catch (DateTimeException | ArithmeticException e) {
            return null;
        }
    }

    private boolean futureContext(String normalised, Tagger.Span s) {
        int from = Math.max(clauseStart(normalised, s.nStart()), s.nStart() - TENSE_BEFORE);
        int to = Math.min(clauseEnd(normalised, s.nEnd()), s.nEnd() + TENSE_AFTER);
        return futureMarkers.matcher(normalised).region(from, to).find();
    }

    private static int clauseStart(String text, int from) {
        for (int i = from - 1; i >= 0; i--) {
            if (".!?؟\n".indexOf(text.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return 0;
    }

    private static int clauseEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (".!?؟\n".indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }
}
