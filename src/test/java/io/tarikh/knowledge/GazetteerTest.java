package io.tarikh.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Name matching on made-up entries, independent of the shipped data. */
class GazetteerTest {

    private static final Actor MINISTER = new Actor("a-minister", ActorKind.PERSON, new Names("سامي الخطيب", "Sami al-Khatib"),
            List.of("الخطيب", "سامي خطيب"), null);
    private static final Actor MINISTRY = new Actor("a-ministry", ActorKind.MINISTRY, new Names("وزارة الخارجية الليبية", "Libyan MFA"),
            List.of("الخارجية الليبية"), null);
    private static final Place TOWN = new Place("a-town", PlaceKind.TOWN, new Names("الزاوية", "Zawiya"), List.of(), 32.75, 12.73, null);

    private final Gazetteer<Actor> actors = Gazetteer.of(List.of(MINISTER, MINISTRY), Named::forms);
    private final Gazetteer<Place> places = Gazetteer.of(List.of(TOWN), Named::forms);

    @Test
    void findsWholeNamesWithExactOffsets() {
        String text = "التقى سامي الخطيب نظيره أمس.";
        List<Match<Actor>> found = actors.find(text);
        assertEquals(1, found.size());
        assertEquals("سامي الخطيب", text.substring(found.get(0).start(), found.get(0).end()));
    }

    @Test
    void longestNameWins() {
        List<Match<Actor>> found = actors.find("قالت وزارة الخارجية الليبية في بيان");
        assertEquals(List.of("a-ministry"), found.stream().map(m -> m.item().id()).toList());
    }

    @Test
    void toleratesProcliticsAndOrthography() {
        assertEquals(1, actors.find("وأكد والخطيب ذلك").size());
        assertEquals(1, places.find("اشتباكات بالزاويه").size());
        assertEquals(1, places.find("وصل للزاوية مساء").size());
        String text = "وقال الخطيبُ إن";
        assertEquals(1, actors.find(text).size(), "diacritics are ignored");
    }

    @Test
    void doesNotMatchInsideLongerWords() {
        assertTrue(actors.find("الخطيبان").isEmpty());
        assertTrue(places.find("زاويتين").isEmpty());
    }

    @Test
    void latinFormsAreKeysButNotSearchedInText() {
        assertEquals("sami al khatib", Gazetteer.key("Sami al-Khatib"));
        assertTrue(actors.find("Sami al-Khatib said").isEmpty());
    }
}
