package io.tarikh.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "اليوم التالي" is the day after the single day named just before it, "في اليوم نفسه" that day; alone they are
 * not tagged (see cases.tsv), nor after a day told as past-perfect background when their own clause is not.
 */
class NextDayTest {

    private static final TemporalEngine ENGINE = TemporalEngine.create(ReferenceEventIndex.empty());

    @Test
    void dayAfterThePreviousDate() {
        List<TemporalExpression> found = ENGINE.resolveAgainst(
                "اقتحمت القوات الحي في الأول من آذار 2012، وفي صباح اليوم التالي بدأت عمليات الإعدام.", LocalDate.of(2021, 3, 18));
        assertEquals(2, found.size(), found.toString());
        TemporalExpression next = found.get(1);
        assertEquals("صباح اليوم التالي", next.text());
        assertEquals("2012-03-02TMO", next.date().value());
        assertEquals(LocalDate.of(2012, 3, 2), next.date().start());
        assertEquals(TimexType.TIME, next.type());
    }

    @Test
    void notTheDayAfterWhatFollowsIt() {
        // "اليوم التالي لسقوط بغداد" counts from the fall, not from the date written before it.
        List<TemporalExpression> found = ENGINE.resolveAgainst(
                "وكان الخوئي قد اغتيل في العاشر من نيسان الماضي، في اليوم التالي لسقوط بغداد.", LocalDate.of(2003, 8, 30));
        assertEquals(List.of("العاشر من نيسان الماضي"), found.stream().map(TemporalExpression::text).toList());
    }

    @Test
    void bareNextDayAfterADate() {
        List<TemporalExpression> found = ENGINE.resolveAgainst(
                "وصل الوفد يوم 28 شباط الماضي، وفي اليوم التالي التقى الرئيس.", LocalDate.of(2023, 3, 20));
        assertEquals(List.of("يوم 28 شباط الماضي", "اليوم التالي"), found.stream().map(TemporalExpression::text).toList());
        assertEquals("2023-03-01", found.get(1).date().value());
    }

    @Test
    void notAfterAMonthOrYear() {
        List<TemporalExpression> found = ENGINE.resolveAgainst("بدأت الاحتجاجات في آذار 2011، وفي اليوم التالي توسعت.", LocalDate.of(2021, 3, 18));
        assertEquals(List.of("آذار 2011"), found.stream().map(TemporalExpression::text).toList());
    }

    @Test
    void sameDayIsTheDayNamedBefore() {
        List<TemporalExpression> found = ENGINE.resolveAgainst(
                "أعلن الجيش أمس الأربعاء إسقاط طائرة مسيرة. وفي اليوم نفسه، قصفت القوات بلدات في الريف، وفي نفس اليوم خرجت تظاهرات.",
                LocalDate.of(2020, 3, 12));
        assertEquals(List.of("أمس الأربعاء", "اليوم نفسه", "نفس اليوم"), found.stream().map(TemporalExpression::text).toList());
        assertEquals(LocalDate.of(2020, 3, 11), found.get(1).date().start());
        assertEquals(LocalDate.of(2020, 3, 11), found.get(2).date().start());
        assertTrue(found.get(1).explanation().startsWith("the same day as 2020-03-11"), found.get(1).explanation());
    }

    @Test
    void notTheDayOfBackgroundOnceTheNarrativeReturns() {
        String background = "وصل الوزير أمس الأربعاء إلى عمان. وكان الوزير قد تولى منصبه في الثالث من شباط الماضي.";
        List<TemporalExpression> after = ENGINE.resolveAgainst(background + " وفي اليوم ذاته انفجرت عبوة ناسفة في العاصمة.",
                LocalDate.of(2020, 3, 12));
        assertEquals(List.of("أمس الأربعاء", "الثالث من شباط الماضي"), after.stream().map(TemporalExpression::text).toList());
        // Still in the background: the day after the background day.
        List<TemporalExpression> within = ENGINE.resolveAgainst(
                "وكان الوزير قد وصل في الثالث من شباط الماضي، وكان قد التقى في اليوم التالي نظيره.", LocalDate.of(2020, 3, 12));
        assertEquals(LocalDate.of(2020, 2, 4), within.get(1).date().start(), within.toString());
        // A sentence opening with "كما" goes on with the background before it: its "same day" is that day.
        List<TemporalExpression> continued = ENGINE.resolveAgainst(background + " كما التقى في اليوم ذاته رئيس الحكومة.",
                LocalDate.of(2020, 3, 12));
        assertEquals(3, continued.size(), continued.toString());
        assertEquals(LocalDate.of(2020, 2, 3), continued.get(2).date().start(), continued.toString());
    }

    @Test
    void hoursAfterAreThatDayOrTheNextAndHoursAheadAreNoDay() {
        List<TemporalExpression> found = ENGINE.resolveAgainst("أعلنت الإمارات أمس الخميس إعادة فتح سفارتها في دمشق. "
                + "وبعد ساعات، أعلنت البحرين استمرار العمل في سفارتها. ومن المقرر أن يصل وفد بحريني بعد ساعات.", LocalDate.of(2018, 12, 28));
        assertEquals(List.of("أمس الخميس", "بعد ساعات", "بعد ساعات"), found.stream().map(TemporalExpression::text).toList());
        assertEquals(LocalDate.of(2018, 12, 27), found.get(1).date().start());
        assertEquals(LocalDate.of(2018, 12, 28), found.get(1).date().end());
        assertEquals(TimexType.DURATION, found.get(2).type());
        assertEquals(null, found.get(2).date().start());
    }
}
