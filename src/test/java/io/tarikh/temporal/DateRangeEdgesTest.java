package io.tarikh.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Anchors at the ends of java.time and outside the Umm al-Qura tables leave expressions unresolved; nothing throws. */
class DateRangeEdgesTest {

    private static final TemporalEngine ENGINE = TemporalEngine.create(ReferenceEventIndex.empty());

    /** Relative days, a Hijri month relative to the anchor, next year, a duration and "the next day". */
    private static final String TEXT = "قال الوزير غدا إن الاجتماع في رمضان المقبل، وبعد 3 أشهر في العام المقبل. "
            + "وصل الوفد يوم 31 كانون الأول الماضي، وفي اليوم التالي التقى الرئيس.";

    @ParameterizedTest
    @ValueSource(strings = {"+999999999-12-31", "-999999999-01-01", "1800-01-01", "2300-06-01"})
    void extremeAnchorsNeverThrow(String anchor) {
        Resolution r = ENGINE.resolve(TEXT, LocalDate.parse(anchor));
        assertEquals(LocalDate.parse(anchor), r.anchor().date());
        for (TemporalExpression e : r.expressions()) {
            assertTrue(e.date().start() == null || !e.date().start().isAfter(e.date().end()), e.toString());
        }
    }

    @Test
    void atTheLastDayTomorrowIsDroppedButTodayStays() {
        List<TemporalExpression> found = ENGINE.resolveAgainst("قال الوزير اليوم إن الوفد يصل غدا.", LocalDate.MAX);
        assertEquals(List.of("اليوم"), found.stream().map(TemporalExpression::text).toList());
    }

    @Test
    void hijriMonthWithAnAnchorOutsideUmmAlQuraIsDropped() {
        List<TemporalExpression> found = ENGINE.resolveAgainst("يبدأ الصيام في رمضان المقبل.", LocalDate.of(1700, 1, 1));
        assertFalse(found.stream().anyMatch(e -> e.text().contains("رمضان")), found.toString());
        List<TemporalExpression> inRange = ENGINE.resolveAgainst("يبدأ الصيام في رمضان المقبل.", SupportedDates.MAX);
        assertTrue(inRange.stream().anyMatch(e -> e.text().contains("رمضان") && e.date().start() != null), inRange.toString());
    }

    @Test
    void writtenYearsOutsideTheSupportedRangeAreNoYears() {
        assertEquals(List.of(), ENGINE.resolveAgainst("في عام 99999 وعام 1850 وفي 3/4/2150", LocalDate.of(2020, 1, 1)).stream()
                .filter(e -> e.date().start() != null).toList());
        assertTrue(SupportedDates.contains(SupportedDates.MIN) && SupportedDates.contains(SupportedDates.MAX));
        assertFalse(SupportedDates.contains(SupportedDates.MAX.plusDays(1)));
    }
}
