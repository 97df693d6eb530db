package io.tarikh.temporal;

import io.tarikh.text.Document;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The temporal engine: tags the date expressions of an Arabic text once ({@link #tag}), decides the
 * anchor (given, or inferred from the text and the reference events it mentions) and resolves every
 * expression against it. Immutable and thread-safe; rules and lexicons are read once, by {@link #create}.
 */
public final class TemporalEngine {

    /** How far around an expression a future marker (سوف، المقرر...) still sets its tense, in characters. */
    private static final int TENSE_BEFORE = 50;
    private static final int TENSE_AFTER = 15;

    private final Tagger tagger;
    private final Resolver resolver;
    private final AnchorInference inference;
    private final Tense tense;
    private final ReferenceEventIndex references;

    private TemporalEngine(Lexicon lexicon, ReferenceEventIndex references) {
        this.tagger = new Tagger(RuleBook.load(lexicon), lexicon);
        this.resolver = new Resolver(lexicon);
        this.tense = Tense.shipped();
        this.inference = new AnchorInference(lexicon, tense);
        this.references = references;
    }

    /** An engine whose one-call {@link #resolve(Document, LocalDate)} finds reference events with {@code references}. */
    public static TemporalEngine create(ReferenceEventIndex references) {
        return new TemporalEngine(Lexicon.get(), references);
    }

    /** The temporal phrases of a document, tagged once for every later stage. */
    public Tagging tag(Document doc) {
        return new Tagging(doc, tagger.tag(doc), this, s -> futureContext(doc, s));
    }

    /**
     * Whether a span's clause is about the future. After a past perfect ("وكان ترامب قد قال الإثنين إنه سيتخذ") a
     * future verb after the date is what was said, not when; that is read only when such a verb is there.
     */
    private boolean futureContext(Document doc, Tagger.Span s) {
        if (!tense.futureMarked(doc, s.nStart(), s.nEnd(), TENSE_BEFORE, TENSE_AFTER, Tense.Scope.SENTENCE)) {
            return false;
        }
        return tense.futureMarked(doc, s.nStart(), s.nEnd(), TENSE_BEFORE, 0, Tense.Scope.SENTENCE)
                || !tense.pastPerfectBefore(doc, s.nStart());
    }

    /**
     * Resolves a tagged document against {@code provided} when given, else against the anchor inferred
     * from its phrases and the reference events it mentions (as {@link ReferenceMentions#forInference}).
     */
    public Resolution resolve(Tagging tagging, List<ReferenceMention> mentions, LocalDate provided) {
        Anchor anchor = provided != null ? Anchor.provided(provided)
                : inference.infer(tagging.document(), tagging.spans(), mentions,
                        (s, candidate) -> candidate == null ? tagging.unanchored(s) : meaning(tagging, s, candidate));
        return new Resolution(anchor, expressions(tagging, anchor.date()));
    }

    /** Tags, finds the mentions it needs and resolves in one call (the resolve endpoint, tests). */
    public Resolution resolve(Document doc, LocalDate provided) {
        Tagging tagging = tag(doc);
        List<ReferenceMention> mentions = provided != null ? List.of() : references.find(doc, tagging).forInference();
        return resolve(tagging, mentions, provided);
    }

    public Resolution resolve(String text, LocalDate provided) {
        return resolve(Document.of(text), provided);
    }

    /** The expressions of {@code text} resolved against a known anchor. */
    public List<TemporalExpression> resolveAgainst(String text, LocalDate anchor) {
        return expressions(tag(Document.of(text)), anchor);
    }

    private List<TemporalExpression> expressions(Tagging tagging, LocalDate anchor) {
        List<Tagger.Span> spans = tagging.spans();
        List<TemporalExpression> out = new ArrayList<>(spans.size());
        Document doc = tagging.document();
        LocalDate lastDay = null; // the last single day named so far, for "اليوم التالي", "في اليوم نفسه"
        int lastDayAt = -1;
        for (Tagger.Span s : spans) {
            Unit same = Resolver.samePeriodOf(s);
            Resolver.Resolved r = same != null ? samePeriod(s, same, out)
                    : s.rule().kind() != RuleBook.Kind.ANAPHORIC_DAY ? meaning(tagging, s, anchor)
                    : lastDay != null && counts(tagging, s, lastDay, lastDayAt, anchor) ? anaphoricDay(s, lastDay)
                    : ((SpanValue.AnaphoricDay) s.value()).mayRollOver() ? resolver.someHours(s) // a duration of no day, as before
                    : null;
            if (r == null) {
                continue;
            }
            if (r.date().start() != null && r.date().start().equals(r.date().end()) && r.date().precision() == Precision.DAY) {
                lastDay = r.date().start();
                lastDayAt = s.nStart();
            }
            out.add(expression(doc, s, r));
        }
        return out;
    }

    /**
     * "في مارس من العام ذاته", "أواخر الشهر نفسه": within the period of that unit of the last date named before it
     * that lies in one such period ("نوفمبر 2011" for a year, "3 آذار 2021" for a month); nothing when there is none,
     * as the publication's period would be a guess.
     */
    private Resolver.Resolved samePeriod(Tagger.Span s, Unit unit, List<TemporalExpression> before) {
        for (int i = before.size() - 1; i >= 0; i--) {
            DateInfo d = before.get(i).date();
            if (d.start() != null && d.end() != null && unit.samePeriod(d.start(), d.end())) {
                try {
                    return resolver.resolveWithin(s, unit, before.get(i));
                } catch (DateTimeException | ArithmeticException e) {
                    return null;
                }
            }
        }
        return null;
    }

    /**
     * Whether an anaphoric day counts from the day named before it (at folded index {@code lastDayAt}). Not
     * "يصل بعد ساعات", hours from now in a clause about the future; not, in a clause about the past, a day
     * still ahead; not when the narrative left the background that day was told in ("وكان ... قد كلف في
     * السادس من حزيران. وفي اليوم نفسه انفجرت"), though within it ("وكان ... قد ... وفي اليوم التالي") it does.
     */
    private boolean counts(Tagging tagging, Tagger.Span s, LocalDate lastDay, int lastDayAt, LocalDate anchor) {
        boolean ahead = tagging.future(s);
        if (ahead && ((SpanValue.AnaphoricDay) s.value()).mayRollOver() || !ahead && anchor != null && lastDay.isAfter(anchor)) {
            return false;
        }
        Document doc = tagging.document();
        return !tense.pastPerfectBefore(doc, lastDayAt) || tense.pastPerfectBefore(doc, s.nStart());
    }

    static TemporalExpression expression(Document doc, Tagger.Span s, Resolver.Resolved r) {
        int start = doc.originalStart(s.nStart());
        int end = doc.originalEndWithMarks(s.nEnd());
        return new TemporalExpression(doc.text().substring(start, end), start, end, r.type(), r.date(), s.rule().id(), r.explanation());
    }

    /**
     * One span's meaning against a candidate anchor: also used by inference to test hypotheses.
     * Null, like any span that is no date, when the arithmetic leaves what java.time can represent
     * (a day after LocalDate.MAX, a Hijri year outside the Umm al-Qura tables): an anchor at the
     * edge of time must not make a whole text fail.
     */
    Resolver.Resolved meaning(Tagging tagging, Tagger.Span s, LocalDate anchor) {
        try {
            boolean ahead = tagging.future(s);
            if (!ahead && s.value() instanceof SpanValue.Duration d && d.lead() == SpanValue.Lead.AFTER
                    && tense.pastPerfectBefore(tagging.document(), s.nStart())) {
                // "وكان قد عاد ... بعد أكثر من عشرين عاما أمضاها في المنفى": background told in the past perfect
                // is not years after the publication day; the words are a length, counted from something else.
                return resolver.resolve(s, null, false);
            }
            return resolver.resolve(s, anchor, ahead);
        } catch (DateTimeException | ArithmeticException e) {
            return null;
        }
    }

    private Resolver.Resolved anaphoricDay(Tagger.Span s, LocalDate lastDay) {
        try {
            return resolver.anaphoricDay(s, lastDay);
        } catch (DateTimeException | ArithmeticException e) {
            return null;
        }
    }
}
