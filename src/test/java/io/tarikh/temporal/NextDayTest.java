package io.tarikh.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "اليوم التالي" is the day after the single day named just before it; alone it is not tagged (see cases.tsv). */
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
}
