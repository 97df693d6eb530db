package io.tarikh.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The shipped knowledge files: sizes, consistency, and the spellings the press uses. */
class KnowledgeBaseTest {

    private static final KnowledgeBase KB = KnowledgeBase.loadDefault();

    @Test
    void holdsEnoughOfTheWorld() {
        assertTrue(KB.actors().size() >= 150, "actors: " + KB.actors().size());
        assertTrue(KB.places().size() >= 150, "places: " + KB.places().size());
        assertTrue(KB.referenceEvents().size() >= 120, "reference events: " + KB.referenceEvents().size());
    }

    @Test
    void noNameOrAliasNamesTwoReferenceEvents() {
        // A shared form would link a mention to whichever event the index met first: one name, one event.
        java.util.Map<String, String> owner = new java.util.HashMap<>();
        for (ReferenceEvent e : KB.referenceEvents()) {
            List<String> forms = new java.util.ArrayList<>(List.of(e.name().ar(), e.name().en()));
            forms.addAll(e.aliases());
            for (String form : forms.stream().map(f -> io.tarikh.text.ArabicNormalizer.normalize(f).toLowerCase(java.util.Locale.ROOT)).distinct().toList()) {
                String before = owner.putIfAbsent(form, e.id());
                assertTrue(before == null || before.equals(e.id()), () -> "'" + form + "' names " + before + " and " + e.id());
            }
        }
    }

    @Test
    void everyPlaceHasPlausibleCoordinatesAndEveryEventAKnownType() {
        KB.places().forEach(p -> assertTrue(Math.abs(p.lat()) <= 90 && Math.abs(p.lon()) <= 180 && (p.lat() != 0 || p.lon() != 0), p::id));
        Set<String> types = Set.of("PHONE_CALL", "MEETING", "TALKS", "PRESS_CONFERENCE", "STATEMENT", "AGREEMENT", "CEASEFIRE",
                "MILITARY_ACTION", "PROPOSAL", "OTHER");
        KB.referenceEvents().forEach(e -> assertTrue(types.contains(e.type().name()), e::id));
    }

    @Test
    void anySpellingOfANameFindsTheActor() {
        for (String name : List.of("sergey-lavrov", "لافروف", "Lavrov", "سيرغي لافروف", "سيرجي لافروف", "Sergei Lavrov", "sergey lavrov")) {
            assertEquals("sergey-lavrov", KB.actorByIdOrName(name).map(Actor::id).orElse(null), name);
        }
        for (String name : List.of("ستافان دي ميستورا", "ستيفان دي ميستورا", "دي مستورا", "de Mistura")) {
            assertEquals("staffan-de-mistura", KB.actorByIdOrName(name).map(Actor::id).orElse(null), name);
        }
        assertTrue(KB.actorByIdOrName("nobody-at-all").isEmpty());
    }

    @Test
    void findsActorsAndPlacesInRunningText() {
        String text = "وذكر بيان صادر عن الخارجية الروسية أن لافروف ناقش وتيلرسون الوضع بريف الرقة.";
        Set<String> actors = KB.findActors(text).stream().map(m -> m.item().id()).collect(Collectors.toSet());
        assertTrue(actors.containsAll(Set.of("russian-foreign-ministry", "sergey-lavrov", "rex-tillerson")), actors::toString);
        Set<String> places = KB.findPlaces(text).stream().map(m -> m.item().id()).collect(Collectors.toSet());
        assertFalse(places.isEmpty(), "ريف الرقة is a place");
        assertEquals("raqqa", KB.placeByIdOrName("الرقة").map(Place::id).orElse(null));
    }

    @Test
    void actorSearchMatchesPartsOfNames() {
        assertTrue(KB.actorsMatching("Mistura").stream().anyMatch(a -> a.id().equals("staffan-de-mistura")));
        assertTrue(KB.actorsMatching("لافروف").stream().anyMatch(a -> a.id().equals("sergey-lavrov")));
        assertEquals(KB.actors().size(), KB.actorsMatching("").size());
    }
}
