package io.tarikh.extraction;

import io.tarikh.knowledge.EventType;
import io.tarikh.knowledge.KnowledgeBase;
import io.tarikh.knowledge.ReferenceEvent;
import io.tarikh.temporal.DateInfo;
import io.tarikh.temporal.ReferenceMention;
import io.tarikh.temporal.TemporalExpression;
import io.tarikh.temporal.MentionFrame;
import io.tarikh.temporal.Tense;
import io.tarikh.temporal.TimexType;
import io.tarikh.text.ArabicNormalizer;
import io.tarikh.text.Datelines;
import io.tarikh.text.Document;
import io.tarikh.text.SentenceSplitter.Sentence;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Sentence to candidate events. A sentence can state up to three things: that someone spoke
 * (a reporting trigger), what happened (a content trigger), and which well-known events it names
 * (reference mentions). Each date expression belongs to the nearest of these heads.
 */
public final class EventExtractor {

    /** How far after a verb (characters) its subject is looked for: a title may come first ("أعلن «حزب الله»"). */
    private static final int SUBJECT_AFTER_VERB = 30;
    /** How far a mention's written date may fall from its reference event's days: a plan moved, a report a few days late. */
    private static final int MENTION_SLACK_DAYS = 14;
    /** How many words before a mention an antecedent marker may stand: "بعد نحو عامين من انطلاق ...". */
    private static final int ANTECEDENT_REACH_WORDS = 4;
    /** How many characters before a reporting verb a future marker still makes the speech itself ahead ("من المقرر أن"). */
    private static final int SPEECH_MARKER_REACH = 16;
    /** Rules whose "منذ" counts back from the anchor ("منذ يومين": two days ago) instead of bounding a span. */
    private static final Set<String> OFFSET_RULES = Set.of("duration-offset", "duration-counted");

    private final KnowledgeBase knowledge;
    private final TriggerIndex triggers;
    private final Titles titles;
    private final Participants participants;
    private final Speakers speakers = Speakers.shipped();
    private final Tense tense = Tense.shipped();
    private final MentionFrame frame = MentionFrame.shipped();
    private final StatusCues statusCues = StatusCues.shipped();
    private final Roles roles = Roles.shipped();

    public EventExtractor(KnowledgeBase knowledge, TriggerIndex triggers) {
        this.knowledge = knowledge;
        this.triggers = triggers;
        this.titles = new Titles(knowledge);
        this.participants = new Participants(knowledge);
    }

    /**
     * Candidates in text order; {@code published} may be null when the article's date is unknown.
     * {@code mentions} are the document's reference mentions with every alternative
     * ({@link io.tarikh.temporal.ReferenceMentions#forExtraction}).
     */
    public List<Candidate> extract(Document doc, List<TemporalExpression> expressions, List<ReferenceMention> mentions, LocalDate published) {
        List<Candidate> candidates = new ArrayList<>();
        Set<String> namesOfAnotherEvent = new HashSet<>();
        for (Sentence sentence : doc.sentences()) {
            if (Datelines.isByline(doc.text(), sentence.start(), sentence.end())) {
                continue;
            }
            List<ReferenceMention> inSentence = mentions.stream()
                    .filter(m -> m.start() >= sentence.start() && m.end() <= sentence.end()).toList();
            candidates.addAll(sentence(doc, sentence, within(expressions, sentence), inSentence, published, namesOfAnotherEvent));
        }
        // One sense per text: once a mention's own date shows that the article uses a reference event's name for
        // another event ("اختتم مؤتمر الحوار الوطني السوري أعماله أمس" in 2025, not the Sochi congress of 2018),
        // its undated mentions (the headline's) are that other event too, not the reference event at its date.
        candidates.removeIf(c -> c.referenceEventId() != null && namesOfAnotherEvent.contains(c.referenceEventId()) && c.expression() == null);
        return ContextDating.apply(PairReferences.apply(doc, candidates, triggers, knowledge, titles, speakers), published, knowledge, speakers,
                c -> c.expression() != null && tense.pastPerfectBefore(doc, doc.foldedIndex(c.expression().start())));
    }

    private List<Candidate> sentence(Document doc, Sentence s, List<TemporalExpression> expressions, List<ReferenceMention> named,
            LocalDate published, Set<String> namesOfAnotherEvent) {
        List<ReferenceMention> mentions = closestPerSpan(named, published);
        List<Trigger> found = triggers.find(doc, s).stream()
                .filter(t -> mentions.stream().noneMatch(m -> t.start() < m.end() && m.start() < t.end()))
                .toList();
        Optional<Trigger> reporting = pick(found, true)
                .filter(r -> found.stream().noneMatch(a -> speakers.signedDocument(s.text(), r, a, s.start())));
        Optional<Trigger> content = pick(found, false).filter(t -> !isSubstanceOfCall(reporting, t))
                .filter(t -> reporting.isEmpty()
                        || !speakers.reactedTo(s.text(), reporting.get().start() - s.start(), reporting.get().end() - s.start(),
                                t.start() - s.start(), t.end() - s.start()));
        boolean restated = content.filter(t -> triggers.restated(doc, t)).isPresent();
        Optional<Trigger> second = content.flatMap(first -> second(found, first, reporting, restated));
        List<Head> heads = new ArrayList<>();
        reporting.ifPresent(t -> heads.add(new Head(t.start(), t.end(), s)));
        content.ifPresent(t -> heads.add(new Head(t.start(), t.end(), s).restated(restated)));
        second.ifPresent(t -> heads.add(new Head(t.start(), t.end(), s)));
        mentions.forEach(m -> heads.add(new Head(m.start(), m.end(), s).antecedent(antecedent(s, m))));
        if (heads.isEmpty()) {
            return List.of();
        }
        // Another verb of saying in a later clause keeps its own date, though it makes no item here: "أسقطت طائرة
        // مسيرة، وهو ما نفته طهران في اليوم التالي" does not date the downing by the denial.
        content.ifPresent(first -> found.stream()
                .filter(t -> t.isReporting() && reporting.filter(t::equals).isEmpty() && t.start() >= first.end())
                .filter(t -> clauseBreakBetween(s, first.end(), t.start()))
                .forEach(t -> heads.add(new Head(t.start(), t.end(), s))));
        Head secondHeadOrNull = second.isPresent() ? heads.get(reporting.isPresent() ? 2 : 1) : null;
        for (TemporalExpression e : expressions) {
            if (boundsSpan(doc, e)) {
                continue; // "أول لقاء منذ 2011": the bound of a span, not when anything here happened
            }
            if (Datelines.isDatelineDate(doc.text(), e.start(), e.end())) {
                continue; // "الجزائر - 14 ديسمبر 2019 (واج) - أعلن ... أمس الجمعة": the day it was filed, not of what it reports
            }
            // A date between the first content trigger and the second is the first's ("بحث ... اليوم الأحد مقترحات موسكو").
            // "ويأتي الهجوم بعد ستة أشهر على سقوط النظام في 8 كانون الأول": the date is the fall's, not the attack's.
            heads.stream().filter(h -> h != secondHeadOrNull || e.start() >= h.start).filter(h -> !h.restated)
                    .filter(h -> !h.antecedent || e.start() >= h.end)
                    .min(Comparator.comparingInt(h -> h.distance(e, s))).ifPresent(h -> h.expressions.add(e));
        }
        // A proposal is ahead only when said so before it: what follows may be what it calls for ("اعتبارا من غد").
        boolean proposalAhead = content.filter(t -> t.type() == EventType.PROPOSAL)
                .filter(t -> triggers.futureMarkedBefore(doc, t.start(), t.end())).isPresent();
        content.filter(t -> t.type() == EventType.PROPOSAL && !proposalAhead)
                .ifPresent(p -> proposalDatedWhenMade(heads, reporting.isPresent(), p, published));
        // A mention whose own date is not its reference event's names another event of the same words ("اختتم مؤتمر
        // الحوار الوطني السوري أعماله أمس" in 2025): the sentence is read again without it, its words free for a trigger.
        int firstMentionHead = (reporting.isPresent() ? 1 : 0) + (content.isPresent() ? 1 : 0) + (second.isPresent() ? 1 : 0);
        List<ReferenceMention> naming = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            ReferenceMention m = mentions.get(i);
            TemporalExpression own = heads.get(firstMentionHead + i).best().orElse(null);
            if (own == null || knowledge.referenceEvent(m.eventId()).filter(ref -> fits(own, ref)).isPresent()) {
                naming.add(m);
            } else {
                namesOfAnotherEvent.add(m.eventId());
            }
        }
        if (naming.size() < mentions.size()) {
            return sentence(doc, s, expressions, naming, published, namesOfAnotherEvent);
        }
        Participants.Named inSentence = participants.in(doc, s, published);
        List<String> places = inSentence.places();

        List<Candidate> out = new ArrayList<>();
        int h = 0;
        // What a content trigger in the reported words is about starts where those words start.
        int contentFrom = 0;
        List<String> speaking = List.of();
        int wordsFrom = Integer.MAX_VALUE; // where the reported words begin, when a speaker is quoted
        Optional<EventStatus> reported = Optional.empty(); // CLAIMED or DENIED: the content is one side's claim or denial
        Candidate saidItem = null;
        if (reporting.isPresent()) {
            Head head = heads.get(h++);
            Speakers.Speech speech = speakers.speech(found, reporting.get(), s, inSentence, expressions);
            speaking = speech.speakers();
            // A date inside the reported words ("سيجتمعون خلال الأسابيع المقبلة") is what was said, not when it was said.
            int contentAt = s.start() + speech.contentStart();
            wordsFrom = speech.contentStart() > 0 ? contentAt : wordsFrom;
            // Unless it is set off by commas where they begin ("أعلنت الوزارة، الإثنين، مقتل ...") or follows a comma
            // before any of the words ("أعلن السيسي، القائد العام، مساء أمس إنهاء ..."): then it says when, and alone.
            Optional<TemporalExpression> aside = speech.contentStart() > 0
                    ? expressions.stream().filter(e -> setOffAt(s, contentAt, e) || afterBreakBeforeWords(s, contentAt, e, found))
                            .findFirst()
                    : Optional.empty();
            head.expressions.removeIf(e -> e.start() >= contentAt && speech.contentStart() > 0 || aside.isPresent());
            aside.ifPresent(head.expressions::add);
            // And the other way round: a date before the reported words ("خلال مؤتمر صحفي، أمس، أن ...") is the speech's.
            for (Head other : heads.subList(1, heads.size())) {
                if (speech.contentStart() > 0 && other.start >= contentAt) {
                    other.expressions.stream().filter(e -> e.end() <= contentAt && e.start() >= head.start).forEach(head.expressions::add);
                    other.expressions.removeIf(e -> e.end() <= contentAt && e.start() >= head.start);
                }
            }
            if (content.isPresent() && content.get().start() - s.start() >= speech.contentStart()) {
                contentFrom = speech.contentStart();
                reported = statusCues.reportedAs(doc, reporting.get().start(), reporting.get().end());
            }
            if (!speaking.isEmpty()) {
                Candidate said = main(doc, reporting.get(), head, s, speaking, ActorRole.Role.SPEAKER, places, published,
                        speechAhead(doc, reporting.get()));
                saidItem = saidOfAThing(s, reporting.get(), speaking, inSentence) && said.expression() == null
                        ? said.withDate(null, DateBasis.BACKGROUND, said.status()) : said;
                out.add(saidItem);
            }
        }
        Candidate secondEvent = null;
        // Whoever is named in another clause ("..., فيما أعلنت واشنطن", "بعدما أكد رئيس البعثة") is no party to this event.
        Clauses.Span firstClause = content.map(c -> clauseOf(s, c)).orElse(new Clauses.Span(0, s.text().length()));
        List<String> firstActors = inSentence.actors(Math.max(contentFrom, firstClause.from()), firstClause.to());
        List<String> firstPlaces = inSentence.places(0, firstClause.to()); // "وفي برلين، قتل ... عندما اقتحمت": a place set first holds for all
        if (contentFrom > 0 && firstActors.isEmpty()) {
            firstActors = speaking; // "أعلن X التوصل إلى اتفاق": the speaker is the party
        } else if (contentFrom > 0 && content.isPresent() && speakers.speakerIsSubject(s.text(), contentFrom, content.get().start() - s.start())) {
            // "قال الجيش الإسرائيلي إنه قصف أهدافا": the pronoun of "إنه" is the speaker, who did what follows.
            List<String> withSpeaker = new ArrayList<>(speaking);
            firstActors.stream().filter(id -> !withSpeaker.contains(id)).forEach(withSpeaker::add);
            firstActors = List.copyOf(withSpeaker);
        }
        if (content.isPresent() && reporting.isPresent() && !speaking.isEmpty()) {
            firstActors = atSpeechOccasion(s, reporting.get(), content.get(), speaking, inSentence).orElse(firstActors);
        }
        if (content.isPresent() && second.isPresent()) {
            Head secondHead = heads.get(h + 1);
            int from = second.get().start() - s.start();
            int to = Math.min(clauseEnd(found, second.get(), s) - s.start(), clauseOf(s, second.get()).to());
            List<String> ownActors = inSentence.actors(from, to);
            List<String> ownPlaces = inSentence.places(from, to);
            int otherTo = Math.min(from, firstClause.to());
            List<String> otherActors = inSentence.actors(Math.max(contentFrom, firstClause.from()), otherTo);
            List<String> otherPlaces = inSentence.places(0, otherTo);
            boolean ownDate = secondHead.best().filter(e -> e.date().start() != null).isPresent(); // a calendar date, not "ست ساعات"
            if (ownDate && (!ownActors.isEmpty() || !ownPlaces.isEmpty())) {
                secondEvent = reportedAs(withRoles(main(doc, second.get(), secondHead, s, ownActors, ActorRole.Role.PARTICIPANT, ownPlaces,
                        published, triggers.futureMarkedNear(doc, secondHead.start, secondHead.end)), s, inSentence), reported);
                if (!otherActors.isEmpty() || !otherPlaces.isEmpty()) {
                    firstActors = otherActors;
                    firstPlaces = otherPlaces;
                }
            } else {
                // Not an event of its own ("الاتفاق على عقد الجولة المقبلة ... في تموز"): its dates are the first event's.
                heads.get(h).expressions.addAll(secondHead.expressions);
            }
        }
        if (content.isPresent()) {
            Head head = heads.get(h++);
            if ((!firstActors.isEmpty() || !firstPlaces.isEmpty()) && !namedByMention(s, content.get(), mentions)) {
                boolean ahead = content.get().type() == EventType.PROPOSAL ? proposalAhead : triggers.futureMarkedNear(doc, head.start, head.end);
                out.add(reportedAs(withRoles(main(doc, content.get(), head, s, firstActors, ActorRole.Role.PARTICIPANT, firstPlaces,
                        published, ahead), s, inSentence), reported));
            }
        }
        if (second.isPresent()) {
            h++;
            if (secondEvent != null && !namedByMention(s, second.get(), mentions)) {
                out.add(secondEvent);
            }
        }
        for (ReferenceMention m : mentions) {
            Head head = heads.get(h++);
            if (m.start() >= wordsFrom && head.best().filter(e -> e.date().start() != null).isEmpty()) {
                continue; // "قال ... إن الجيش الحر لم يعد ملتزما بخطة أنان": cited in what was said, not reported as news
            }
            if (tense.boundsSpan(doc, doc.foldedIndex(m.start()), doc.foldedIndex(m.end()))) {
                continue; // "في أول زيارة له منذ اندلاع الأزمة": the bound of a span, as a date there would be, not news
            }
            Clauses.Span clause = speakers.clauseAround(s.text(), m.start() - s.start(), m.end() - s.start());
            mention(doc, m, head, s, inSentence.actors(clause.from(), clause.to()), published,
                    triggers.futureMarkedNear(doc, head.start, head.end)).ifPresent(out::add);
        }
        // "أعلن الخطيب أمس استقالته", "أعلنت اللجنة تعيين ...": declaring the act is the act, one event, not two.
        if (saidItem != null && content.isPresent() && content.get().type() == EventType.OTHER
                && speakers.declares(s.text(), reporting.get(), content.get(), s.start())
                && out.stream().anyMatch(c -> c.type() == EventType.OTHER && c.date() != null)) {
            out.remove(saidItem);
        }
        reporting.flatMap(first -> statementBeside(doc, s, found, first, expressions, inSentence, places, published)).ifPresent(out::add);
        return out;
    }

    /**
     * A statement set beside the first in a clause of its own ("رحب ميقاتي بالاتفاق، فيما أعلن الجيش اللبناني في بيان
     * صباح اليوم أنه ..."): its own speaker, and the dates of its own clause.
     */
    private Optional<Candidate> statementBeside(Document doc, Sentence s, List<Trigger> found, Trigger first,
            List<TemporalExpression> expressions, Participants.Named named, List<String> places, LocalDate published) {
        for (Trigger t : found) {
            if (t.type() != EventType.STATEMENT || t.start() <= first.end()) {
                continue;
            }
            Clauses.Span clause = clauseOf(s, t);
            if (clause.from() <= first.end() - s.start()) {
                continue; // the same clause: reported inside the first statement, or one more verb of its speaker
            }
            Speakers.Speech speech = speakers.speech(found, t, s, named, expressions);
            if (speech.speakers().isEmpty()) {
                return Optional.empty();
            }
            Head head = new Head(t.start(), t.end(), s);
            int wordsAt = speech.contentStart() > t.end() - s.start() ? speech.contentStart() : clause.to();
            expressions.stream().filter(e -> e.start() - s.start() >= clause.from() && e.end() - s.start() <= wordsAt)
                    .forEach(head.expressions::add);
            return Optional.of(main(doc, t, head, s, speech.speakers(), ActorRole.Role.SPEAKER, places, published, speechAhead(doc, t)));
        }
        return Optional.empty();
    }

    /**
     * A proposal made is dated by when it was made: a date ahead of publication after its word is what it proposes
     * ("اقترحت موسكو عقد جولة في 15 آذار المقبل", "مبادرة تدعو إلى وقف لإطلاق النار اعتبارا من صباح غد"). With no
     * other date, it takes the date of the verb that told it ("أعلن السيسي، أمس السبت، ... مبادرة"). Not called
     * for a proposal itself ahead ("ستطرح فرنسا مبادرة").
     */
    private static void proposalDatedWhenMade(List<Head> heads, boolean told, Trigger proposal, LocalDate published) {
        Head head = heads.get(told ? 1 : 0);
        head.expressions.removeIf(e -> e.start() >= proposal.end() && published != null && e.date().start() != null
                && e.date().start().isAfter(published));
        if (head.expressions.isEmpty() && told) {
            head.expressions.addAll(heads.get(0).expressions);
        }
    }

    /**
     * Whether a reference mention of the same family of event stands in the trigger's clause: "بعد مقتل
     * البغدادي في غارة أمريكية" is one killing, which the mention names and dates; a second item from
     * the trigger would be the same event told twice (at most one event per predicate per clause).
     */
    private boolean namedByMention(Sentence s, Trigger t, List<ReferenceMention> mentions) {
        for (ReferenceMention m : mentions) {
            boolean sameFamily = knowledge.referenceEvent(m.eventId())
                    .filter(ref -> TypeFamilies.familyOf(t.type()).contains(ref.type())).isPresent();
            // "يشن هجوما ... ردا على الغارة": the mention after the action is its cause, another event.
            boolean causeAfter = m.start() >= t.end() && speakers.causeOrOccasionBetween(s.text(), t.end() - s.start(), m.start() - s.start());
            if (sameFamily && !causeAfter && !clauseBreakBetween(s, Math.min(t.end(), m.end()), Math.max(t.start(), m.start()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A mention introduced as what came before or caused the news ("يؤدي اليمين اليوم بعد عزل مرسي", "بعد أيام من
     * إسقاط الطائرة", "ردا على الغارة"): a date before it in the sentence is the news's, not its own.
     */
    private boolean antecedent(Sentence s, ReferenceMention m) {
        String text = s.text();
        int to = m.start() - s.start();
        int from = to; // back over at most ANTECEDENT_REACH_WORDS words of the mention's clause
        for (int words = 0; words < ANTECEDENT_REACH_WORDS; words++) {
            int at = from;
            while (at > 0 && Character.isWhitespace(text.charAt(at - 1))) {
                at--;
            }
            if (at == 0 || Document.isClauseBreak(text.charAt(at - 1))) {
                break;
            }
            while (at > 0 && !Character.isWhitespace(text.charAt(at - 1)) && !Document.isClauseBreak(text.charAt(at - 1))) {
                at--;
            }
            from = at;
        }
        return speakers.antecedentBetween(s.text(), from, to);
    }

    /**
     * The parties of an occasion in the frame of a speech ("قال هنت، بعد اجتماع طارئ ترأسه، إن"): the speaker, with
     * whoever the frame names; the parties of what was said are not at it. Empty when the trigger is no such occasion.
     */
    private Optional<List<String>> atSpeechOccasion(Sentence s, Trigger reporting, Trigger content, List<String> speaking,
            Participants.Named named) {
        if (content.start() <= reporting.end() || !speakers.atOccasion(s.text(), content.start() - s.start())) {
            return Optional.empty();
        }
        int frameEnd = speakers.reportedWordsStart(s.text());
        if (content.end() - s.start() > frameEnd) {
            return Optional.empty();
        }
        List<String> parties = new ArrayList<>(speaking);
        named.actors(reporting.end() - s.start(), frameEnd).stream().filter(id -> !parties.contains(id)).forEach(parties::add);
        return Optional.of(List.copyOf(parties));
    }

    /**
     * A verb of saying in a relative clause, its speaker named after it: "شحنات المازوت التي أعلن «حزب الله»
     * استقدامها" tells what the thing had been said to be, on a day not told; no later step may date it by
     * the publication. ("روسيا التي قالت إن" is Russia's statement: the speaker is the pronoun's antecedent.)
     */
    private boolean saidOfAThing(Sentence s, Trigger verb, List<String> speaking, Participants.Named named) {
        int after = verb.end() - s.start();
        return speakers.afterRelativePronoun(s.text(), verb.start() - s.start())
                && named.actors(after, after + SUBJECT_AFTER_VERB).stream().anyMatch(speaking::contains);
    }

    private Clauses.Span clauseOf(Sentence s, Trigger t) {
        return speakers.clauseAround(s.text(), t.start() - s.start(), t.end() - s.start());
    }

    /** A comma, semicolon or other clause break in [from, to) of the document's text, within the sentence. */
    private static boolean clauseBreakBetween(Sentence s, int from, int to) {
        return Document.hasClauseBreak(s.text(), from - s.start(), Math.min(to, s.end()) - s.start());
    }

    /** An action's agents and targets where its sentence shows them (roles.yaml); other events keep their roles. */
    private Candidate withRoles(Candidate c, Sentence s, Participants.Named named) {
        List<ActorRole> told = roles.of(c.type(), s.text(), c.actorIds(), named.actorsAt());
        return c.withRoles(told).withTitles(titles.arabic(c.type(), told, c.placeIds()), titles.englishOf(c.type(), told, c.placeIds()));
    }

    /**
     * What a claim or a denial reports ("وادعت القوات سيطرتها على", "نفى الجيش قصف") is CLAIMED or DENIED,
     * unless its own words already say it is ahead or called off; the statement itself did occur.
     */
    private static Candidate reportedAs(Candidate c, Optional<EventStatus> as) {
        return as.isPresent() && c.status() == EventStatus.OCCURRED ? c.withStatus(as.get()) : c;
    }

    /**
     * A second content trigger states an event of its own ("وجاءت القمة بعد مقتل 33 جنديا في غارة على بليون")
     * when it is of another type family than the first, comes after it, is not what a call discussed, and
     * is not the content of a proposal ("اقترحت شن ضربات"). It must have a date of its own (checked by the
     * caller): an undated second trigger is most often a circumstance ("في محادثات أستانة") or an object.
     * After news restated ("ويأتي القصف بعد يوم من غارات ..."), the next content trigger of any family is the
     * second event, for that is the event the sentence dates.
     */
    private static Optional<Trigger> second(List<Trigger> found, Trigger first, Optional<Trigger> reporting, boolean restated) {
        if (first.type() == EventType.PROPOSAL) {
            return Optional.empty();
        }
        return found.stream()
                .filter(t -> !t.isReporting() && t.start() >= first.end())
                .filter(t -> restated || !TypeFamilies.familyOf(t.type()).contains(first.type()))
                .filter(t -> !isSubstanceOfCall(reporting, t))
                .findFirst();
    }

    /**
     * Where the clause of a second trigger ends: at the next trigger of another family, else at the sentence's end.
     * Words of its own family go on telling it: "مذكرة التفاهم التي وقعها الرئيسان".
     */
    private static int clauseEnd(List<Trigger> found, Trigger t, Sentence s) {
        return found.stream().filter(o -> o.start() >= t.end() && !TypeFamilies.familyOf(o.type()).contains(t.type()))
                .mapToInt(Trigger::start).min().orElse(s.end());
    }

    private Candidate main(Document doc, Trigger trigger, Head head, Sentence s, List<String> actors, ActorRole.Role role,
            List<String> places, LocalDate published, boolean futureMarked) {
        // A span with no calendar day ("لمدة عام", "بعد ساعات من") is what was said, not when it was said; in a clause
        // about the future ("خلال الأسابيع المقبلة") it is the estimate, and a statement there stays undated.
        TemporalExpression expression = head.best()
                .filter(e -> !trigger.isReporting() || e.date().start() != null || futureMarked
                        || tense.futureMarked(ArabicNormalizer.normalize(e.text())))
                .orElse(null);
        DateInfo date = expression == null ? null : Estimates.dateOf(expression, published);
        if (date != null && trigger.isReporting() && !futureMarked && published != null && date.start() != null
                && date.start().isAfter(published)) {
            date = null; // "ودعت فعاليات إلى تظاهرات غدا الجمعة": a day ahead is what was called for, not when
        }
        if (date == null) {
            expression = null; // an estimate of unknown length ("بعد أسابيع") dates nothing
        }
        EventStatus status = Status.of(date, published, futureMarked && !trigger.isReporting());
        if (!trigger.isReporting() && statusCues.cancelled(doc, trigger.start(), trigger.end())) {
            status = EventStatus.CANCELLED; // "أرجأ ... الاجتماع", "الجولة التي كانت مقررة في ...": called off at the date given
        }
        // "وكان ... قد أعلن" without a date of its own is background: no later step may date it by the publication.
        DateBasis basis = expression != null ? DateBasis.TEXT
                : tense.pastPerfectBefore(doc, doc.foldedIndex(trigger.start())) ? DateBasis.BACKGROUND : DateBasis.NONE;
        List<ActorRole> named = ActorRole.named(actors, role);
        return new Candidate(trigger.type(), status, titles.arabic(trigger.type(), named, places), titles.englishOf(trigger.type(), named, places),
                actors, places, date, date, basis, expression, null,
                s.text(), s.start(), s.end(), named);
    }

    private Optional<Candidate> mention(Document doc, ReferenceMention m, Head head, Sentence s, List<String> named, LocalDate published,
            boolean futureMarked) {
        boolean cancelled = statusCues.cancelled(doc, m.start(), m.end());
        if (cancelled) {
            // "أرجأ هذه الجولة التي كانت مقررة في الثامن": what did not happen is dated by the text or not at all; the
            // reference event is what happened instead (or another round), so it neither dates nor names this one.
            TemporalExpression expression = head.best().filter(e -> e.date().start() != null).orElse(null);
            return knowledge.referenceEvent(m.eventId()).filter(ref -> expression != null).map(ref -> new Candidate(ref.type(),
                    EventStatus.CANCELLED, titles.arabic(ref.type(), ActorRole.named(named, ActorRole.Role.PARTICIPANT), List.of()),
                    titles.english(ref.type(), named, List.of()), named, List.of(),
                    expression.date(), expression.date(), DateBasis.TEXT, expression, null, s.text(), s.start(), s.end(),
                    ActorRole.named(named, ActorRole.Role.PARTICIPANT)));
        }
        TemporalExpression written = head.best().orElse(null);
        if ((written == null || written.date().start() == null) && (frame.presupposed(doc, m.start()) || frame.prospect(doc, m.start()))) {
            // "وسط تحذيرات من خرق اتفاق خفض التصعيد", "لجنة لدراسة إلغاء حالة الطوارئ": named in passing, undated; not reported.
            return Optional.empty();
        }
        return knowledge.referenceEvent(m.eventId()).filter(ref -> written == null || fits(written, ref))
                .filter(ref -> !(futureMarked && endedBefore(ref, published)))
                .map(ref -> {
            TemporalExpression expression = written;
            DateInfo refDate = ReferenceDates.of(ref.start(), ref.end());
            EventStatus status = Status.of(refDate, published, futureMarked);
            // The sentence's own names first: linking then tells the participants it names from those only the chronology knows.
            Candidate own = new Candidate(ref.type(), status, ref.name().ar(), ref.name().en(),
                    named, ref.places(), null, expression == null ? null : expression.date(),
                    expression == null ? DateBasis.NONE : DateBasis.TEXT, expression, null, s.text(), s.start(), s.end());
            return own.linkedTo(ref.id(), ref.type(), ref.name().ar(), ref.name().en(), refDate, ref.actors(), ref.places());
        });
    }

    /**
     * "ومن المنتظر أن تجري الأطراف مشاورات حول ... مراجعة اتفاق جوبا للسلام": a clause about the future names an
     * event already past as the object of what is ahead; it does not report it.
     */
    private static boolean endedBefore(ReferenceEvent ref, LocalDate published) {
        LocalDate end = ref.end() == null ? ref.start() : ref.end();
        return published != null && end != null && end.isBefore(published);
    }

    /**
     * Whether the date the sentence gives its mention of {@code ref} can be that event's: "دخل وقف إطلاق النار
     * في منطقة خفض التصعيد بإدلب ... أمس" is a new truce, not the memorandum that created the zone two years
     * before. A written date or time of day ("مساء أمس الثلاثاء"; not a duration) more than {@link #MENTION_SLACK_DAYS} from the event's days means
     * another event of the same words: no item rather than a wrong link.
     */
    private static boolean fits(TemporalExpression e, ReferenceEvent ref) {
        if (e.type() != TimexType.DATE && e.type() != TimexType.TIME || e.date().start() == null || e.date().end() == null || ref.start() == null) {
            return true;
        }
        LocalDate refEnd = ref.end() == null ? ref.start() : ref.end();
        return !e.date().end().isBefore(ref.start().minusDays(MENTION_SLACK_DAYS))
                && !e.date().start().isAfter(refEnd.plusDays(MENTION_SLACK_DAYS));
    }

    /**
     * One phrase may fit several reference events (two rounds of talks in one city): the sentence
     * speaks of the one nearest its article's date, so keep that one per span.
     */
    private static List<ReferenceMention> closestPerSpan(List<ReferenceMention> mentions, LocalDate published) {
        Map<List<Integer>, ReferenceMention> best = new LinkedHashMap<>();
        for (ReferenceMention m : mentions) {
            best.merge(List.of(m.start(), m.end()), m, (a, b) -> published == null || daysFrom(a, published) <= daysFrom(b, published) ? a : b);
        }
        // Two phrases naming the same reference event in one sentence are one mention of it, not two items.
        Map<String, ReferenceMention> perEvent = new LinkedHashMap<>();
        best.values().forEach(m -> perEvent.putIfAbsent(m.eventId(), m));
        return List.copyOf(perEvent.values());
    }

    private static long daysFrom(ReferenceMention m, LocalDate published) {
        if (!m.firstDay().isAfter(published) && !m.lastDay().isBefore(published)) {
            return 0;
        }
        return Math.min(Math.abs(ChronoUnit.DAYS.between(m.firstDay(), published)), Math.abs(ChronoUnit.DAYS.between(m.lastDay(), published)));
    }

    /** "ناقشا في اتصال هاتفي": what was discussed on a call is the call, not a second meeting. */
    private static boolean isSubstanceOfCall(Optional<Trigger> reporting, Trigger content) {
        return reporting.filter(r -> r.type() == EventType.PHONE_CALL).isPresent()
                && (content.type() == EventType.TALKS || content.type() == EventType.MEETING);
    }

    /** Multi-word settings (phone call, press conference) beat plain verbs; otherwise the first trigger, as Arabic news puts the verb first. */
    private static Optional<Trigger> pick(List<Trigger> found, boolean reporting) {
        List<Trigger> ofKind = found.stream().filter(t -> t.isReporting() == reporting).toList();
        Optional<Trigger> setting = ofKind.stream().filter(t -> t.type() != EventType.STATEMENT).findFirst();
        return reporting && setting.isPresent() ? setting : ofKind.stream().findFirst();
    }

    /** Whether the reporting verb itself is ahead ("سيلقي كلمة", "من المقرر أن يعلن"): not a marker in what is said. */
    private boolean speechAhead(Document doc, Trigger t) {
        return tense.futureMarked(doc, doc.foldedIndex(t.start()), doc.foldedIndex(t.end()), SPEECH_MARKER_REACH, 0, Tense.Scope.CLAUSE);
    }

    /**
     * Whether {@code e} follows a clause break in the reported words before they have begun (no complementizer,
     * quote or trigger yet): "أعلن الفريق أول السيسي، القائد العام للقوات المسلحة، مساء أمس الأربعاء إنهاء".
     */
    private boolean afterBreakBeforeWords(Sentence s, int contentAt, TemporalExpression e, List<Trigger> found) {
        String text = s.text();
        int start = e.start() - s.start();
        if (e.start() < contentAt || start > text.length() || found.stream().anyMatch(t -> t.start() >= contentAt && t.start() < e.start())
                || speakers.wordsBegun(text, contentAt - s.start(), start)) {
            return false;
        }
        int i = start;
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i > 0 && Document.isClauseBreak(text.charAt(i - 1));
    }

    /**
     * A since- or until-date ("منذ بدء الأزمة في حزيران 2017", "حتى صباح اليوم"). Counted offsets ("منذ يومين",
     * two days ago) do date their clause.
     */
    private boolean boundsSpan(Document doc, TemporalExpression e) {
        return !OFFSET_RULES.contains(e.rule()) && tense.boundsSpan(doc, doc.foldedIndex(e.start()), doc.foldedIndex(e.end()));
    }

    /** Whether {@code e} stands alone between clause breaks right at {@code at}: "، مساء أمس الأربعاء،". */
    private static boolean setOffAt(Sentence s, int at, TemporalExpression e) {
        String text = s.text();
        int from = at - s.start();
        int start = e.start() - s.start();
        int end = e.end() - s.start();
        if (start < from || end > text.length()) {
            return false;
        }
        for (int i = from; i < start; i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Document.isClauseBreak(c)) {
                return false;
            }
        }
        int after = end;
        while (after < text.length() && Character.isWhitespace(text.charAt(after))) {
            after++;
        }
        return start > from && after < text.length() && Document.isClauseBreak(text.charAt(after));
    }

    private static List<TemporalExpression> within(List<TemporalExpression> expressions, Sentence s) {
        return expressions.stream()
                .filter(e -> e.start() >= s.start() && e.end() <= s.end())
                .filter(e -> e.type() != TimexType.SET && e.date() != null)
                .toList();
    }

    /** A place in the sentence that dates may attach to: a trigger or a reference mention. */
    private static final class Head {
        final int start;
        final int end;
        final Sentence sentence;
        final List<TemporalExpression> expressions = new ArrayList<>();
        /** The news already told, restated against another event ("ويأتي الهجوم بعد ..."): no date of the sentence is its own. */
        boolean restated;
        /** A mention of what came before the news ("بعد عزل مرسي"): only a date after it can be its own. */
        boolean antecedent;

        Head(int start, int end, Sentence sentence) {
            this.start = start;
            this.end = end;
            this.sentence = sentence;
        }

        Head restated(boolean value) {
            restated = value;
            return this;
        }

        Head antecedent(boolean value) {
            antecedent = value;
            return this;
        }

        int distance(TemporalExpression e) {
            if (e.end() <= start) {
                return start - e.end();
            }
            return e.start() >= end ? e.start() - end : 0;
        }

        /** The distance, counting a clause break (comma, semicolon) between them as far: "في غارة ... مساء 27 شباط، وردت أنقرة بعملية". */
        int distance(TemporalExpression e, Sentence s) {
            boolean broken = Document.hasClauseBreak(s.text(), Math.min(e.end(), end) - s.start(), Math.max(e.start(), start) - s.start());
            return distance(e) + (broken ? 1000 : 0);
        }

        /**
         * The closest expression with a calendar interval, else the closest vague one; a clause break counts
         * as far here too: "المقررة في الثالث من حزيران المقبل، بعدما أعلنت المحكمة الأحد الماضي".
         */
        Optional<TemporalExpression> best() {
            Comparator<TemporalExpression> byDistance = Comparator.comparingInt(e -> distance(e, sentence));
            return expressions.stream().filter(e -> e.date().start() != null).min(byDistance)
                    .or(() -> expressions.stream().min(byDistance));
        }
    }
}
