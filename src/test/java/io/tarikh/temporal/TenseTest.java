package io.tarikh.temporal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tarikh.text.Document;
import org.junit.jupiter.api.Test;

/** One notion of "about the future": listed markers, the future prefix س, never across a sentence. */
class TenseTest {

    private static final Tense TENSE = Tense.shipped();

    private static boolean futureAround(String text, String span) {
        Document doc = Document.of(text);
        int at = doc.folded().indexOf(Document.of(span).folded());
        return TENSE.futureMarked(doc, at, at + Document.of(span).folded().length(), 50, 15, Tense.Scope.SENTENCE);
    }

    @Test
    void listedMarkersWithTheirAttachedConjunctions() {
        assertTrue(futureAround("ومن المقرر أن تعقد الجولة يوم 15 أيار", "15 أيار"));
        assertTrue(futureAround("تعقد الجولة في أيار المقبل", "أيار"));
        assertTrue(futureAround("فالمرتقب أن يصل الوفد يوم 3 حزيران", "3 حزيران"));
    }

    @Test
    void aVerbWithTheFuturePrefixButNotWordsThatMerelyBeginLikeOne() {
        assertTrue(futureAround("أن مؤتمر سوتشي سيبحث يومي 29 و30 كانون الثاني", "29 و30 كانون الثاني"));
        assertTrue(futureAround("وستعمل اللجنة في 3 أيار", "3 أيار"));
        assertFalse(futureAround("سيطرت القوات على البلدة في 3 أيار", "3 أيار"));
        assertFalse(futureAround("ناقش الوزير السياسة الإقليمية في 3 أيار", "3 أيار"));
        assertFalse(futureAround("بعد سنوات من الحرب، في 3 أيار", "3 أيار"));
    }

    @Test
    void transliteratedNamesAreNotFutureVerbsButVerbsOfTheSameLettersStillAre() {
        assertFalse(futureAround("وقال وزير الخارجية الروسي سيرغي لافروف في بيان الخميس", "الخميس"));
        assertFalse(futureAround("وقال المبعوث ستافان دي ميستورا في مؤتمر صحفي الخميس", "الخميس"));
        assertFalse(futureAround("وأكدت ستيفاني ويليامز في إحاطة الخميس", "الخميس"));
        assertFalse(futureAround("وقتل ستمئة مدني في الهجوم الخميس", "الخميس"));
        assertTrue(futureAround("وقال الوزير إن الوفد سيرجع إلى بلاده الخميس", "الخميس"));
        assertTrue(futureAround("وقال الوزير إن ذلك سيلفت الانتباه الخميس", "الخميس"));
        assertTrue(futureAround("وقال الوزير إن الرئيس سيغير موقفه الخميس", "الخميس"));
    }

    @Test
    void aMarkerInAnotherSentenceOrInsideAWordDoesNotCount() {
        assertFalse(futureAround("ستعقد الجولة المقبلة. وكان الوفد قد وصل في 3 أيار", "3 أيار"));
        assertFalse(futureAround("قال للمقررين إن الوفد وصل في 3 أيار", "3 أيار"));
    }

    @Test
    void aClauseScopeStopsAtItsComma() {
        Document doc = Document.of("من المقرر أن يصل الوفد، وأعلن الوزير في 3 أيار");
        int at = doc.folded().indexOf("3");
        assertFalse(TENSE.futureMarked(doc, at, at, 50, 0, Tense.Scope.CLAUSE));
        assertTrue(TENSE.futureMarked(doc, at, at, 50, 0, Tense.Scope.SENTENCE));
    }

    @Test
    void thePastPerfectMarksBackground() {
        Document doc = Document.of("وكانت أنقرة قد أعلنت بدء عملية نبع السلام. وأعلنت أنقرة أمس تعليق العملية");
        assertTrue(TENSE.pastPerfectBefore(doc, doc.folded().indexOf("عمليه نبع")));
        assertFalse(TENSE.pastPerfectBefore(doc, doc.folded().lastIndexOf("العمليه")));
    }

    @Test
    void aDateAfterBeganIsWhenItBegan() {
        Tense tense = Tense.shipped();
        assertTrue(tense.beginsAt("العملية العسكرية التركية التي بدأت في "));
        assertTrue(tense.beginsAt("والتي انطلقت "));
        assertFalse(tense.beginsAt("العملية العسكرية التركية التي توقفت في "));
        assertFalse(tense.beginsAt("بدأت القوات هجومها في "));
    }
    @Test
    void aFutureVerbInTheReportedWordsAfterADateIsWhatWasSaid() {
        assertFalse(futureAround("وأعلنت الوزارة الخميس أنها ستفتح المعبر", "الخميس"));
        assertFalse(futureAround("وقال الوزير الخميس إنه سيزور دمشق", "الخميس"));
        // Without a complementizer between them the verb after the date is still the clause's.
        assertTrue(futureAround("وفي يوم الخميس سيتوجه الوفد إلى جنيف", "الخميس"));
        // Before the date, reported words still set its tense: the visit is what will happen on Thursday.
        assertTrue(futureAround("وقال الوزير إنه سيزور دمشق الخميس", "الخميس"));
    }
}
