package io.tarikh.text;

import io.tarikh.text.ArabicNormalizer.NormalizedText;
import io.tarikh.text.SentenceSplitter.Sentence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/**
 * A cleaned text analysed once for every stage (CoreNLP's shared annotation): the folded form with
 * its map back to the original, the words of the folded form, the sentences. Stages read offsets
 * from here instead of normalising or splitting text themselves; served text is always the original.
 * Immutable.
 */
public final class Document {

    /** Characters that end a clause inside a sentence: "قال الوزير، إن ..." has two. */
    private static final String CLAUSE_BREAKS = "،,؛;:";

    /**
     * A word of the folded text: a run of letters and digits, lower-cased, with its folded offsets,
     * and its readings without attached clitics, computed once however many matchers ask.
     */
    public static final class Word {
        private final String text;
        private final int start;
        private final int end;
        private final int index;
        private List<Clitics.Reading> nominal;
        private List<Clitics.Reading> verbal;

        Word(String text, int start, int end, int index) {
            this.text = text;
            this.start = start;
            this.end = end;
            this.index = index;
        }

        public String text() {
            return text;
        }

        public int start() {
            return start;
        }

        public int end() {
            return end;
        }

        /** Where the word stands in {@link Document#words()}. */
        public int index() {
            return index;
        }

        /** The readings before a name or a noun ({@link Clitics#nominalReadings}). */
        public List<Clitics.Reading> nominalReadings() {
            if (nominal == null) {
                nominal = Clitics.nominalReadings(text);
            }
            return nominal;
        }

        /** The readings before a verb or a trigger word (clitics {@link Clitics#VERBAL}). */
        public List<Clitics.Reading> verbalReadings() {
            if (verbal == null) {
                verbal = Clitics.readings(text, Clitics.VERBAL);
            }
            return verbal;
        }

        @Override
        public String toString() {
            return text + "@" + start;
        }
    }

    /**
     * The hashes and codes of every word's nominal readings ({@link Clitics#nominalHashes}) in one array each,
     * word after word: word {@code i}'s are at {@code from[i]} to {@code from[i + 1]} (exclusive).
     */
    public record ReadingHashes(int[] hashes, int[] codes, int[] from) {
    }

    private final String text;
    private final NormalizedText folded;
    private ReadingHashes nominalHashes;
    private final List<Word> words;
    private final List<Sentence> sentences;
    /** Per sentence: its first word and the word after its last, so that a sentence's words are a view. */
    private final int[] firstWord;
    private final int[] endWord;

    private Document(String text) {
        this.text = text;
        this.folded = ArabicNormalizer.normalizeWithOffsets(text);
        this.words = wordsOf(folded.text());
        this.sentences = SentenceSplitter.split(text);
        this.firstWord = new int[sentences.size()];
        this.endWord = new int[sentences.size()];
        int w = 0;
        for (int i = 0; i < sentences.size(); i++) {
            int from = foldedIndex(sentences.get(i).start());
            int to = foldedIndex(sentences.get(i).end());
            while (w < words.size() && words.get(w).start() < from) {
                w++;
            }
            firstWord[i] = w;
            while (w < words.size() && words.get(w).end() <= to) {
                w++;
            }
            endWord[i] = w;
        }
    }

    public static Document of(String text) {
        return new Document(text);
    }

    /** The original text: what offsets of matches, sentences and expressions point into. */
    public String text() {
        return text;
    }

    /** The folded text (see {@link ArabicNormalizer}): what rules and lexicons are matched against. */
    public String folded() {
        return folded.text();
    }

    public NormalizedText normalized() {
        return folded;
    }

    public List<Word> words() {
        return words;
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    /**
     * The hashes of the words' nominal readings, computed in place once for every gazetteer and laid out in
     * one array, so that each gazetteer's walk turns most words away without touching them.
     */
    public ReadingHashes nominalHashes() {
        if (nominalHashes == null) {
            int[] from = new int[words.size() + 1];
            int[] hashes = new int[words.size() * 2 + Clitics.MAX_NOMINAL_READINGS];
            int[] codes = new int[hashes.length];
            int n = 0;
            for (int i = 0; i < words.size(); i++) {
                from[i] = n;
                if (hashes.length - n < Clitics.MAX_NOMINAL_READINGS) {
                    hashes = Arrays.copyOf(hashes, hashes.length * 2);
                    codes = Arrays.copyOf(codes, hashes.length);
                }
                n += Clitics.nominalHashes(words.get(i).text(), hashes, codes, n);
            }
            from[words.size()] = n;
            nominalHashes = new ReadingHashes(hashes, codes, from);
        }
        return nominalHashes;
    }

    /** Original index where a folded match starting at {@code foldedStart} begins. */
    public int originalStart(int foldedStart) {
        return folded.originalStart(foldedStart);
    }

    /** Original (exclusive) end of a folded match ending at {@code foldedEnd}. */
    public int originalEnd(int foldedEnd) {
        return folded.originalEnd(foldedEnd);
    }

    /**
     * The original end of a folded match, with the marks the folding dropped after its last letter
     * ("غداً", "هـ"): they belong to the word.
     */
    public int originalEndWithMarks(int foldedEnd) {
        int end = originalEnd(foldedEnd);
        while (end > 0 && end < text.length() && ArabicNormalizer.isMark(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /** The folded index of the first folded character at or after original index {@code original}. */
    public int foldedIndex(int original) {
        return lowerBound(folded.origin(), folded.text().length(), original);
    }

    /** The sentence holding original index {@code original}, or null between sentences. */
    public Sentence sentenceAt(int original) {
        int i = sentenceIndex(original);
        return i < 0 ? null : sentences.get(i);
    }

    private int sentenceIndex(int original) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (original < s.start()) {
                hi = mid - 1;
            } else if (original >= s.end()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** Whether [start, end) (original offsets) lies within one sentence. */
    public boolean inOneSentence(int start, int end) {
        Sentence s = sentenceAt(start);
        return s != null && end <= s.end();
    }

    /** The words whose folded offsets lie in [foldedFrom, foldedTo). */
    public List<Word> wordsIn(int foldedFrom, int foldedTo) {
        int from = firstWordAtOrAfter(foldedFrom);
        int to = from;
        while (to < words.size() && words.get(to).end() <= foldedTo) {
            to++;
        }
        return words.subList(from, to);
    }

    /** The words of a sentence of this document. */
    public List<Word> wordsOf(Sentence s) {
        int i = sentenceIndex(s.start());
        return i >= 0 && sentences.get(i).equals(s) ? words.subList(firstWord[i], endWord[i])
                : wordsIn(foldedIndex(s.start()), foldedIndex(s.end()));
    }

    /** The folded text of a sentence and where it starts in the folded text. */
    public String folded(Sentence s) {
        return folded.text().substring(foldedIndex(s.start()), foldedIndex(s.end()));
    }

    private int firstWordAtOrAfter(int foldedIndex) {
        int lo = 0;
        int hi = words.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (words.get(mid).start() < foldedIndex) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Whether {@code c} ends a sentence or a clause: the one list of clause boundaries. */
    public static boolean isClauseBreak(char c) {
        return CLAUSE_BREAKS.indexOf(c) >= 0 || SentenceSplitter.isSentenceEnd(c);
    }

    /** The word ending right before {@code at} of {@code text}, with only spaces between; empty when there is none. */
    public static String wordBefore(CharSequence text, int at) {
        int end = Math.min(at, text.length());
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int begin = end;
        while (begin > 0 && Character.isLetter(text.charAt(begin - 1))) {
            begin--;
        }
        return text.subSequence(begin, end).toString();
    }

    /** Whether a clause break stands in [{@code from}, {@code to}) of {@code text}, both clamped to it. */
    public static boolean hasClauseBreak(CharSequence text, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, text.length()); i++) {
            if (isClauseBreak(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The first index in {@code sorted}[0, {@code length}) whose value is not below {@code key}: a lower-bound binary search. */
    public static int lowerBound(int[] sorted, int length, int key) {
        int lo = 0;
        int hi = length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Folded start of the clause holding folded index {@code at}: after the last break before it. */
    public int clauseStart(int at) {
        String f = folded.text();
        int i = Math.min(at, f.length());
        while (i > 0 && !isClauseBreak(f.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** Folded end of the clause holding folded index {@code at}: at the first break from it on. */
    public int clauseEnd(int at) {
        String f = folded.text();
        int i = Math.max(0, at);
        while (i < f.length() && !isClauseBreak(f.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Folded start of the sentence holding the folded character at {@code at}. */
    public int sentenceStart(int at) {
        Sentence s = sentenceOfFolded(at);
        return s == null ? at : Math.min(at, foldedIndex(s.start()));
    }

    /** Folded end of the sentence holding the folded character at {@code at}. */
    public int sentenceEnd(int at) {
        Sentence s = sentenceOfFolded(at);
        return s == null ? at : Math.max(at, foldedIndex(s.end()));
    }

    private Sentence sentenceOfFolded(int at) {
        int n = folded.text().length();
        return n == 0 ? null : sentenceAt(originalStart(Math.max(0, Math.min(at, n - 1))));
    }

    /** The words of a folded text: runs of letters and digits, lower-cased. */
    static List<Word> wordsOf(String folded) {
        List<Word> out = new ArrayList<>(folded.length() / 5);
        int i = 0;
        while (i < folded.length()) {
            if (!isWordChar(folded.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            boolean upper = false;
            while (i < folded.length() && isWordChar(folded.charAt(i))) {
                upper |= UPPER.get(folded.charAt(i));
                i++;
            }
            String word = folded.substring(start, i);
            // Folding lower-cases already; a few letters still have an upper form (title case) to undo
            out.add(new Word(upper ? word.toLowerCase(Locale.ROOT) : word, start, i, out.size()));
        }
        return out;
    }

    /** Whether {@code c} belongs to a word (a letter or a digit): the one definition every scanner of words uses. */
    public static boolean isWordChar(char c) {
        return WORD_CHARS.get(c);
    }

    // Character's own tables, read once into bit sets: the scanners ask for every character of every text.
    private static final BitSet WORD_CHARS = new BitSet(Character.MAX_VALUE + 1);
    private static final BitSet UPPER = new BitSet(Character.MAX_VALUE + 1);

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            WORD_CHARS.set(c, Character.isLetterOrDigit((char) c));
            UPPER.set(c, Character.isUpperCase((char) c));
        }
    }
}
