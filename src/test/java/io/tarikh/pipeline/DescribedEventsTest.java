package io.tarikh.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tarikh.extraction.Candidate;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A reference event described rather than named ("مقتل نجليه عدي وقصي في الموصل") is an item only where its sentence
 * dates it on the event's own days, and only in a sentence no trigger made an item of. Sentences written for these tests.
 */
class DescribedEventsTest {

    private static final ArticleAnalyser ANALYSER = ArticleAnalyser.createDefault();
    private static final LocalDate PUBLISHED = LocalDate.of(2003, 12, 15);

    private static List<Candidate> linkedTo(String text, String eventId) {
        return ANALYSER.extracted(text, PUBLISHED).stream().filter(c -> eventId.equals(c.referenceEventId())).toList();
    }

    @Test
    void aDescriptionDatedOnTheEventsDayIsAnItem() {
        List<Candidate> found = linkedTo("وجاء ذلك بعد مقتل نجليه عدي وقصي في الموصل في الثاني والعشرين من تموز الماضي.",
                "uday-qusay-killed-2003-07-22");
        assertEquals(1, found.size(), found.toString());
        assertEquals(LocalDate.of(2003, 7, 22), found.get(0).date().start());
    }

    @Test
    void anUndatedDescriptionIsNoItem() {
        assertTrue(linkedTo("وجاء ذلك بعد مقتل نجليه عدي وقصي في الموصل.", "uday-qusay-killed-2003-07-22").isEmpty());
    }

    @Test
    void aDescriptionDatedOnAnotherDayIsNoItem() {
        // Other killings in Mosul are described by the same words: only the event's own day makes it this one.
        assertTrue(linkedTo("وجاء ذلك بعد مقتل نجليه عدي وقصي في الموصل في الثاني من آب الماضي.", "uday-qusay-killed-2003-07-22").isEmpty());
    }
}
