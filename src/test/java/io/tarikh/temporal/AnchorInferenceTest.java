package io.tarikh.temporal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tarikh.text.Document;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Inferring the publication date from the text alone: what it concludes, how sure it is, and why. */
class AnchorInferenceTest {

    /** A tiny reference chronology: a name and its dates, found by plain substring search. */
    private static final class FakeIndex implements ReferenceEventIndex {
        private final Map<String, LocalDate[]> events = Map.of(
                "القمة العربية في عمان", new LocalDate[] {LocalDate.of(2017, 3, 29), LocalDate.of(2017, 3, 29)},
                "مؤتمر الرياض للمعارضة", new LocalDate[] {LocalDate.of(2015, 12, 9), LocalDate.of(2015, 12, 10)},
                "عملية درع الربيع", new LocalDate[] {LocalDate.of(2020, 2, 27), LocalDate.of(2020, 4, 30)},
                "قرار مجلس الأمن 2254", new LocalDate[] {LocalDate.of(2015, 12, 18), LocalDate.of(2015, 12, 18)});

        @Override
        public ReferenceMentions find(Document doc, WrittenDates dates) {
            String text = doc.text();
            List<ReferenceMention> out = new ArrayList<>();
            events.forEach((name, days) -> {
                int at = text.indexOf(name);
                if (at >= 0) {
                    out.add(new ReferenceMention("ev-" + days[0], name, at, at + name.length(), days[0], days[1]));
                }
            });
            return new ReferenceMentions(out, out);
        }
    }

    private static final TemporalEngine PLAIN = TemporalEngine.create(ReferenceEventIndex.empty());
    private static final TemporalEngine WITH_EVENTS = TemporalEngine.create(new FakeIndex());

    private static Anchor infer(TemporalEngine engine, String text) {
        Anchor a = engine.resolve(text, null).anchor();
        assertEquals(AnchorSource.INFERRED, a.source());
        assertTrue(a.confidence() >= 0 && a.confidence() <= 1, "confidence in 0..1: " + a.confidence());
        assertTrue(!a.evidence().isEmpty(), "evidence lines");
        return a;
    }

    private static boolean mentions(Anchor a, String fragment) {
        return a.evidence().stream().anyMatch(l -> l.contains(fragment));
    }

    @Test
    void aWeekdayAndAnOldExplicitDateAreNotEnough() {
        // The written date may be an anniversary or an old agreement: any Saturday after it fits; say so rather than guess.
        Anchor a = infer(PLAIN, "أعلنت وزارة الدفاع اليوم السبت نتائج التحقيق في الهجوم الذي وقع في 17 أيلول/سبتمبر 2018 قرب اللاذقية.");
        assertNull(a.date());
        assertEquals(0.0, a.confidence());
        assertTrue(mentions(a, "makes the publication day a Saturday"), a.evidence().toString());
        assertTrue(mentions(a, "published on or after 2018-09-17"), a.evidence().toString());
        assertTrue(mentions(a, "not enough evidence") && mentions(a, "no upper bound"), a.evidence().toString());
    }

    @Test
    void aWrittenDateOnTheNamedWeekdayPinsTheDay() {
        Anchor a = infer(PLAIN, "التقى الرئيس أمس الاثنين وفداً أوروبياً، بعد اجتماع عقد مساء الاثنين 19 حزيران 2017 في الدوحة.");
        assertEquals(LocalDate.of(2017, 6, 20), a.date());
        assertEquals(java.time.DayOfWeek.TUESDAY, a.date().getDayOfWeek());
        assertTrue(mentions(a, "'أمس الاثنين' makes the publication day a Tuesday"), a.evidence().toString());
        assertTrue(mentions(a, "the Monday the text names with a deictic word"), a.evidence().toString());
        assertTrue(a.confidence() >= 0.8, "a written day: " + a.confidence());
    }

    @Test
    void todayWrittenOutIsTheDay() {
        Anchor a = infer(PLAIN, "أعلن الديوان أن اليوم الخميس 30 رمضان 1439هـ هو المتمم للشهر، على أن يعود الموظفون يوم الاثنين 11 شوال 1439 هـ.");
        assertEquals(LocalDate.of(2018, 6, 14), a.date(), a.evidence()::toString);
        assertTrue(mentions(a, "writes out the day it calls"), a.evidence().toString());
    }

    @Test
    void conflictingWeekdaysLowerTheConfidenceAndSaySo() {
        String text = "وصل الوفد أمس الاثنين إلى عمان، وعقد اليوم الأربعاء اجتماعاً، واستعاد الاتفاق الموقع مساء الاثنين 1 أيار 2017.";
        Anchor a = infer(PLAIN, text);
        assertTrue(mentions(a, "the weekday phrases disagree"), a.evidence().toString());
        Anchor agreeing = infer(PLAIN, "وصل الوفد أمس الاثنين إلى عمان، واستعاد الاتفاق الموقع مساء الاثنين 1 أيار 2017.");
        assertEquals(LocalDate.of(2017, 5, 2), agreeing.date(), agreeing.evidence()::toString);
        assertTrue(a.confidence() < agreeing.confidence(), a.confidence() + " vs " + agreeing.confidence());
    }

    @Test
    void aDateInAFutureClauseIsAnUpperBound() {
        Anchor a = infer(PLAIN, "أعلنت الحكومة اليوم خطة تبدأ في حزيران الجاري، بعد مؤتمر المانحين في 3 أيار 2017، ومن المقرر أن تعقد القمة في 2 حزيران 2017.");
        assertEquals(LocalDate.of(2017, 6, 1), a.date(), a.evidence()::toString);
        assertTrue(mentions(a, "published in June"), a.evidence().toString());
        assertTrue(mentions(a, "published before 2017-06-02"), a.evidence().toString());
    }

    @Test
    void pastMonthExcludesThatMonth() {
        Anchor a = infer(PLAIN, "قالت الوزارة إن الهدنة صمدت منذ أيار الماضي، وذلك منذ اتفاق 3 أيار 2017، ومن المقرر أن يعقد المؤتمر في 2 حزيران 2017.");
        assertEquals(LocalDate.of(2017, 6, 1), a.date(), "the only day after 3 May 2017 and before 2 June that is not in May");
        assertTrue(mentions(a, "a month other than May"), a.evidence().toString());
    }

    @Test
    void aWeekdayInAWindowOfWeeksIsNotEnough() {
        Anchor a = infer(PLAIN, "قال الوزير اليوم الاثنين إن الاتفاق الموقع في 3 أيار 2017 صامد، ومن المقرر أن يعقد المؤتمر في 2 حزيران 2017.");
        assertNull(a.date());
        assertTrue(mentions(a, "too many to pick one honestly"), a.evidence().toString());
    }

    @Test
    void futureMarkersAreWholeWords() {
        // "المقررات" (the resolutions) is not "المقرر" (scheduled): the event is reported as past.
        Anchor a = infer(WITH_EVENTS, "وقال الوزير إن مؤتمر الرياض للمعارضة نفذ المقررات كلها. وجاء ذلك في مؤتمر صحفي عقده اليوم الجمعة.");
        assertEquals(LocalDate.of(2015, 12, 11), a.date(), a.evidence()::toString);
        assertTrue(mentions(a, "is the lead news"), a.evidence().toString());
        Anchor ahead = infer(WITH_EVENTS, "ومن المقرر أن يعقد مؤتمر الرياض للمعارضة بمشاركة الفصائل.");
        assertTrue(mentions(ahead, "is still ahead"), ahead.evidence().toString());
    }

    @Test
    void aReferenceEventBesideYesterdayPinsTheDay() {
        Anchor a = infer(WITH_EVENTS, "اختتمت أمس القمة العربية في عمان بإعلان يدعو إلى حل سياسي في سوريا.");
        assertEquals(LocalDate.of(2017, 3, 30), a.date());
        assertTrue(a.confidence() >= 0.8, "pinned by a dated event: " + a.confidence());
        assertTrue(mentions(a, "pinned by a dated event"), a.evidence().toString());
    }

    @Test
    void aReferenceEventWhoseImplementationIsDemandedIsNotTheNews() {
        // 18 December 2015 was a Friday: read as the lead news, "أمس الجمعة" would pin 19 December 2015.
        Anchor demanded = infer(WITH_EVENTS, "احتشد مئات المحتجين أمس الجمعة في ساحة المدينة، مجددين مطالبتهم برحيل الحكومة "
                + "وتطبيق قرار مجلس الأمن 2254، في احتجاجات أسبوعية متواصلة منذ أشهر.");
        assertNull(demanded.date(), demanded.evidence()::toString);
        assertTrue(mentions(demanded, "is presupposed"), demanded.evidence().toString());
        Anchor adopted = infer(WITH_EVENTS, "تبنى المجلس بالإجماع أمس الجمعة قرار مجلس الأمن 2254 الذي يرسم خريطة طريق للحل في سوريا.");
        assertEquals(LocalDate.of(2015, 12, 19), adopted.date(), adopted.evidence()::toString);
    }

    @Test
    void daysCountedFromAReferenceEventPushTheLowerBound() {
        // Plural "أيام" is three to ten days: 1 to 8 April 2017; its only Monday is 3 April.
        Anchor a = infer(WITH_EVENTS, "وجاءت تصريحات الوزير أمس الأحد بعد أيام من القمة العربية في عمان.");
        assertEquals(LocalDate.of(2017, 4, 3), a.date());
        assertTrue(mentions(a, "published on or after 2017-04-01"), a.evidence().toString());
        assertTrue(mentions(a, "published by 2017-04-08"), a.evidence().toString());
        // 29 March + 14 days = 12 April 2017, a Wednesday: the only Wednesday of the week that follows.
        Anchor twoWeeks = infer(WITH_EVENTS, "وقال المتحدث اليوم الأربعاء إن ذلك بعد أسبوعين على القمة العربية في عمان.");
        assertEquals(LocalDate.of(2017, 4, 12), twoWeeks.date(), twoWeeks.evidence()::toString);
        // Without a weekday, any day of the window around 12 April (two weeks, give or take half a week) fits: no day is picked.
        Anchor anyDay = infer(WITH_EVENTS, "وذلك بعد أسبوعين على القمة العربية في عمان.");
        assertNull(anyDay.date(), anyDay.evidence()::toString);
        assertTrue(mentions(anyDay, "8 days fit within 2017-04-09..2017-04-16"), anyDay.evidence().toString());
    }

    @Test
    void aCountOfWeeksFromAReferenceEventIsGiveOrTakeHalfAWeek() {
        // 29 March 2017 (a Wednesday) and "a week after" on a Tuesday: 4 April, six days on, not the Tuesday after 5 April.
        Anchor a = infer(WITH_EVENTS, "وقال المتحدث اليوم الثلاثاء إن ذلك يأتي بعد أسبوع من القمة العربية في عمان.");
        assertEquals(LocalDate.of(2017, 4, 4), a.date(), a.evidence()::toString);
        assertTrue(mentions(a, "published around 2017-04-05, on or after 2017-04-02"), a.evidence().toString());
    }

    @Test
    void daysCountedFromTheLaunchOfACampaignRunFromItsFirstDay() {
        // "عملية درع الربيع" ran 27 February to 30 April 2020. "من إطلاق" counts from its first day: 27 + 27 days = 25 March, a Wednesday.
        Anchor a = infer(WITH_EVENTS, "وقال المتحدث اليوم الأربعاء إن القوات تقدمت بعد سبعة وعشرين يوماً من إطلاق عملية درع الربيع.");
        assertEquals(LocalDate.of(2020, 3, 25), a.date(), a.evidence()::toString);
        assertTrue(mentions(a, "counted from its start ⇒ published on or after 2020-03-25"), a.evidence().toString());
        // With no beginning named, the count runs from its last day: 30 April + 27 days = 27 May, also a Wednesday.
        Anchor fromEnd = infer(WITH_EVENTS, "وقال المتحدث اليوم الأربعاء إن القوات تقدمت بعد سبعة وعشرين يوماً من عملية درع الربيع.");
        assertEquals(LocalDate.of(2020, 5, 27), fromEnd.date(), fromEnd.evidence()::toString);
    }

    @Test
    void aDateAfterSinceAndAnotherEventDatesThatEventNotTheMention() {
        // "منذ اندلاع الأزمة في آذار الماضي" dates the crisis; the summit before it is not "last March".
        Anchor a = infer(WITH_EVENTS, "وقال المتحدث اليوم الجمعة إن الحوار مستمر، وإن القمة العربية في عمان هي الأولى منذ اندلاع الأزمة في آذار الماضي.");
        assertTrue(a.evidence().stream().noneMatch(l -> l.contains("القمة العربية في عمان") && l.contains("آذار الماضي")), a.evidence().toString());
        // Right after the marker the date is the mention's own: the campaign has gone on since then.
        Anchor own = infer(WITH_EVENTS, "وقال المتحدث اليوم الجمعة إن الحوار مستمر. وتتواصل عملية درع الربيع منذ آذار الماضي.");
        assertTrue(mentions(own, "was 'آذار الماضي'"), own.evidence().toString());
    }

    @Test
    void aSentenceThatNamesWhatTheLeadToldIsTheLeadToo() {
        // "وهذه هي ...": the third sentence names the meeting the lead told of; 29 March 2017, yesterday (a Wednesday).
        Anchor a = infer(WITH_EVENTS, "وتحدث الملك في كلمة ألقاها أمس الأربعاء أمام القادة. وأشار إلى التحديات التي تواجه المنطقة. "
                + "وهذه هي القمة العربية في عمان التي يحضرها الملك.");
        assertEquals(LocalDate.of(2017, 3, 30), a.date(), a.evidence()::toString);
        assertTrue(mentions(a, "is the lead news"), a.evidence().toString());
        // Opened otherwise, the same sentence is no lead: the summit is only earlier than the text.
        Anchor other = infer(WITH_EVENTS, "وتحدث الملك في كلمة ألقاها أمس الأربعاء أمام القادة. وأشار إلى التحديات التي تواجه المنطقة. "
                + "وكانت القمة العربية في عمان قد حضرها الملك.");
        assertNull(other.date(), other.evidence()::toString);
    }

    @Test
    void aCampaignOfWeeksMayBeUnderWayAndLeavesTooWideAWindow() {
        Anchor a = infer(WITH_EVENTS, "وتواصل القوات التركية عملية درع الربيع في ريف إدلب. وقال المتحدث اليوم الاثنين إن المعارك مستمرة.");
        assertNull(a.date(), a.evidence()::toString);
        assertTrue(mentions(a, "may be under way"), a.evidence().toString());
        assertTrue(mentions(a, "not enough evidence"), a.evidence().toString());
    }

    @Test
    void aReferenceEventReportedAsPastIsALowerBound() {
        Anchor a = infer(WITH_EVENTS, "بعد مؤتمر الرياض للمعارضة تتجه الأنظار إلى جنيف. وقال المتحدث اليوم الجمعة إن الحوار مستمر.");
        assertEquals(LocalDate.of(2015, 12, 11), a.date(), a.evidence()::toString);
        assertTrue(a.confidence() < 0.8, "only a bound, not a pin: " + a.confidence());
        assertTrue(mentions(a, "is the lead news"), a.evidence().toString());
    }

    @Test
    void onlyTheLeadNewsSaysTheTextIsRecent() {
        // The same past event, as the news of the opening, then as background further down: only the
        // first says the text was written within days of it.
        String background = "قال المتحدث اليوم الجمعة إن الحوار مستمر. وأضاف أن المعارضة تلتزم بما تقرر. "
                + "وتابع أن المشاورات ستتواصل. وأشار إلى أن مؤتمر الرياض للمعارضة وضع أسس التفاوض.";
        Anchor a = infer(WITH_EVENTS, background);
        assertNull(a.date(), a.evidence()::toString);
        assertTrue(mentions(a, "outside the lead"), a.evidence().toString());
        // Background may still be of the day of writing ("فجر اليوم"): a bound that includes its last day.
        assertTrue(a.evidence().stream().anyMatch(l -> l.contains("outside the lead") && l.contains("published on or after")),
                a.evidence().toString());
        Anchor lead = infer(WITH_EVENTS, "اختتم مؤتمر الرياض للمعارضة أعماله. وقال المتحدث اليوم الجمعة إن الحوار مستمر.");
        assertEquals(LocalDate.of(2015, 12, 11), lead.date(), lead.evidence()::toString);
        assertTrue(mentions(lead, "is the lead news"), lead.evidence().toString());
    }

    @Test
    void aDateInParenthesesAfterYesterdayIsThatDay() {
        Anchor a = infer(PLAIN, "قتل الرئيس السابق أمس الاثنين (4 كانون الأول/ديسمبر 2017) في صنعاء.");
        assertEquals(LocalDate.of(2017, 12, 5), a.date(), a.evidence()::toString);
        assertTrue(mentions(a, "writes out the day"), a.evidence().toString());
    }

    @Test
    void aWeekdayAloneIsNotEnough() {
        Anchor a = infer(PLAIN, "قال المتحدث أمس الاثنين إن المفاوضات مستمرة.");
        assertNull(a.date());
        assertEquals(0.0, a.confidence());
        assertTrue(mentions(a, "makes the publication day a Tuesday"), a.evidence().toString());
        assertTrue(mentions(a, "not enough evidence"), a.evidence().toString());
    }

    @Test
    void aTextWithoutDatesIsNotEnough() {
        Anchor a = infer(PLAIN, "دعا الوزير إلى وقف القتال وفتح الممرات الإنسانية.");
        assertNull(a.date());
        assertTrue(mentions(a, "not enough evidence"), a.evidence().toString());
    }

    @Test
    void expressionsOfAnUnanchoredTextStayUnresolved() {
        Resolution r = PLAIN.resolve("قال المتحدث أمس الاثنين إن الجولة تعقد في تموز المقبل.", null);
        assertNull(r.anchor().date());
        assertTrue(r.expressions().stream().allMatch(e -> e.date().start() == null), r.expressions().toString());
        assertEquals(2, r.expressions().size());
    }

    @Test
    void aGivenAnchorIsUsedAsIs() {
        Anchor a = PLAIN.resolve("وصل الوفد أمس الأحد.", LocalDate.of(2017, 6, 27)).anchor();
        assertEquals(AnchorSource.PROVIDED, a.source());
        assertEquals(1.0, a.confidence());
        assertEquals(LocalDate.of(2017, 6, 27), a.date());
    }

    @Test
    void anAnniversaryIsNotTheEventsDay() {
        // "اليوم" beside the Riyadh conference would pin the day to it; beside its anniversary it cannot.
        Anchor a = infer(WITH_EVENTS, "أحيا المعارضون اليوم الجمعة ذكرى مؤتمر الرياض للمعارضة في وقفات عدة.");
        assertNull(a.date(), a.evidence()::toString);
        assertTrue(mentions(a, "anniversary"), a.evidence().toString());
    }

    @Test
    void aLeadEventOfSeveralDaysMayStillBeUnderWay() {
        // The Riyadh conference lasted 9-10 December 2015: reported as the news on a Wednesday, it may be
        // its first day, Wednesday 9, or Wednesday 16, within a week of its end: two days fit, none is picked.
        Anchor a = infer(WITH_EVENTS, "تواصل أعمال مؤتمر الرياض للمعارضة. وقال المتحدث اليوم الأربعاء إن الحوار مستمر.");
        assertNull(a.date(), a.evidence()::toString);
        assertTrue(mentions(a, "may be under way"), a.evidence().toString());
    }
    @Test
    void aDeicticDayWrittenOutWithoutItsYearFixesTheDayOnceTheYearIsKnown() {
        // The summit (29 March 2017) gives the year and a week; "(31 آذار/مارس)" after "اليوم" gives the day, even
        // after a part of the day ("مساء اليوم الجمعة").
        Anchor a = infer(WITH_EVENTS, "اختتمت القمة العربية في عمان أعمالها. وقال الوزير مساء اليوم الجمعة (31 آذار/مارس) إن القمة نجحت.");
        assertEquals(LocalDate.of(2017, 3, 31), a.date(), a.evidence()::toString);
        assertTrue(mentions(a, "without its year ⇒ published on 31 March of some year"), a.evidence().toString());
        Anchor noWeekday = infer(WITH_EVENTS, "اختتمت القمة العربية في عمان أعمالها. وقال الوزير اليوم (1 نيسان/أبريل) إن القمة نجحت.");
        assertEquals(LocalDate.of(2017, 4, 1), noWeekday.date(), noWeekday.evidence()::toString);
    }

    @Test
    void aDeicticDayWrittenOutWithoutItsYearIsNotEnoughAlone() {
        // 31 March is a Friday in 2017, 2023, 2028...: nothing tells which.
        Anchor alone = infer(PLAIN, "قال الوزير مساء اليوم الجمعة (31 آذار/مارس) إن المحادثات نجحت.");
        assertNull(alone.date(), alone.evidence()::toString);
        assertTrue(mentions(alone, "without its year"), alone.evidence().toString());
        // 30 March 2017 is a Thursday: the written day and the weekday contradict each other within the summit's week.
        Anchor contradiction = infer(WITH_EVENTS, "اختتمت القمة العربية في عمان أعمالها. وقال الوزير اليوم الجمعة (30 آذار/مارس) إن القمة نجحت.");
        assertNull(contradiction.date(), contradiction.evidence()::toString);
    }

    @Test
    void anEventTheLeadDatesWithItsYearIsNoRecencyCue() {
        // Named in the opening, but dated in full by the text: the year is written because it is not this week's news.
        String dated = "أعلن المبعوث الأممي اليوم الخميس موعد الجولة المقبلة. وقال إن قرار مجلس الأمن 2254 الصادر في 18 كانون الأول/ديسمبر 2015 لا يزال المرجعية.";
        Anchor a = infer(WITH_EVENTS, dated);
        assertNull(a.date(), a.evidence()::toString);
        assertTrue(mentions(a, "is dated '18 كانون الأول/ديسمبر 2015' in the text"), a.evidence().toString());
        assertFalse(mentions(a, "is the lead news"), a.evidence().toString());
        // Without the written date the same opening is the news of the days after it.
        Anchor recent = infer(WITH_EVENTS, "أعلن المبعوث الأممي اليوم الخميس موعد الجولة المقبلة. وقال إن قرار مجلس الأمن 2254 يشكل المرجعية.");
        assertTrue(mentions(recent, "is the lead news"), recent.evidence().toString());
    }

    @Test
    void anEventOfLastMonthDatesTheTextToTheMonthAfterIt() {
        // "منذ ... الشهر الماضي" in the opening is no news of the days after the event: the text is of the next month.
        Anchor a = infer(WITH_EVENTS, "أعلن المبعوث اليوم الأحد موعد الجولة المقبلة، في أول خطوة منذ قرار مجلس الأمن 2254 الشهر الماضي.");
        assertNull(a.date(), a.evidence()::toString);
        assertTrue(mentions(a, "was 'الشهر الماضي' ⇒ published in the month after its own, from 2016-01-01"), a.evidence().toString());
        assertTrue(mentions(a, "published by 2016-01-31"), a.evidence().toString());
        assertFalse(mentions(a, "is the lead news"), a.evidence().toString());
        assertTrue(mentions(a, "5 days fit"), a.evidence().toString());
    }

    @Test
    void anEventOfSeveralMonthsWasLastMonthInAnyOfThem() {
        // "درع الربيع" ran from February to April 2020: "last month" may be its last month, so the text may be of May.
        Anchor a = infer(WITH_EVENTS, "قال الوزير اليوم الأحد إن الجيش استخلص العبر من عملية درع الربيع الشهر الماضي.");
        assertTrue(mentions(a, "published in the month after its own, from 2020-03-01"), a.evidence().toString());
        assertTrue(mentions(a, "published by 2020-05-31"), a.evidence().toString());
    }

    @Test
    void aYearWrittenBesideANameThatIsNotTheEventsIsAnotherEvent() {
        // The same words name an event of another year ("العدوان الثلاثي" of 1956, not of 2018): no bound from it.
        Anchor a = infer(WITH_EVENTS, "أعلن المتحدث اليوم الخميس أن الوفد يذكر بالقمة العربية في عمان عام 1980 وما تلاها.");
        assertFalse(mentions(a, "2017-03-29"), a.evidence().toString());
        Anchor same = infer(WITH_EVENTS, "أعلن المتحدث اليوم الخميس أن الوفد يذكر بالقمة العربية في عمان في 29 آذار 2017 وما تلاها.");
        assertTrue(mentions(same, "published on or after 2017-03-29"), same.evidence().toString());
    }

    @Test
    void aProspectNamedBesideTodayDatesNothing() {
        // A committee set up today to study the summit's resolutions is no report that the summit is today.
        Anchor a = infer(WITH_EVENTS, "أصدر الرئيس اليوم الخميس قراراً بتشكيل لجنة لدراسة القمة العربية في عمان ومقرراتها.");
        assertNull(a.date(), a.evidence()::toString);
        assertTrue(mentions(a, "is a prospect"), a.evidence().toString());
        assertFalse(mentions(a, "⇒ 2017-03-29"), a.evidence().toString());
    }

    @Test
    void aSentenceToAnEventIsAProspectEvenWithTheEventsProclitic() {
        // "أصدرت المحكمة اليوم حكماً بإعدام ...": sentenced today, carried out some other day; the word before is read past "ب".
        Anchor a = infer(WITH_EVENTS, "أصدرت الهيئة اليوم الخميس حكماً بالقمة العربية في عمان.");
        assertTrue(mentions(a, "is a prospect ('حكما')"), a.evidence().toString());
        assertNull(a.date(), a.evidence()::toString);
    }

    @Test
    void aPluralWithNoNumberIsThreeToTenOfItsUnit() {
        // "بعد أسابيع من": three weeks or nine; only the weekday and the months would have to pick among seven weeks of days.
        Anchor a = infer(WITH_EVENTS, "تظاهر آلاف اليوم الخميس، بعد أسابيع من القمة العربية في عمان.");
        assertNull(a.date(), a.evidence()::toString);
        assertTrue(mentions(a, "on or after 2017-04-16"), a.evidence().toString());
        assertTrue(mentions(a, "by 2017-06-10"), a.evidence().toString());
    }

    @Test
    void aHolidayNamedAsTodayPicksTheDayWithinTheBounds() {
        // 2016 (the year after resolution 2254) has 52 Wednesdays; one is the first day of Eid al-Fitr, 1 Shawwal 1437
        // (Umm al-Qura: 6 July), give or take a day for the sighting of the moon.
        String text = "أدى المصلون صباح اليوم الأربعاء، أول أيام عيد الفطر، صلاة العيد، في أول عيد منذ قرار مجلس الأمن 2254 العام الماضي.";
        Anchor a = infer(WITH_EVENTS, text);
        assertEquals(LocalDate.of(2016, 7, 6), a.date(), a.evidence()::toString);
        assertTrue(mentions(a, "is 'أول أيام عيد الفطر' ⇒ published on Hijri 1/10"), a.evidence().toString());
        // Without the holiday, any Wednesday of the year fits.
        Anchor without = infer(WITH_EVENTS, text.replace("، أول أيام عيد الفطر،", ""));
        assertNull(without.date(), without.evidence()::toString);
        assertTrue(mentions(without, "days fit"), without.evidence().toString());
    }

    @Test
    void anEventTheOpeningCountsFromIsNoLeadNews() {
        // "منذ" + event: the first visit since it, years later; without "منذ" the same opening reports the event itself.
        Anchor counted = infer(WITH_EVENTS, "وصل الرئيس السوري أمس الجمعة إلى الدوحة في زيارة رسمية التقى خلالها أمير قطر، هي الأولى له منذ القمة العربية في عمان.");
        assertNull(counted.date(), counted.evidence()::toString);
        assertTrue(mentions(counted, "is what the text counts from ('منذ') ⇒ published on or after 2017-03-29"), counted.evidence().toString());
        Anchor reported = infer(WITH_EVENTS, "اختتمت القمة العربية في عمان أعمالها بإعلان يدعو إلى حل سياسي.");
        assertTrue(mentions(reported, "is the lead news"), reported.evidence().toString());
    }

    @Test
    void aDateInTheEventsRelativeClauseIsItsOwnNotTheNearerDeixis() {
        // "اليوم الاثنين" stands nearer the resolution, but the relative clause after it says when it was adopted.
        Anchor a = infer(WITH_EVENTS, "دخل وقف إطلاق النار حيز التنفيذ صباح اليوم الاثنين، تطبيقا لقرار مجلس الأمن 2254"
                + " الذي تبناه المجلس بالإجماع مساء الجمعة الماضي، وعاد آلاف النازحين إلى قراهم.");
        assertEquals(LocalDate.of(2015, 12, 21), a.date(), a.evidence().toString());
        assertTrue(mentions(a, "was 'مساء الجمعة الماضي'"), a.evidence().toString());
    }

    @Test
    void aRefusedEventDatesNothingEvenWithItsDateBetween() {
        // "رفضت الشهر الماضي ...": the refusal was last month, not what was refused.
        Anchor a = infer(WITH_EVENTS, "وصل الوفد إلى جنيف أمس الأحد، وكانت الحكومة قد رفضت الشهر الماضي قرار مجلس الأمن 2254 جملة وتفصيلا.");
        assertTrue(mentions(a, "is a prospect ('رفضت')"), a.evidence().toString());
        assertTrue(!mentions(a, "was 'الشهر الماضي'"), a.evidence().toString());
    }
}
