package io.tarikh.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tarikh.knowledge.EventType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which date and which parties belong to an event, from the words of its clause (issue 9, items 1 and 3):
 * since- and until-dates, a day ahead in what a speaker called for, a date after the speaker's title, the
 * occasion "after the meeting" points back to, a country as a topic or a compass point, another body with
 * a known body's short name, the object of a reaction and a signed declaration. Sentences written for
 * these tests.
 */
class ClauseCluesTest {

    private static final LocalDate PUBLISHED = Extracted.THURSDAY;
    private static final LocalDate YESTERDAY = PUBLISHED.minusDays(1);

    @Test
    void theFirstMeetingSinceAYearIsNotInThatYear() {
        Candidate met = Extracted.only(Extracted.onThursday("والتقى وزير الخارجية الروسي سيرغي لافروف نظيره الأردني أيمن الصفدي في موسكو، في أول لقاء بينهما منذ آب 2018."),
                EventType.MEETING);
        assertTrue(met.date() == null || met.date().start().getYear() != 2018, met::toString);
    }

    @Test
    void sinceWithoutTheFirstTellsWhenItBegan() {
        Candidate strikes = Extracted.only(Extracted.onThursday("وتشن القوات التركية منذ مطلع الشهر الجاري غارات على مواقع في إدلب."), EventType.MILITARY_ACTION);
        assertNotNull(strikes.date(), strikes::toString);
        assertEquals(LocalDate.of(2020, 3, 1), strikes.date().start());
    }

    @Test
    void anIncidentThatTookPlaceIsNoSigning() {
        // "وقع" after an incident noun is "took place", not "signed": a stampede, an earthquake, a fire.
        List<Candidate> found = Extracted.onThursday("وقتل عشرات الأشخاص في تدافع وقع ظهر أمس الأربعاء على جسر يربط بين الأعظمية والكاظمية شمالي بغداد.");
        assertTrue(found.stream().noneMatch(c -> c.type() == EventType.AGREEMENT), found::toString);
        Candidate signed = Extracted.only(Extracted.onThursday("ووقع وزير الخارجية الروسي سيرغي لافروف ونظيره التركي مولود جاويش أوغلو أمس الأربعاء في موسكو اتفاقا للتعاون الاقتصادي."), EventType.AGREEMENT);
        assertEquals(YESTERDAY, signed.date().start(), signed::toString);
    }

    @Test
    void untilADateIsNotWhenItHappened() {
        Candidate blast = Extracted.only(Extracted.onThursday("وقتل عشرة أشخاص مساء أمس في هجوم بسيارة مفخخة في مدينة الباب لم تتبنه أي جهة حتى صباح اليوم."),
                EventType.MILITARY_ACTION);
        assertEquals(YESTERDAY, blast.date().start(), blast::toString);
    }

    @Test
    void aDayAheadInWhatWasCalledForDoesNotDateTheCall() {
        Candidate call = Extracted.only(Extracted.onThursday("ودعا الائتلاف الوطني السوري إلى تظاهرات غدا الجمعة في المدن والبلدات."), EventType.STATEMENT);
        assertTrue(call.date() == null || !call.date().start().isAfter(PUBLISHED), call::toString);
        assertEquals(EventStatus.OCCURRED, call.status());
    }

    @Test
    void aDateAfterTheSpeakersTitleIsWhenTheySpoke() {
        Candidate said = Extracted.only(Extracted.onThursday("وأعلن الرئيس التركي رجب طيب أردوغان، رئيس حزب العدالة والتنمية، مساء أمس الأربعاء انتهاء المهلة."),
                EventType.STATEMENT);
        assertEquals(YESTERDAY, said.date().start(), said::toString);
        assertEquals(DateBasis.TEXT, said.dateBasis());
    }

    @Test
    void afterTheMeetingPointsBackToTheMeetingTold() {
        List<Candidate> found = Extracted.onThursday("واجتمع وزراء خارجية روسيا وتركيا وإيران أمس الأربعاء في جنيف. "
                + "وقال وزير الخارجية الروسي سيرغي لافروف في مؤتمر صحافي عقب الاجتماع إن النتائج مشجعة. "
                + "ويلتقي المبعوث الأممي غير بيدرسن اليوم الخميس وفد المعارضة.");
        Candidate conference = Extracted.only(found, EventType.PRESS_CONFERENCE);
        assertEquals(YESTERDAY, conference.date().start(), conference::toString);
        assertEquals(DateBasis.CONTEXT, conference.dateBasis());
    }

    @Test
    void aCountryAsTopicOrCompassPointIsNoParty() {
        Candidate said = Extracted.only(Extracted.onThursday("وبحث لافروف مع نظيره الأردني أيمن الصفدي أمس الأربعاء التطورات بشأن سوريا."), EventType.TALKS);
        assertFalse(said.actorIds().contains("syria"), said::toString);
        Candidate strikes = Extracted.only(Extracted.onThursday("وقصفت طائرات روسية أمس الأربعاء مواقع في شمال غربي سوريا."), EventType.MILITARY_ACTION);
        assertFalse(strikes.actorIds().contains("syria"), strikes::toString);
    }

    @Test
    void aNationsCouncilIsNotTheSecurityCouncil() {
        Candidate met = Extracted.only(Extracted.onThursday("وعقد مجلس الأمن القومي التركي اجتماعا أمس الأربعاء برئاسة أردوغان."), EventType.MEETING);
        assertFalse(met.actorIds().contains("un-security-council"), met::toString);
    }

    @Test
    void whatAReactionWelcomesIsNoNewEvent() {
        List<Candidate> found = Extracted.onThursday("ورحب وزير الخارجية الفرنسي جان إيف لودريان في بيان بالاتفاق.");
        assertTrue(found.stream().noneMatch(c -> c.type() == EventType.AGREEMENT), found::toString);
        assertEquals(1, found.stream().filter(c -> c.type() == EventType.STATEMENT).count(), found::toString);
    }

    @Test
    void aSignedDeclarationIsTheAgreementNotAStatement() {
        List<Candidate> found = Extracted.onThursday("ووقع وزيرا الخارجية الأردني أيمن الصفدي والعراقي فؤاد حسين أمس الأربعاء «إعلان عمان» في ختام المباحثات.");
        Candidate signed = Extracted.only(found, EventType.AGREEMENT);
        assertEquals(YESTERDAY, signed.date().start(), signed::toString);
        assertTrue(found.stream().noneMatch(c -> c.type() == EventType.STATEMENT), found::toString);
    }

    @Test
    void aVerbTriggerAfterAPrepositionIsANoun() {
        // "بوصفه" is "as", not "described it": the decree is no statement dated by the year in its clause.
        List<Candidate> decree = Extracted.onThursday(
                "ونشر الرئيس التركي رجب طيب أردوغان أمس قانونا يعد التظاهر بوصفه حقا يمارس منذ عام 1990.");
        assertTrue(decree.stream().noneMatch(c -> c.type() == EventType.STATEMENT), decree::toString);
        Candidate said = Extracted.only(Extracted.onThursday("ووصف الرئيس التركي رجب طيب أردوغان أمس القانون بأنه حق."), EventType.STATEMENT);
        assertEquals(YESTERDAY, said.date().start(), said::toString);
    }

    @Test
    void aReferenceEventThatBoundsASpanIsNoItem() {
        // "The first visit since the crisis began": the uprising is the bound of the span, not news of the day.
        List<Candidate> found = Extracted.from("ووصل الرئيس بشار الأسد إلى جدة مساء الخميس، في أول زيارة له إلى المملكة منذ اندلاع الأزمة السورية.",
                LocalDate.of(2023, 5, 19));
        assertTrue(found.stream().noneMatch(c -> "syrian-uprising-2011-03-15".equals(c.referenceEventId())), found::toString);
        assertEquals(LocalDate.of(2023, 5, 18), Extracted.only(found, EventType.MEETING).date().start(), found::toString);
    }

    @Test
    void theCauseNamedAfterAnActionIsAnotherEvent() {
        // "In response to the strike on the consulate": the attack is an item of its own, not the consulate strike told again.
        List<Candidate> found = Extracted.from("حرس الثورة يشن هجوما بالمسيرات والصواريخ على إسرائيل ردا على استهداف القنصلية الإيرانية في دمشق.",
                LocalDate.of(2024, 4, 14));
        List<Candidate> actions = found.stream().filter(c -> c.type() == EventType.MILITARY_ACTION).toList();
        assertEquals(2, actions.size(), found::toString);
        Candidate attack = actions.stream().filter(c -> c.referenceEventId() == null).findFirst().orElseThrow();
        assertTrue(attack.actorIds().contains("irgc") && !attack.placeIds().contains("damascus"), attack::toString);
    }

    @Test
    void aCountryInsideAQuotedNameIsNotThatCountry() {
        // «فجر ليبيا» is a coalition of militias, not Libya; a name filling the quotes is still itself.
        List<Candidate> dawn = Extracted.onThursday("وأعلنت قوات «فجر ليبيا» أمس الأربعاء سيطرتها على المطار.");
        assertTrue(dawn.stream().noneMatch(c -> c.actorIds().contains("libya") || c.placeIds().contains("libya")), dawn::toString);
        Candidate fsa = Extracted.only(Extracted.onThursday("وأعلن «الجيش السوري الحر» أمس الأربعاء رفضه الهدنة."), EventType.STATEMENT);
        assertTrue(fsa.actorIds().contains("free-syrian-army"), fsa::toString);
    }

    @Test
    void aMatchIsNoMeetingAndBombingSitesAreNoBombing() {
        List<Candidate> match = Extracted.onThursday("وتتواصل المنافسات اليوم الخميس بثلاث مباريات، أبرزها لقاء إنجلترا وإيران على استاد خليفة الدولي.");
        assertTrue(match.stream().noneMatch(c -> c.type() == EventType.MEETING), match::toString);
        List<Candidate> visit = Extracted.onThursday("وتفقد الملك أمس الأربعاء مواقع التفجيرات في الدار البيضاء.");
        assertTrue(visit.stream().noneMatch(c -> c.type() == EventType.MILITARY_ACTION), visit::toString);
    }
}
