package io.tarikh.knowledge;

import io.tarikh.temporal.ReferenceEventIndex;
import io.tarikh.temporal.ReferenceMention;
import io.tarikh.temporal.TemporalEngine;
import io.tarikh.temporal.TemporalExpression;
import io.tarikh.text.SentenceSplitter;
import io.tarikh.text.SentenceSplitter.Sentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Finds mentions of reference events in a text: by name or alias, by the round of a talk series
 * ("أستانة4", "الجولة السابعة من مفاوضات جنيف"), by a noun and a day ("مذكرة 4 أيار/مايو 2017"),
 * and by description ("أسقط التحالف طائرة سورية بريف الرقة"). Where one phrase fits several events
 * (two rounds of talks in one city) all are returned with the same span.
 *
 * <p>Two readings serve two callers. {@link #find} is what a text says before its date is known
 * (anchor inference): citations only when they fit one event, descriptions included. {@link #named}
 * is for extraction, which knows the article's date and picks among alternatives; descriptions are
 * left to the ReferenceLinker there, which also checks that the dates fit.
 */
public final class ReferenceChronology implements ReferenceEventIndex {

    /** Any anchor will do: citations use only what the text writes of a date (a year, or a day of the year). */
    private static final LocalDate ANY_ANCHOR = LocalDate.of(2000, 1, 1);

    private final Gazetteer<ReferenceEvent> names;
    private final Gazetteer<ReferenceEvent> numberedRounds;
    private final DatedCitations citations;
    private final Descriptions descriptions;
    private final TemporalEngine dates = TemporalEngine.create(ReferenceEventIndex.empty());

    public ReferenceChronology(KnowledgeBase knowledge) {
        RoundForms rounds = new RoundForms(knowledge);
        this.names = Gazetteer.of(knowledge.referenceEvents(), e -> Stream.of(e.forms(),
                e.documents().stream().flatMap(d -> Stream.concat(Stream.of(d.name().ar()), d.aliases().stream())),
                rounds.words(e)).flatMap(s -> s));
        this.numberedRounds = Gazetteer.of(knowledge.referenceEvents(), rounds::numbered);
        this.citations = new DatedCitations(knowledge);
        this.descriptions = new Descriptions(knowledge);
    }

    @Override
    public List<ReferenceMention> find(String text) {
        return mentions(text, false);
    }

    /** Events the text names, rounds and cited documents included, with every alternative of an ambiguous citation. */
    public List<ReferenceMention> named(String text) {
        return mentions(text, true);
    }

    private List<ReferenceMention> mentions(String text, boolean forExtraction) {
        List<Sentence> sentences = SentenceSplitter.split(text);
        SentenceDates expressions = new SentenceDates(sentences);
        Gazetteer.Prepared prepared = Gazetteer.Prepared.of(text);
        List<Match<ReferenceEvent>> found = new ArrayList<>(names.find(prepared));
        // "أستانا 5 تموز" is a date in Astana, not the fifth round.
        numberedRounds.find(prepared).stream()
                .filter(m -> expressions.around(m.start()).stream().noneMatch(e -> e.start() < m.end() && m.start() < e.end()))
                .forEach(found::add);
        found.addAll(citations.find(prepared, sentences, expressions, forExtraction));
        if (!forExtraction) {
            found.addAll(descriptions.find(prepared, sentences));
        }
        return withoutOverlaps(found).stream()
                .map(m -> new ReferenceMention(m.item().id(), m.item().name().en(), m.start(), m.end(), m.item().start(), m.item().end()))
                .toList();
    }

    /**
     * The date expressions of the sentence around an offset, with offsets into the whole text. Tagging
     * costs as much as everything else here, so only the sentences a rule looks at are tagged.
     */
    final class SentenceDates {
        private final List<Sentence> sentences;
        private final Map<Integer, List<TemporalExpression>> tagged = new HashMap<>();

        SentenceDates(List<Sentence> sentences) {
            this.sentences = sentences;
        }

        List<TemporalExpression> around(int offset) {
            for (Sentence s : sentences) {
                if (s.start() <= offset && offset < s.end()) {
                    if (s.text().chars().noneMatch(Character::isDigit)) {
                        return List.of(); // both rules look for a written number: a day of a citation, a round
                    }
                    return tagged.computeIfAbsent(s.start(), k -> dates.resolveAgainst(s.text(), ANY_ANCHOR).stream()
                            .map(e -> new TemporalExpression(e.text(), e.start() + s.start(), e.end() + s.start(), e.type(), e.date(),
                                    e.rule(), e.explanation()))
                            .toList());
                }
            }
            return List.of();
        }
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
