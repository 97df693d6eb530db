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
import java.util.BitSet;
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
    private static final BitSet NONE = new BitSet();

    /**
     * {@code places}: the event's places finer than a country; {@code actors}: when it has none, its actors.
     * One of them must be named in the description's sentence.
     */
    private record Description(ReferenceEvent event, List<String> stems, Set<String> places, Set<String> actors) {
    }

    private final KnowledgeBase knowledge;
    private final List<Description> descriptions = new ArrayList<>();
    /** The descriptions by each of their stems: a sentence is checked only against those it carries a stem of. */
    private final Map<String, BitSet> byStem = new HashMap<>();
    /**
     * The stems by (a hash of) their first two letters ({@link #key}), in an array rather than a map: every
     * reading of every word looks here, so the look-up must cost no boxing or hashing. Small (a few dozen
     * stems share it), so that it stays in the processor's cache.
     */
    private final String[][] stemsByStart = new String[KEYS][];
    private static final int KEYS = 1 << 8;

    Descriptions(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
        for (ReferenceEvent e : knowledge.referenceEvents()) {
            Set<String> precise = e.places().stream()
                    .filter(id -> knowledge.place(id) != null && knowledge.place(id).kind() != PlaceKind.COUNTRY)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            Set<String> actors = precise.isEmpty() ? new LinkedHashSet<>(e.actors()) : Set.of();
            e.described().forEach(words -> descriptions.add(
                    new Description(e, words.stream().map(ArabicNormalizer::normalize).toList(), precise, actors)));
        }
        for (int i = 0; i < descriptions.size(); i++) {
            for (String stem : descriptions.get(i).stems()) {
                byStem.computeIfAbsent(stem, k -> new BitSet()).set(i);
            }
        }
        Map<Integer, List<String>> byStart = new HashMap<>();
        descriptions.stream().flatMap(d -> d.stems().stream()).distinct().filter(stem -> stem.length() >= 2)
                .forEach(stem -> byStart.computeIfAbsent(key(stem, 0), k -> new ArrayList<>()).add(stem));
        byStart.forEach((key, stems) -> stemsByStart[key] = stems.toArray(String[]::new));
    }

    List<Match<ReferenceEvent>> find(Document doc) {
        List<Match<ReferenceEvent>> found = new ArrayList<>();
        if (descriptions.isEmpty()) {
            return found;
        }
        for (Sentence s : doc.sentences()) {
            Map<String, Word> stems = stemsIn(doc.wordsOf(s));
            Participants present = null;
            BitSet candidates = new BitSet();
            stems.keySet().forEach(stem -> candidates.or(byStem.getOrDefault(stem, NONE)));
            for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
                Description d = descriptions.get(i);
                if (!stems.keySet().containsAll(d.stems())) {
                    continue;
                }
                if (present == null) {
                    present = new Participants(doc, s);
                }
                if (present.take(d)) {
                    Word first = stems.get(d.stems().get(0));
                    found.add(new Match<>(d.event(), doc.originalStart(first.start()), doc.originalEnd(first.end())));
                }
            }
        }
        return found;
    }

    /** The description stems the words carry, each with the first word that carries it. */
    private Map<String, Word> stemsIn(List<Word> words) {
        Map<String, Word> out = new HashMap<>();
        for (Word w : words) {
            // The word after up to two proclitics (its verbal readings, read in place rather than as
            // substrings: every word of every sentence comes here), and after the article that follows them.
            String text = w.text();
            for (int k = 0, n = Clitics.readingCount(text, Clitics.VERBAL); k < n; k++) {
                addStems(text, k, w, out);
                if (text.startsWith("ال", k)) {
                    addStems(text, k + 2, w, out);
                }
            }
        }
        return out;
    }

    /** The stems that {@code word} from {@code offset} begins with, followed by at most a short inflection. */
    private void addStems(String word, int offset, Word w, Map<String, Word> out) {
        if (word.length() - offset < 2) {
            return;
        }
        String[] stems = stemsByStart[key(word, offset)];
        if (stems == null) {
            return;
        }
        for (String stem : stems) {
            if (word.startsWith(stem, offset) && word.length() - offset - stem.length() <= MAX_SUFFIX) {
                out.putIfAbsent(stem, w);
            }
        }
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
