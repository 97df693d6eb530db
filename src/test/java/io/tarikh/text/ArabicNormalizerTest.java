package io.tarikh.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArabicNormalizerTest {

    @ParameterizedTest
    @CsvSource({
        "الأحد, الاحد",
        "الإثنين, الاثنين",
        "آذار, اذار",
        "مدرسة, مدرسه",
        "مستشفى, مستشفي",
        "مسؤول, مسوول",
        "رئيس, رييس",
        "غداً, غدا",
        "تعوِّل, تعول",
        "الـــرقة, الرقه",
        "١٧/٩/٢٠١٨, 17/9/2018",
        "۲۰۱۷, 2017",
        "Lavrov, lavrov"
    })
    void foldsSpellingVariants(String input, String expected) {
        assertEquals(expected, ArabicNormalizer.normalize(input));
    }

    @Test
    void mapsFoldedOffsetsBackToTheOriginal() {
        String original = "وردَّت موسكو غداً";
        ArabicNormalizer.NormalizedText folded = ArabicNormalizer.normalizeWithOffsets(original);
        int start = folded.text().indexOf("غدا");
        int end = start + "غدا".length();
        assertEquals("غداً", original.substring(folded.originalStart(start), folded.originalEnd(end) + 1));
        assertEquals("غدا", original.substring(folded.originalStart(start), folded.originalEnd(end)));
        int moscow = folded.text().indexOf("موسكو");
        assertEquals("موسكو", original.substring(folded.originalStart(moscow), folded.originalEnd(moscow + 5)));
    }
}
