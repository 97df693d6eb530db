package io.tarikh.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tarikh.extraction.Candidate;
import io.tarikh.extraction.DateBasis;
import io.tarikh.extraction.EventStatus;
import io.tarikh.knowledge.EventType;
import io.tarikh.knowledge.KnowledgeBase;
import io.tarikh.temporal.DateInfo;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Grouping one article's candidates into events, and the per-article caps. */
class ArticleMentionsTest {

    private static final SameEvent SAME = new SameEvent(KnowledgeBase.loadDefault());

    private static Candidate statement(String speaker, LocalDate day, int offset) {
        DateInfo date = day == null ? null : DateInfo.ofDays(day, day);
        return new Candidate(EventType.STATEMENT, EventStatus.OCCURRED, "تصريح", "Statement", List.of(speaker), List.of(),
                date, date, day == null ? null : DateBasis.TEXT, null, null, "quote " + offset, offset, offset + 10);
    }

    @Test
    void undatedWordsOfOneSpeakerAreOneEventAndOtherSpeakersAreNot() {
        List<Candidate> candidates = List.of(statement("staffan-de-mistura", null, 0), statement("sergey-lavrov", null, 20),
                statement("staffan-de-mistura", null, 40));
        ArticleMentions.Grouped grouped = new ArticleMentions(SAME, 100, 20).group(candidates);
        assertEquals(2, grouped.groups().size());
        assertEquals(2, grouped.groups().get(0).mentions().size());
        assertEquals(0, grouped.dropped());
    }

    @Test
    void quotesPerEventAndEventsPerArticleAreCapped() {
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            candidates.add(statement("staffan-de-mistura", null, i * 20));
        }
        for (int i = 0; i < 300; i++) {
            candidates.add(statement("sergey-lavrov", LocalDate.of(2016, 1, 1).plusDays(i * 10L), 1000 + i * 20));
        }
        ArticleMentions.Grouped grouped = new ArticleMentions(SAME, 100, 20).group(candidates);
        assertEquals(100, grouped.groups().size());
        assertEquals(20, grouped.groups().get(0).mentions().size());
        assertEquals(30 + 201, grouped.dropped());
    }

    @Test
    void theSameDatedEventToldTwiceIsOneGroup() {
        LocalDate day = LocalDate.of(2017, 6, 26);
        ArticleMentions.Grouped grouped = new ArticleMentions(SAME, 100, 20)
                .group(List.of(statement("sergey-lavrov", day, 0), statement("sergey-lavrov", day, 50)));
        assertEquals(1, grouped.groups().size());
        assertEquals(2, grouped.groups().get(0).mentions().size());
    }
}
