package io.tarikh.temporal;

import io.tarikh.text.ArabicNormalizer;
import io.tarikh.text.Clitics;
import io.tarikh.text.Document;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What the word right before a reference event's name makes of the mention, read the same way by anchor
 * inference and by extraction: presupposed, so already in the past ("بموجب اتفاق سوتشي", "خرق اتفاق خفض
 * التصعيد"); a prospect that may never happen ("لدراسة إلغاء حالة الطوارئ", "حكماً بإعدام"); or what a span
 * counts from ("منذ اندلاع الأزمة", "بعد ثمانية أيام من إطلاق ..."). In none of these is the mention the news the
 * sentence reports.
 */
public final class MentionFrame {

    private static final MentionFrame SHIPPED = new MentionFrame(Lexicon.get());
    /** Words of three letters or more carry content ("في" does not). */
    private static final int CONTENT_WORD = 3;

    private final Set<String> presupposing;
    private final Set<String> prospective;
    private final Set<String> since;
    private final Set<String> relativePronouns;
    /**
     * The folded words between a duration and the event it counts from: "بعد أيام من", "بعد ستة أسابيع فقط على",
     * "بعد ثمانية أيام من إطلاق" (group onset: counted from the event's first day, not its last).
     */
    private final Pattern offsetGap;

    /** Which of an event's days a duration written before it counts from. */
    public enum CountedDay {
        /** "بعد ثمانية أيام من إطلاق العملية": from its first day. */
        FIRST,
        /** "بعد أيام من القمة", "بعد أسبوع من انتهاء الجولة": from its last day. */
        LAST
    }

    MentionFrame(Lexicon lexicon) {
        this.presupposing = normalizedForms(lexicon, "presupposingWords");
        this.prospective = normalizedForms(lexicon, "prospectiveWords");
        this.since = normalizedForms(lexicon, "sinceMarkers");
        this.relativePronouns = normalizedForms(lexicon, "relativePronouns");
        this.offsetGap = Pattern.compile("\\s*(?:(?:" + foldedAlternation(lexicon, "offsetAdverbs") + ")\\s+)?(?:(?:"
                + foldedAlternation(lexicon, "offsetReferences") + ")\\s*)?(?:(?<onset>" + foldedAlternation(lexicon, "onsetNouns")
                + ")\\s+|(?:" + foldedAlternation(lexicon, "endNouns") + ")\\s+)?");
    }

    private static String foldedAlternation(Lexicon lexicon, String cls) {
        return lexicon.forms(cls).stream().map(ArabicNormalizer::normalize).map(Pattern::quote).collect(Collectors.joining("|"));
    }

    /**
     * Whether a duration ending at {@code durationEnd} counts from the event named at {@code mentionStart} (both
     * folded offsets), and from which of its days: the words between are only "من"/"على", an adverb ("فقط"), and a
     * beginning or an end ("إطلاق", "انتهاء").
     */
    public Optional<CountedDay> countedDay(Document doc, int durationEnd, int mentionStart) {
        if (durationEnd > mentionStart) {
            return Optional.empty();
        }
        // The gap read in place: it may run over the whole text before the mention.
        Matcher gap = offsetGap.matcher(doc.folded()).region(durationEnd, mentionStart);
        if (!gap.matches()) {
            return Optional.empty();
        }
        return Optional.of(gap.group("onset") != null ? CountedDay.FIRST : CountedDay.LAST);
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

    /**
     * Whether a since-marker followed by words of its own stands between a mention and a date after it, original
     * offsets: in "الخطاب الثالث للأسد منذ اندلاع الاحتجاجات في منتصف آذار" the date is the protests', not the
     * speech's. Right after the marker ("الاحتجاجات المستمرة منذ منتصف آذار") the date is still the mention's start.
     */
    public boolean countsFromAnotherBetween(Document doc, int mentionEnd, int dateStart) {
        boolean afterMarker = false;
        for (Document.Word w : doc.wordsIn(doc.foldedIndex(mentionEnd), doc.foldedIndex(dateStart))) {
            if (since.contains(Clitics.withoutConjunction(w.text(), 2))) {
                afterMarker = true;
            } else if (afterMarker && w.text().length() >= CONTENT_WORD) {
                return true;
            }
        }
        return false;
    }

    /** Words a relative pronoun may follow the mention by: "للقرار 1701 الذي", "الاتفاق النووي الموقع ... الذي" is too far. */
    private static final int RELATIVE_WITHIN_WORDS = 2;

    /**
     * Whether a date (original offsets) stands in a relative clause opened right after the mention, with no
     * clause punctuation between: "للقرار 1701 الذي تبناه مجلس الأمن مساء الجمعة الماضي" dates the resolution.
     */
    public boolean inRelativeClauseOf(Document doc, int mentionEnd, int dateStart) {
        if (dateStart < mentionEnd || doc.text().substring(mentionEnd, dateStart).matches("(?s).*[،,؛;.:].*")) {
            return false;
        }
        List<Document.Word> words = doc.wordsIn(doc.foldedIndex(mentionEnd), doc.foldedIndex(dateStart));
        for (int i = 0; i < Math.min(RELATIVE_WITHIN_WORDS, words.size()); i++) {
            if (relativePronouns.contains(words.get(i).text())) {
                return true;
            }
        }
        return false;
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
