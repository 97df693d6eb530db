package io.tarikh.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.tarikh.temporal.SpanValue.CalendarDate;
import io.tarikh.temporal.SpanValue.Deictic;
import io.tarikh.temporal.SpanValue.Duration;
import io.tarikh.temporal.SpanValue.HalfYear;
import io.tarikh.temporal.SpanValue.Lead;
import io.tarikh.temporal.SpanValue.NumericDate;
import io.tarikh.temporal.SpanValue.WrittenYear;
import java.time.DayOfWeek;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tagger reads each match into its kind's typed value once: numbers parsed, lexicon forms looked up. */
class SpanValueTest {

    private static final Tagger TAGGER = new Tagger(RuleBook.load(Lexicon.get()), Lexicon.get());

    private static SpanValue only(String text) {
        List<Tagger.Span> spans = TAGGER.tag(io.tarikh.text.Document.of(text));
        assertEquals(1, spans.size(), spans.toString());
        return spans.get(0).value();
    }

    @Test
    void deicticDayWithItsWeekday() {
        Deictic d = assertInstanceOf(Deictic.class, only("وقال أمس الاثنين إن"));
        assertEquals(-1, d.offset());
        assertEquals(DayOfWeek.MONDAY, d.weekday());
    }

    @Test
    void daysOfAMonthWithTheirDirection() {
        CalendarDate c = assertInstanceOf(CalendarDate.class, only("المحادثات المقررة يومي الـ 4 والـ 5 من تموز المقبل"));
        assertEquals(7, c.month());
        assertEquals(List.of(4, 5), c.days());
        assertEquals(Direction.FUTURE, c.rel());
        assertEquals(null, c.year().written());
    }

    @Test
    void aWeekdayBeforeAWrittenDateJoinsIt() {
        NumericDate n = assertInstanceOf(NumericDate.class, only("تعلن النتائج الثلاثاء 15/5/2018 رسميا"));
        assertEquals(List.of(2018, 5, 15), List.of(n.year(), n.month(), n.day()));
        assertEquals(DayOfWeek.TUESDAY, n.weekday());
    }

    @Test
    void durationsCarryAUnitAndAnAmount() {
        Duration two = assertInstanceOf(Duration.class, only("وصل بعد يومين من الاجتماع"));
        assertEquals(new Quantity(Unit.DAY, 2), two.amount());
        assertEquals(Lead.AFTER, two.lead());
        Duration some = assertInstanceOf(Duration.class, only("منذ أشهر"));
        assertEquals(new Quantity(Unit.MONTH, null), some.amount());
        assertEquals(Lead.SINCE, some.lead());
        Duration hours = assertInstanceOf(Duration.class, only("خلال الساعات الـ24 الماضية"));
        assertEquals(new Quantity(Unit.HOUR, 24), hours.amount());
        assertEquals(Direction.PAST, hours.rel());
    }

    @Test
    void fiscalYearsAndHalves() {
        WrittenYear y = assertInstanceOf(WrittenYear.class, only("موازنة العام المالي 2022/23 الجديدة"));
        assertEquals(2022, y.year());
        assertEquals(2023, y.fiscalEnd());
        HalfYear h = assertInstanceOf(HalfYear.class, only("في النصف الثاني من العام الجاري"));
        assertEquals(2, h.half());
        assertEquals(Direction.CURRENT, h.rel());
    }
}
