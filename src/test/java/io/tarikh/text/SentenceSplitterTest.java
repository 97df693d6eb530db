package io.tarikh.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    @Test
    void splitsOnFullStopsQuestionMarksAndLinesKeepingOffsets() {
        String text = "وقعت الاتفاقية في 17.9.2018 بسوتشي. هل تصمد الهدنة؟ قال الوزير: \"لا نعرف.\"\nوأضاف أن الوضع صعب";
        List<SentenceSplitter.Sentence> sentences = SentenceSplitter.split(text);
        assertEquals(List.of("وقعت الاتفاقية في 17.9.2018 بسوتشي.", "هل تصمد الهدنة؟", "قال الوزير: \"لا نعرف.\"", "وأضاف أن الوضع صعب"),
                sentences.stream().map(SentenceSplitter.Sentence::text).toList());
        for (SentenceSplitter.Sentence s : sentences) {
            assertEquals(s.text(), text.substring(s.start(), s.end()));
        }
    }

    @Test
    void ellipsisEndsOneSentenceOnce() {
        List<SentenceSplitter.Sentence> sentences = SentenceSplitter.split("طالب الوزير باحترام السيادة.... ثم غادر.");
        assertEquals(2, sentences.size());
        assertEquals("طالب الوزير باحترام السيادة....", sentences.get(0).text());
    }

    @Test
    void emptyTextHasNoSentences() {
        assertEquals(List.of(), SentenceSplitter.split(" \n "));
    }
}
