package io.tarikh.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleCleanerTest {

    private final ArticleCleaner cleaner = new ArticleCleaner(BoilerplateRules.loadDefault());

    @Test
    void dropsRepeatedParagraphsThatDifferOnlyInSpacingAndPunctuation() {
        String raw = """
                أعلنت الحكومة الأردنية اليوم الأربعاء فتح معبر نصيب الحدودي أمام حركة الشاحنات.
                وقال المتحدث باسم الحكومة إن القرار يشمل المسافرين أيضاً.
                أعلنت  الحكومة الأردنية اليوم الأربعاء فتح معبر نصيب الحدودي أمام حركة الشاحنات
                وقال المتحدث باسم الحكومة، إن القرار يشمل المسافرين أيضاً!
                """;
        ArticleCleaner.Cleaned cleaned = cleaner.clean(raw);
        assertEquals("""
                أعلنت الحكومة الأردنية اليوم الأربعاء فتح معبر نصيب الحدودي أمام حركة الشاحنات.
                وقال المتحدث باسم الحكومة إن القرار يشمل المسافرين أيضاً.""", cleaned.text());
        assertEquals(2, cleaned.removed().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "إقرأ أيضاً: الأمم المتحدة تحذر من كارثة إنسانية في إدلب",
        "اقرأ ايضا.. وزير الخارجية التركي يزور موسكو",
        "إقرا أيضاً.. الجيش يسيطر على بلدة جديدة",
        "قد يهمك.. أسعار الذهب اليوم",
        "قد يهمكم أيضاً",
        "اخترنا لك",
        "أخبار متعلقة",
        "أخبار ذات صلة",
        "مواضيع ذات صلة: الأزمة السورية",
        "أقسام",
        "أخبار",
        "الكلمات الدالة: سوريا، روسيا",
        "شارك المقال",
        "اضغط هنا للمزيد",
        "الأكثر قراءة",
        "شاهد أيضاً: فيديو القصف"
    })
    void dropsBoilerplateLines(String line) {
        String raw = "قصفت طائرات حربية مواقع في ريف حماة الشمالي صباح اليوم.\n" + line + "\nوأفاد ناشطون بسقوط ضحايا.";
        assertEquals("قصفت طائرات حربية مواقع في ريف حماة الشمالي صباح اليوم.\nوأفاد ناشطون بسقوط ضحايا.", cleaner.clean(raw).text());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "وقال المسؤول إن الأخبار المتعلقة بالانسحاب غير دقيقة.",
        "أخبار سارة للنازحين: فتح ممر إنساني جديد قرب حلب",
        "واخترنا أن نبدأ التحقيق من دمشق كما قال الوزير."
    })
    void keepsNewsSentencesThatOnlyResembleBoilerplate(String line) {
        String raw = "افتتح مؤتمر المانحين في بروكسل أعماله اليوم.\n" + line;
        assertTrue(cleaner.clean(raw).text().contains(line));
    }

    @Test
    void keepsAHeadlineAndDropsABulletTeaserRepeatingIt() {
        String raw = """
                موسكو وأنقرة تتفقان على تسيير دوريات مشتركة في إدلب

                  • موسكو وأنقرة تتفقان على تسيير دوريات مشتركة في إدلب
                    الدوريات تبدأ على الطريق الدولي في منتصف الشهر المقبل بمشاركة الشرطة العسكرية

                أعلن وزير الدفاع التركي أن الدوريات تبدأ على الطريق الدولي في منتصف الشهر المقبل بمشاركة الشرطة العسكرية الروسية.
                """;
        ArticleCleaner.Cleaned cleaned = cleaner.clean(raw);
        assertEquals("موسكو وأنقرة تتفقان على تسيير دوريات مشتركة في إدلب", cleaned.headline());
        assertEquals("""
                موسكو وأنقرة تتفقان على تسيير دوريات مشتركة في إدلب
                أعلن وزير الدفاع التركي أن الدوريات تبدأ على الطريق الدولي في منتصف الشهر المقبل بمشاركة الشرطة العسكرية الروسية.""",
                cleaned.text());
    }

    @Test
    void aFirstSentenceEndingWithAFullStopIsNoHeadline() {
        assertNull(cleaner.clean("قتل ثلاثة مدنيين في قصف على درعا.\n\nوأكدت مصادر محلية الخبر.").headline());
    }

    @Test
    void emptyAndWhitespaceOnlyInputGiveEmptyText() {
        assertEquals("", cleaner.clean("").text());
        assertEquals("", cleaner.clean(" \n\t\n ").text());
    }

    static Stream<Path> seeds() throws IOException {
        return Files.list(Path.of("seeds")).filter(p -> p.toString().endsWith(".txt")).sorted();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void seedsComeOutWithoutBoilerplateOrRepeatedParagraphs(Path seed) throws IOException {
        String cleaned = cleaner.clean(Files.readString(seed)).text();
        List<String> paragraphs = Arrays.asList(cleaned.split("\n"));
        Set<String> keys = new HashSet<>();
        for (String p : paragraphs) {
            assertTrue(keys.add(ArticleCleaner.matchKey(p)), () -> "repeated paragraph in " + seed + ": " + p);
            for (String marker : List.of("أيضاً", "قد يهمك", "أخبار متعلقة", "اخترنا لك", "•")) {
                assertFalse(p.contains(marker) && p.length() < 80 && !p.contains("."), () -> "boilerplate left in " + seed + ": " + p);
            }
            assertFalse(Set.of("أقسام", "أخبار").contains(p), () -> "section label left in " + seed);
        }
        assertFalse(cleaned.contains("إقرا أيضاً") || cleaned.contains("إقرأ أيضاً") || cleaned.contains("قد يهمك"));
    }

    @Test
    void seedWithRepeatedBlockKeepsEachParagraphOnce() throws IOException {
        String raw = Files.readString(Path.of("seeds/000_929c0f77bcde9703.txt"));
        String cleaned = cleaner.clean(raw).text();
        assertEquals(6, cleaned.split("\n").length);
        assertEquals(1, count(cleaned, "أمس الاثنين"));
    }

    private static int count(String haystack, String needle) {
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
