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

    @Test
    void nominalHashesAreTheHashesOfTheNominalReadingsInTheirOrder() {
        for (String word : List.of("وبالرقه", "للرقه", "وللرقه", "فلل", "دمشق", "و", "بب", "ولل", "كالمقرر", "لللاجئين")) {
            List<Clitics.Reading> readings = Clitics.nominalReadings(word);
            int[] hashes = new int[Clitics.MAX_NOMINAL_READINGS + 1];
            int[] codes = new int[hashes.length];
            int n = Clitics.nominalHashes(word, hashes, codes, 1);
            assertEquals(readings.size(), n, word);
            for (int i = 0; i < n; i++) {
                assertEquals(readings.get(i).rest().hashCode(), hashes[1 + i], word + " " + i);
                assertEquals(readings.get(i).prefix(), Clitics.prefixOf(codes[1 + i]), word + " " + i);
                assertTrue(Clitics.readingIs(word, codes[1 + i], readings.get(i).rest()), word + " " + i);
                assertFalse(Clitics.readingIs(word, codes[1 + i], readings.get(i).rest() + "ه"), word + " " + i);
            }
        }
    }
}
