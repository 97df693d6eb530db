package io.tarikh.mentions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tarikh.knowledge.KnowledgeBase;
import io.tarikh.temporal.ReferenceEventIndex;
import io.tarikh.temporal.ReferenceMention;
import io.tarikh.temporal.ReferenceMentions;
import io.tarikh.temporal.TemporalEngine;
import io.tarikh.text.Document;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Mentions of well-known events: by name, by the round of a series, by a document and its date. */
class ReferenceChronologyTest {

    private static final ReferenceChronology CHRONOLOGY = new ReferenceChronology(KnowledgeBase.loadDefault());
    private static final TemporalEngine TEMPORAL = TemporalEngine.create(ReferenceEventIndex.empty());

    /** Both readings of one pass over the text, its dates tagged once as in the pipeline. */
    private static ReferenceMentions mentions(String text) {
        Document doc = Document.of(text);
        return CHRONOLOGY.find(doc, TEMPORAL.tag(doc));
    }

    private static List<String> ids(String text) {
        return mentions(text).forInference().stream().map(ReferenceMention::eventId).toList();
    }

    @Test
    void roundsByNumberAttachedOrNot() {
        assertEquals(List.of("astana-4"), ids("وتم في أستانة4، التي عقدت في أيار، اتفاق"));
        assertEquals(List.of("astana-6"), ids("قبيل انطلاق محادثات أستانا 6 منتصف الشهر"));
        assertEquals(List.of("geneva-8"), ids("وفد المعارضة إلى جنيف8 يصل غدا"));
    }

    @Test
    void roundsByOrdinal() {
        String text = "وانطلقت أمس الاثنين الجولة السابعة من مفاوضات جنيف بين الطرفين";
        List<ReferenceMention> found = mentions(text).forInference();
        assertEquals(1, found.size());
        assertEquals("geneva-7", found.get(0).eventId());
        assertEquals("الجولة السابعة من مفاوضات جنيف", text.substring(found.get(0).start(), found.get(0).end()));
        assertEquals(LocalDate.of(2017, 7, 10), found.get(0).firstDay());
        assertEquals(List.of("astana-9"), ids("في ختام الجولة التاسعة لمحادثات أستانا"));
    }

    @Test
    void roundsDescribedByTheirOrdinalWithTheSeriesElsewhereInTheSentence() {
        String text = "واختتمت أمس الجولة الثامنة من المحادثات السورية التي ترعاها الأمم المتحدة في جنيف.";
        List<ReferenceMention> found = mentions(text).forInference();
        assertEquals(List.of("geneva-8"), found.stream().map(ReferenceMention::eventId).toList());
        assertEquals("الجولة الثامنة", text.substring(found.get(0).start(), found.get(0).end()));
        // The series right after the phrase is the one it is a round of, whatever else the sentence names.
        assertEquals(List.of("constitutional-committee-1"), ids("وانطلقت أولى اجتماعات اللجنة الدستورية في جنيف اليوم."));
        // Without a series in the sentence, an ordinal round is no event; with two, it is a round of either.
        assertTrue(ids("وانتهت الجولة الثامنة دون نتائج.").isEmpty());
        assertEquals(List.of("astana-8", "geneva-8").stream().sorted().toList(),
                ids("وعقدت الجولة الثامنة بعد أيام من لقاء أستانة وقبل جنيف.").stream().sorted().toList());
        // Only for inference: extraction links rounds by their names and dates.
        assertTrue(mentions(text).forExtraction().isEmpty());
    }

    @Test
    void aNameThatIsACommonPhraseNeedsTheEventsOwnActorsOrPlacesInTheText() {
        // Egypt's protesters demand it: the text names nothing of Syria's, so it is not Syria's 2011 decree.
        assertTrue(ids("وأعلن المعتصمون في ميدان التحرير البقاء حتى تتحقق مطالبهم، وفي مقدمتها رفع حالة الطوارئ.").isEmpty());
        assertEquals(List.of("state-of-emergency-lifted-2011-04-21"),
                ids("وجاء ذلك بعد رفع حالة الطوارئ. وقالت الحكومة السورية إن الاحتجاجات ستتوقف."));
    }

    @Test
    void aNameOfAnActAndItsMakerFollowedByTheActsObjectIsTheActNotTheDocument() {
        String id = "moscow-trilateral-meeting-2016-12-20";
        assertFalse(ids("وتأتي الزيارة بعد أيام من إعلان موسكو تحرير ضفتي الفرات من تنظيم الدولة في سوريا.").contains(id));
        assertTrue(ids("وأكد الوزراء في سوريا التزامهم بإعلان موسكو حول التسوية.").contains(id));
        assertTrue(ids("وجدد الجانب الروسي في سوريا التمسك بإعلان موسكو الذي وقعه الوزراء.").contains(id));
    }

    @Test
    void aNumberThatBelongsToADateIsNoRound() {
        assertTrue(ids("وصل الوفد إلى أستانا 5 تموز 2017 للمشاركة").isEmpty());
    }

    @Test
    void documentsCitedByTheirDate() {
        String text = "على أساس ضمان التنفيذ الكامل لمذكرة 4 أيار/مايو 2017 ومذكرة 17 أيلول/سبتمبر 2018.";
        List<ReferenceMention> found = mentions(text).forInference();
        assertEquals(2, found.size(), found::toString);
        assertEquals("astana-4", found.get(0).eventId());
        assertEquals("مذكرة 4 أيار/مايو 2017", text.substring(found.get(0).start(), found.get(0).end()));
        assertEquals(LocalDate.of(2018, 9, 17), found.get(1).firstDay());
    }

    @Test
    void aDocumentNounWithAnUnrelatedDateIsNothing() {
        assertTrue(ids("وقعت مذكرة 3 آذار 2015 بين شركتين").isEmpty());
        assertTrue(ids("وفق مذكرة أمس").isEmpty());
        assertTrue(ids("وأعلن بيان الديوان أن العطلة تبدأ يوم الخميس 23 رمضان").isEmpty(), "a Hijri day without a year names no Gregorian day");
    }
}
