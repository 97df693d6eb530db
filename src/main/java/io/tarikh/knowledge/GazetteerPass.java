package io.tarikh.knowledge;

import io.tarikh.text.Document;
import io.tarikh.text.Document.Word;
import io.tarikh.text.SentenceSplitter.Sentence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Several gazetteers read in one walk over a document's words, each finding exactly what its own
 * {@link Gazetteer#find(Document)} would (its longest names, its own overlaps). Most words begin no name
 * of any of them: one test of their readings against the union of the gazetteers' first words turns
 * such a word away once, instead of once per gazetteer.
 */
public final class GazetteerPass {

    /** As in {@link Gazetteer}: bits per first word, so that about one word in this many passes wrongly. */
    private static final int BITS_PER_FIRST_WORD = 32;

    private final List<Gazetteer<?>> gazetteers;
    private final BitSet firstWords;
    private final int mask;

    public GazetteerPass(List<Gazetteer<?>> gazetteers) {
        this.gazetteers = List.copyOf(gazetteers);
        int[] hashes = gazetteers.stream().flatMapToInt(Gazetteer::firstWordHashes).distinct().toArray();
        int bits = Integer.highestOneBit(Math.max(64, hashes.length * BITS_PER_FIRST_WORD) - 1) << 1;
        this.mask = bits - 1;
        this.firstWords = new BitSet(bits);
        for (int h : hashes) {
            firstWords.set(bit(h));
        }
    }

    /** What each gazetteer finds in {@code doc}, read by {@link Found#of}. */
    public Found find(Document doc) {
        List<List<Match<?>>> found = new ArrayList<>();
        gazetteers.forEach(g -> found.add(new ArrayList<>()));
        Document.ReadingHashes readings = doc.nominalHashes();
        int[] next = new int[gazetteers.size()]; // per gazetteer, the first word after its last name
        for (Sentence s : doc.sentences()) {
            List<Word> words = doc.wordsOf(s);
            Arrays.fill(next, 0);
            for (int i = 0; i < words.size(); i++) {
                if (!mayBeginName(readings, words.get(i).index())) {
                    continue;
                }
                for (int g = 0; g < next.length; g++) {
                    if (next[g] <= i) {
                        next[g] = i + Math.max(1, matchAt(gazetteers.get(g), doc, words, i, readings, found.get(g)));
                    }
                }
            }
        }
        return new Found(found);
    }

    @SuppressWarnings("unchecked")
    private static <T> int matchAt(Gazetteer<T> g, Document doc, List<Word> words, int i, Document.ReadingHashes readings,
            List<Match<?>> found) {
        return g.matchAt(doc, words, i, readings, (List<Match<T>>) (List<?>) found);
    }

    private boolean mayBeginName(Document.ReadingHashes readings, int w) {
        for (int r = readings.from()[w], end = readings.from()[w + 1]; r < end; r++) {
            if (firstWords.get(bit(readings.hashes()[r]))) {
                return true;
            }
        }
        return false;
    }

    private int bit(int h) {
        return (h ^ (h >>> 16)) & mask;
    }

    /** The matches of one walk, per gazetteer, in text order. */
    public final class Found {
        private final List<List<Match<?>>> found;

        private Found(List<List<Match<?>>> found) {
            this.found = found;
        }

        /** What {@code g}, one of the pass's gazetteers, found. */
        @SuppressWarnings("unchecked")
        public <T> List<Match<T>> of(Gazetteer<T> g) {
            int i = gazetteers.indexOf(g);
            if (i < 0) {
                throw new IllegalArgumentException("not a gazetteer of this pass");
            }
            return (List<Match<T>>) (List<?>) found.get(i);
        }
    }
}
