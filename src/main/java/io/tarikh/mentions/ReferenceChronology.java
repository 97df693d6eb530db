package io.tarikh.mentions;

import io.tarikh.knowledge.Gazetteer;
import io.tarikh.knowledge.GazetteerPass;
import io.tarikh.knowledge.KnowledgeBase;
import io.tarikh.knowledge.Match;
import io.tarikh.knowledge.ReferenceEvent;
import io.tarikh.temporal.ReferenceEventIndex;
import io.tarikh.temporal.ReferenceMention;
import io.tarikh.temporal.ReferenceMentions;
import io.tarikh.temporal.TemporalExpression;
import io.tarikh.temporal.WrittenDates;
import io.tarikh.text.ArabicNormalizer;
import io.tarikh.text.Clitics;
import io.tarikh.text.Document;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds mentions of reference events in an analysed document: by name or alias, by the round of a
 * talk series ("أستانة4", "الجولة السابعة من مفاوضات جنيف"), by a noun and a day ("مذكرة 4 أيار/مايو
 * 2017"), by description ("أسقط التحالف طائرة سورية بريف الرقة") and by a round's ordinal with its series
 * elsewhere in the sentence ("الجولة الثامنة من المحادثات ... في جنيف"). Where one phrase fits several
 * events (two rounds of talks in one city) all are returned with the same span.
 *
 * <p>One pass, two readings ({@link ReferenceMentions}): what a text says before its date is known
 * (anchor inference: citations only when they fit one event, descriptions included), and what
 * extraction needs once the date is known (every alternative; descriptions are left to the
 * ReferenceLinker, which also checks that the dates fit). Reads the document's words and its
 * already tagged dates: nothing is normalised or tagged again here.
 */
public final class ReferenceChronology implements ReferenceEventIndex {

    private final KnowledgeBase knowledge;
    /** Folded act nouns and name particles ({@link io.tarikh.knowledge.ReferenceForms#actNouns}). */
    private final Set<String> actNouns;
    private final Set<String> nameParticles;
    /**
     * Per reference event with actors or places, the word hashes of every name of them and of their places'
     * countries: a text that has every word of one of them may name it (a cheap test, and only ever too kind).
     */
    private final java.util.Map<String, List<int[]>> contextForms = new java.util.HashMap<>();
    private static final int CONTEXT_BITS = 1 << 14;
    private final Gazetteer<ReferenceEvent> names;
    private final Gazetteer<ReferenceEvent> numberedRounds;
    private final DatedCitations citations;
    private final Descriptions descriptions;
    private final RoundDescriptions describedRounds;
    /** The gazetteers that read every word (names, numbered rounds, citing nouns, round phrases), walked once together. */
    private final GazetteerPass pass;

    public ReferenceChronology(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
        this.actNouns = folded(knowledge.referenceForms().actNouns());
        this.nameParticles = folded(knowledge.referenceForms().nameParticles());
        RoundForms rounds = new RoundForms(knowledge);
        this.names = Gazetteer.of(knowledge.referenceEvents(), e -> Stream.of(e.forms(),
                e.documents().stream().flatMap(d -> Stream.concat(Stream.of(d.name().ar()), d.aliases().stream())),
                rounds.words(e)).flatMap(s -> s));
        this.numberedRounds = Gazetteer.of(knowledge.referenceEvents(), rounds::numbered);
        this.citations = new DatedCitations(knowledge);
        this.descriptions = new Descriptions(knowledge);
        this.describedRounds = new RoundDescriptions(knowledge);
        this.pass = new GazetteerPass(List.of(names, numberedRounds, citations.nouns(), describedRounds.phrases()));
        for (ReferenceEvent e : knowledge.referenceEvents()) {
            List<int[]> forms = contextForms(knowledge, e);
            if (!forms.isEmpty()) {
                contextForms.put(e.id(), forms);
            }
        }
    }

    @Override
    public ReferenceMentions find(Document doc, WrittenDates dates) {
        WrittenDates withNumbers = numbersOnly(doc, dates);
        GazetteerPass.Found found = pass.find(doc);
        List<Match<ReferenceEvent>> byName = found.of(names);
        BitSet words = byName.isEmpty() ? null : wordsOf(doc);
        // A name may be a common phrase ("رفع حالة الطوارئ"); a numbered round, a dated citation or a round's
        // ordinal with its series is specific enough by itself.
        List<Match<ReferenceEvent>> named = new ArrayList<>(byName.stream()
                .filter(m -> belongs(m.item(), words) && !actWithItsObject(doc, m)).toList());
        // "أستانا 5 تموز" is a date in Astana, not the fifth round.
        found.of(numberedRounds).stream()
                .filter(m -> withNumbers.inSentenceAfter(m.start()).takeWhile(e -> e.start() < m.end()).findAny().isEmpty())
                .forEach(named::add);
        List<DatedCitations.Citation> cited = citations.find(doc, found, withNumbers);
        List<Match<ReferenceEvent>> forInference = new ArrayList<>(named);
        cited.stream().filter(c -> c.events().size() == 1).forEach(c -> forInference.add(c.match(0)));
        forInference.addAll(descriptions.find(doc));
        forInference.addAll(describedRounds.find(doc, found));
        List<Match<ReferenceEvent>> forExtraction = new ArrayList<>(named);
        cited.forEach(c -> forExtraction.addAll(c.matches()));
        return new ReferenceMentions(mentions(forInference), mentions(forExtraction));
    }

    /** The word hashes of each name of the event's actors, places and their countries. */
    private static List<int[]> contextForms(KnowledgeBase knowledge, ReferenceEvent e) {
        Set<String> ids = new java.util.LinkedHashSet<>(e.places());
        e.places().stream().map(knowledge::place).filter(p -> p != null && p.country() != null).forEach(p -> ids.add(p.country()));
        List<int[]> forms = new ArrayList<>();
        Stream.concat(e.actors().stream().map(knowledge::actor), ids.stream().map(knowledge::place))
                .filter(java.util.Objects::nonNull)
                .flatMap(n -> ((io.tarikh.knowledge.Named) n).forms())
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
        if (next >= words.size() || words.get(first + 1).end() != to || !isActNoun(words.get(first).text())) {
            return false;
        }
        Document.Word after = words.get(next);
        return after.start() < doc.clauseEnd(to) && bare(after.text());
    }

    /** The act noun itself, or with a clitic the name's match stepped over ("وإعلان"). */
    private boolean isActNoun(String word) {
        for (int k = 0, n = Clitics.readingCount(word, Clitics.NOMINAL); k < n; k++) {
            if (actNouns.contains(word.substring(k))) {
                return true;
            }
        }
        return false;
    }

    /** A noun with neither article nor clitic, nor a number, a present verb or a particle. */
    private boolean bare(String word) {
        char c = word.charAt(0);
        return !word.startsWith("ال") && Clitics.NOMINAL.indexOf(c) < 0 && c != 'ي' && !Character.isDigit(c)
                && !nameParticles.contains(word);
    }

    private static Set<String> folded(List<String> words) {
        return words.stream().map(ArabicNormalizer::normalize).collect(java.util.stream.Collectors.toUnmodifiableSet());
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

    /** Both date-reading rules look for a written number (a day of a citation, a round): other sentences have no dates for them. */
    private static WrittenDates numbersOnly(Document doc, WrittenDates dates) {
        return offset -> {
            var s = doc.sentenceAt(offset);
            return s == null || !hasDigit(s.text()) ? Stream.<TemporalExpression>empty() : dates.inSentenceAfter(offset);
        };
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static List<ReferenceMention> mentions(List<Match<ReferenceEvent>> found) {
        return withoutOverlaps(found).stream()
                .map(m -> new ReferenceMention(m.item().id(), m.item().name().en(), m.start(), m.end(), m.item().start(), m.item().end()))
                .toList();
    }

    /** Text order; where mentions overlap the longer is kept, and mentions of exactly one span are kept together. */
    private static List<Match<ReferenceEvent>> withoutOverlaps(List<Match<ReferenceEvent>> found) {
        List<Match<ReferenceEvent>> byLength = new ArrayList<>(found);
        byLength.sort(Comparator.comparingInt((Match<ReferenceEvent> m) -> m.end() - m.start()).reversed()
                .thenComparingInt(Match::start));
        List<Match<ReferenceEvent>> kept = new ArrayList<>();
        for (Match<ReferenceEvent> m : byLength) {
            boolean free = kept.stream().noneMatch(k -> k.start() < m.end() && m.start() < k.end()
                    && !(k.start() == m.start() && k.end() == m.end()));
            boolean known = kept.stream().anyMatch(k -> k.item().equals(m.item()) && k.start() == m.start());
            if (free && !known) {
                kept.add(m);
            }
        }
        kept.sort(Comparator.comparingInt((Match<ReferenceEvent> m) -> m.start()));
        return kept;
    }
}
