package io.tarikh.temporal;

import io.tarikh.text.ArabicNormalizer;
import io.tarikh.text.Clitics;
import io.tarikh.text.Document;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the word right before a reference event's name makes of the mention, read the same way by anchor
 * inference and by extraction: presupposed, so already in the past ("بموجب اتفاق سوتشي", "خرق اتفاق خفض
 * التصعيد"); a prospect that may never happen ("لدراسة إلغاء حالة الطوارئ", "حكماً بإعدام"); or what a span
 * counts from ("منذ اندلاع الأزمة"). In none of these is the mention the news the sentence reports.
 */
public final class MentionFrame {

    private static final MentionFrame SHIPPED = new MentionFrame(Lexicon.get());

    private final Set<String> presupposing;
    private final Set<String> prospective;
    private final Set<String> since;

    MentionFrame(Lexicon lexicon) {
        this.presupposing = normalizedForms(lexicon, "presupposingWords");
        this.prospective = normalizedForms(lexicon, "prospectiveWords");
        this.since = normalizedForms(lexicon, "sinceMarkers");
    }

    /** The frame of the shipped lexicon. */
    public static MentionFrame shipped() {
        return SHIPPED;
    }

    private static Set<String> normalizedForms(Lexicon lexicon, String cls) {
        return lexicon.forms(cls).stream().map(ArabicNormalizer::normalize).collect(Collectors.toUnmodifiableSet());
    }

    /** "تطبيق القرار 2254", "بموجب اتفاق سوتشي": the event already existed; {@code start} is the mention's, in the original text. */
    public boolean presupposed(Document doc, int start) {
        return after(wordBefore(doc, start), presupposing);
    }

    /** "لدراسة إلغاء حالة الطوارئ", "حكماً بإعدام": studied, demanded, planned or sentenced, not reported as done. */
    public boolean prospect(Document doc, int start) {
        return after(wordBefore(doc, start), prospective);
    }

    /** "منذ", "ومنذ" right before the mention: what a span counts from. */
    public boolean countedFrom(Document doc, int start) {
        return since.contains(Clitics.withoutConjunction(wordBefore(doc, start), 2));
    }

    /** Whether {@code word}, with or without its proclitics, is one of {@code words}. */
    private static boolean after(String word, Set<String> words) {
        return !word.isEmpty() && (words.contains(word) || words.contains(Clitics.withoutConjunction(word, 2))
                || word.length() > 3 && Clitics.PREPOSITIONS.indexOf(word.charAt(0)) >= 0 && words.contains(word.substring(1))
                || word.length() > 4 && Clitics.CONJUNCTIONS.indexOf(word.charAt(0)) >= 0
                        && Clitics.PREPOSITIONS.indexOf(word.charAt(1)) >= 0 && words.contains(word.substring(2)));
    }

    /** The folded word right before the mention in its sentence, past the mention's own proclitics ("" when none). */
    public static String wordBefore(Document doc, int start) {
        int at = doc.foldedIndex(start);
        int from = doc.sentenceStart(at);
        while (at > from && Character.isLetter(doc.folded().charAt(at - 1))) {
            at--; // "حكماً بإعدام ..." is read from "حكماً"
        }
        return Document.wordBefore(doc.folded().subSequence(from, at), at - from);
    }
}
