package io.tarikh.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void clipKeepsShortTextAndCutsLongTextAtAWordWithAnEllipsis() {
        assertEquals("قال لافروف", Texts.clip("قال لافروف", 20));
        String clipped = Texts.clip("كلمة ".repeat(100), 50);
        assertTrue(clipped.length() <= 50, clipped);
        assertTrue(clipped.endsWith("كلمة…"), clipped);
    }

    @Test
    void clipNeverSplitsASurrogatePair() {
        String clipped = Texts.clip("a".repeat(8) + "😀😀😀", 10);
        assertFalse(Character.isHighSurrogate(clipped.charAt(clipped.length() - 2)), clipped);
        assertTrue(clipped.length() <= 10);
    }

    @Test
    void onlyLettersOrDigitsCountAsContent() {
        assertFalse(Texts.hasLetterOrDigit("😀 ... \u200F\u0000 !"));
        assertTrue(Texts.hasLetterOrDigit("… ٣ …"));
        assertTrue(Texts.hasLetterOrDigit("اقرأ"));
    }
}
