package io.tarikh.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tarikh.knowledge.EventType;
import io.tarikh.knowledge.KnowledgeBase;
import io.tarikh.pipeline.ArticleAnalyser;
import java.time.LocalDate;
import java.util.List;

/** The extraction stage as the production analyser wires it, for tests that read a sentence's candidates. */
final class Extracted {

    static final KnowledgeBase KB = KnowledgeBase.loadDefault();
    private static final ArticleAnalyser ANALYSER = ArticleAnalyser.create(KB, ArticleAnalyser.DEFAULT_MAX_EVENTS,
            ArticleAnalyser.DEFAULT_MAX_QUOTES);

    private Extracted() {
    }

    /** The publication day of the clue tests' sentences: a Thursday, so "أمس الأربعاء" is its day before. */
    static final LocalDate THURSDAY = LocalDate.of(2020, 3, 12);

    static List<Candidate> from(String text, LocalDate published) {
        return ANALYSER.extracted(text, published);
    }

    /** A sentence's candidates as published on {@link #THURSDAY}. */
    static List<Candidate> onThursday(String text) {
        return from(text, THURSDAY);
    }

    /** The one candidate of {@code type}, failing when there is none or several. */
    static Candidate only(List<Candidate> found, EventType type) {
        List<Candidate> ofType = found.stream().filter(c -> c.type() == type).toList();
        assertEquals(1, ofType.size(), () -> type + " in " + found);
        return ofType.get(0);
    }
}
