package io.tarikh.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SearchTermsTest {

    @Test
    void wordsAreFoldedAndReadWithoutCliticsAndTheArticle() {
        Set<String> terms = SearchTerms.of("وبالرقّة، أستانة ولافروف (Lavrov)");
        assertTrue(terms.containsAll(List.of("وبالرقه", "بالرقه", "الرقه", "رقه", "استانه", "ولافروف", "لافروف", "lavrov")), terms.toString());
    }

    @Test
    void functionWordsAreLeftOutWithOrWithoutAConjunction() {
        Set<String> terms = SearchTerms.of("وقال إن الوفد في جنيف وفي أستانة");
        assertFalse(terms.contains("وقال") || terms.contains("في") || terms.contains("وفي") || terms.contains("ان"), terms.toString());
        assertTrue(terms.contains("جنيف"));
        assertEquals(List.of("جنيف"), SearchTerms.queryWords("في جنيف، وفي"));
        assertEquals(List.of(), SearchTerms.queryWords("في من"));
    }

    @Test
    void mergeAddsOnlyNewTermsWithinTheBound() {
        SearchTerms.Merged first = SearchTerms.merge(null, new LinkedHashSet<>(List.of("a1", "b2")), 100);
        assertEquals(" a1 b2 ", first.words());
        SearchTerms.Merged second = SearchTerms.merge(first.words(), new LinkedHashSet<>(List.of("b2", "c3", "dddd")), 11);
        assertEquals(" a1 b2 c3 ", second.words());
        assertEquals(List.of("c3"), second.added(), "dddd does not fit");
    }
}
