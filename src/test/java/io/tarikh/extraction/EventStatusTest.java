package io.tarikh.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tarikh.knowledge.EventType;
import io.tarikh.knowledge.KnowledgeBase;
import io.tarikh.pipeline.ArticleAnalyser;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Statuses beyond past and future (issue 9, item 4), read from knowledge/status.yaml; sentences written for these tests. */
class EventStatusTest {

    private static final ArticleAnalyser ANALYSER = ArticleAnalyser.create(KnowledgeBase.loadDefault(),
            ArticleAnalyser.DEFAULT_MAX_EVENTS, ArticleAnalyser.DEFAULT_MAX_QUOTES);
    private static final LocalDate PUBLISHED = LocalDate.of(2019, 3, 14); // a Thursday

    private static Candidate only(String text, EventType type) {
        List<Candidate> found = ANALYSER.extracted(text, PUBLISHED).stream().filter(c -> c.type() == type).toList();
        assertEquals(1, found.size(), () -> type + " in " + ANALYSER.extracted(text, PUBLISHED));
        return found.get(0);
    }

    @Test
    void aMeetingPostponedFromItsDateIsCancelledAtThatDate() {
        Candidate meeting = only("وأرجأت وزارة الخارجية الأردنية اجتماعا لوزراء الخارجية العرب كان مقررا في عمان يوم 20 آذار الجاري.",
                EventType.MEETING);
        assertEquals(EventStatus.CANCELLED, meeting.status(), meeting::toString);
        assertEquals(LocalDate.of(2019, 3, 20), meeting.date().start(), meeting::toString);
    }

    @Test
    void aRoundThatWasPlannedAndWillNotBeHeldIsCancelled() {
        Candidate talks = only("وقالت الأمم المتحدة إن جولة المفاوضات بين الحكومة السورية والمعارضة التي كانت مقررة في جنيف الأحد المقبل لن تعقد في موعدها.",
                EventType.TALKS);
        assertEquals(EventStatus.CANCELLED, talks.status(), talks::toString);
    }

    @Test
    void unnamedTalksThatTookPlaceAreNotServedButARoundOrAPlanIs() {
        // An election's first round and the negotiations behind a deal are no talks of their own.
        assertTrue(served("وكان أردوغان قد حصل في الجولة الأولى أمس الأحد على 49.5 في المئة من الأصوات.", LocalDate.of(2023, 5, 15))
                .noneMatch(c -> c.type() == EventType.TALKS));
        assertTrue(served("وجاء الاتفاق بعد أسابيع من المفاوضات بين واشنطن وموسكو التي انتهت أمس الثلاثاء في جنيف.", LocalDate.of(2016, 9, 14))
                .noneMatch(c -> c.type() == EventType.TALKS));
        // A round the chronology knows is served as that round; talks announced for later are the news.
        assertTrue(served("اختتمت أمس الجولة السادسة من محادثات أستانا بالاتفاق على منطقة خفض التصعيد في إدلب.", LocalDate.of(2017, 9, 16))
                .anyMatch(c -> c.type() == EventType.TALKS && c.referenceEventId() != null));
        assertTrue(served("ومن المقرر أن تستأنف المحادثات بين الحكومة والمعارضة في جنيف يوم 20 الشهر المقبل.", LocalDate.of(2016, 9, 14))
                .anyMatch(c -> c.type() == EventType.TALKS && c.status() == EventStatus.SCHEDULED));
    }

    /** What is served: each group's first mention, after the article's mentions were grouped. */
    private static java.util.stream.Stream<Candidate> served(String text, LocalDate published) {
        return ANALYSER.analyse(text, published).mentions().groups().stream().map(io.tarikh.timeline.ArticleMentions.Group::first);
    }

    @Test
    void aPostponedRoundIsNotTheReferenceRoundThatHappenedLater() {
        List<Candidate> found = ANALYSER.analyse("وأعلنت كازاخستان إرجاء الجولة السادسة من محادثات أستانا التي كانت مقررة في 10 أيلول الجاري.",
                LocalDate.of(2017, 9, 5)).candidates();
        Candidate round = found.stream().filter(c -> c.type() == EventType.TALKS).findFirst().orElseThrow(() -> new AssertionError(found));
        assertEquals(EventStatus.CANCELLED, round.status(), round::toString);
        assertEquals(LocalDate.of(2017, 9, 10), round.date().start(), round::toString);
        assertEquals(null, round.referenceEventId(), round::toString);
    }

    @Test
    void anEventGoingAheadAfterItsPostponementIsNotCancelled() {
        Candidate talks = only("وتنطلق جولة جديدة من المفاوضات بين الحكومة السورية والمعارضة في جنيف يوم 20 آذار الجاري بعد تأجيلها أسبوعا.",
                EventType.TALKS);
        assertEquals(EventStatus.SCHEDULED, talks.status(), talks::toString);
    }

    @Test
    void whatADenialReportsIsDeniedAndTheDenialOccurred() {
        List<Candidate> found = ANALYSER.extracted("ونفت وزارة الدفاع الروسية أن تكون طائراتها شنت غارات على مدينة إدلب أمس الأربعاء.", PUBLISHED);
        Candidate strike = found.stream().filter(c -> c.type() == EventType.MILITARY_ACTION).findFirst().orElseThrow(() -> new AssertionError(found));
        Candidate denial = found.stream().filter(c -> c.type() == EventType.STATEMENT).findFirst().orElseThrow(() -> new AssertionError(found));
        assertEquals(EventStatus.DENIED, strike.status(), strike::toString);
        assertEquals(EventStatus.OCCURRED, denial.status(), denial::toString);
    }

    @Test
    void whatAClaimReportsIsClaimed() {
        List<Candidate> found = ANALYSER.extracted("وادعت هيئة تحرير الشام أن مقاتليها شنوا هجوما على مواقع للجيش السوري في ريف حماة أمس الأربعاء.", PUBLISHED);
        Candidate attack = found.stream().filter(c -> c.type() == EventType.MILITARY_ACTION).findFirst().orElseThrow(() -> new AssertionError(found));
        assertEquals(EventStatus.CLAIMED, attack.status(), attack::toString);
    }

    @Test
    void aPlainReportStaysOccurred() {
        List<Candidate> found = ANALYSER.extracted("وأعلنت وزارة الدفاع الروسية أن طائراتها شنت غارات على مدينة إدلب أمس الأربعاء.", PUBLISHED);
        assertTrue(found.stream().allMatch(c -> c.status() == EventStatus.OCCURRED), found::toString);
    }

    @Test
    void theStrongestStatusOfAnEventsSourcesWins() {
        assertEquals(EventStatus.OCCURRED, EventStatus.strongest(List.of(EventStatus.SCHEDULED, EventStatus.OCCURRED, EventStatus.DENIED)));
        assertEquals(EventStatus.CANCELLED, EventStatus.strongest(List.of(EventStatus.SCHEDULED, EventStatus.CANCELLED)));
        assertEquals(EventStatus.CLAIMED, EventStatus.strongest(List.of(EventStatus.DENIED, EventStatus.CLAIMED)));
    }
}
