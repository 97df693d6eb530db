package io.tarikh.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tarikh.knowledge.EventType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the narrative around a clause says about its event (issue 9, items 1-3): a day told as "the same day",
 * the purpose of a meeting, a well-known event cited in what a speaker said, a date in the clause before a verb
 * of saying, a name in the object of that verb, and a later verb of saying with its own date. Sentences written
 * for these tests.
 */
class NarrativeCluesTest {

    private static final LocalDate PUBLISHED = Extracted.THURSDAY;
    private static final LocalDate YESTERDAY = PUBLISHED.minusDays(1);

    @Test
    void theSameDayIsTheDayTheStoryNamedBefore() {
        List<Candidate> found = Extracted.onThursday("أعلن الجيش الأردني أمس الأربعاء إسقاط طائرة مسيرة قرب الحدود. "
                + "وفي اليوم نفسه، قصفت القوات الحكومية بلدات في ريف درعا.");
        Candidate shelling = found.stream().filter(c -> c.type() == EventType.MILITARY_ACTION && c.quote().contains("قصفت"))
                .findFirst().orElseThrow(() -> new AssertionError(found.toString()));
        assertEquals(YESTERDAY, shelling.date().start(), shelling::toString);
    }

    @Test
    void theSameDayAfterBackgroundIsNoDay() {
        List<Candidate> found = Extracted.onThursday("وصل رئيس الوزراء الأردني أمس الأربعاء إلى دمشق. وكان رئيس الوزراء قد كلف في الثالث من شباط الماضي. "
                + "وفي اليوم ذاته، انفجرت عبوة ناسفة في حي المزة بدمشق.");
        assertTrue(found.stream().filter(c -> c.quote().contains("عبوة")).noneMatch(c -> c.isDated()
                && c.date().start().equals(LocalDate.of(2020, 2, 3))), found::toString);
    }

    @Test
    void toDiscussIsThePurposeOfTheSessionNotTalks() {
        List<Candidate> found = Extracted.onThursday("ويعقد مجلس الأمن الدولي جلسة اليوم الخميس لبحث التصعيد في إدلب.");
        assertTrue(found.stream().noneMatch(c -> c.type() == EventType.TALKS), found::toString);
        assertEquals(PUBLISHED, Extracted.only(found, EventType.MEETING).date().start());
    }

    @Test
    void aResolutionCitedInWhatWasSaidIsNoItem() {
        List<Candidate> found = Extracted.onThursday("وقال المبعوث الأممي غير بيدرسن أمس إن أي حل يجب أن يستند إلى قرار مجلس الأمن 2254.");
        assertTrue(found.stream().noneMatch(c -> c.referenceEventId() != null), found::toString);
        assertEquals(YESTERDAY, Extracted.only(found, EventType.STATEMENT).date().start());
    }

    @Test
    void aDateBeforeAClauseBreakIsNotTheSpeechs() {
        Candidate said = Extracted.only(Extracted.onThursday("وتتواصل الاستعدادات للانتخابات البلدية المقررة في العشرين من نيسان المقبل، "
                + "بعدما أعلنت وزارة الخارجية الروسية الأحد الماضي دعم إجرائها."), EventType.STATEMENT);
        assertEquals(LocalDate.of(2020, 3, 8), said.date().start(), said::toString);
    }

    @Test
    void aNameInTheObjectIsNotTheSpeaker() {
        List<Candidate> found = Extracted.onThursday("وأعلنت هيئة قضائية أمس قبول ثلاثة طعون في قضية الفساد، بينها طعن رئيس الوزراء السوري السابق رياض حجاب.");
        assertTrue(found.stream().filter(c -> c.type() == EventType.STATEMENT).noneMatch(c -> c.actorIds().contains("riyad-hijab")),
                found::toString);
    }

    @Test
    void aLaterDenialKeepsItsOwnDay() {
        List<Candidate> found = Extracted.onThursday("وكان الجيش الأمريكي قد أعلن الأربعاء الماضي أن مدمرة أمريكية أسقطت طائرة مسيرة إيرانية في الخليج، "
                + "وهو ما نفته طهران في اليوم التالي.");
        assertTrue(found.stream().filter(c -> c.type() == EventType.MILITARY_ACTION)
                .noneMatch(c -> c.isDated() && c.date().start().isAfter(LocalDate.of(2020, 3, 4))), found::toString);
    }

    @Test
    void aCapitalRenewingItsDemandIsItsGovernmentAndTheAtlanticAllianceIsNato() {
        Candidate renewed = Extracted.only(Extracted.onThursday("وجددت أنقرة أمس رفضها لأي وجود كردي شرقي الفرات، وقالت إن الوحدات الكردية يجب أن تنسحب."),
                EventType.STATEMENT);
        assertTrue(renewed.actorIds().contains("turkey"), renewed::toString);
        Candidate meeting = Extracted.only(Extracted.onThursday("ويعقد مجلس الحلف الأطلسي اجتماعا اليوم الخميس في بروكسل."), EventType.MEETING);
        assertTrue(meeting.actorIds().contains("nato"), meeting::toString);
    }
}
