package io.tarikh.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "في مارس من العام ذاته", "أواخر الشهر نفسه", "وفي العام نفسه": the period of the date the text named last, never
 * the publication's; nothing when no such date was named, and never a clue to when the article was published.
 */
class SamePeriodTest {

    private static final TemporalEngine ENGINE = TemporalEngine.create(ReferenceEventIndex.empty());

    private static List<TemporalExpression> resolve(String text, LocalDate published) {
        return ENGINE.resolveAgainst(text, published);
    }

    @Test
    void monthOfTheSameYearIsThatOfTheYearNamedBefore() {
        List<TemporalExpression> found = resolve("فرض الاتحاد عقوبات في نوفمبر 2011 بسبب قمع الاحتجاجات التي اندلعت في مارس من العام ذاته.",
                LocalDate.of(2017, 6, 27));
        assertEquals(List.of("نوفمبر 2011", "مارس من العام ذاته"), found.stream().map(TemporalExpression::text).toList());
        assertEquals("2011-03", found.get(1).date().value());
        assertTrue(found.get(1).explanation().contains("نوفمبر 2011"), found.get(1).explanation());
    }

    @Test
    void dayAndPartOfTheSameMonth() {
        List<TemporalExpression> found = resolve("أعلنت الفصائل الهدنة في 20 آب الماضي، ثم انهارت في الحادي والثلاثين من الشهر نفسه، "
                + "وتجددت الاشتباكات أواخر الشهر ذاته.", LocalDate.of(2017, 6, 27));
        assertEquals("2016-08-31", found.get(1).date().value());
        assertEquals(LocalDate.of(2016, 8, 21), found.get(2).date().start());
        assertEquals(LocalDate.of(2016, 8, 31), found.get(2).date().end());
    }

    @Test
    void theSamePeriodAfterAPreposition() {
        List<TemporalExpression> found = resolve("زار الوزير دمشق في 3 آذار 2021. وفي العام نفسه زارها الأمين العام نفسه، وخلال الشهر ذاته وقعت اشتباكات.",
                LocalDate.of(2023, 6, 27));
        assertEquals(List.of("3 آذار 2021", "العام نفسه", "الشهر ذاته"), found.stream().map(TemporalExpression::text).toList());
        assertEquals("2021", found.get(1).date().value());
        assertEquals("2021-03", found.get(2).date().value());
    }

    @Test
    void nothingWhenNoPeriodWasNamedBefore() {
        List<TemporalExpression> found = resolve("سيطر التنظيم على الرقة قبل أشهر من اجتياحه الموصل في حزيران من العام نفسه.", LocalDate.of(2017, 6, 27));
        assertTrue(found.stream().noneMatch(e -> e.date().start() != null), found.toString());
    }

    @Test
    void noClueToThePublicationDate() {
        Resolution r = ENGINE.resolve("وتجددت الاشتباكات أواخر الشهر نفسه في ريف حلب.", null);
        assertEquals(null, r.anchor().date());
    }
}
