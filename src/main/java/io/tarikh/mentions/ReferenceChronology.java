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
import io.tarikh.text.Document;
import io.tarikh.text.SentenceSplitter.Sentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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

    /** Which events found by name the text does mean. */
    private final NamedMentions meant;
    private final Gazetteer<ReferenceEvent> names;
    private final Gazetteer<ReferenceEvent> numberedRounds;
    private final DatedCitations citations;
    private final Descriptions descriptions;
    private final RoundDescriptions describedRounds;
    /** The gazetteers that read every word (names, numbered rounds, citing nouns, round phrases), walked once together. */
    private final GazetteerPass pass;

    public ReferenceChronology(KnowledgeBase knowledge) {
        this.meant = new NamedMentions(knowledge);
        RoundForms rounds = new RoundForms(knowledge);
        this.names = Gazetteer.of(knowledge.referenceEvents(), e -> Stream.of(e.forms(),
                e.documents().stream().flatMap(d -> Stream.concat(Stream.of(d.name().ar()), d.aliases().stream())),
                rounds.words(e)).flatMap(s -> s));
        this.numberedRounds = Gazetteer.of(knowledge.referenceEvents(), rounds::numbered);
        this.citations = new DatedCitations(knowledge);
        this.descriptions = new Descriptions(knowledge);
        this.describedRounds = new RoundDescriptions(knowledge);
        this.pass = new GazetteerPass(List.of(names, numberedRounds, citations.nouns(), describedRounds.phrases()));
    }

    @Override
    public ReferenceMentions find(Document doc, WrittenDates dates) {
        WrittenDates withNumbers = numbersOnly(doc, dates);
        GazetteerPass.Found found = pass.find(doc);
        // A name may be a common phrase ("رفع حالة الطوارئ"); a numbered round, a dated citation or a round's
        // ordinal with its series is specific enough by itself.
        List<Match<ReferenceEvent>> named = new ArrayList<>(meant.of(doc, found.of(names)));
        // "أستانا 5 تموز" is a date in Astana, not the fifth round.
        found.of(numberedRounds).stream()
                .filter(m -> withNumbers.inSentenceAfter(m.start()).takeWhile(e -> e.start() < m.end()).findAny().isEmpty())
                .forEach(named::add);
        List<DatedCitations.Citation> cited = citations.find(doc, found, withNumbers);
        List<Match<ReferenceEvent>> forInference = new ArrayList<>(named);
        cited.stream().filter(c -> c.events().size() == 1).forEach(c -> forInference.add(c.match(0)));
        List<Match<ReferenceEvent>> described = descriptions.find(doc);
        forInference.addAll(described);
        forInference.addAll(describedRounds.find(doc, found));
        List<Match<ReferenceEvent>> forExtraction = new ArrayList<>(named);
        cited.forEach(c -> forExtraction.addAll(c.matches()));
        return new ReferenceMentions(mentions(forInference), mentions(forExtraction), mentions(described));
    }

    /** Both date-reading rules look for a written number (a day of a citation, a round): other sentences have no dates for them. */
    private static WrittenDates numbersOnly(Document doc, WrittenDates dates) {
        Map<Sentence, Boolean> withDigits = new IdentityHashMap<>(); // asked once per name and noun found: read each sentence once
        return offset -> {
            Sentence s = doc.sentenceAt(offset);
            return s == null || !withDigits.computeIfAbsent(s, t -> hasDigit(t.text())) ? Stream.<TemporalExpression>empty()
                    : dates.inSentenceAfter(offset);
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
