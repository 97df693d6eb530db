package io.tarikh.extraction;

import io.tarikh.knowledge.EventType;
import io.tarikh.knowledge.TriggerLexicon;
import io.tarikh.temporal.Tense;
import io.tarikh.text.ArabicNormalizer;
import io.tarikh.text.Clitics;
import io.tarikh.text.Document;
import io.tarikh.text.SentenceSplitter.Sentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Finds trigger words in a sentence of an analysed document, on its folded text, tolerating attached
 * proclitics (و، ف، ب، ل، ك، س) and short inflectional suffixes (أكد → وأكدت); says whether an event's
 * head is future-marked ({@link Tense}) and whether a sentence refers back to a pair of parties.
 */
public final class TriggerIndex {

    private static final int MAX_SUFFIX = 2;
    /** How far from an event's head a future marker still speaks about that event. */
    private static final int MARKER_WINDOW = 40;
    /** How many words before a content trigger a negator still denies it: "فشل الأسبوع الماضي في الاتفاق". */
    private static final int NEGATOR_WORDS = 4;
    /** Pronoun suffixes after a taa marbuta written as taa: "قمتهم", "زيارته", "اتفاقيتها". */
    /** Words quoted or bracketed apart from a trigger are not its negation. */
    /** How many words either side of a trigger a word of another sense still speaks of it. */
    private static final int OTHER_SENSE_WORDS = 5;
    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("\\p{L}+");
    private static final String QUOTES_AND_BRACKETS = "\"«»()";
    private static final java.util.regex.Pattern TAA_SUFFIX = java.util.regex.Pattern.compile("(ه|ها|هم|هما|نا|كم|ي)");

    /** A trigger phrase; a verb takes only a conjunction before it, a noun also a preposition or the article. */
    private record Phrase(String normalised, EventType type, boolean verb) {
    }

    private final List<Phrase> phrases;
    private final Tense tense;
    private final List<String> pairWords;
    private final java.util.Set<String> notTriggers;
    private final java.util.Set<String> negators;
    private final java.util.Set<String> restating;
    private final java.util.Set<String> siteNouns;
    private final Map<EventType, java.util.Set<String>> otherSenses;

    public TriggerIndex(Map<EventType, List<String>> triggers, List<String> pairWords) {
        this(triggers, pairWords, List.of(), List.of(), Map.of(), List.of(), List.of(), List.of());
    }

    public TriggerIndex(Map<EventType, List<String>> triggers, List<String> pairWords, List<String> notTriggers, List<String> negators,
            Map<EventType, List<String>> otherSenses, List<String> verbs, List<String> restating, List<String> siteNouns) {
        java.util.Set<String> verbForms = verbs.stream().map(v -> ArabicNormalizer.normalize(v.strip()))
                .collect(java.util.stream.Collectors.toSet());
        List<Phrase> all = new ArrayList<>();
        triggers.forEach((type, words) -> words.forEach(w -> {
            String form = ArabicNormalizer.normalize(w.strip());
            all.add(new Phrase(form, type, verbForms.contains(form)));
        }));
        // Longest first, so that "وقف إطلاق النار" wins over "وقف" where both are listed.
        all.sort(Comparator.comparingInt((Phrase p) -> p.normalised().length()).reversed());
        this.phrases = List.copyOf(all);
        this.tense = Tense.shipped();
        this.pairWords = pairWords.stream().map(m -> ArabicNormalizer.normalize(m.strip())).toList();
        this.notTriggers = notTriggers.stream().map(m -> ArabicNormalizer.normalize(m.strip())).collect(java.util.stream.Collectors.toSet());
        this.negators = negators.stream().map(m -> ArabicNormalizer.normalize(m.strip())).collect(java.util.stream.Collectors.toSet());
        this.restating = restating.stream().map(m -> ArabicNormalizer.normalize(m.strip())).collect(java.util.stream.Collectors.toSet());
        this.siteNouns = siteNouns.stream().map(m -> ArabicNormalizer.normalize(m.strip())).collect(java.util.stream.Collectors.toSet());
        this.otherSenses = new EnumMap<>(EventType.class);
        otherSenses.forEach((type, words) -> this.otherSenses.put(type,
                words.stream().map(m -> ArabicNormalizer.normalize(m.strip())).collect(java.util.stream.Collectors.toSet())));
    }

    /** The index of a trigger lexicon (its type names were checked when the knowledge was read). */
    public static TriggerIndex from(TriggerLexicon lexicon) {
        Map<EventType, List<String>> byType = new EnumMap<>(EventType.class); // phrases of one length in type order
        byType.putAll(lexicon.triggers());
        return new TriggerIndex(byType, lexicon.pairWords(), lexicon.notTriggers(), lexicon.negators(), lexicon.otherSenses(),
                lexicon.verbs(), lexicon.restating(), lexicon.siteNouns());
    }

    /** The triggers of one sentence of {@code doc} in text order, non-overlapping, offsets into the document's text. */
    public List<Trigger> find(Document doc, Sentence sentence) {
        int base = doc.foldedIndex(sentence.start());
        String text = doc.folded(sentence);
        boolean[] taken = new boolean[text.length()];
        List<Trigger> found = new ArrayList<>();
        for (Phrase phrase : phrases) {
            String form = phrase.normalised();
            for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
                int end = at + form.length();
                if (isWord(text, at, end, phrase.verb()) && free(taken, at, end) && !notATrigger(text, at, end) && !denied(text, at, phrase.type())
                        && !otherSense(text, at, end, phrase.type()) && !namesASite(text, at, phrase.type())) {
                    java.util.Arrays.fill(taken, at, end, true);
                    found.add(new Trigger(phrase.type(), doc.originalStart(base + at), doc.originalEnd(base + end)));
                }
            }
            // A taa marbuta before a pronoun is written as taa: "قمة" is also "قمتهم", "زيارة" also "زيارته".
            if (form.endsWith("ه") && form.length() > 2) {
                String bound = form.substring(0, form.length() - 1) + "ت";
                for (int at = text.indexOf(bound); at >= 0; at = text.indexOf(bound, at + 1)) {
                    int end = at + bound.length();
                    int wordEnd = end;
                    while (wordEnd < text.length() && Character.isLetter(text.charAt(wordEnd))) {
                        wordEnd++;
                    }
                    if (TAA_SUFFIX.matcher(text.substring(end, wordEnd)).matches() && isWord(text, at, wordEnd) && free(taken, at, wordEnd)
                            && !notATrigger(text, at, wordEnd) && !denied(text, at, phrase.type())
                            && !otherSense(text, at, wordEnd, phrase.type())) {
                        java.util.Arrays.fill(taken, at, wordEnd, true);
                        found.add(new Trigger(phrase.type(), doc.originalStart(base + at), doc.originalEnd(base + wordEnd)));
                    }
                }
            }
        }
        found.sort(Comparator.comparingInt(Trigger::start));
        return found;
    }

    /** The whole word around [start, end) is a listed non-trigger ("وزارة", "الإضافي"), proclitics and article aside. */
    private boolean notATrigger(String text, int start, int end) {
        if (notTriggers.isEmpty()) {
            return false;
        }
        int wordStart = start;
        while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        int wordEnd = end;
        while (wordEnd < text.length() && Character.isLetter(text.charAt(wordEnd))) {
            wordEnd++;
        }
        String word = text.substring(wordStart, wordEnd);
        for (Clitics.Reading r : Clitics.readings(word, Clitics.VERBAL)) {
            String rest = r.rest();
            if (notTriggers.contains(rest) || rest.startsWith("ال") && notTriggers.contains(rest.substring(2))) {
                return true;
            }
        }
        return false;
    }

    /** "تفقد موقع التفجيرين", "مكان الهجوم": a content trigger right after a site noun names where it was, no event of its own. */
    private boolean namesASite(String text, int start, EventType type) {
        return !type.isReporting() && afterOneOf(text, start, siteNouns);
    }

    /**
     * A content trigger right after a restating verb ("ويأتي الهجوم بعد ...", "وتعد القمة الأولى ...") is the news
     * already told, set against an earlier event whose date the sentence gives: that date is not its own.
     */
    boolean restated(Document doc, Trigger t) {
        return restated(doc.folded(), doc.foldedIndex(t.start()), t.type());
    }

    private boolean restated(String text, int start, EventType type) {
        return !type.isReporting() && afterOneOf(text, start, restating);
    }

    /** Whether the word before the trigger's own word ("ويأتي الهجوم": past its proclitics), or it without "و"/"ف", is one of {@code words}. */
    private static boolean afterOneOf(String text, int start, java.util.Set<String> words) {
        if (words.isEmpty()) {
            return false;
        }
        int at = start;
        while (at > 0 && Character.isLetter(text.charAt(at - 1))) {
            at--;
        }
        String word = Document.wordBefore(text, at);
        return !word.isEmpty() && (words.contains(word) || words.contains(Clitics.withoutConjunction(word, 1)));
    }

    /**
     * A content trigger with a negator a few words before it in the same clause states no event:
     * "انتهت دون الاتفاق", "لم تشارك في الاجتماع", "فشل في الاتفاق", "أي هجوم". Reporting words are
     * left alone: "لم يستبعد" still reports what someone said.
     */
    private boolean denied(String text, int start, EventType type) {
        if (negators.isEmpty() || type.isReporting()) {
            return false;
        }
        int at = start;
        while (at > 0 && Character.isLetter(text.charAt(at - 1))) {
            at--;
        }
        for (int words = 0; words < NEGATOR_WORDS && at > 0; words++) {
            int end = at;
            while (end > 0 && !Character.isLetter(text.charAt(end - 1))) {
                if (Document.isClauseBreak(text.charAt(end - 1)) || QUOTES_AND_BRACKETS.indexOf(text.charAt(end - 1)) >= 0) {
                    return false; // another clause, or words quoted apart
                }
                end--;
            }
            int begin = end;
            while (begin > 0 && Character.isLetter(text.charAt(begin - 1))) {
                begin--;
            }
            if (begin == end) {
                return false;
            }
            String word = text.substring(begin, end);
            if (negators.contains(word) || negators.contains(Clitics.withoutConjunction(word, 1))) {
                return true;
            }
            at = begin;
        }
        return false;
    }

    /**
     * A word of {@code otherSenses} within {@link #OTHER_SENSE_WORDS} words of the trigger, in its clause, gives
     * it another sense: "الجولة الأولى من الانتخابات", "جولة الإعادة" are ballots, not rounds of talks.
     */
    private boolean otherSense(String text, int start, int end, EventType type) {
        java.util.Set<String> words = otherSenses.get(type);
        if (words == null || words.isEmpty()) {
            return false;
        }
        int from = start;
        for (int n = 0; n <= OTHER_SENSE_WORDS && from > 0 && !Document.isClauseBreak(text.charAt(from - 1)); ) {
            from--;
            if (from > 0 && Character.isLetter(text.charAt(from)) && !Character.isLetter(text.charAt(from - 1))) {
                n++;
            }
        }
        int to = end;
        for (int n = 0; n <= OTHER_SENSE_WORDS && to < text.length() && !Document.isClauseBreak(text.charAt(to)); to++) {
            if (Character.isLetter(text.charAt(to)) && (to + 1 == text.length() || !Character.isLetter(text.charAt(to + 1)))) {
                n++;
            }
        }
        var word = WORD.matcher(text.substring(from, to));
        while (word.find()) {
            String w = Clitics.withoutConjunction(word.group(), 1);
            if (words.contains(w) || w.startsWith("ال") && words.contains(w.substring(2))
                    || w.startsWith("لل") && words.contains(w.substring(2))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a future marker (المقرر، المقبل، ستعقد...) stands within a few words of [start, end) of the document's text. */
    public boolean futureMarkedNear(Document doc, int start, int end) {
        return tense.futureMarked(doc, doc.foldedIndex(start), doc.foldedIndex(end), MARKER_WINDOW, MARKER_WINDOW, Tense.Scope.SENTENCE);
    }

    /** The same, with the marker before the trigger only: what follows may be what the event is about, not when it is. */
    public boolean futureMarkedBefore(Document doc, int start, int end) {
        return tense.futureMarked(doc, doc.foldedIndex(start), doc.foldedIndex(end), MARKER_WINDOW, 0, Tense.Scope.SENTENCE);
    }

    /** Whether [start, end) of the document's text refers back to two parties named before ("الوزيرين", "الجانبان"). */
    public boolean refersToPair(Document doc, int start, int end) {
        return containsWord(doc.folded().substring(doc.foldedIndex(start), doc.foldedIndex(end)), pairWords);
    }

    private static boolean containsWord(String text, List<String> words) {
        for (String word : words) {
            for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
                if (isWord(text, at, at + word.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean free(boolean[] taken, int from, int to) {
        for (int i = from; i < to; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    static boolean isWord(String text, int start, int end) {
        return isWord(text, start, end, false);
    }

    /**
     * The match starts a word (after up to two proclitics, or "ال") and ends one (after a short suffix); a
     * verb only after a conjunction: "بوصفه" (as), "الحذر" (caution) are nouns.
     */
    static boolean isWord(String text, int start, int end, boolean verb) {
        int wordStart = start;
        while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        String prefix = text.substring(wordStart, start);
        boolean prefixOk = verb ? Clitics.areClitics(prefix, Clitics.CONJUNCTIONS)
                : Clitics.areClitics(prefix, Clitics.VERBAL) || prefix.equals("ال") || prefix.endsWith("ال") && prefix.length() <= 3;
        int wordEnd = end;
        while (wordEnd < text.length() && Character.isLetter(text.charAt(wordEnd))) {
            wordEnd++;
        }
        return prefixOk && wordEnd - end <= MAX_SUFFIX;
    }
}
