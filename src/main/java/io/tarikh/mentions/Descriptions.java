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
    private static final int KEYS = 1 << 8;

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
    }

    List<Match<ReferenceEvent>> find(Document doc) {
        List<Match<ReferenceEvent>> found = new ArrayList<>();
        if (descriptions.isEmpty()) {
            return found;
        }
        int[] firstWord = new int[stems.size()];
        for (Sentence s : doc.sentences()) {
            List<Word> words = doc.wordsOf(s);
            if (!stemsIn(words, firstWord)) {
                continue;
            }
            Participants present = null;
            for (Description d : descriptions) {
                if (!carries(firstWord, d)) {
                    continue;
                }
                if (present == null) {
                    present = new Participants(doc, s);
                }
                if (present.take(d)) {
                    Word first = words.get(firstWord[d.stems()[0]]);
                    found.add(new Match<>(d.event(), doc.originalStart(first.start()), doc.originalEnd(first.end())));
                }
            }
        }
        return found;
    }

    /** Whether the sentence carries every stem of {@code d} (a description without stems describes nothing). */
    private static boolean carries(int[] firstWord, Description d) {
        for (int stem : d.stems()) {
            if (firstWord[stem] < 0) {
                return false;
            }
        }
        return d.stems().length > 0;
    }

    /**
     * Notes in {@code firstWord}, per stem number, the index in {@code words} of the first word that carries
     * the stem, or -1; returns whether any does.
     */
    private boolean stemsIn(List<Word> words, int[] firstWord) {
        Arrays.fill(firstWord, -1);
        boolean any = false;
        for (int j = 0; j < words.size(); j++) {
            // The word after up to two proclitics (its verbal readings, read in place rather than as
            // substrings: every word of every sentence comes here), and after the article that follows them.
            String text = words.get(j).text();
            for (int k = 0, n = Clitics.readingCount(text, Clitics.VERBAL); k < n; k++) {
                any |= addStems(text, k, j, firstWord);
                if (text.startsWith("ال", k)) {
                    any |= addStems(text, k + 2, j, firstWord);
                }
            }
        }
        return any;
    }

    /** Notes word {@code j} for the stems that {@code word} from {@code offset} begins with, followed by at most a short inflection. */
    private boolean addStems(String word, int offset, int j, int[] firstWord) {
        if (word.length() - offset < 2) {
            return false;
        }
        int[] candidates = stemsByStart[key(word, offset)];
        if (candidates == null) {
            return false;
        }
        boolean any = false;
        for (int stem : candidates) {
            String text = stems.get(stem);
            if (word.startsWith(text, offset) && word.length() - offset - text.length() <= MAX_SUFFIX) {
                if (firstWord[stem] < 0) {
                    firstWord[stem] = j;
                }
                any = true;
            }
        }
        return any;
    }

    /**
     * A stem written with the article ("الأمن") is looked up without it: every word is also read after its article, so
     * it finds the same words, and it does not join the one bucket ("ال") that nearly every noun of a text looks in.
     */
    private static String withoutArticle(String stem) {
        return stem.startsWith("ال") && stem.length() >= 4 ? stem.substring(2) : stem;
    }

    private static int key(String s, int offset) {
        return (s.charAt(offset) * 31 + s.charAt(offset + 1)) & (KEYS - 1);
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
