package io.tarikh.extraction;

import io.tarikh.knowledge.Actor;
import io.tarikh.knowledge.ActorKind;
import io.tarikh.knowledge.EventType;
import io.tarikh.knowledge.KnowledgeBase;
import io.tarikh.text.Document;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * "بحث لافروف وكيري ... وقالت الخارجية الروسية إن الوزيرين بحثا عبر اتصال هاتفي": a sentence that
 * speaks of "the two ministers" or "the two sides" is about the two parties of the nearest earlier
 * event that named two, so its event takes them as actors (and can then be merged with that one).
 */
final class PairReferences {

    private PairReferences() {
    }

    static List<Candidate> apply(Document doc, List<Candidate> candidates, TriggerIndex triggers, KnowledgeBase knowledge, Titles titles,
            Speakers speakers) {
        List<Candidate> out = new ArrayList<>(candidates);
        for (int i = 0; i < out.size(); i++) {
            Candidate c = out.get(i);
            // A call's parties may be the reported words ("قالت الخارجية إن الوزيرين بحثا في اتصال هاتفي"); a speaker
            // is named before them: "إن ... ينتظر الطرفين" speaks of two others, not of the speaker.
            int end = c.type().isReporting() && c.type() != EventType.PHONE_CALL ? c.quoteStart() + speakers.reportedWordsStart(c.quote()) : c.quoteEnd();
            if (c.referenceEventId() != null || !triggers.refersToPair(doc, c.quoteStart(), end)) {
                continue;
            }
            List<String> pair = lastPairBefore(out, i, knowledge);
            if (!pair.isEmpty()) {
                Set<String> actors = new LinkedHashSet<>(pair);
                actors.addAll(c.actorIds());
                Candidate paired = c.withActors(List.copyOf(actors), titles.english(c.type(), List.copyOf(actors), c.placeIds()));
                out.set(i, paired.withTitles(titles.arabic(c.type(), paired.roles(), c.placeIds()), paired.titleEn()));
            }
        }
        return out;
    }

    /** The people (else the other non-country actors) of the nearest earlier event that has at least two. */
    private static List<String> lastPairBefore(List<Candidate> candidates, int index, KnowledgeBase knowledge) {
        for (int j = index - 1; j >= 0; j--) {
            Candidate earlier = candidates.get(j);
            if (earlier.quoteStart() == candidates.get(index).quoteStart()) {
                continue;
            }
            for (Predicate<Actor> party : List.<Predicate<Actor>>of(a -> a.kind() == ActorKind.PERSON, a -> a.kind() != ActorKind.COUNTRY)) {
                List<String> parties = earlier.actorIds().stream().map(knowledge::actor).filter(Objects::nonNull)
                        .filter(party).map(Actor::id).toList();
                if (parties.size() >= 2) {
                    return parties;
                }
            }
        }
        return List.of();
    }
}
