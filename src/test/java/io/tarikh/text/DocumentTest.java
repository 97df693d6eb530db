package io.tarikh.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tarikh.text.SentenceSplitter.Sentence;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The text analysed once: folded offsets that map back, words per sentence, clause and sentence bounds. */
class DocumentTest {

    @Test
    void foldedOffsetsMapBackToTheOriginalWithItsMarks() {
        Document doc = Document.of("وصل غداً إلى أنقرة.");
        String folded = doc.folded();
        assertEquals("وصل غدا الي انقره.", folded);
        int start = folded.indexOf("غدا");
        assertEquals("غداً", doc.text().substring(doc.originalStart(start), doc.originalEndWithMarks(start + 3)));
        assertEquals("غدا", doc.text().substring(doc.originalStart(start), doc.originalEnd(start + 3)));
        assertEquals(folded.indexOf("الي"), doc.foldedIndex(doc.text().indexOf("إلى")));
    }

    @Test
    void eachSentenceHasItsOwnWords() {
        Document doc = Document.of("قال لافروف إن الجولة انتهت. وأعلنت أنقرة 17.9.2018 موعدا!\nسطر ثالث");
        List<Sentence> sentences = doc.sentences();
        assertEquals(3, sentences.size(), sentences.toString());
        assertEquals(List.of("قال", "لافروف", "ان", "الجوله", "انتهت"), doc.wordsOf(sentences.get(0)).stream().map(Document.Word::text).toList());
        // A full stop between digits does not end the sentence.
        assertEquals(List.of("واعلنت", "انقره", "17", "9", "2018", "موعدا"), doc.wordsOf(sentences.get(1)).stream().map(Document.Word::text).toList());
        assertEquals(sentences.get(2), doc.sentenceAt(doc.text().indexOf("ثالث")));
        assertNull(doc.sentenceAt(doc.text().indexOf(" وأعلنت")), "the space between two sentences is in neither");
        assertTrue(doc.inOneSentence(doc.text().indexOf("أنقرة"), doc.text().indexOf("موعدا")));
        assertFalse(doc.inOneSentence(doc.text().indexOf("لافروف"), doc.text().indexOf("أنقرة")));
    }

    @Test
    void clausesEndAtTheOneListOfBreaks() {
        Document doc = Document.of("قال الوزير، إن الوفد يصل غدا؛ ثم يغادر. جملة أخرى");
        int wafd = doc.folded().indexOf("الوفد");
        assertEquals(doc.folded().indexOf("ان الوفد"), doc.clauseStart(wafd) + 1);
        assertEquals(doc.folded().indexOf("؛"), doc.clauseEnd(wafd));
        assertEquals(0, doc.sentenceStart(wafd));
        assertEquals(doc.folded().indexOf(" جمله"), doc.sentenceEnd(wafd));
        for (char c : "،,؛;:.!?؟\n".toCharArray()) {
            assertTrue(Document.isClauseBreak(c), "break: " + c);
        }
        assertFalse(Document.isClauseBreak('-'));
    }

    @Test
    void wordsKeepTheirCliticReadings() {
        Document.Word word = Document.of("للرقة").words().get(0);
        assertEquals(List.of("للرقه", "الرقه", "لرقه", "رقه"), word.nominalReadings().stream().map(Clitics.Reading::rest).toList());
        assertTrue(Document.of("وسيعقد").words().get(0).verbalReadings().stream().anyMatch(r -> r.rest().equals("يعقد")));
    }
}
