package io.tarikh.timeline;

import io.tarikh.extraction.TypeFamilies;
import io.tarikh.knowledge.KnowledgeBase;
import java.util.Set;

/**
 * The merge rule: two mentions are one real-world event when they name the same reference event,
 * or when their types can describe one happening, their dates overlap and they share a participant
 * (an actor or a place, more precise than a country).
 */
public final class SameEvent {

    private final KnowledgeBase knowledge;

    public SameEvent(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    public boolean test(EventView stored, EventView mention) {
        if (stored.referenceEventId() != null || mention.referenceEventId() != null) {
            return stored.referenceEventId() != null && stored.referenceEventId().equals(mention.referenceEventId());
        }
        if (!TypeFamilies.mergeableWith(mention.type()).contains(stored.type())) {
            return false;
        }
        if (!stored.isDated() || !mention.isDated()) {
            return false;
        }
        boolean overlap = !stored.start().isAfter(mention.end()) && !mention.start().isAfter(stored.end());
        return overlap && (sharesPreciseActor(stored.actorIds(), mention.actorIds()) || sharesPrecisePlace(stored.placeIds(), mention.placeIds()));
    }

    /** Every sentence about the war names Syria: a shared country says nothing about being one event. */
    private boolean sharesPreciseActor(Set<String> a, Set<String> b) {
        return a.stream().filter(b::contains)
                .anyMatch(id -> knowledge.actor(id) != null && !"COUNTRY".equals(knowledge.actor(id).kind()));
    }

    private boolean sharesPrecisePlace(Set<String> a, Set<String> b) {
        return a.stream().filter(b::contains)
                .anyMatch(id -> knowledge.place(id) != null && !"COUNTRY".equals(knowledge.place(id).kind()));
    }
}
