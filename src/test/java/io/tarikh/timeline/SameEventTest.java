package io.tarikh.timeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tarikh.knowledge.EventType;
import io.tarikh.knowledge.KnowledgeBase;
import io.tarikh.temporal.Precision;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The merge rule on hand-made mentions. */
class SameEventTest {

    private static final SameEvent SAME = new SameEvent(KnowledgeBase.loadDefault());
    private static final LocalDate JUNE_18 = LocalDate.of(2017, 6, 18);

    private static EventView view(EventType type, LocalDate start, LocalDate end, Set<String> actors, Set<String> places, String ref) {
        return new EventView(type, start, end, start == null ? null : Precision.DAY, actors, places, ref);
    }

    @Test
    void sameReferenceEventIsOneEventWhateverElse() {
        assertTrue(SAME.test(view(EventType.TALKS, null, null, Set.of(), Set.of(), "astana-4"),
                view(EventType.AGREEMENT, JUNE_18, JUNE_18, Set.of("iran"), Set.of(), "astana-4")));
        assertFalse(SAME.test(view(EventType.TALKS, null, null, Set.of(), Set.of(), "astana-4"),
                view(EventType.TALKS, null, null, Set.of(), Set.of(), "astana-5")));
    }

    @Test
    void overlappingDatesAndASharedActorMerge() {
        assertTrue(SAME.test(view(EventType.PHONE_CALL, JUNE_18, JUNE_18, Set.of("sergey-lavrov", "rex-tillerson"), Set.of(), null),
                view(EventType.STATEMENT, JUNE_18, JUNE_18.plusDays(1), Set.of("rex-tillerson"), Set.of(), null)));
    }

    @Test
    void aSharedCountryIsNotEnoughButASharedCityIs() {
        EventView strikeInSyria = view(EventType.MILITARY_ACTION, JUNE_18, JUNE_18, Set.of(), Set.of("syria"), null);
        assertFalse(SAME.test(strikeInSyria, view(EventType.MILITARY_ACTION, JUNE_18, JUNE_18, Set.of(), Set.of("syria"), null)));
        assertTrue(SAME.test(view(EventType.MILITARY_ACTION, JUNE_18, JUNE_18, Set.of(), Set.of("raqqa"), null),
                view(EventType.MILITARY_ACTION, JUNE_18, JUNE_18, Set.of(), Set.of("raqqa", "syria"), null)));
    }

    @Test
    void differentFamiliesOrDisjointDatesStayApart() {
        assertFalse(SAME.test(view(EventType.MILITARY_ACTION, JUNE_18, JUNE_18, Set.of("russia"), Set.of(), null),
                view(EventType.TALKS, JUNE_18, JUNE_18, Set.of("russia"), Set.of(), null)));
        assertFalse(SAME.test(view(EventType.TALKS, JUNE_18, JUNE_18, Set.of("russia"), Set.of(), null),
                view(EventType.TALKS, JUNE_18.plusDays(3), JUNE_18.plusDays(4), Set.of("russia"), Set.of(), null)));
        assertFalse(SAME.test(view(EventType.TALKS, null, null, Set.of("russia"), Set.of(), null),
                view(EventType.TALKS, null, null, Set.of("russia"), Set.of(), null)), "undated mentions are never merged");
    }

    @Test
    void aYearNeverAbsorbsTheDaysInsideIt() {
        EventView talksIn2013 = new EventView(EventType.TALKS, LocalDate.of(2013, 1, 1), LocalDate.of(2013, 12, 31), Precision.YEAR,
                Set.of("hakan-fidan"), Set.of(), null);
        EventView talksOnADay = view(EventType.TALKS, LocalDate.of(2013, 5, 2), LocalDate.of(2013, 5, 2), Set.of("hakan-fidan"), Set.of(), null);
        assertFalse(SAME.test(talksIn2013, talksOnADay));
        assertFalse(SAME.test(talksOnADay, talksIn2013));
    }

    @Test
    void coarseDatesMergeOnlyOnAnExactMatch() {
        LocalDate may1 = LocalDate.of(2017, 5, 1);
        LocalDate may31 = LocalDate.of(2017, 5, 31);
        EventView talksInMay = new EventView(EventType.TALKS, may1, may31, Precision.MONTH, Set.of("hakan-fidan"), Set.of(), null);
        assertTrue(SAME.test(talksInMay, new EventView(EventType.TALKS, may1, may31, Precision.MONTH, Set.of("hakan-fidan", "syria"), Set.of(), null)),
                "a country on one side only does not make them different");
        assertFalse(SAME.test(talksInMay, new EventView(EventType.MEETING, may1, may31, Precision.MONTH, Set.of("hakan-fidan"), Set.of(), null)),
                "coarse dates need the same type, not only the same family");
        assertFalse(SAME.test(talksInMay, new EventView(EventType.TALKS, may1, may31, Precision.MONTH,
                Set.of("hakan-fidan", "sergey-lavrov"), Set.of(), null)), "coarse dates need the same precise participants");
    }

    @Test
    void aLongSpanIsCoarseEvenAtDayPrecision() {
        EventView threeWeeks = view(EventType.MILITARY_ACTION, JUNE_18, JUNE_18.plusDays(20), Set.of(), Set.of("raqqa"), null);
        assertFalse(threeWeeks.isDayPrecise());
        assertFalse(SAME.test(threeWeeks, view(EventType.MILITARY_ACTION, JUNE_18.plusDays(3), JUNE_18.plusDays(3), Set.of(), Set.of("raqqa"), null)));
    }

    @Test
    void anEstimateWithoutPrecisionIsNotADate() {
        EventView estimate = new EventView(EventType.TALKS, JUNE_18, JUNE_18, Precision.NONE, Set.of("hakan-fidan"), Set.of(), null);
        assertFalse(estimate.isDated());
        assertFalse(SAME.test(estimate, estimate));
    }
}
