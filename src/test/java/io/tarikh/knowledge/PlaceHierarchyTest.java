package io.tarikh.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** City → governorate → country, from places.yaml; names in any spelling; near spellings of actors. */
class PlaceHierarchyTest {

    private static final KnowledgeBase KB = KnowledgeBase.loadDefault();

    @Test
    void aPlaceFilterTakesEveryPlaceWithinIt() {
        List<String> syria = KB.placeFilter("syria");
        assertTrue(syria.containsAll(List.of("syria", "idlib-governorate", "idlib", "saraqib", "kafr-nabl", "jobar", "damascus")), syria.toString());
        assertFalse(syria.contains("antakya"));
        List<String> idlib = KB.placeFilter("idlib-governorate");
        assertTrue(idlib.containsAll(List.of("idlib-governorate", "idlib", "saraqib", "jisr-al-shughur")));
        assertFalse(idlib.contains("aleppo") || idlib.contains("syria"));
        assertEquals(List.of("damascus", "jobar", "yarmouk", "mezzeh", "mezzeh-airbase", "qasioun").stream().sorted().toList(),
                KB.placeFilter("damascus").stream().sorted().toList());
        assertEquals(List.of("saraqib"), KB.placeFilter("saraqib"));
        assertEquals(List.of(), KB.placeFilter("Atlantis"));
    }

    @Test
    void theBareNameOfAGovernoratesCapitalIsTheGovernorateButItsIdIsTheCity() {
        assertEquals(KB.placeFilter("idlib-governorate"), KB.placeFilter("إدلب"));
        assertEquals(KB.placeFilter("idlib-governorate"), KB.placeFilter("Idlib"));
        assertEquals(List.of("idlib"), KB.placeFilter("idlib"));
    }

    @Test
    void everyPlaceKnowsThePlacesAroundIt() {
        assertEquals(List.of("idlib-governorate", "syria"), KB.placesAround("saraqib").stream().map(Place::id).toList());
        assertEquals(List.of("damascus", "syria"), KB.placesAround("jobar").stream().map(Place::id).toList());
        assertEquals(List.of("hatay", "turkey"), KB.placesAround("antakya").stream().map(Place::id).toList());
        assertEquals(List.of(), KB.placesAround("syria"));
        // every Syrian city and town lies within a governorate (or is Damascus, city and governorate at once)
        List<String> loose = KB.places().stream().filter(p -> "syria".equals(p.country()) && p.within() == null
                && (p.kind() == PlaceKind.CITY || p.kind() == PlaceKind.TOWN)).map(Place::id).toList();
        assertEquals(List.of("damascus"), loose.stream().filter(id -> !id.equals("majdal-shams")).toList(),
                "cities and towns without a governorate (the occupied Golan's excepted)");
    }

    @Test
    void aTransliterationVariantOfANameFindsIt() {
        assertEquals("astana", KB.placeByIdOrName("أستانا").orElseThrow().id());
        assertEquals("astana", KB.placeByIdOrName("استانه").orElseThrow().id());
        // ending in ا where the data lists ة: أنقرة
        assertEquals("ankara", KB.placeByIdOrName("أنقرا").orElseThrow().id());
    }

    @Test
    void actorsAreFoundByNearSpellingsButNotByShortOrFarOnes() {
        assertEquals("sergey-lavrov", KB.actorsSpelledNear("Lavrow").get(0).id());
        assertTrue(KB.actorsSpelledNear("لافرف").stream().anyMatch(a -> a.id().equals("sergey-lavrov")));
        assertTrue(KB.actorsSpelledNear("Lav").isEmpty(), "too short to compare");
        assertTrue(KB.actorsSpelledNear("Zzzzzzzz").isEmpty());
        // an exact match is not repeated among the near ones
        assertTrue(KB.actorsSpelledNear("Lavrov").stream().noneMatch(a -> a.id().equals("sergey-lavrov")));
    }
}
