package io.tarikh.knowledge;

import io.tarikh.text.Clitics;
import io.tarikh.text.Document;
import io.tarikh.text.Document.Word;
import io.tarikh.text.SentenceSplitter.Sentence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Finds names in running Arabic text: longest match first, whole words only, on normalised text.
 * A name may carry the proclitics و ف ب ل ك in front ("ولافروف", "بالرقة") and "لل" stands for
 * "ل" + "ال" ("للرقة"). Names are stored in a trie of words, so a text costs one walk per word and
 * proclitic reading, however many forms (thousands of generated round names) share a first word.
 */
public final class Gazetteer<T> {

    /** A word of a name: the items whose name ends here, and the words that can follow. */
    private static final class Node<T> {
        final Map<String, Node<T>> next = new HashMap<>();
        final Set<T> items = new LinkedHashSet<>();
    }

    /**
     * The hashes of the words a name can begin with, as bits: most words of a text begin no name, and a
     * bit test on the hashes of their readings ({@link Document#nominalHashes}, computed once per text for every
     * gazetteer) turns them away before the trie's first level is searched.
     * Sized to the first words (a few hundred): every word of every text is tested, and a small set stays in
     * the processor's cache.
     */
    private final BitSet firstWords;
    private final int firstWordMask;
    /** Bits per first word: about one word in this many that begins no name still passes the test. */
    private static final int BITS_PER_FIRST_WORD = 32;

    /**
     * The first words sorted by hash, with their nodes: a reading is looked up by the hash its document
     * computed and compared in place ({@link Clitics#readingIs}), never cut out of its word.
     */
    private final int[] firstHashes;
    private final String[] firstTexts;
    private final List<Node<T>> firstNodes;

    /** The trie's first level (its root's words) is kept as the sorted arrays below. */
    private Gazetteer(Node<T> root) {
        List<Map.Entry<String, Node<T>>> first = root.next.entrySet().stream()
                .sorted(Comparator.comparingInt(e -> e.getKey().hashCode())).toList();
        this.firstHashes = first.stream().mapToInt(e -> e.getKey().hashCode()).toArray();
        this.firstTexts = first.stream().map(Map.Entry::getKey).toArray(String[]::new);
        this.firstNodes = first.stream().map(Map.Entry::getValue).toList();
        int bits = Integer.highestOneBit(Math.max(64, root.next.size() * BITS_PER_FIRST_WORD) - 1) << 1;
        this.firstWordMask = bits - 1;
        this.firstWords = new BitSet(bits);
        root.next.keySet().forEach(word -> firstWords.set(bit(word.hashCode())));
    }

    /** A gazetteer of {@code items}, each found by every form {@code forms} gives it that has an Arabic letter. */
    public static <T> Gazetteer<T> of(Collection<T> items, Function<T, Stream<String>> forms) {
        Node<T> root = new Node<>();
        for (T item : items) {
            forms.apply(item).filter(f -> f != null && hasArabic(f)).map(Gazetteer::key).filter(k -> !k.isEmpty())
                    .forEach(form -> add(root, form, item));
        }
        return new Gazetteer<>(root);
    }

    /** The folded, lower-cased words of a form joined by single spaces: how forms are compared. */
    static String key(String form) {
        return String.join(" ", Document.of(form).words().stream().map(Word::text).toList());
    }

    static boolean hasArabic(String s) {
        return s.chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC);
    }

    private static <T> void add(Node<T> root, String key, T item) {
        Node<T> node = root;
        String[] words = key.split(" ");
        for (String word : words) {
            node = node.next.computeIfAbsent(word, w -> new Node<>());
        }
        node.items.add(item);
    }

    /** Matches in text order; where names overlap the longest wins; several items sharing one form are all returned. */
    public List<Match<T>> find(String text) {
        Document doc = Document.of(text);
        return find(doc, doc.words());
    }

    /** The matches within one sentence of {@code doc}: a name does not run on into the next sentence. */
    public List<Match<T>> find(Document doc, Sentence sentence) {
        return find(doc, doc.wordsOf(sentence));
    }

    /** The matches in every sentence of {@code doc}, in text order. */
    public List<Match<T>> find(Document doc) {
        List<Match<T>> found = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            found.addAll(find(doc, s));
        }
        return found;
    }

    /** Matches among {@code words}, a run of the words of {@code doc}; offsets into its original text. */
    private List<Match<T>> find(Document doc, List<Word> words) {
        List<Match<T>> found = new ArrayList<>();
        Document.ReadingHashes readings = doc.nominalHashes();
        int i = 0;
        while (i < words.size()) {
            int length = matchAt(doc, words, i, readings, found);
            i += Math.max(1, length);
        }
        return found;
    }

    /**
     * Adds to {@code found} the items of the longest name from {@code words[i]} on and returns its length in
     * words, or 0 when no name begins there. {@link GazetteerPass} asks this of several gazetteers in one walk.
     */
    int matchAt(Document doc, List<Word> words, int i, Document.ReadingHashes readings, List<Match<T>> found) {
        int w = words.get(i).index();
        Hit<T> best = mayBeginName(readings, w) ? longestAt(words, i, readings, w) : null;
        if (best == null) {
            return 0;
        }
        int start = doc.originalStart(words.get(i).start() + best.prefix());
        int end = doc.originalEnd(words.get(i + best.length() - 1).end());
        best.items().forEach(item -> found.add(new Match<>(item, start, end)));
        return best.length();
    }

    /** The hashes of the words a name can begin with: a walk for several gazetteers tests their union first. */
    IntStream firstWordHashes() {
        return Arrays.stream(firstHashes);
    }

    private record Hit<T>(int length, int prefix, Set<T> items) {
    }

    /** The longest name from {@code words[i]} (word {@code w} of the document) on, over its readings in their order. */
    private Hit<T> longestAt(List<Word> words, int i, Document.ReadingHashes readings, int w) {
        Hit<T> best = null;
        String text = words.get(i).text();
        for (int r = readings.from()[w], end = readings.from()[w + 1]; r < end; r++) {
            if (!firstWords.get(bit(readings.hashes()[r]))) {
                continue;
            }
            Node<T> node = firstNode(text, readings.hashes()[r], readings.codes()[r]);
            int prefix = Clitics.prefixOf(readings.codes()[r]);
            for (int k = i + 1; node != null; k++) {
                int length = k - i;
                if (!node.items.isEmpty() && (best == null || length > best.length())) {
                    best = new Hit<>(length, prefix, node.items); // shared: copied only to merge
                } else if (!node.items.isEmpty() && length == best.length() && !best.items().containsAll(node.items)) {
                    Set<T> merged = new LinkedHashSet<>(best.items());
                    merged.addAll(node.items);
                    best = new Hit<>(length, best.prefix(), merged);
                }
                node = k < words.size() ? node.next.get(words.get(k).text()) : null;
            }
        }
        return best;
    }

    /** The node of the first word that the reading of {@code word} with this hash and code is, or null. */
    private Node<T> firstNode(String word, int hash, int code) {
        for (int j = Document.lowerBound(firstHashes, firstHashes.length, hash); j < firstHashes.length && firstHashes[j] == hash; j++) {
            if (Clitics.readingIs(word, code, firstTexts[j])) {
                return firstNodes.get(j);
            }
        }
        return null;
    }

    /** The bit test for every reading of word {@code w}, on hashes its document computed once for all gazetteers. */
    private boolean mayBeginName(Document.ReadingHashes readings, int w) {
        int[] hashes = readings.hashes();
        for (int r = readings.from()[w], end = readings.from()[w + 1]; r < end; r++) {
            if (firstWords.get(bit(hashes[r]))) {
                return true;
            }
        }
        return false;
    }

    private int bit(int h) {
        return (h ^ (h >>> 16)) & firstWordMask;
    }
}
