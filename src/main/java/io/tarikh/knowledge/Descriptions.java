package io.tarikh.knowledge;

import io.tarikh.knowledge.Words.Word;
import io.tarikh.text.ArabicNormalizer;
import io.tarikh.text.ArabicNormalizer.NormalizedText;
import io.tarikh.text.SentenceSplitter.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Events described rather than named: "أسقط التحالف طائرة سورية بريف الرقة" is the Su-22 shoot-down
 * when every word of one of its descriptions stands in one sentence with one of its places (or, for an
 * event spread over a whole country, one of its actors). Words match as stems: up to two proclitics
 * and the article before them, a short inflection after ("أسقط" finds "وأسقطت").
 */
final class Descriptions {

    private static final String PROCLITICS = "وفبلكس";
    private static final int MAX_SUFFIX = 3;

    private record Description(ReferenceEvent event, List<String> stems) {
    }

    private final KnowledgeBase knowledge;
    private final List<Description> descriptions = new ArrayList<>();

    Descriptions(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
        for (ReferenceEvent e : knowledge.referenceEvents()) {
            e.described().forEach(words -> descriptions.add(new Description(e, words.stream().map(ArabicNormalizer::normalize).toList())));
        }
    }

    List<Match<ReferenceEvent>> find(String text, List<Sentence> sentences) {
        List<Match<ReferenceEvent>> found = new ArrayList<>();
        if (descriptions.isEmpty()) {
            return found;
        }
        for (Sentence s : sentences) {
            NormalizedText folded = ArabicNormalizer.normalizeWithOffsets(s.text());
            List<Word> words = Words.of(folded.text());
            Participants present = null;
            for (Description d : descriptions) {
                Word first = allPresent(d.stems(), words);
                if (first == null) {
                    continue;
                }
                if (present == null) {
                    present = new Participants(s.text());
                }
                if (present.take(d.event())) {
                    found.add(new Match<>(d.event(), s.start() + folded.originalStart(first.start()), s.start() + folded.originalEnd(first.end())));
                }
            }
        }
        return found;
    }

    /** The word matching the first stem, when every stem has a word; else null. */
    private static Word allPresent(List<String> stems, List<Word> words) {
        Word first = null;
        for (String stem : stems) {
            Word w = words.stream().filter(x -> hasStem(x.text(), stem)).findFirst().orElse(null);
            if (w == null) {
                return null;
            }
            first = first == null ? w : first;
        }
        return first;
    }

    static boolean hasStem(String word, String stem) {
        for (int k = 0; k <= 2 && k < word.length(); k++) {
            if (k > 0 && PROCLITICS.indexOf(word.charAt(k - 1)) < 0) {
                break;
            }
            String rest = word.substring(k);
            if (startsWithin(rest, stem) || rest.startsWith("ال") && startsWithin(rest.substring(2), stem)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithin(String word, String stem) {
        return word.startsWith(stem) && word.length() - stem.length() <= MAX_SUFFIX;
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
                    .filter(id -> knowledge.place(id) != null && !"COUNTRY".equals(knowledge.place(id).kind())).toList();
            return precise.isEmpty() ? e.actors().stream().anyMatch(actors::contains) : precise.stream().anyMatch(places::contains);
        }
    }
}
