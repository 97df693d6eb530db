package io.tarikh.extraction;

import io.tarikh.knowledge.EventType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who speaks, who is spoken about, and how each actor is known (issue 9, item 1), and the dates of what
 * is said at an occasion or told as background (item 3). Sentences written for these tests.
 */
class SpeakersTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2019, 9, 12);

    private static List<Candidate> extract(String text) {
        return Extracted.from(text, PUBLISHED);
    }

    private static Candidate only(List<Candidate> found, EventType type) {
        return Extracted.only(found, type);
    }

    @Test
    void theSpeakerIsTheSubjectOfTheVerbNotTheActorsOfWhatWasSaid() {
        Candidate said = only(extract("وقال وزير الخارجية الروسي سيرغي لافروف إن الجيش التركي قصف مواقع للجيش السوري أمس."),
                EventType.STATEMENT);
        assertTrue(said.actorIds().contains("sergey-lavrov"), said::toString);
        assertTrue(!said.actorIds().contains("turkish-armed-forces") && !said.actorIds().contains("syrian-army"), said::toString);
        assertTrue(said.roles().stream().allMatch(r -> r.role() == ActorRole.Role.SPEAKER && r.basis() == ActorRole.Basis.TEXT),
                said::toString);
    }

    @Test
    void aFullNameBeforeAnotherPersonsTitleIsNoTitle() {
        // "الرئيس السوري" before "أحمد الشرع" is al-Sharaa's title; "سعد الحريري" before "الرئيس السوري" is Hariri.
        Candidate said = only(extract("واتهم الرئيس سعد الحريري الرئيس السوري بشار الأسد باغتيال اللواء وسام الحسن."), EventType.STATEMENT);
        assertTrue(said.actorIds().contains("saad-hariri"), said::toString);
        // One person, then another's title with no "و" or comma between: the accused, not a second speaker.
        assertFalse(said.actorIds().contains("bashar-al-assad"), said::toString);
        // A body, then its officer's rank and name: one subject.
        Candidate officer = only(extract("وقال قائد الجيش السوري الحر العقيد رياض الأسعد إن المعارك مستمرة."), EventType.STATEMENT);
        assertTrue(officer.actorIds().contains("riad-al-asaad"), officer::toString);
    }

    @Test
    void aNameInStraightQuotesIsNotTheStartOfWhatWasSaid() {
        // Thursday 12 September 2019: the statement was issued on Tuesday; the quotes only set off the name.
        Candidate said = only(extract("واعتبر \"حزب الله\" في بيان أصدره الثلاثاء أن القرار \"خطيئة كبرى\"."), EventType.STATEMENT);
        assertEquals(LocalDate.of(2019, 9, 10), said.date().start(), said::toString);
        assertTrue(said.actorIds().contains("hezbollah"), said::toString);
    }

    @Test
    void whatWasSaidTakesItsActorsFromItsOwnClause() {
        Candidate strike = only(extract("وقال وزير الخارجية الروسي سيرغي لافروف إن الجيش التركي قصف مواقع للجيش السوري أمس."),
                EventType.MILITARY_ACTION);
        assertTrue(strike.actorIds().contains("turkish-armed-forces"), strike::toString);
        assertTrue(!strike.actorIds().contains("sergey-lavrov"), strike::toString);
    }

    @Test
    void aSubjectBeforeTheVerbSpeaks() {
        Candidate said = only(extract("وزارة الدفاع الروسية قالت في بيان إن الطيران الإسرائيلي استهدف مطار التيفور."),
                EventType.STATEMENT);
        assertEquals(List.of("russian-defence-ministry"), said.actorIds());
    }

    @Test
    void aQuoteAfterTheSpeakerIsContent() {
        Candidate said = only(extract("وقال الرئيس الأمريكي دونالد ترامب: \"إيران ارتكبت خطأ كبيرا\"."), EventType.STATEMENT);
        assertEquals(List.of("donald-trump"), said.textActorIds());
    }

    @Test
    void anAppositionAfterACommaStillNamesTheSpeaker() {
        Candidate said = only(extract("وقال المتحدث باسم الكرملين، ديمتري بيسكوف، إن الرئيس التركي سيزور موسكو."), EventType.STATEMENT);
        assertTrue(said.actorIds().contains("dmitry-peskov") && !said.actorIds().contains("recep-tayyip-erdogan"), said::toString);
    }

    @Test
    void anEnvoyToACountryIsNotThatCountry() {
        Candidate said = only(extract("وأكد المبعوث الأممي إلى سوريا غير بيدرسن أن العملية السياسية متعثرة."), EventType.STATEMENT);
        assertTrue(said.actorIds().contains("geir-pedersen") && !said.actorIds().contains("syria"), said::toString);
    }

    @Test
    void aCorrespondentIsASourceNotASpeaker() {
        List<Candidate> found = extract("وقال مراسل تلفزيون سوريا إن قوات النظام قصفت بلدة كفرنبل أمس.");
        assertTrue(found.stream().noneMatch(c -> c.type() == EventType.STATEMENT), found::toString);
    }

    @Test
    void participantsOnlyTheChronologyKnowsAreKnowledge() {
        Candidate round = extract("واختتمت في العاصمة الكازاخية الجولة السادسة من محادثات أستانا.").stream()
                .filter(c -> "astana-6".equals(c.referenceEventId())).findFirst().orElseThrow();
        assertTrue(!round.actorIds().isEmpty(), round::toString);
        assertTrue(round.roles().stream().allMatch(r -> r.basis() == ActorRole.Basis.KNOWLEDGE), round::toString);
        assertTrue(round.textActorIds().isEmpty(), round::toString);
    }

    @Test
    void pastPerfectBackgroundWithoutADateStaysUndated() {
        Candidate said = only(extract("وكانت الخارجية الروسية قد أكدت رفضها لأي عملية عسكرية في المنطقة."), EventType.STATEMENT);
        assertNull(said.date(), said::toString);
        assertEquals(DateBasis.BACKGROUND, said.dateBasis());
    }

    @Test
    void aStatementAtTheClosingSessionTakesTheMeetingsDay() {
        String text = "واختتم وزراء خارجية روسيا وتركيا وإيران اجتماعهم في أنقرة أمس الأربعاء.\n"
                + "وقال لافروف في مؤتمر صحفي عقب الجلسة الختامية إن المشاورات كانت بناءة.";
        Candidate said = extract(text).stream().filter(c -> c.type().isReporting() && c.actorIds().contains("sergey-lavrov"))
                .findFirst().orElseThrow();
        assertEquals(LocalDate.of(2019, 9, 11), said.date().start(), said::toString);
        assertEquals(DateBasis.CONTEXT, said.dateBasis());
    }

    @Test
    void aStatementAtTheClosingSessionIsNotDatedByATruceThatBeginsAfterPublication() {
        // Published Friday 13 September 2019: the memorandum takes effect from midnight tonight, after publication.
        LocalDate friday = LocalDate.of(2019, 9, 13);
        String text = "وقعت روسيا وتركيا وإيران أمس الخميس في أنقرة مذكرة لوقف إطلاق النار في إدلب.\n"
                + "وتدخل المذكرة حيز التنفيذ منتصف ليل الجمعة - السبت، مع استمرار محاربة تنظيم داعش وجبهة النصرة.\n"
                + "وقال لافروف في مؤتمر صحفي عقب الجلسة الختامية إن المذكرة خطوة مهمة.";
        Candidate said = Extracted.from(text, friday).stream().filter(c -> c.type().isReporting() && c.actorIds().contains("sergey-lavrov"))
                .findFirst().orElseThrow();
        assertTrue(!said.date().end().isAfter(friday), said::toString);
    }

    @Test
    void anAdjectiveOfACountryAfterAForceOrStrikeNamesThatCountry() {
        Candidate strike = only(extract("واستهدفت طائرات حربية روسية وسورية بلدات في ريف إدلب أمس."), EventType.MILITARY_ACTION);
        assertTrue(strike.actorIds().containsAll(List.of("russia", "syria")), strike::toString);
        Candidate drone = only(extract("وقصفت طائرة مسيرة تركية موقعا قرب القامشلي أمس."), EventType.MILITARY_ACTION);
        assertTrue(drone.actorIds().contains("turkey"), drone::toString);
    }

    @Test
    void anAdjectiveThatQualifiesNoForceNamesNoParty() {
        List<Candidate> found = extract("وقال الكاتب التركي إن الوضع في إدلب يزداد سوءا.");
        assertTrue(found.stream().noneMatch(c -> c.actorIds().contains("turkey")), found::toString);
    }

    @Test
    void whomTheWordsWereToldToIsNotTheSpeaker() {
        Candidate said = only(extract("وقال لافروف لقناة الجزيرة إن موسكو مستعدة للحوار."), EventType.STATEMENT);
        assertTrue(said.actorIds().contains("sergey-lavrov") && !said.actorIds().contains("al-jazeera"), said::toString);
    }

    @Test
    void aDateInsideTheReportedWordsIsNotWhenTheyWereSaid() {
        Candidate said = only(extract("وأعلن بيسكوف أن الرئيسين سيلتقيان خلال الأسابيع المقبلة."), EventType.STATEMENT);
        assertEquals(PUBLISHED, said.date().end(), said::toString);
        assertEquals(PUBLISHED.minusDays(1), said.date().start(), said::toString);
        assertEquals(DateBasis.PUBLICATION_DATE, said.dateBasis());
    }

    @Test
    void aDateAfterTheSettingOfTheSpeechDatesIt() {
        Candidate conference = only(extract("وأوضح لافروف خلال مؤتمر صحفي في موسكو، أمس الأربعاء، أن المحادثات مستمرة."),
                EventType.PRESS_CONFERENCE);
        assertEquals(LocalDate.of(2019, 9, 11), conference.date().start(), conference::toString);
        assertEquals(DateBasis.TEXT, conference.dateBasis());
    }

    @Test
    void aStatementSetBesideAnotherHasItsOwnSpeaker() {
        List<Candidate> found = extract("ووصف وزير الخارجية الروسي سيرغي لافروف المحادثات بأنها بناءة، فيما قال وزير الخارجية الأميركي جون كيري إن الطريق لا يزال طويلا.");
        assertTrue(found.stream().noneMatch(c -> c.actorIds().contains("sergey-lavrov") && c.actorIds().contains("john-kerry")), found::toString);
        assertTrue(found.stream().anyMatch(c -> c.type() == EventType.STATEMENT && c.actorIds().equals(List.of("sergey-lavrov"))), found::toString);
    }

    @Test
    void twoSidesInTheReportedWordsAreNotTheSpeakers() {
        List<Candidate> found = extract("التقى وزير الخارجية الروسي سيرغي لافروف نظيره الأميركي جون كيري في جنيف أمس الأربعاء. "
                + "وقال المتحدث باسم الكرملين ديمتري بيسكوف إن الطرفين في سوريا بعيدان عن أي تسوية.");
        Candidate said = found.stream().filter(c -> c.type() == EventType.STATEMENT).findFirst().orElseThrow(() -> new AssertionError(found));
        assertTrue(said.actorIds().contains("dmitry-peskov") && !said.actorIds().contains("sergey-lavrov")
                && !said.actorIds().contains("john-kerry"), said::toString);
    }

    @Test
    void aNameAfterASubjectTheKnowledgeBaseDoesNotKnowIsNoSpeaker() {
        // A committee spoke, and a welcome is no statement of the man it welcomed: no speaker rather than a wrong one.
        List<Candidate> result = extract("وأعلنت اللجنة العليا للانتخابات، مساء أمس الأربعاء، فوز الرئيس التركي رجب طيب أردوغان بولاية ثانية.");
        assertTrue(result.stream().noneMatch(c -> c.type() == EventType.STATEMENT && c.actorIds().contains("recep-tayyip-erdogan")),
                result::toString);
        List<Candidate> welcome = extract("ورحبت فصائل معارضة أمس بخطوة وزير الخارجية الروسي سيرغي لافروف.");
        assertTrue(welcome.stream().noneMatch(c -> c.actorIds().contains("sergey-lavrov")), welcome::toString);
        // A title, an aside or an occasion may come first; then the name is the speaker.
        Candidate titled = only(extract("وقال خلالها المبعوث الأممي الخاص إلى سوريا، غير بيدرسن، إن الجولة انتهت."), EventType.STATEMENT);
        assertTrue(titled.actorIds().contains("geir-pedersen"), titled::toString);
    }

    @Test
    void theBodyAnEnvoyServesAtIsNoSpeaker() {
        Candidate said = only(extract("وقال المندوب الروسي الدائم لدى الأمم المتحدة فيتالي تشوركين إن المشروع لا يعكس الواقع."),
                EventType.STATEMENT);
        assertTrue(said.roles().stream().noneMatch(r -> r.id().equals("united-nations") && r.role() == ActorRole.Role.SPEAKER),
                said::toString);
        assertTrue(said.actorIds().contains("vitaly-churkin"), said::toString);
    }

    @Test
    void aNameInTheObjectOfTheVerbIsNoSpeaker() {
        // The government condemned; the Turkish air defences are what it condemned.
        Candidate said = only(extract("أدانت الحكومة السورية بأشد العبارات إقدام الدفاعات الجوية التركية، بعد ظهر أمس الأحد، "
                + "على إسقاط طائرة حربية سورية."), EventType.STATEMENT);
        assertEquals(List.of("syrian-government"), said.actorIds(), said::toString);
        // Names joined by "و", titles, a possessive title or a preposition of the post are one subject.
        Candidate both = only(extract("واعتبرت المستشارة الألمانية أنغيلا ميركل ووزير خارجيتها هايكو ماس أن الاتفاق مهم."), EventType.STATEMENT);
        assertTrue(both.actorIds().containsAll(List.of("angela-merkel", "heiko-maas")), both::toString);
        Candidate envoys = only(extract("أعلن الأمين العام للأمم المتحدة بان كي مون والأمين العام لجامعة الدول العربية نبيل العربي "
                + "أن المبعوث سيتولى المهمة."), EventType.STATEMENT);
        assertTrue(envoys.actorIds().containsAll(List.of("ban-ki-moon", "nabil-elaraby")), envoys::toString);
    }

    @Test
    void aTimeAfterAnUnknownSubjectClosesIt() {
        // An official the knowledge base does not know spoke; the president named after the time is what he announced.
        List<Candidate> found = Extracted.from("أعلن المستشار حازم بدوي، رئيس الهيئة الوطنية للانتخابات، ظهر أمس الاثنين، فوز الرئيس "
                + "عبد الفتاح السيسي بفترة رئاسية جديدة مدتها ست سنوات، بعد حصوله على 89.6 في المئة من الأصوات.", LocalDate.of(2023, 12, 19));
        assertTrue(found.stream().noneMatch(c -> c.type() == EventType.STATEMENT && c.actorIds().contains("abdel-fattah-el-sisi")),
                found::toString);
    }

    @Test
    void aTitleBeforeAnotherPersonsNameIsThatPersonsTitle() {
        Candidate said = only(extract("وقال الرئيس السوري أحمد الشرع في كلمة الافتتاح إن سوريا لا تقبل القسمة."), EventType.STATEMENT);
        assertEquals(List.of("abu-mohammad-al-julani"), said.actorIds(), said::toString);
        // A body's short alias with more of a longer name after it is another body: not the negotiations committee.
        List<Candidate> electoral = extract("أعلن رئيس الهيئة العليا المستقلة للانتخابات فاروق بوعسكر، مساء أمس، النتائج الأولية.");
        assertTrue(electoral.stream().noneMatch(c -> c.actorIds().contains("high-negotiations-committee")), electoral::toString);
    }
}
