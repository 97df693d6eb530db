package io.tarikh.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.tarikh.extraction.Candidate;
import io.tarikh.extraction.DateBasis;
import io.tarikh.knowledge.EventType;
import io.tarikh.knowledge.KnowledgeBase;
import io.tarikh.pipeline.ArticleAnalyser;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Mentions that do not name a reference event but describe one. */
class ReferenceLinkerTest {

    private static final KnowledgeBase KB = KnowledgeBase.loadDefault();
    /** The extraction stage as the production analyser wires it. */
    private static final ArticleAnalyser ANALYSER = ArticleAnalyser.create(KB, ArticleAnalyser.DEFAULT_MAX_EVENTS, ArticleAnalyser.DEFAULT_MAX_QUOTES);
    private static final ReferenceLinker LINKER = new ReferenceLinker(KB);

    private static Candidate firstOfType(String text, LocalDate published, EventType type) {
        return ANALYSER.extracted(text, published).stream()
                .filter(c -> c.type() == type).map(c -> LINKER.link(c, published)).findFirst().orElseThrow();
    }

    @Test
    void anUndatedRecentShootDownNearRaqqaIsTheSu22Incident() {
        String text = "وكان التحالف الدولي قد أعلن إسقاط طائرة حربية سورية بريف الرقة.";
        Candidate linked = firstOfType(text, LocalDate.of(2017, 6, 22), EventType.MILITARY_ACTION);
        assertEquals("raqqa-su22-shootdown-2017-06-18", linked.referenceEventId());
        assertEquals(LocalDate.of(2017, 6, 18), linked.date().start());
        assertEquals(DateBasis.REFERENCE_EVENT, linked.dateBasis());
    }

    @Test
    void theSameWordsYearsLaterLinkToNothing() {
        String text = "وكان التحالف الدولي قد أعلن إسقاط طائرة حربية سورية بريف الرقة.";
        assertNull(firstOfType(text, LocalDate.of(2021, 3, 1), EventType.MILITARY_ACTION).referenceEventId());
    }

    @Test
    void talksInTheVenueCityJustBeforePublicationLink() {
        String text = "وانتهت المباحثات الروسية التركية في أنقرة بالاتفاق على خفض التوتر في إدلب.";
        Candidate linked = firstOfType(text, LocalDate.of(2020, 2, 29), EventType.TALKS);
        assertEquals(LocalDate.of(2020, 2, 26), linked.date().start());
        assertEquals(EventType.TALKS, linked.type());
    }

    @Test
    void anUndatedBlastWeeksAfterAKnownBombingInTheSameCityIsAnotherOne() {
        // A daily's undated report is its news of the last days, not a bombing in the same city three weeks before.
        String text = "واستهدف هجوم بعبوة ناسفة مبنى حكوميا في دمشق، ما أدى إلى إصابة عدد من الموظفين.";
        assertNull(firstOfType(text, LocalDate.of(2012, 8, 7), EventType.MILITARY_ACTION).referenceEventId());
        assertEquals("damascus-national-security-bombing-2012-07-18",
                firstOfType(text, LocalDate.of(2012, 7, 20), EventType.MILITARY_ACTION).referenceEventId());
    }
    @Test
    void aMeetingPlannedForTomorrowIsNotAVisitThatHappenedToday() {
        // Putin was in Damascus on 7 January 2020; the meeting with Erdogan "tomorrow" in Istanbul is another event:
        // a plan may be put off to a later day, not brought forward to one already past.
        String text = "ومن المقرر أن يلتقي أردوغان ونظيره الروسي فلاديمير بوتين غدا الأربعاء في إسطنبول، حيث يتوقع أن يتصدر الملف الليبي المباحثات.";
        Candidate planned = firstOfType(text, LocalDate.of(2020, 1, 7), EventType.TALKS);
        assertNull(planned.referenceEventId());
        assertEquals(LocalDate.of(2020, 1, 8), planned.date().start());
    }

    @Test
    void aMeetingSomewhereElseIsNotTheVisitItsPartiesMadeThatDay() {
        // Putin met Assad in Damascus on 7 January 2020; a meeting of the same two told in Moscow is another one.
        String text = "والتقى الرئيس الروسي فلاديمير بوتين الرئيس السوري بشار الأسد أمس الثلاثاء في موسكو.";
        Candidate elsewhere = firstOfType(text, LocalDate.of(2020, 1, 8), EventType.MEETING);
        assertNull(elsewhere.referenceEventId());
        Candidate there = firstOfType(text.replace("موسكو", "دمشق"), LocalDate.of(2020, 1, 8), EventType.MEETING);
        assertEquals("putin-visits-damascus-2020-01-07", there.referenceEventId());
    }
}
