package io.tarikh.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A name that ends in "اليوم" ("روسيا اليوم", "المصري اليوم") blocks only that word: the country before أمس is the country. */
class DeicticBlockersTest {

    private static final TemporalEngine ENGINE = TemporalEngine.create(ReferenceEventIndex.empty());
    private static final LocalDate SUNDAY = LocalDate.of(2020, 6, 7);

    private static List<String> found(String text) {
        return ENGINE.resolveAgainst(text, SUNDAY).stream().map(TemporalExpression::text).toList();
    }

    @Test
    void aCountryOrItsAdjectiveBeforeYesterdayIsNoName() {
        assertEquals(List.of("أمس"), found("واقترحت روسيا أمس عقد جولة جديدة من المحادثات."));
        assertEquals(List.of("أمس السبت"), found("وقال وزير الخارجية المصري أمس السبت إن القاهرة تدعم الحل."));
        assertEquals(List.of("غدا"), found("وتستضيف روسيا غدا اجتماعا ثلاثيا."));
    }

    @Test
    void theChannelAndTheDailyAreNamesNotToday() {
        assertEquals(List.of(), found("وذكرت قناة روسيا اليوم أن الوفد وصل."));
        assertEquals(List.of(), found("وقالت صحيفة المصري اليوم إن الوزير استقال."));
        assertEquals(List.of(), found("وفي اليوم تصل نحو مئة شاحنة."));
    }
}
