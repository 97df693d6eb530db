package io.tarikh.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CliticsTest {

    @Test
    void readsAWordWithAndWithoutUpToTwoClitics() {
        assertEquals(List.of(new Clitics.Reading("وبالرقه", 0), new Clitics.Reading("بالرقه", 1), new Clitics.Reading("الرقه", 2)),
                Clitics.readings("وبالرقه", Clitics.NOMINAL));
        assertEquals(List.of(new Clitics.Reading("دمشق", 0)), Clitics.readings("دمشق", Clitics.NOMINAL), "د is no clitic");
    }

    @Test
    void theFuturePrefixIsAVerbalClitic() {
        assertEquals(2, Clitics.readings("سيعقد", Clitics.VERBAL).size());
        assertEquals(1, Clitics.readings("سيعقد", Clitics.NOMINAL).size());
        assertTrue(Clitics.areClitics("وس", Clitics.VERBAL));
        assertFalse(Clitics.areClitics("وس", Clitics.NOMINAL));
        assertFalse(Clitics.areClitics("وبل", Clitics.VERBAL), "three is too many");
    }

    @Test
    void readingCountIsHowManyReadingsThereAre() {
        for (String word : List.of("وبالرقه", "دمشق", "سيعقد", "وسيعقد", "فلل", "و", "بب")) {
            for (String clitics : List.of(Clitics.NOMINAL, Clitics.VERBAL)) {
                assertEquals(Clitics.readings(word, clitics).size(), Clitics.readingCount(word, clitics), word + " " + clitics);
            }
        }
    }
}
