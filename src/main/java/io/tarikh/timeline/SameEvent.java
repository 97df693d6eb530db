package io.tarikh.timeline;

import io.tarikh.extraction.TypeFamilies;
import io.tarikh.knowledge.ActorKind;
import io.tarikh.knowledge.KnowledgeBase;
import io.tarikh.knowledge.PlaceKind;
import java.util.Set;
import java.util.TreeSet;

/**
 * The merge rule: two mentions are one real-world event when they name the same reference event,
 * or when their types can describe one happening and they share a participant more precise than
 * a country, and their dates are compatible: two day-precise dates that overlap, or two coarser
 * dates (a month, a year, a long span) that are exactly the same, of the same type and with the
 * same precise participants. A coarse date never absorbs the day-precise mentions inside it.
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
        Set<String> storedPrecise = preciseParticipants(stored);
        Set<String> mentionPrecise = preciseParticipants(mention);
        if (stored.isDayPrecise() && mention.isDayPrecise()) {
            boolean overlap = !stored.start().isAfter(mention.end()) && !mention.start().isAfter(stored.end());
            return overlap && storedPrecise.stream().anyMatch(mentionPrecise::contains);
        }
        return stored.type() == mention.type() && stored.precision() == mention.precision()
                && stored.start().equals(mention.start()) && stored.end().equals(mention.end())
                && !storedPrecise.isEmpty() && storedPrecise.equals(mentionPrecise);
    }

    /**
     * Actors and places more precise than a country, as "actor:" and "place:" keys: every sentence
     * about the war names Syria, so a shared country says nothing about being one event.
     */
    public Set<String> preciseParticipants(EventView view) {
        Set<String> keys = new TreeSet<>();
        for (String id : view.actorIds()) {
            if (knowledge.actor(id) != null && knowledge.actor(id).kind() != ActorKind.COUNTRY) {
                keys.add("actor:" + id);
            }
        }
        for (String id : view.placeIds()) {
            if (knowledge.place(id) != null && knowledge.place(id).kind() != PlaceKind.COUNTRY) {
                keys.add("place:" + id);
            }
        }
        return keys;
    }
}
