package io.tarikh.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tarikh.knowledge.EventType;
import io.tarikh.knowledge.KnowledgeBase;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sentence to candidate events, on sentences written for these tests. */
class EventExtractorTest {

    private static final KnowledgeBase KB = Extracted.KB;

    private static List<Candidate> extract(String text, LocalDate published) {
        return Extracted.from(text, published);
    }

    private static Candidate only(List<Candidate> found, EventType type) {
        return Extracted.only(found, type);
    }

    @Test
    void phoneCallWithBothMinistersDatedByItsWeekday() {
        // Saturday 4 June 2016: "الخميس الماضي" is Thursday 2 June.
        String text = "أجرى وزير الخارجية الروسي سيرغي لافروف اتصالا هاتفيا مع نظيره الأميركي جون كيري الخميس الماضي بحثا فيه الوضع في حلب.";
        Candidate call = only(extract(text, LocalDate.of(2016, 6, 4)), EventType.PHONE_CALL);
        assertTrue(call.actorIds().containsAll(List.of("sergey-lavrov", "john-kerry")), call.actorIds()::toString);
        assertEquals(LocalDate.of(2016, 6, 2), call.date().start());
        assertEquals(DateBasis.TEXT, call.dateBasis());
        assertEquals(EventStatus.OCCURRED, call.status());
        assertEquals("Phone call: Sergey Lavrov – John Kerry, Aleppo", call.titleEn());
    }

    @Test
    void aCouncilAdoptingAResolutionIsAnInstitutionalActNotAnAgreement() {
        // Friday 15 March 2024: a vote is an event of its own (OTHER), whatever the resolution goes on to allow.
        String text = "تبنى مجلس الأمن الدولي أمس الخميس بأغلبية 13 صوتا قرارا يمدد تفويض البعثة الأممية ويجيز توسيع اتفاق نقل المساعدات.";
        Candidate vote = only(extract(text, LocalDate.of(2024, 3, 15)), EventType.OTHER);
        assertEquals(LocalDate.of(2024, 3, 14), vote.date().start());
        assertTrue(vote.actorIds().contains("un-security-council"), vote.actorIds()::toString);
        assertTrue(extract(text, LocalDate.of(2024, 3, 15)).stream().noneMatch(c -> c.type() == EventType.AGREEMENT));
    }

    @Test
    void aResignationIsAnEventOfItsOwn() {
        String text = "وكان رئيس الوزراء اللبناني سعد الحريري قد استقال في التاسع والعشرين من تشرين الأول الماضي تحت ضغط الشارع.";
        Candidate resigned = only(extract(text, LocalDate.of(2019, 12, 5)), EventType.OTHER);
        assertEquals(LocalDate.of(2019, 10, 29), resigned.date().start());
        assertTrue(resigned.actorIds().contains("saad-hariri"), resigned.actorIds()::toString);
    }

    @Test
    void toAdoptAnAttackIsToClaimItNotAVote() {
        String text = "وتبنى تنظيم «داعش» مساء أمس الهجوم الذي استهدف حافلة للجنود قرب تدمر.";
        List<Candidate> found = extract(text, LocalDate.of(2021, 6, 3));
        assertTrue(found.stream().noneMatch(c -> c.type() == EventType.OTHER), found::toString);
    }

    @Test
    void aProposalIsDatedWhenItWasMadeNotByWhatItCallsFor() {
        // Sunday 14 March 2021: the initiative was announced yesterday; the truce it calls for starts tomorrow.
        String text = "وفي الدوحة، أعلن وزير الخارجية القطري، أمس السبت، في مؤتمر صحفي، مبادرة تدعو إلى وقف لإطلاق النار اعتبارا من صباح غد الاثنين.";
        Candidate proposal = only(extract(text, LocalDate.of(2021, 3, 14)), EventType.PROPOSAL);
        assertEquals(LocalDate.of(2021, 3, 13), proposal.date().start());
        assertEquals(EventStatus.OCCURRED, proposal.status());
        // A proposal itself ahead stays ahead.
        Candidate ahead = only(extract("ومن المقرر أن تطرح فرنسا مبادرة جديدة الأسبوع المقبل.", LocalDate.of(2021, 3, 14)), EventType.PROPOSAL);
        assertEquals(EventStatus.SCHEDULED, ahead.status());
    }

    @Test
    void theDatelinesDateIsWhenTheDispatchWasFiledNotWhenItsNewsHappened() {
        // An agency dispatch filed on Saturday 14 December 2019 about Friday's announcement.
        String text = "نتائج الانتخابات\nالجزائر - 14 ديسمبر 2019 (وكالة) - أعلن رئيس السلطة المستقلة للانتخابات، أمس الجمعة، فوز المرشح بالرئاسة.";
        Candidate said = only(extract(text, LocalDate.of(2019, 12, 14)), EventType.STATEMENT);
        assertEquals(LocalDate.of(2019, 12, 13), said.date().start());
    }

    @Test
    void announcedTalksAreScheduled() {
        String text = "ومن المقرر أن تعقد جولة جديدة من المفاوضات بين الحكومة السورية والمعارضة في جنيف يوم 15 آذار المقبل.";
        Candidate talks = only(extract(text, LocalDate.of(2016, 3, 1)), EventType.TALKS);
        assertEquals(EventStatus.SCHEDULED, talks.status());
        assertEquals(LocalDate.of(2016, 3, 15), talks.date().start());
        assertTrue(talks.placeIds().contains("geneva"));
    }

    @Test
    void strikeInACountrysideIsAMilitaryActionOnTheDayBefore() {
        String text = "وشنت طائرات حربية غارات على مواقع في ريف إدلب الجنوبي أمس الأحد.";
        Candidate strike = only(extract(text, LocalDate.of(2019, 5, 6)), EventType.MILITARY_ACTION);
        assertEquals(LocalDate.of(2019, 5, 5), strike.date().start());
        assertTrue(strike.placeIds().contains("idlib-governorate"), strike.placeIds()::toString);
    }

    @Test
    void aNamedRoundLinksToTheReferenceEvent() {
        String text = "واختتمت في العاصمة الكازاخية الجولة السادسة من محادثات أستانا بالاتفاق على نشر مراقبين.";
        Candidate round = extract(text, LocalDate.of(2017, 9, 16)).stream()
                .filter(c -> "astana-6".equals(c.referenceEventId())).findFirst().orElseThrow();
        assertEquals(EventType.TALKS, round.type());
        assertEquals(LocalDate.of(2017, 9, 14), round.date().start());
        assertEquals(DateBasis.REFERENCE_EVENT, round.dateBasis());
    }

    @Test
    void anUndatedStatementIsFromTheDayBeforePublicationToPublication() {
        // A daily reports yesterday's words as often as today's: the publication day alone would assert a day the text does not give.
        String text = "وقال المتحدث باسم الكرملين ديمتري بيسكوف إن موسكو تتابع الوضع في شمال سوريا بقلق.";
        Candidate said = only(extract(text, LocalDate.of(2019, 10, 10)), EventType.STATEMENT);
        assertEquals(LocalDate.of(2019, 10, 9), said.date().start());
        assertEquals(LocalDate.of(2019, 10, 10), said.date().end());
        assertEquals(DateBasis.PUBLICATION_DATE, said.dateBasis());
        assertTrue(said.actorIds().contains("dmitry-peskov"), said.actorIds()::toString);
    }

    @Test
    void anUndatedStatementAfterYesterdaysNewsMayBeFromEitherDay() {
        // Monday 6 May 2019: the strikes were on Sunday; Peskov's words are not dated, so Sunday to Monday.
        String text = "وشنت طائرات حربية غارات على مواقع في ريف إدلب أمس الأحد. وقال المتحدث باسم الكرملين ديمتري بيسكوف إن موسكو تتابع الوضع بقلق.";
        Candidate said = only(extract(text, LocalDate.of(2019, 5, 6)), EventType.STATEMENT);
        assertEquals(LocalDate.of(2019, 5, 5), said.date().start(), said::toString);
        assertEquals(LocalDate.of(2019, 5, 6), said.date().end(), said::toString);
        assertEquals(DateBasis.PUBLICATION_DATE, said.dateBasis());
    }

    @Test
    void olderNewsDoesNotStretchAnUndatedStatementBackToIt() {
        String text = "وشنت طائرات حربية غارات على مواقع في ريف إدلب يوم 28 نيسان الماضي. وقال المتحدث باسم الكرملين ديمتري بيسكوف إن موسكو تتابع الوضع بقلق.";
        Candidate said = only(extract(text, LocalDate.of(2019, 5, 6)), EventType.STATEMENT);
        assertEquals(LocalDate.of(2019, 5, 5), said.date().start(), said::toString);
        assertEquals(LocalDate.of(2019, 5, 6), said.date().end(), said::toString);
    }

    @Test
    void aStrikeShowsWhoStruckAndWhoWasStruck() {
        String text = "وشنت طائرات حربية إسرائيلية غارات على مواقع لحزب الله في ريف دمشق أمس الأحد.";
        Candidate strike = only(extract(text, LocalDate.of(2019, 5, 6)), EventType.MILITARY_ACTION);
        assertEquals(ActorRole.Role.AGENT, roleOf(strike, "israel"), strike::toString);
        assertEquals(ActorRole.Role.TARGET, roleOf(strike, "hezbollah"), strike::toString);
    }

    @Test
    void withoutATargetTheActorsOfAnActionStayParticipants() {
        String text = "واندلعت اشتباكات عنيفة بين الجيش السوري وهيئة تحرير الشام في ريف إدلب أمس الأحد.";
        Candidate clashes = only(extract(text, LocalDate.of(2019, 5, 6)), EventType.MILITARY_ACTION);
        assertTrue(clashes.roles().stream().allMatch(r -> r.role() == ActorRole.Role.PARTICIPANT), clashes::toString);
    }

    @Test
    void anActionTheSentenceNamesAsAReferenceEventIsOneItem() {
        String text = "وتسلم القيادي الجديد زعامة التنظيم بعد مقتل أبو بكر البغدادي في غارة أمريكية شمال غربي سوريا.";
        List<Candidate> actions = extract(text, LocalDate.of(2020, 3, 1)).stream()
                .filter(c -> c.type() == EventType.MILITARY_ACTION).toList();
        assertEquals(1, actions.size(), actions::toString);
        assertEquals("baghdadi-killed-2019-10-26", actions.get(0).referenceEventId(), actions::toString);
    }

    @Test
    void anEstimateIsAnApproximateIntervalNotADay() {
        String text = "وقال المبعوث إن المفاوضات بين الحكومة السورية والمعارضة قد تستأنف بعد أسبوعين أو ثلاثة في جنيف.";
        Candidate talks = only(extract(text, LocalDate.of(2019, 3, 14)), EventType.TALKS);
        assertEquals(LocalDate.of(2019, 3, 28), talks.date().start(), talks::toString);
        assertTrue(talks.date().end().isAfter(talks.date().start()), talks::toString);
        assertEquals(io.tarikh.temporal.Modifier.APPROX, talks.date().modifier(), talks::toString);
    }

    @Test
    void aCountOfWeeksBackIsThatDayGiveOrTakeHalfAWeek() {
        // Three weeks back is about the 17th, not any day from then until the publication.
        String text = "وكان وزير الخارجية الروسي سيرغي لافروف قد زار دمشق قبل ثلاثة أسابيع.";
        Candidate visit = only(extract(text, LocalDate.of(2019, 3, 10)), EventType.MEETING);
        assertEquals(LocalDate.of(2019, 2, 14), visit.date().start(), visit::toString);
        assertEquals(LocalDate.of(2019, 2, 20), visit.date().end(), visit::toString);
        assertEquals(io.tarikh.temporal.Modifier.APPROX, visit.date().modifier(), visit::toString);
    }

    @Test
    void theSpeakerWhosePronounOpensTheWordsDidWhatFollows() {
        String text = "وقال الجيش الإسرائيلي إنه قصف مواقع لحزب الله في ريف القنيطرة أمس الأحد.";
        Candidate strike = only(extract(text, LocalDate.of(2019, 5, 6)), EventType.MILITARY_ACTION);
        assertEquals(ActorRole.Role.AGENT, roleOf(strike, "israeli-army"), strike::toString);
        assertEquals(ActorRole.Role.TARGET, roleOf(strike, "hezbollah"), strike::toString);
    }

    @Test
    void aPronounWithWordsBeforeTheEventDoesNotMakeTheSpeakerItsParty() {
        String text = "وقال الجيش الإسرائيلي إنه يتابع عن كثب القصف على مواقع لحزب الله في ريف القنيطرة أمس الأحد.";
        List<Candidate> strikes = extract(text, LocalDate.of(2019, 5, 6)).stream().filter(c -> c.type() == EventType.MILITARY_ACTION).toList();
        assertTrue(strikes.stream().noneMatch(c -> c.actorIds().contains("israeli-army")), strikes::toString);
    }

    @Test
    void titlesAreBuiltFromTheFrameNotFromTheSentence() {
        String text = "وشنت طائرات حربية إسرائيلية غارات على مواقع لحزب الله في ريف دمشق أمس الأحد.";
        Candidate strike = only(extract(text, LocalDate.of(2019, 5, 6)), EventType.MILITARY_ACTION);
        assertTrue(strike.titleEn().startsWith("Military action: Israel against Hezbollah"), strike::titleEn);
        assertTrue(strike.titleAr().startsWith("عمل عسكري: إسرائيل ضد حزب الله"), strike::titleAr);
        Candidate said = only(extract("وقال المتحدث باسم الكرملين ديمتري بيسكوف إن موسكو تتابع الوضع بقلق.", LocalDate.of(2019, 5, 6)),
                EventType.STATEMENT);
        assertTrue(said.titleAr().startsWith("تصريح: ") && !said.titleAr().contains("وقال"), said::titleAr);
        assertEquals(said.quote().strip(), "وقال المتحدث باسم الكرملين ديمتري بيسكوف إن موسكو تتابع الوضع بقلق.", said::quote);
    }

    private static ActorRole.Role roleOf(Candidate c, String id) {
        return c.roles().stream().filter(r -> r.id().equals(id)).map(ActorRole::role).findFirst().orElse(null);
    }

    @Test
    void aCountryWrittenAsALocationIsAPlaceNotAParty() {
        String text = "وقال وزير الخارجية الأردني أيمن الصفدي إن الوضع في سوريا يتطلب حلا سياسيا، واقترحت روسيا عقد اجتماع جديد.";
        List<Candidate> found = extract(text, LocalDate.of(2019, 3, 1));
        Candidate said = only(found, EventType.STATEMENT);
        assertTrue(said.placeIds().contains("syria"), said.placeIds()::toString);
        assertTrue(!said.actorIds().contains("syria"), said.actorIds()::toString);
        // Russia is the party of its own clause, the proposal, not a speaker of the Jordanian minister's words (issue 9).
        Candidate proposed = only(found, EventType.PROPOSAL);
        assertTrue(proposed.actorIds().contains("russia") && !proposed.actorIds().contains("syria"), proposed.actorIds()::toString);
        assertTrue(!said.actorIds().contains("russia"), said.actorIds()::toString);
    }

    @Test
    void sentencesWithoutAnEventGiveNothing() {
        assertTrue(extract("وتبلغ درجة الحرارة في دمشق ثلاثين درجة مئوية.", LocalDate.of(2018, 7, 1)).isEmpty());
        assertTrue(extract("ويعيش في المخيم نحو ألفي شخص منذ سنوات.", LocalDate.of(2018, 7, 1)).isEmpty());
    }

    @Test
    void withoutAPublicationDateAnUndatedStatementStaysUndated() {
        String text = "وقال المتحدث باسم الكرملين ديمتري بيسكوف إن موسكو تتابع الوضع بقلق.";
        List<Candidate> found = Extracted.from(text, null);
        assertNull(only(found, EventType.STATEMENT).date());
    }

    @Test
    void aSecondContentEventWithItsOwnDateIsKept() {
        // The summit is one event, the strike behind it another, with its own day and place.
        String text = "وجاءت القمة في موسكو بعد مقتل 33 جنديا في غارة جوية على بلدة بليون مساء 27 شباط الماضي.";
        List<Candidate> found = extract(text, LocalDate.of(2020, 3, 6));
        Candidate strike = only(found, EventType.MILITARY_ACTION);
        assertEquals(LocalDate.of(2020, 2, 27), strike.date().start());
        assertTrue(strike.placeIds().contains("balyun"), strike.placeIds()::toString);
        Candidate summit = only(found, EventType.MEETING);
        assertTrue(summit.placeIds().contains("moscow") && !summit.placeIds().contains("balyun"), summit.placeIds()::toString);
        assertNull(summit.expression(), summit::toString);
    }

    @Test
    void declaringAnActIsTheActNotAStatementBesideIt() {
        List<Candidate> resigned = extract("أعلن رئيس الائتلاف الوطني لقوى الثورة والمعارضة السورية أحمد معاذ الخطيب، أمس الأحد، "
                + "استقالته من منصبه.", LocalDate.of(2013, 3, 25));
        Candidate act = only(resigned, EventType.OTHER);
        assertEquals(LocalDate.of(2013, 3, 24), act.date().start(), act::toString);
        assertTrue(act.actorIds().contains("moaz-al-khatib"), act::toString);
        assertTrue(resigned.stream().noneMatch(c -> c.type() == EventType.STATEMENT), resigned::toString);
        // With a complementizer the declaration is a statement about the act.
        List<Candidate> said = extract("وأعلن لافروف أمس أنه قدم استقالته.", LocalDate.of(2013, 3, 25));
        assertEquals(1, said.stream().filter(c -> c.type() == EventType.STATEMENT).count(), said::toString);
    }

    @Test
    void theNewsRestatedAgainstAnEarlierEventTakesNotItsDate() {
        // The attack was reported before; the dates are those of the election it is set against.
        String text = "ويأتي الهجوم، الأكثر دموية منذ عشرين عاما، بعد أقل من أسبوع على فوز بوتين بولاية خامسة في الانتخابات التي جرت بين 15 و17 مارس الجاري.";
        List<Candidate> found = extract(text, LocalDate.of(2024, 3, 23));
        assertTrue(found.stream().noneMatch(c -> c.type() == EventType.MILITARY_ACTION && c.date() != null), found::toString);
    }

    @Test
    void anUndatedSecondTriggerOrTheContentOfAProposalIsNoEvent() {
        // "في محادثات أستانة" is where the proposals are made; "شن ضربات" is what Russia proposed.
        LocalDate published = LocalDate.of(2017, 7, 11);
        assertTrue(extract("وقال لافروف إن الدول الثلاث تقترح مبادراتها في محادثات أستانة بشأن سوريا.", published).stream()
                .noneMatch(c -> c.type() == EventType.TALKS && c.referenceEventId() == null));
        assertTrue(extract("وكانت روسيا قد اقترحت الأسبوع الماضي على التحالف شن ضربات جوية مشتركة على جبهة النصرة.", published).stream()
                .noneMatch(c -> c.type() == EventType.MILITARY_ACTION));
    }

    @Test
    void aDateBetweenTwoTriggersIsTheFirstOnes() {
        String text = "بحث لافروف وكيري اليوم الأحد مقترحات موسكو لتنفيذ عمليات مشتركة في سوريا.";
        Candidate talks = only(extract(text, LocalDate.of(2016, 5, 29)), EventType.TALKS);
        assertEquals(LocalDate.of(2016, 5, 29), talks.date().start());
    }

    @Test
    void aCapitalThatSpeaksIsItsGovernment() {
        LocalDate published = LocalDate.of(2016, 5, 29);
        Candidate reply = extract("وردت واشنطن بفتور على المقترحات الروسية.", published).get(0);
        assertTrue(reply.actorIds().contains("united-states") && !reply.placeIds().contains("washington"), reply::toString);
        Candidate said = only(extract("وأعلنت أنقرة أمس رفضها للهجوم على إدلب.", published), EventType.STATEMENT);
        assertTrue(said.actorIds().contains("turkey") && !said.placeIds().contains("ankara"), said::toString);
        Candidate coalition = only(extract("وشن التحالف بقيادة واشنطن غارات على الرقة أمس.", published), EventType.MILITARY_ACTION);
        assertTrue(coalition.actorIds().contains("united-states") && !coalition.placeIds().contains("washington"), coalition::toString);
        // Joined by "و" to a capital that speaks, Moscow speaks too.
        Candidate both = only(extract("وأعلنت الخارجية الروسية أن موسكو وأنقرة أكدتا ضرورة التهدئة.", published), EventType.STATEMENT);
        assertTrue(both.actorIds().containsAll(List.of("russia", "turkey")) && both.placeIds().isEmpty(), both::toString);
        // A meeting in a capital stays there, even with a verb after it.
        Candidate meeting = only(extract("واجتمع لافروف وكيري في موسكو أمس.", published), EventType.MEETING);
        assertTrue(meeting.placeIds().contains("moscow") && !meeting.actorIds().contains("russia"), meeting::toString);
    }

    @Test
    void theOccupationsArmyIsIsraelsArmy() {
        Candidate strike = only(extract("اغتال جيش الاحتلال عصر أمس قائدا ميدانيا بغارة على غزة.", LocalDate.of(2012, 11, 15)),
                EventType.MILITARY_ACTION);
        assertTrue(strike.actorIds().contains("israeli-army"), strike::toString);
    }

    @Test
    void anEnvoyOfThePresidentIsNotThePresident() {
        LocalDate published = LocalDate.of(2018, 5, 15);
        // "الرئيس السوري" is a listed alias of Bashar al-Assad.
        assertTrue(extract("وقال المبعوث الخاص للرئيس السوري إن المحادثات كانت مثمرة.", published).stream()
                .noneMatch(c -> c.actorIds().contains("bashar-al-assad")));
        assertTrue(extract("وقال نائب الرئيس السوري إن المحادثات كانت مثمرة.", published).stream()
                .noneMatch(c -> c.actorIds().contains("bashar-al-assad")));
        assertTrue(extract("وأكد نائب وزير الخارجية الروسي أن الجولة المقبلة ستعقد في سوتشي.", published).stream()
                .noneMatch(c -> c.actorIds().contains("sergey-lavrov")));
        Candidate himself = only(extract("وقال الرئيس السوري إن المحادثات كانت مثمرة.", published), EventType.STATEMENT);
        assertTrue(himself.actorIds().contains("bashar-al-assad"), himself::toString);
    }
    @Test
    void aReferenceEventsNameDatedYearsAwayIsAnotherEventThroughoutTheText() {
        // 26 February 2025: the Syrian national dialogue conference of 2025, not the Sochi "congress of national
        // dialogue" of January 2018. The body's own date ("مساء أمس الثلاثاء") shows it; the undated headline is
        // the same conference (one sense per text), so neither is linked to the 2018 event or dated by it.
        String text = "مؤتمر الحوار الوطني يختتم أعماله بـ18 توصية\n\n"
                + "اختتم مؤتمر الحوار الوطني السوري أعماله مساء أمس الثلاثاء في قصر الشعب بدمشق، بإصدار بيان ختامي تضمن 18 توصية، "
                + "أبرزها الحفاظ على وحدة الأراضي السورية، وحصر السلاح بيد الدولة، والإسراع في إصدار إعلان دستوري مؤقت وتشكيل مجلس "
                + "تشريعي مؤقت، إضافة إلى تحقيق العدالة الانتقالية.";
        List<Candidate> found = extract(text, LocalDate.of(2025, 2, 26));
        assertTrue(found.stream().noneMatch(c -> c.referenceEventId() != null), found::toString);
        assertTrue(found.stream().anyMatch(c -> c.date() != null && c.date().start().equals(LocalDate.of(2025, 2, 25))), found::toString);
        // The same words in January 2018 are the congress.
        List<Candidate> then = extract("اختتم مؤتمر الحوار الوطني السوري أعماله مساء أمس الثلاثاء في سوتشي.", LocalDate.of(2018, 1, 31));
        assertTrue(then.stream().anyMatch(c -> "syrian-national-dialogue-congress-2018-01-29".equals(c.referenceEventId())), then::toString);
    }

    @Test
    void aMentionAfterBaadTakesNoDateOfTheNewsBeforeIt() {
        // "اليوم الخميس" is when the minister toured the forces; the downing "بعد" which he did is dated by the chronology.
        String text = "وتفقد وزير الدفاع الروسي سيرغي شويغو القوات في اللاذقية صباح اليوم الخميس بعد إسقاط الطائرة الروسية إيل-20 قبالة الساحل.";
        Candidate downing = only(extract(text, LocalDate.of(2018, 9, 20)), EventType.MILITARY_ACTION);
        assertEquals("il-20-downing-2018-09-17", downing.referenceEventId());
        assertEquals(DateBasis.REFERENCE_EVENT, downing.dateBasis());
        assertNull(downing.expression());
        Candidate dayAfter = only(extract(text.replace(" بعد ", " غداة "), LocalDate.of(2018, 9, 20)), EventType.MILITARY_ACTION);
        assertEquals(DateBasis.REFERENCE_EVENT, dayAfter.dateBasis());
    }
}
