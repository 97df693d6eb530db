package io.tarikh.mentions;

import io.tarikh.knowledge.KnowledgeBase;
import io.tarikh.knowledge.Match;
import io.tarikh.knowledge.Named;
import io.tarikh.knowledge.ReferenceEvent;
import io.tarikh.text.ArabicNormalizer;
import io.tarikh.text.Clitics;
import io.tarikh.text.Document;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Which reference events found by one of their names the text does mean. A name may be a common phrase
 * ("رفع حالة الطوارئ"): it is the event's only where the text names one of the event's actors or places. A
 * two-word name of an act and its maker ("إعلان موسكو") followed by the act's object is the act itself.
 */
final class NamedMentions {

    private static final int CONTEXT_BITS = 1 << 14;

    /** Folded act nouns and name particles ({@link io.tarikh.knowledge.ReferenceForms#actNouns}). */
    private final Set<String> actNouns;
    private final Set<String> nameParticles;
    /**
     * Per reference event with actors or places, the word hashes of every name of them and of their places'
     * countries: a text that has every word of one of them may name it (a cheap test, and only ever too kind).
     */
    private final Map<String, List<int[]>> contextForms = new HashMap<>();

    NamedMentions(KnowledgeBase knowledge) {
        this.actNouns = ArabicNormalizer.normalizeAll(knowledge.referenceForms().actNouns());
        this.nameParticles = ArabicNormalizer.normalizeAll(knowledge.referenceForms().nameParticles());
        for (ReferenceEvent e : knowledge.referenceEvents()) {
            List<int[]> forms = contextForms(knowledge, e);
            if (!forms.isEmpty()) {
                contextForms.put(e.id(), forms);
            }
        }
    }

    /** The matches of {@code byName} the text means. */
    List<Match<ReferenceEvent>> of(Document doc, List<Match<ReferenceEvent>> byName) {
        if (byName.isEmpty()) {
            return byName;
        }
        BitSet words = wordsOf(doc);
        return byName.stream().filter(m -> belongs(m.item(), words) && !actWithItsObject(doc, m)).toList();
    }

    /** The word hashes of each name of the event's actors, places and their countries. */
    private static List<int[]> contextForms(KnowledgeBase knowledge, ReferenceEvent e) {
        Set<String> ids = new LinkedHashSet<>(e.places());
        e.places().stream().map(knowledge::place).filter(p -> p != null && p.country() != null).forEach(p -> ids.add(p.country()));
        List<int[]> forms = new ArrayList<>();
        Stream.concat(e.actors().stream().map(knowledge::actor), ids.stream().map(knowledge::place))
                .filter(Objects::nonNull)
                .flatMap(n -> ((Named) n).forms())
                .map(form -> Document.of(form).words().stream().mapToInt(w -> w.text().hashCode()).toArray())
                .filter(words -> words.length > 0)
                .forEach(forms::add);
        return forms;
    }

    /** The hashes of every reading of every word of the text, as bits (a word may be taken for another, never missed). */
    private static BitSet wordsOf(Document doc) {
        Document.ReadingHashes readings = doc.nominalHashes();
        BitSet bits = new BitSet(CONTEXT_BITS);
        for (int r = 0, end = readings.from()[doc.words().size()]; r < end; r++) {
            bits.set(readings.hashes()[r] & (CONTEXT_BITS - 1));
        }
        return bits;
    }

    /**
     * Whether a two-word name of an act and its maker is followed in its clause by a bare noun, the act's object:
     * "إعلان موسكو تحرير ضفتي الفرات" is Moscow announcing something, not the Moscow Declaration.
     */
    private boolean actWithItsObject(Document doc, Match<?> m) {
        var sentence = doc.sentenceAt(m.start());
        if (sentence == null) {
            return false;
        }
        int from = doc.foldedIndex(m.start());
        int to = doc.foldedIndex(m.end());
        List<Document.Word> words = doc.wordsOf(sentence);
        int first = 0;
        while (first < words.size() && words.get(first).end() <= from) {
            first++;
        }
        int next = first + 2;
        if (next >= words.size() || words.get(first + 1).end() != to || !isActNoun(words.get(first))) {
            return false;
        }
        Document.Word after = words.get(next);
        return after.start() < doc.clauseEnd(to) && bare(after.text());
    }

    /** The act noun itself, or with a clitic the name's match stepped over ("وإعلان"). */
    private boolean isActNoun(Document.Word word) {
        return word.nominalReadings().stream().anyMatch(r -> actNouns.contains(r.rest()));
    }

    /** A noun with neither article nor clitic, nor a number, a present verb or a particle. */
    private boolean bare(String word) {
        char c = word.charAt(0);
        return !word.startsWith("ال") && Clitics.NOMINAL.indexOf(c) < 0 && c != 'ي' && !Character.isDigit(c)
                && !nameParticles.contains(word);
    }

    /**
     * Whether the text may name one of the event's actors, places or their countries (an event with none: always). A
     * reference event named by a phrase is meant only where it does: "رفع حالة الطوارئ" is Syria's in a text about Syria
     * and a demand of Egypt's protesters in a text that never names Syria.
     */
    private boolean belongs(ReferenceEvent e, BitSet words) {
        List<int[]> forms = contextForms.get(e.id());
        if (forms == null) {
            return true;
        }
        for (int[] form : forms) {
            boolean all = true;
            for (int h : form) {
                all &= words.get(h & (CONTEXT_BITS - 1));
            }
            if (all) {
                return true;
            }
        }
        return false;
    }
}
