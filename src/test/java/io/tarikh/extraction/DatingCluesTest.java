package io.tarikh.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tarikh.knowledge.EventType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * When an event was told, from clues around its words (issue 9, item 3): a date set off by commas after
 * the speaker, a past perfect with a long subject, "خلالها" pointing at the event the sentence dated, and a
 * date that rules out a reference event. Sentences written for these tests.
 */
class DatingCluesTest {

    /** A Thursday. */
    private static final LocalDate PUBLISHED = LocalDate.of(2020, 3, 12);

    private static List<Candidate> extract(String text) {
        return Extracted.from(text, PUBLISHED);
    }

    private static Candidate only(List<Candidate> found, EventType type) {
        return Extracted.only(found, type);
    }

    @Test
    void aDateBetweenCommasAfterTheSpeakerIsWhenTheySpoke() {
        Candidate said = only(extract("أعلنت وزارة الدفاع الروسية، مساء أمس الأربعاء، انسحاب وحداتها من ريف حلب."), EventType.STATEMENT);
        assertEquals(LocalDate.of(2020, 3, 11), said.date().start(), said::toString);
        assertEquals(DateBasis.TEXT, said.dateBasis());
    }

    @Test
    void aPastPerfectWithATitleAndANameBetweenItsWordsIsBackground() {
        Candidate said = only(extract("وكان وزير الخارجية الروسي سيرغي لافروف ونظيره التركي مولود تشاووش أوغلو قد أكدا ضرورة التهدئة."),
                EventType.STATEMENT);
        assertNull(said.date(), said::toString);
        assertEquals(DateBasis.BACKGROUND, said.dateBasis());
    }

    @Test
    void wordsSaidDuringASittingTakeItsDay() {
        Candidate said = only(extract("وعقد مجلس الأمن الدولي جلسة طارئة مساء الإثنين، حذر خلالها وزير الخارجية الروسي سيرغي لافروف من التصعيد."),
                EventType.STATEMENT);
        assertEquals(LocalDate.of(2020, 3, 9), said.date().start(), said::toString);
        assertEquals(DateBasis.CONTEXT, said.dateBasis());
    }

    @Test
    void aPastEventNamedInAClauseAboutTheFutureIsNotReported() {
        String sentence = "ومن المنتظر أن تجري الأطراف خلال الأسابيع المقبلة مشاورات حول مراجعة اتفاق موسكو وآليات تثبيت الهدنة.";
        assertTrue(extract(sentence).stream().noneMatch(c -> c.referenceEventId() != null), () -> extract(sentence).toString());
        // Reported as news, the same mention is the reference event.
        String reported = "وتوصل الرئيسان بوتين وأردوغان إلى اتفاق موسكو في الخامس من آذار الجاري بعد محادثات استمرت ست ساعات.";
        assertTrue(extract(reported).stream().anyMatch(c -> "moscow-protocol-idlib-2020-03-05".equals(c.referenceEventId())),
                () -> extract(reported).toString());
    }

    @Test
    void protestsAndDecreesAreEvents() {
        Candidate protest = only(extract("وخرجت في مدينة حمص أمس الأربعاء تظاهرات حاشدة طالب المشاركون فيها بالإفراج عن المعتقلين."), EventType.OTHER);
        assertEquals(LocalDate.of(2020, 3, 11), protest.date().start(), protest::toString);
        Candidate decree = only(extract("وأصدر الرئيس السوري بشار الأسد أمس الأربعاء مرسوما تشريعيا يقضي بمنح عفو عام."), EventType.OTHER);
        assertEquals(LocalDate.of(2020, 3, 11), decree.date().start(), decree::toString);
        Candidate funeral = only(extract("ويشيع آلاف من أهالي حمص غدا الجمعة ضحايا التفجيرين."), EventType.OTHER);
        assertEquals(LocalDate.of(2020, 3, 13), funeral.date().start(), funeral::toString);
        Candidate bombing = only(extract("وقتل عشرات المدنيين في تفجيرين انتحاريين بسيارتين مفخختين في مدينة حمص صباح أمس الأربعاء."),
                EventType.MILITARY_ACTION);
        assertEquals(LocalDate.of(2020, 3, 11), bombing.date().start(), bombing::toString);
    }

    @Test
    void anEventNamedInPassingIsNoItem() {
        // Its breach is feared, its terms are invoked: the agreement is not what the sentence reports.
        for (String sentence : List.of("وأبدى محللون قلقهم وسط تحذيرات أمريكية من خرق اتفاق موسكو في إدلب.",
                "وتواصلت الاشتباكات في ريف إدلب في خرق لاتفاق موسكو.")) {
            List<Candidate> found = extract(sentence);
            assertTrue(found.stream().noneMatch(c -> c.referenceEventId() != null), found::toString);
        }
    }

    @Test
    void toCondemnIsAStatementAndTwoDelegationsAreNot() {
        Candidate condemned = only(extract("ودان وزير الخارجية الروسي سيرغي لافروف أمس الأربعاء الهجوم."), EventType.STATEMENT);
        assertEquals(List.of("sergey-lavrov"), condemned.actorIds(), condemned::toString);
        List<Candidate> found = extract("ويجتمع وفدان عسكريان روسي وتركي في أنقرة الأسبوع المقبل.");
        assertTrue(found.stream().noneMatch(c -> c.type() == EventType.STATEMENT), found::toString);
    }

    @Test
    void theSiteOfABombingIsNoBombing() {
        // The visit is yesterday's; the bombings were told elsewhere and are not dated by it.
        for (String sentence : List.of("وتفقد وزير الداخلية السوري موقع التفجيرين في دمشق أمس الأربعاء.",
                "وتفقد المحافظ مكان الهجوم في حمص أمس الأربعاء والتقى ذوي الضحايا.")) {
            List<Candidate> found = extract(sentence);
            assertTrue(found.stream().noneMatch(c -> c.type() == EventType.MILITARY_ACTION), found::toString);
        }
    }

    @Test
    void aSittingOfConsultationsIsAMeeting() {
        Candidate sitting = only(extract("ويعقد مجلس الأمن الدولي جلسة مشاورات مغلقة اليوم الخميس بطلب من فرنسا."), EventType.MEETING);
        assertEquals(PUBLISHED, sitting.date().start());
        assertTrue(extract("ويعقد مجلس الأمن الدولي جلسة مشاورات مغلقة اليوم الخميس بطلب من فرنسا.").stream()
                .noneMatch(c -> c.type() == EventType.TALKS));
    }

    @Test
    void anUndatedStatementIsNotDatedByACallToldAfterIt() {
        List<Candidate> found = extract("وقال الرئيس التركي رجب طيب أردوغان إن العملية مستمرة. "
                + "وكان البيت الأبيض قد أعلن الأحد الماضي، عقب اتصال هاتفي بين ترامب وأردوغان، سحب القوات.");
        Candidate said = found.stream().filter(c -> c.type() == EventType.STATEMENT && c.actorIds().contains("recep-tayyip-erdogan")
                && !c.actorIds().contains("donald-trump")).findFirst().orElseThrow(() -> new AssertionError(found));
        assertEquals(DateBasis.PUBLICATION_DATE, said.dateBasis(), said::toString);
    }

    @Test
    void aWrittenDateFarFromAReferenceEventIsAnotherEvent() {
        // The memorandum of September 2018 was signed in Sochi; a signing "yesterday" in 2020 is a new agreement.
        List<Candidate> found = extract("ووقع الرئيسان أمس الأربعاء اتفاق بوتين وأردوغان في سوتشي حول إدلب.");
        assertTrue(found.stream().noneMatch(c -> "sochi-memorandum-idlib-2018-09-17".equals(c.referenceEventId())), found::toString);
        List<Candidate> then = extract("وكان الرئيسان قد وقعا في 17 أيلول 2018 اتفاق بوتين وأردوغان في سوتشي حول إدلب.");
        assertTrue(then.stream().anyMatch(c -> "sochi-memorandum-idlib-2018-09-17".equals(c.referenceEventId())), then::toString);
    }
}
