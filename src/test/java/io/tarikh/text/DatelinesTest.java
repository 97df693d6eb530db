package io.tarikh.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Agency datelines in the styles of several agencies, and dates that only look like one. */
class DatelinesTest {

    private static boolean dateline(String text, String date) {
        int at = text.indexOf(date);
        return Datelines.isDatelineDate(text, at, at + date.length());
    }

    @Test
    void aPlaceADateAndTheAgencyBeforeTheLead() {
        assertTrue(dateline("عنوان الخبر\nتونس - 3 مارس 2021 (وات) - أعلنت الرئاسة أمس الثلاثاء", "3 مارس 2021"));
        assertTrue(dateline("الرباط في 12 يونيو /ومع/ - قال وزير الخارجية", "12 يونيو"));
        assertTrue(dateline("عمان، 5 شباط (بترا) - أكد الملك", "5 شباط"));
        assertTrue(dateline("بيروت 20 أيار: أعلن الجيش", "20 أيار"));
    }

    @Test
    void aDateInTheLeadOrAfterAVerbIsNoDateline() {
        assertFalse(dateline("تونس - أعلنت الرئاسة في 3 مارس 2021 - وهو يوم عطلة", "3 مارس 2021"));
        assertFalse(dateline("وقعت الحكومة والمعارضة في 5 شباط - بحسب مصادر - اتفاقا", "5 شباط"));
        assertFalse(dateline("أعلن الجيش أمس الجمعة (بتوقيت دمشق) - انسحابه", "أمس الجمعة"));
        assertFalse(dateline("عنوان\nفقرة أولى.\nوقال الجيش 5 شباط (بتوقيت دمشق) - إنه انسحب", "5 شباط"));
    }

    private static boolean byline(String text, String line) {
        int at = text.indexOf(line);
        return Datelines.isByline(text, at, at + line.length());
    }

    @Test
    void aShortLineOfNamesUnderTheHeadlineIsABylineNotNews() {
        assertTrue(byline("الشرع يوقع الإعلان الدستوري\n\nصوت لبنان - دمشق\n\nوقع الرئيس ...", "صوت لبنان - دمشق"));
        assertTrue(byline("عنوان الخبر\nدمشق - سانا\nأعلنت الوزارة ...", "دمشق - سانا"));
        assertTrue(byline("عنوان الخبر\nعنوان فرعي طويل نسبيا\nبيروت - «الأخبار»\nقال ...", "بيروت - «الأخبار»"));
    }

    @Test
    void theHeadlineALeadOrALineFurtherDownIsNoByline() {
        assertFalse(byline("صوت البرلمان على القانون\n\nنص الخبر.", "صوت البرلمان على القانون"));
        assertFalse(byline("عنوان\n\nصوت البرلمان أمس على قانون الانتخابات الجديد.", "صوت البرلمان أمس على قانون الانتخابات الجديد."));
        assertFalse(byline("عنوان\nفقرة أولى.\nفقرة ثانية.\nصوت المجلس - بالإجماع", "صوت المجلس - بالإجماع"));
        assertFalse(byline("عنوان\n\nقتل 5 أشخاص", "قتل 5 أشخاص"));
    }
}
