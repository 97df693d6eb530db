package io.tarikh.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpellingVariantsTest {

    @Test
    void aFinalTaaMarbutaAndAlefAreOneLetterInLongWords() {
        assertEquals(List.of("استانه", "استانا"), ArabicNormalizer.spellingVariants(ArabicNormalizer.normalize("أستانة")));
        assertEquals(List.of("استانا", "استانه"), ArabicNormalizer.spellingVariants(ArabicNormalizer.normalize("أستانا")));
        // each word of a phrase varies: 2 × 2 spellings
        List<String> phrase = ArabicNormalizer.spellingVariants(ArabicNormalizer.normalize("جولة أستانا"));
        assertEquals(List.of("جوله استانا", "جولا استانا", "جوله استانه", "جولا استانه"), phrase);
    }

    @Test
    void shortWordsAndOtherEndingsHaveOneSpelling() {
        assertEquals(List.of("انه"), ArabicNormalizer.spellingVariants("انه"));
        assertEquals(List.of("لافروف"), ArabicNormalizer.spellingVariants("لافروف"));
        assertEquals(List.of(""), ArabicNormalizer.spellingVariants(""));
    }

    @Test
    void aLongPhraseHasABoundedNumberOfSpellings() {
        assertEquals(8, ArabicNormalizer.spellingVariants("اااا بببه جججه دددا هههه وووا").size());
    }
}
