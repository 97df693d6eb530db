package io.tarikh.extraction;

import io.tarikh.knowledge.EventType;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which event types can describe the same happening. A statement can be the words of a call or
 * a press conference; a meeting can be a round of talks; a ceasefire is an agreement.
 */
public final class TypeFamilies {

    private static final List<Set<EventType>> FAMILIES = List.of(
            EnumSet.of(EventType.PHONE_CALL, EventType.MEETING, EventType.TALKS),
            EnumSet.of(EventType.AGREEMENT, EventType.CEASEFIRE),
            EnumSet.of(EventType.STATEMENT, EventType.PRESS_CONFERENCE),
            EnumSet.of(EventType.MILITARY_ACTION),
            EnumSet.of(EventType.PROPOSAL),
            EnumSet.of(EventType.OTHER));

    private TypeFamilies() {
    }

    public static Set<EventType> familyOf(EventType type) {
        return FAMILIES.stream().filter(f -> f.contains(type)).findFirst().orElseThrow();
    }

    /** Types a mention of {@code type} may be linked to or merged with. */
    public static Set<EventType> mergeableWith(EventType type) {
        Set<EventType> types = EnumSet.copyOf(familyOf(type));
        if (type == EventType.STATEMENT) {
            types.add(EventType.PHONE_CALL);
        }
        if (type == EventType.PHONE_CALL) {
            types.add(EventType.STATEMENT);
        }
        return types;
    }

    /** Of two types describing one event, the more specific: a call or conference over a bare statement. */
    public static EventType moreSpecific(EventType a, EventType b) {
        if (a == EventType.STATEMENT) {
            return b;
        }
        if (b == EventType.STATEMENT) {
            return a;
        }
        return a.ordinal() <= b.ordinal() ? a : b;
    }
}
