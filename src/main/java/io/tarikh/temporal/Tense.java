package io.tarikh.temporal;

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
    private static final Tense SHIPPED = new Tense(Lexicon.get().forms("futureMarkers"), Lexicon.get().forms("notFutureVerbs"),
            Lexicon.get().forms("pastPerfectAuxiliaries"), Lexicon.get().forms("pastPerfectParticles"));

    private final Pattern marker;
    private final Pattern pastPerfect;

    Tense(List<String> markers, List<String> notFutureVerbs, List<String> auxiliaries, List<String> particles) {
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
        return from < at && pastPerfect.matcher(doc.folded()).region(from, at).useTransparentBounds(true).find();
    }

    /** Whether {@code folded} (already folded text, such as a lexicon entry) holds a future marker. */
    public boolean futureMarked(String folded) {
        return marker.matcher(folded).find();
    }
}
