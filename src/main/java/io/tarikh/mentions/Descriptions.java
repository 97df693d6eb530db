package io.tarikh.mentions;

import io.tarikh.knowledge.KnowledgeBase;
import io.tarikh.knowledge.Match;
import io.tarikh.knowledge.PlaceKind;
import io.tarikh.knowledge.ReferenceEvent;
import io.tarikh.text.ArabicNormalizer;
import io.tarikh.text.Clitics;
import io.tarikh.text.Document;
import io.tarikh.text.Document.Word;
import io.tarikh.text.SentenceSplitter.Sentence;
import io.tarikh.text.WordMemo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Events described rather than named: "أسقط التحالف طائرة سورية بريف الرقة" is the Su-22 shoot-down
 * when every word of one of its descriptions stands in one sentence with one of its places (or, for an
 * event spread over a whole country, one of its actors). Words match as stems: up to two proclitics
 * and the article before them, a short inflection after ("أسقط" finds "وأسقطت").
 */
final class Descriptions {

    private static final int MAX_SUFFIX = 3;

    /**
     * {@code stems}: the numbers of its stems in {@link #stems}. {@code places}: the event's places finer than
     * a country; {@code actors}: when it has none, its actors. One of them must be named in the sentence.
     */
    private record Description(ReferenceEvent event, int[] stems, Set<String> places, Set<String> actors) {
    }

    private final KnowledgeBase knowledge;
    private final List<Description> descriptions = new ArrayList<>();
    /** Every stem of every description once: a sentence notes, per stem number, the first word carrying it. */
    private final List<String> stems = new ArrayList<>();
    /**
     * The stem numbers by (a hash of) their first two letters ({@link #key}), in an array rather than a map:
     * every reading of every word looks here, so the look-up must cost no boxing or hashing. Small (a few
     * dozen stems share it), so that it stays in the processor's cache.
     */
    private final int[][] stemsByStart = new int[KEYS][];
    /** Two letters of six bits each: Arabic letters (U+0621–U+064A) are told apart by their low six bits. */
    private static final int KEYS = 1 << 12;
    /**
     * Per stem number, the descriptions (indices in {@link #descriptions}) holding it: a sentence visits only the
     * descriptions of the stems it carries, not every description.
     */
    private final int[][] descriptionsByStem;
    /** Per description, how many distinct stems a sentence must carry. */
    private final int[] distinctStems;
    private static final int WORD_CACHE_LIMIT = 200_000;
    /** The stems each word carries, as {@link #stemsOf} reads them, shared by the texts analysed in parallel. */
    private final WordMemo<int[]> stemsByWord = new WordMemo<>(WORD_CACHE_LIMIT, this::stemsOf);

    Descriptions(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
        Map<String, Integer> numbers = new HashMap<>();
        for (ReferenceEvent e : knowledge.referenceEvents()) {
            Set<String> precise = e.places().stream()
                    .filter(id -> knowledge.place(id) != null && knowledge.place(id).kind() != PlaceKind.COUNTRY)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            Set<String> actors = precise.isEmpty() ? new LinkedHashSet<>(e.actors()) : Set.of();
            e.described().forEach(words -> descriptions.add(new Description(e, words.stream().map(ArabicNormalizer::normalize).map(Descriptions::withoutArticle)
                    .mapToInt(stem -> numbers.computeIfAbsent(stem, k -> {
                        stems.add(k);
                        return stems.size() - 1;
                    })).toArray(), precise, actors)));
        }
        Map<Integer, List<Integer>> byStart = new HashMap<>();
        for (int i = 0; i < stems.size(); i++) {
            if (stems.get(i).length() >= 2) { // a shorter stem is no word: it is never found
                byStart.computeIfAbsent(key(stems.get(i), 0), k -> new ArrayList<>()).add(i);
            }
        }
        byStart.forEach((key, numbered) -> stemsByStart[key] = numbered.stream().mapToInt(Integer::intValue).toArray());
        List<List<Integer>> byStem = new ArrayList<>();
        stems.forEach(stem -> byStem.add(new ArrayList<>()));
        distinctStems = new int[descriptions.size()];
        for (int d = 0; d < descriptions.size(); d++) {
            int[] distinct = Arrays.stream(descriptions.get(d).stems()).distinct().toArray();
            distinctStems[d] = distinct.length;
            for (int stem : distinct) {
                byStem.get(stem).add(d);
            }
        }
        descriptionsByStem = byStem.stream().map(ds -> ds.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    }

    List<Match<ReferenceEvent>> find(Document doc) {
        List<Match<ReferenceEvent>> found = new ArrayList<>();
        if (descriptions.isEmpty()) {
            return found;
        }
        int[] firstWord = new int[stems.size()];
        Arrays.fill(firstWord, -1);
        Carried carried = new Carried(stems.size(), descriptions.size());
        for (Sentence s : doc.sentences()) {
            List<Word> words = doc.wordsOf(s);
            stemsIn(words, firstWord, carried);
            Participants present = null;
            for (int d : carried.complete()) {
                Description description = descriptions.get(d);
                if (present == null) {
                    present = new Participants(doc, s);
                }
                if (present.take(description)) {
                    Word first = words.get(firstWord[description.stems()[0]]);
                    found.add(new Match<>(description.event(), doc.originalStart(first.start()), doc.originalEnd(first.end())));
                }
            }
            carried.clear(firstWord);
        }
        return found;
    }

    /**
     * The stems one sentence carries and the descriptions they complete, counted per stem as it is first found
     * rather than by testing every description; cleared after the sentence by undoing only what it touched.
     */
    private final class Carried {
        private final int[] stemsFound;
        private int stemCount;
        private final int[] counted;
        private final int[] touched;
        private int touchedCount;
        private final int[] completed;
        private int completedCount;

        Carried(int stems, int descriptions) {
            stemsFound = new int[stems];
            counted = new int[descriptions];
            touched = new int[descriptions];
            completed = new int[descriptions];
        }

        void found(int stem) {
            stemsFound[stemCount++] = stem;
            for (int d : descriptionsByStem[stem]) {
                if (counted[d]++ == 0) {
                    touched[touchedCount++] = d;
                }
                if (counted[d] == distinctStems[d]) {
                    completed[completedCount++] = d;
                }
            }
        }

        /** The descriptions whose every stem the sentence carries, in the knowledge's order. */
        int[] complete() {
            int[] done = Arrays.copyOf(completed, completedCount);
            Arrays.sort(done);
            return done;
        }

        void clear(int[] firstWord) {
            for (int i = 0; i < stemCount; i++) {
                firstWord[stemsFound[i]] = -1;
            }
            for (int i = 0; i < touchedCount; i++) {
                counted[touched[i]] = 0;
            }
            stemCount = 0;
            touchedCount = 0;
            completedCount = 0;
        }
    }

    /** Notes in {@code firstWord}, per stem number, the index in {@code words} of the first word that carries the stem. */
    private void stemsIn(List<Word> words, int[] firstWord, Carried carried) {
        for (int j = 0; j < words.size(); j++) {
            for (int stem : stemsByWord.get(words.get(j).text())) {
                if (firstWord[stem] < 0) {
                    firstWord[stem] = j;
                    carried.found(stem);
                }
            }
        }
    }

    /**
     * The stems a word carries: read after up to two proclitics (its verbal readings, in place rather than as
     * substrings), and after the article that follows them.
     */
    private int[] stemsOf(String word) {
        int[] carried = NONE;
        for (int k = 0, n = Clitics.readingCount(word, Clitics.VERBAL); k < n; k++) {
            carried = withStems(word, k, carried);
            if (word.startsWith("ال", k)) {
                carried = withStems(word, k + 2, carried);
            }
        }
        return carried;
    }

    private static final int[] NONE = {};

    /** {@code carried} and the stems that {@code word} from {@code offset} begins with, followed by at most a short inflection. */
    private int[] withStems(String word, int offset, int[] carried) {
        if (word.length() - offset < 2) {
            return carried;
        }
        int[] candidates = stemsByStart[key(word, offset)];
        if (candidates == null) {
            return carried;
        }
        for (int stem : candidates) {
            String text = stems.get(stem);
            if (word.startsWith(text, offset) && word.length() - offset - text.length() <= MAX_SUFFIX
                    && Arrays.stream(carried).noneMatch(c -> c == stem)) {
                carried = Arrays.copyOf(carried, carried.length + 1);
                carried[carried.length - 1] = stem;
            }
        }
        return carried;
    }

    /**
     * A stem written with the article ("الأمن") is looked up without it: every word is also read after its article, so
     * it finds the same words, and it does not join the one bucket ("ال") that nearly every noun of a text looks in.
     */
    private static String withoutArticle(String stem) {
        return stem.startsWith("ال") && stem.length() >= 4 ? stem.substring(2) : stem;
    }

    private static int key(String s, int offset) {
        return (s.charAt(offset) & 0x3F) << 6 | s.charAt(offset + 1) & 0x3F;
    }

    /** The places and actors a sentence names, each looked up once for all descriptions, and only when one needs them. */
    private final class Participants {
        private final Document doc;
        private final Sentence sentence;
        private Set<String> places;
        private Set<String> actors;

        Participants(Document doc, Sentence sentence) {
            this.doc = doc;
            this.sentence = sentence;
        }

        /** One of the event's places finer than a country; for an event with none, one of its actors. */
        boolean take(Description d) {
            if (d.places().isEmpty()) {
                if (actors == null) {
                    actors = knowledge.findActors(doc, sentence).stream().map(m -> m.item().id()).collect(Collectors.toSet());
                }
                return d.actors().stream().anyMatch(actors::contains);
            }
            if (places == null) {
                places = knowledge.findPlaces(doc, sentence).stream().map(m -> m.item().id()).collect(Collectors.toSet());
            }
            return d.places().stream().anyMatch(places::contains);
        }
    }
}
