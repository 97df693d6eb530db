package io.tarikh.knowledge;

import io.tarikh.knowledge.Words.Word;
import io.tarikh.text.ArabicNormalizer;
import io.tarikh.text.Clitics;
import io.tarikh.text.ArabicNormalizer.NormalizedText;
import io.tarikh.text.SentenceSplitter.Sentence;
import java.util.ArrayList;
import java.util.HashMap;
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

    private record Description(ReferenceEvent event, List<String> stems) {
    }

    private final KnowledgeBase knowledge;
    private final List<Description> descriptions = new ArrayList<>();
    /** The stems by their first two letters: a word is compared only with the few stems it could start with. */
    private final Map<String, List<String>> stemsByStart = new HashMap<>();

    Descriptions(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
        for (ReferenceEvent e : knowledge.referenceEvents()) {
            e.described().forEach(words -> descriptions.add(new Description(e, words.stream().map(ArabicNormalizer::normalize).toList())));
        }
        descriptions.stream().flatMap(d -> d.stems().stream()).distinct().filter(stem -> stem.length() >= 2)
                .forEach(stem -> stemsByStart.computeIfAbsent(stem.substring(0, 2), k -> new ArrayList<>()).add(stem));
    }

    List<Match<ReferenceEvent>> find(Gazetteer.Prepared text, List<Sentence> sentences) {
        List<Match<ReferenceEvent>> found = new ArrayList<>();
        if (descriptions.isEmpty()) {
            return found;
        }
        NormalizedText folded = text.folded();
        int w = 0;
        for (Sentence s : sentences) {
            List<Word> words = new ArrayList<>();
            for (; w < text.words().size() && folded.originalStart(text.words().get(w).start()) < s.end(); w++) {
                words.add(text.words().get(w));
            }
            Map<String, Word> stems = stemsIn(words);
            Participants present = null;
            for (Description d : descriptions) {
                if (!stems.keySet().containsAll(d.stems())) {
                    continue;
                }
                if (present == null) {
                    present = new Participants(s.text());
                }
                if (present.take(d.event())) {
                    Word first = stems.get(d.stems().get(0));
                    found.add(new Match<>(d.event(), folded.originalStart(first.start()), folded.originalEnd(first.end())));
                }
            }
        }
        return found;
    }

    /** The description stems the words carry, each with the first word that carries it. */
    private Map<String, Word> stemsIn(List<Word> words) {
        Map<String, Word> out = new HashMap<>();
        for (Word w : words) {
            for (String reading : readings(w.text())) {
                if (reading.length() < 2) {
                    continue;
                }
                for (String stem : stemsByStart.getOrDefault(reading.substring(0, 2), List.of())) {
                    if (reading.startsWith(stem) && reading.length() - stem.length() <= MAX_SUFFIX) {
                        out.putIfAbsent(stem, w);
                    }
                }
            }
        }
        return out;
    }

    /** The word without up to two proclitics, and without the article after them. */
    private static List<String> readings(String word) {
        List<String> out = new ArrayList<>(6);
        for (Clitics.Reading r : Clitics.readings(word, Clitics.VERBAL)) {
            out.add(r.rest());
            if (r.rest().startsWith("ال")) {
                out.add(r.rest().substring(2));
            }
        }
        return out;
    }

    /** The places and actors a sentence names, looked up once for all descriptions. */
    private final class Participants {
        private final Set<String> places;
        private final Set<String> actors;

        Participants(String sentence) {
            this.places = knowledge.findPlaces(sentence).stream().map(m -> m.item().id()).collect(Collectors.toSet());
            this.actors = knowledge.findActors(sentence).stream().map(m -> m.item().id()).collect(Collectors.toSet());
        }

        /** One of the event's places finer than a country; for an event with none, one of its actors. */
        boolean take(ReferenceEvent e) {
            List<String> precise = e.places().stream()
                    .filter(id -> knowledge.place(id) != null && knowledge.place(id).kind() != PlaceKind.COUNTRY).toList();
            return precise.isEmpty() ? e.actors().stream().anyMatch(actors::contains) : precise.stream().anyMatch(places::contains);
        }
    }
}
