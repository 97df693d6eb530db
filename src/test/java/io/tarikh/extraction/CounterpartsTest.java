package io.tarikh.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tarikh.knowledge.KnowledgeBase;
import io.tarikh.pipeline.ArticleAnalyser;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "نظيره + nationality" names the holder of the same office in that country on the article's day (knowledge/offices.yaml). */
class CounterpartsTest {

    private static final ArticleAnalyser ANALYSER = ArticleAnalyser.create(KnowledgeBase.loadDefault(),
            ArticleAnalyser.DEFAULT_MAX_EVENTS, ArticleAnalyser.DEFAULT_MAX_QUOTES);
    private static final String CALL = "وأجرى وزير الخارجية السوري وليد المعلم اتصالا هاتفيا مع نظيره الروسي أمس الأحد بحثا فيه الوضع في إدلب.";

    private static List<String> actors(String text, LocalDate published) {
        return ANALYSER.extracted(text, published).stream().flatMap(c -> c.actorIds().stream()).distinct().toList();
    }

    @Test
    void theCounterpartIsTheHolderOfTheSameOfficeThatDay() {
        List<String> actors = actors(CALL, LocalDate.of(2019, 3, 18));
        assertTrue(actors.contains("walid-muallem") && actors.contains("sergey-lavrov"), actors::toString);
    }

    @Test
    void theCounterpartOfAHeadOfStateIsTheOtherHeadOfState() {
        List<String> actors = actors("واستقبل الرئيس الأمريكي دونالد ترامب نظيره التركي في البيت الأبيض أمس الأربعاء.", LocalDate.of(2019, 11, 14));
        assertTrue(actors.contains("recep-tayyip-erdogan"), actors::toString);
        assertTrue(!actors.contains("mevlut-cavusoglu"), actors::toString);
    }

    @Test
    void noCounterpartWhenTheDayIsOutsideEveryTerm() {
        // Muallem was no longer minister in 2022: whose counterpart is meant is not known, so nobody is named.
        List<String> actors = actors(CALL, LocalDate.of(2022, 3, 14));
        assertTrue(!actors.contains("sergey-lavrov"), actors::toString);
    }

    @Test
    void noCounterpartForAPersonWithoutAListedOffice() {
        List<String> actors = actors("وبحث المبعوث الأممي غير بيدرسن مع نظيره الروسي الوضع في سوريا أمس الأحد.", LocalDate.of(2019, 3, 18));
        assertTrue(!actors.contains("sergey-lavrov") && !actors.contains("vladimir-putin"), actors::toString);
    }

    @Test
    void aNameAfterTheAdjectiveIsTheCounterpart() {
        // Kerry's counterpart is named; Assad, named before the pronoun, must not make it Putin.
        List<String> actors = actors("وقال وزير الخارجية الأميركي جون كيري إنه لا يمكن أن يكون الأسد جزءا من الحكومة الانتقالية،"
                + " بينما دعا نظيره الروسي سيرغي لافروف إلى عدم احتكار أي طرف للحل أمس الأربعاء.", LocalDate.of(2014, 1, 23));
        assertTrue(actors.contains("sergey-lavrov") && !actors.contains("vladimir-putin"), actors::toString);
    }

    @Test
    void noCounterpartWhenPersonsOfDifferentOfficesPrecedeIt() {
        // A minister and a president before "نظيره": whose counterpart is meant is not known.
        List<String> actors = actors("وقال وزير الخارجية الأميركي جون كيري إن الرئيس السوري بشار الأسد فقد شرعيته، فيما دعا نظيره الروسي"
                + " إلى الحوار أمس الأربعاء.", LocalDate.of(2014, 1, 23));
        assertTrue(!actors.contains("sergey-lavrov") && !actors.contains("vladimir-putin"), actors::toString);
    }
}
