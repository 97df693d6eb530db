package io.tarikh.temporal;

import io.tarikh.text.ArabicNormalizer;
import io.tarikh.text.Clitics;
import io.tarikh.text.Document;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * "Is this about the future?": the one answer for the resolver (a bare "15 أيار" resolves forwards),
 * anchor inference (a date ahead bounds the publication day from above) and extraction (a scheduled
 * event). A clause is future when it holds a listed marker (المقرر، سوف، المقبل ...) or a verb with the
 * future prefix س ("سيقدم", "ستعمل", "سنواصل") that is not one of the words merely beginning with those
 * letters ("سيطرت", "سياسة", "سنوات"). Both lists are {@code futureMarkers} and {@code notFutureVerbs}
 * of {@code temporal/lexicon/words.yaml}. Callers say how far around their span a marker still speaks
 * of it; the window never leaves the span's sentence or clause.
 */
public final class Tense {

    /** The boundary a marker must not cross. */
    public enum Scope {
        SENTENCE, CLAUSE
    }

    /**
     * How many words may stand between the auxiliary and the particle of a past perfect: the subject
     * between them may be a title and a name ("وكان الأمين العام للأمم المتحدة أنطونيو غوتيريش قد") or a
     * list of them. A "قد" this far after a plain "كان" is rare and, read as background, only withholds a date.
     */
    private static final int PAST_PERFECT_GAP = 20;
    /** How many words a since-marker may stand before the date it speaks of: "منذ بدء الأزمة في حزيران 2017". */
    private static final int SINCE_REACH_WORDS = 5;
    /** How far before a date the words that make it a bound are looked for: a since-marker's reach and the words before it. */
    private static final int BOUND_WINDOW_CHARS = 120;
    private static final Tense SHIPPED = new Tense(Lexicon.get().forms("futureMarkers"), Lexicon.get().forms("notFutureVerbs"),
            Lexicon.get().forms("pastPerfectAuxiliaries"), Lexicon.get().forms("pastPerfectParticles"),
            Lexicon.get().forms("sinceMarkers"), Lexicon.get().forms("untilMarkers"), Lexicon.get().forms("sinceBounders"),
            Lexicon.get().forms("startMarkers"), Lexicon.get().forms("frameContinuations"), Lexicon.get().forms("complementizers"));

    private final Pattern marker;
    private final Pattern pastPerfect;
    private final Pattern sinceBefore;
    private final Pattern untilBefore;
    private final Pattern sinceBounder;
    private final Pattern startBefore;
    private final java.util.Set<String> continuations;
    /** A complementizer opens reported words: a tense window after a span ends there. */
    private final Pattern reportedWords;
    private final List<String> complementizers;

    Tense(List<String> markers, List<String> notFutureVerbs, List<String> auxiliaries, List<String> particles) {
        this(markers, notFutureVerbs, auxiliaries, particles, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    Tense(List<String> markers, List<String> notFutureVerbs, List<String> auxiliaries, List<String> particles,
            List<String> sinceMarkers, List<String> untilMarkers, List<String> sinceBounders, List<String> startMarkers,
            List<String> continuations, List<String> complementizers) {
        this.continuations = ArabicNormalizer.normalizeAll(continuations);
        this.complementizers = List.copyOf(complementizers);
        this.reportedWords = Pattern.compile("(?<![\\p{L}\\p{N}])[" + Clitics.CONJUNCTIONS + "]?(?:" + alternatives(complementizers)
                + ")(?![\\p{L}\\p{N}])");
        this.startBefore = Pattern.compile("(?<![\\p{L}\\p{N}])[" + Clitics.CONJUNCTIONS + "]?(?:" + alternatives(startMarkers)
                + ")\\s+(?:في\\s+|منذ\\s+)?$");
        this.sinceBounder = Pattern.compile("(?<![\\p{L}\\p{N}])[" + Clitics.CONJUNCTIONS + "]?[" + Clitics.PREPOSITIONS + "]?(?:"
                + alternatives(sinceBounders) + ")(?![\\p{L}\\p{N}])");
        // Matched against the clause's text up to a date's first word ("...منذ بدء الازمه في "), or the date's own opening words.
        this.sinceBefore = Pattern.compile("(?<![\\p{L}\\p{N}])[" + Clitics.CONJUNCTIONS + "]?(?:" + alternatives(sinceMarkers)
                + ")(?:\\s+[^\\s]+){0," + SINCE_REACH_WORDS + "}\\s*$");
        this.untilBefore = Pattern.compile("(?<![\\p{L}\\p{N}])[" + Clitics.CONJUNCTIONS + "]?(?:" + alternatives(untilMarkers) + ")\\s*$");
        this.pastPerfect = Pattern.compile("(?<![\\p{L}\\p{N}])[" + Clitics.CONJUNCTIONS + "]?(?:"
                + auxiliaries.stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")(?![\\p{L}\\p{N}])"
                + "(?:\\s+\\S+){0," + PAST_PERFECT_GAP + "}?\\s+(?:"
                + particles.stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")(?![\\p{L}\\p{N}])");
        // A marker may carry an attached conjunction and preposition ("وسيعقد", "فالمقبل", "بالمقرر").
        this.marker = Pattern.compile("(?<![\\p{L}\\p{N}])[" + Clitics.CONJUNCTIONS + "]?(?:[" + Clitics.PREPOSITIONS + "]?(?:"
                + markers.stream().sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
                        .collect(Collectors.joining("|"))
                + ")|(?=س[يتن])" + notFutureVerbs.stream().map(Pattern::quote).collect(Collectors.joining("|", "(?!", ")"))
                + "س[يتن]\\p{L}{3,})(?![\\p{L}\\p{N}])");
    }

    /**
     * Whether a date preceded by {@code textBefore} (as written) is when something began, not its whole span:
     * "العملية التي بدأت في التاسع من الشهر الجاري" is the first day of an operation that lasted two weeks.
     */
    public boolean beginsAt(String textBefore) {
        String folded = ArabicNormalizer.normalize(textBefore.substring(Math.max(0, textBefore.length() - 24)));
        return startBefore.matcher(folded).find();
    }

    /** The complementizers that open reported words ("إن", "أنها", "بأنه"), folded: one list for tense and for speech. */
    public List<String> complementizers() {
        return complementizers;
    }

    /** The markers of the shipped lexicon. */
    public static Tense shipped() {
        return SHIPPED;
    }

    /**
     * Whether a future marker stands in the folded text from {@code before} characters before
     * {@code foldedStart} to {@code after} characters after {@code foldedEnd}, within the sentence
     * or clause of the span.
     */
    public boolean futureMarked(Document doc, int foldedStart, int foldedEnd, int before, int after, Scope scope) {
        int scopeStart = scope == Scope.CLAUSE ? doc.clauseStart(foldedStart) : doc.sentenceStart(foldedStart);
        int scopeEnd = scope == Scope.CLAUSE ? doc.clauseEnd(foldedEnd) : doc.sentenceEnd(Math.max(foldedStart, foldedEnd - 1));
        int from = Math.max(scopeStart, foldedStart - before);
        int to = Math.min(scopeEnd, foldedEnd + after);
        if (after > 0 && foldedEnd < to) {
            // "أعلنت الوزارة الخميس أنها ستفتح": a future verb in the reported words is what was said, not when.
            Matcher opens = reportedWords.matcher(doc.folded()).region(foldedEnd, to);
            opens.useTransparentBounds(true);
            if (opens.find()) {
                to = opens.start();
            }
        }
        if (from >= to) {
            return false;
        }
        Matcher m = marker.matcher(doc.folded()).region(from, to);
        m.useTransparentBounds(true); // a word cut by the window is not a word of its own
        return m.find();
    }

    /**
     * Whether the clause before folded index {@code at} is in the past perfect: "وكانت أنقرة قد أعلنت
     * بدء عملية ..." tells background, not the news the text reports.
     */
    public boolean pastPerfectBefore(Document doc, int at) {
        int from = doc.sentenceStart(at);
        if (from < at && pastPerfect.matcher(doc.folded()).region(from, at).useTransparentBounds(true).find()) {
            return true;
        }
        // "كما وصف لافروف في اليوم ذاته" goes on with the sentence before it, background or not.
        if (!opensWithContinuation(doc.folded(), from)) {
            return false;
        }
        int previousEnd = from - 1;
        while (previousEnd >= 0 && !Character.isLetterOrDigit(doc.folded().charAt(previousEnd))) {
            previousEnd--;
        }
        int previousStart = previousEnd < 0 ? from : doc.sentenceStart(previousEnd);
        return previousStart < from && pastPerfect.matcher(doc.folded()).region(previousStart, from).useTransparentBounds(true).find();
    }

    /** Whether the first word from {@code from} is a continuation, read in place: this runs for every date and trigger. */
    private boolean opensWithContinuation(String folded, int from) {
        int start = from;
        while (start < folded.length() && !Character.isLetterOrDigit(folded.charAt(start))) {
            start++;
        }
        for (String word : continuations) {
            int end = start + word.length();
            if (folded.startsWith(word, start) && (end == folded.length() || !Character.isLetterOrDigit(folded.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the date expression at folded [{@code start}, {@code end}) bounds a span rather than dating its
     * clause's event: it opens with an until-marker or has one right before it ("حتى صباح اليوم"), or a
     * since-marker opens it or stands a few words before it in its clause ("منذ بدء الأزمة في حزيران 2017")
     * after "the first" or a negation ("أول زيارة ... منذ").
     */
    public boolean boundsSpan(Document doc, int start, int end) {
        String text = doc.folded().substring(start, Math.max(start, end)).strip();
        int space = text.indexOf(' ');
        String firstWord = space < 0 ? text : text.substring(0, space);
        // Only the words just before count: a marker within reach, and "the first" or a negation a few words before it.
        int from = Math.max(doc.clauseStart(start), start - BOUND_WINDOW_CHARS);
        String before = doc.folded().substring(Math.min(from, start), start);
        if (untilBefore.matcher(firstWord).find() || untilBefore.matcher(before).find()) {
            return true;
        }
        Matcher since = sinceBefore.matcher(firstWord);
        int markerAt = since.find() ? before.length() : -1;
        if (markerAt < 0) {
            Matcher sinceInClause = sinceBefore.matcher(before);
            markerAt = sinceInClause.find() ? sinceInClause.start() : -1;
        }
        // "أول لقاء منذ 2011", "لم يلتقيا منذ 2011": the date bounds the span; "يشن منذ نوفمبر هجمات" begins it.
        return markerAt >= 0 && sinceBounder.matcher(before.substring(0, markerAt)).find();
    }

    private static String alternatives(List<String> words) {
        if (words.isEmpty()) {
            return "(?!)"; // no marker: never matches
        }
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
                .collect(Collectors.joining("|"));
    }

    /** Whether {@code folded} (already folded text, such as a lexicon entry) holds a future marker. */
    public boolean futureMarked(String folded) {
        return marker.matcher(folded).find();
    }
}
