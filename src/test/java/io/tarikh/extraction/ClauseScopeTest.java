package io.tarikh.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tarikh.knowledge.EventType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who an event's clause names, and what its words mean there (issue 9, items 1-2): parties named beyond a
 * coordinator or a subordinator belong to another clause; country adjectives in a row are all parties; verbs
 * that voice a position are statements; a "round" of an election is no talks; a statement is not dated by a
 * length of time in what it says. Sentences written for these tests.
 */
class ClauseScopeTest {

    @Test
    void whoeverIsNamedAfterACoordinatorIsNoPartyToTheMeeting() {
        Candidate session = Extracted.only(Extracted.onThursday(
                "عقد مجلس الأمن الدولي جلسة طارئة أمس الأربعاء في نيويورك، فيما أعلنت روسيا رفضها لمشروع القرار."), EventType.MEETING);
        assertTrue(session.actorIds().contains("un-security-council"), session::toString);
        assertFalse(session.actorIds().contains("russia"), session::toString);
    }

    @Test
    void whoeverIsNamedInACircumstanceIsNoPartyToTheMeeting() {
        Candidate session = Extracted.only(Extracted.onThursday(
                "ويعقد مجلس الأمن الدولي جلسة طارئة اليوم الخميس بعدما أكد المبعوث الأممي غير بيدرسن أن الوضع يتدهور."), EventType.MEETING);
        assertFalse(session.actorIds().contains("geir-pedersen"), session::toString);
    }

    @Test
    void countryAdjectivesInARowAreAllPartiesFranceIncluded() {
        // "فرنسية" begins with what looks like the conjunction fa-: it is read as written first.
        Candidate strikes = Extracted.only(Extracted.onThursday(
                "وشنت طائرات حربية أميركية بريطانية فرنسية غارات أمس الأربعاء على مواقع في دير الزور."), EventType.MILITARY_ACTION);
        assertTrue(strikes.actorIds().containsAll(List.of("united-states", "united-kingdom", "france")), strikes::toString);
    }

    @Test
    void expressingConcernIsAStatement() {
        Candidate said = Extracted.only(Extracted.onThursday("وأعرب وزير الخارجية التركي مولود جاويش أوغلو أمس الأربعاء عن قلقه من التصعيد."),
                EventType.STATEMENT);
        assertTrue(said.actorIds().contains("mevlut-cavusoglu"), said::toString);
        assertEquals(Extracted.THURSDAY.minusDays(1), said.date().start());
    }

    @Test
    void aRoundOfAnElectionIsNoTalks() {
        List<Candidate> found = Extracted.onThursday("وتقدم الرئيس في الجولة الأولى من الانتخابات الرئاسية التي جرت أمس الأربعاء.");
        assertTrue(found.stream().noneMatch(c -> c.type() == EventType.TALKS), found::toString);
    }

    @Test
    void aLengthOfTimeInWhatWasSaidDoesNotDateTheStatement() {
        Candidate said = Extracted.only(Extracted.onThursday("ودعا الاتحاد الأوروبي مجلس الأمن الدولي إلى تأجيل الإجراءات لمدة عام."),
                EventType.STATEMENT);
        assertNull(said.expression(), said::toString);
    }

    @Test
    void theSpeakersOwnForcesAreTheAgent() {
        Candidate strike = Extracted.only(Extracted.onThursday(
                "وأعلنت القيادة المركزية الأميركية أن قواتها قصفت أمس الأربعاء اجتماعا لقياديين في تنظيم القاعدة."),
                EventType.MILITARY_ACTION);
        assertTrue(strike.actorIds().contains("centcom"), strike::toString);
        // A noun ending in taa marbuta is no pronoun: "أن الدولة" leaves the subject open.
        Candidate other = Extracted.only(Extracted.onThursday(
                "وأعلنت القيادة المركزية الأميركية أن الدولة قصفت أمس الأربعاء مواقع تنظيم القاعدة."), EventType.MILITARY_ACTION);
        assertFalse(other.actorIds().contains("centcom"), other::toString);
    }

    @Test
    void theOccasionOfAStatementIsTheSpeakersNotThatOfWhatWasSaid() {
        Candidate meeting = Extracted.only(Extracted.onThursday("وقال وزير الخارجية التركي مولود جاويش أوغلو، عقب اجتماع طارئ "
                + "عقده أمس الأربعاء في أنقرة، إن القوات السورية قصفت الحدود."), EventType.MEETING);
        assertTrue(meeting.actorIds().contains("mevlut-cavusoglu"), meeting::toString);
        assertFalse(meeting.actorIds().contains("syrian-army"), meeting::toString);
    }

    @Test
    void whatAThingHadBeenSaidToBeIsBackgroundOfNoDay() {
        Candidate said = Extracted.only(Extracted.onThursday(
                "ويترقب اللبنانيون وصول شحنات الوقود التي أعلن حزب الله استقدامها عبر سوريا."), EventType.STATEMENT);
        assertEquals(DateBasis.BACKGROUND, said.dateBasis(), said::toString);
        assertNull(said.date(), said::toString);
        // The speaker as the pronoun's antecedent is a statement of its own, dated as any other.
        Candidate russia = Extracted.only(Extracted.onThursday(
                "ويعقد مجلس الأمن جلسة طارئة اليوم الخميس بطلب من روسيا التي قالت إن الضربات تنتهك القانون الدولي."), EventType.STATEMENT);
        assertTrue(russia.isDated() && russia.dateBasis() != DateBasis.BACKGROUND, russia::toString);
    }

    @Test
    void aNameInsideAPlaceNameIsNoActorAndWhatTookPlaceIsNoSigning() {
        List<Candidate> found = Extracted.onThursday(
                "وكانت الحادثة قد وقعت بعد ساعات من استهداف الحرس الثوري قاعدة عين الأسد في العراق بصواريخ باليستية أمس الأربعاء.");
        assertTrue(found.stream().noneMatch(c -> c.type() == EventType.AGREEMENT), found::toString);
        Candidate strike = Extracted.only(found, EventType.MILITARY_ACTION);
        assertFalse(strike.actorIds().contains("bashar-al-assad"), strike::toString);
        assertTrue(strike.placeIds().contains("ain-al-asad"), strike::toString);
    }

    @Test
    void aStatementBesideTheFirstHasItsOwnSpeakerAndDay() {
        List<Candidate> found = Extracted.onThursday("ورحب وزير الخارجية التركي مولود جاويش أوغلو بالاتفاق، فيما أعلن الجيش اللبناني "
                + "في بيان صباح اليوم الخميس أنه باشر تعزيز انتشاره في الجنوب.");
        List<Candidate> statements = found.stream().filter(c -> c.type() == EventType.STATEMENT).toList();
        assertEquals(2, statements.size(), found::toString);
        assertEquals(List.of("mevlut-cavusoglu"), statements.get(0).actorIds(), found::toString);
        assertFalse(statements.get(1).actorIds().contains("mevlut-cavusoglu"), found::toString);
        assertEquals(Extracted.THURSDAY, statements.get(1).date().start(), found::toString);
    }

    @Test
    void aPlaceCalledAfterAPersonIsNotThatPerson() {
        // An airport, a square, a city named after someone: no act of theirs, with or without an honorific between.
        Candidate strikes = Extracted.only(Extracted.onThursday(
                "وقصفت الطائرات الإسرائيلية فجر اليوم الخميس مدارج مطار رفيق الحريري الدولي في بيروت."), EventType.MILITARY_ACTION);
        assertFalse(strikes.actorIds().contains("rafik-hariri"), strikes::toString);
        Candidate rally = Extracted.only(Extracted.onThursday(
                "وأعلن وزير الخارجية الروسي سيرغي لافروف أمس الأربعاء في مطار الرئيس بشار الأسد أن بلاده ستواصل دعم دمشق."), EventType.STATEMENT);
        assertTrue(rally.actorIds().contains("sergey-lavrov"), rally::toString);
        assertFalse(rally.actorIds().contains("bashar-al-assad"), rally::toString);
    }
}
