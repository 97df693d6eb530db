package io.tarikh.extraction;

import io.tarikh.knowledge.EventType;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.tarikh.extraction.Participants.At;
import io.tarikh.temporal.TemporalExpression;
import io.tarikh.temporal.Tense;
import io.tarikh.text.ArabicNormalizer;
import io.tarikh.text.Clitics;
import io.tarikh.text.Document;
import io.tarikh.text.SentenceSplitter.Sentence;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who speaks in a reported statement: the subject of its reporting verb, named right after it ("قال
 * وزير الخارجية ...") or, failing that, before it ("المرصد ... قال"). What follows a complementizer
 * ("إن", "أن"), an opening quote or the next trigger is the content: the actors there are what was
 * said about, not who said it ({@code knowledge/speech.yaml}).
 */
final class Speakers {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}]+|[^\\s\\p{L}\\p{M}]");
    /** Words after a clause break that may still precede an apposition's name: "، غير بيدرسن". */
    private static final int APPOSITION_WORDS = 3;
    /**
     * How many words after the verb its subject may begin when nothing marks where the reported words start
     * (no complementizer, quote or break after a name): a title and a time may come first ("أعلنت وحدات حماية
     * الشعب", "أعلن رئيس الحكومة ... أمس"); a name further on is in the object ("أعلنت المحكمة ... قبول ثلاثة
     * طلبات، بينها طلب الرئيس بشار الأسد").
     */
    private static final int SUBJECT_WORDS = 8;

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern LAST_WORD = Pattern.compile("(\\p{L}+) +$");
    /** How many words a speaker's title may run to before the name: "منسق الاتصالات الاستراتيجية في مجلس الأمن القومي". */
    private static final int TITLE_WORDS = 8;
    /** Words set off by commas: "، مساء أمس الثلاثاء،". */
    private static final Pattern ASIDE = Pattern.compile("،[^،]*،");

    private final Set<String> complementizers;
    private final Set<String> quoteMarks;
    private final Set<String> occasionWords;
    private final Set<String> occasionMarkers;
    private final Set<String> occasionNouns;
    private final Set<String> sourceSubjects;
    private final Set<String> closingWords;
    private final Set<String> openingWords;
    private final Clauses clauses;
    private final Set<String> reactions;
    private final Set<String> documentNouns;
    private final Set<String> relativePronouns;
    private final Set<String> speakerTitles;
    private final Set<String> causeMarkers;
    private final Set<String> antecedentMarkers;
    /** Prepositions that open the frame of a speech (before whom), after which no speaker is named. */
    private final Set<String> frameWords;
    /** "لدى": the actor after it is where the speaker serves, not who speaks. */
    private final Set<String> hostWords;
    /** Prepositions in a speaker's title before where the post is: "المبعوث الأممي إلى سوريا". */
    private final Set<String> postPrepositions;
    /** Words of a joint setting between two speakers: "في مؤتمر صحافي مشترك مع". */
    private final Set<String> jointSettingWords;
    /** Verbs whose object, an act, is done by declaring it: "أعلن استقالته". */
    private final Set<String> declaringVerbs;
    /** The pronoun endings of a complementizer that can stand for a speaker: "إنه", "أنها", "بأنهم". */
    private final List<String> subjectPronouns;

    private Speakers(Lexicon lexicon) {
        this.closingWords = ArabicNormalizer.normalizeAll(lexicon.closingWords());
        this.openingWords = ArabicNormalizer.normalizeAll(lexicon.openingWords());
        this.sourceSubjects = ArabicNormalizer.normalizeAll(lexicon.sourceSubjects());
        this.complementizers = ArabicNormalizer.normalizeAll(Tense.shipped().complementizers()); // listed once, with tense's
        this.quoteMarks = Set.copyOf(lexicon.quoteMarks());
        this.occasionWords = ArabicNormalizer.normalizeAll(lexicon.occasionWords());
        this.occasionMarkers = ArabicNormalizer.normalizeAll(lexicon.occasionMarkers());
        this.occasionNouns = ArabicNormalizer.normalizeAll(lexicon.occasionNouns());
        this.clauses = new Clauses(lexicon.coordinators(), lexicon.subordinators());
        this.reactions = ArabicNormalizer.normalizeAll(lexicon.reactions());
        this.documentNouns = ArabicNormalizer.normalizeAll(lexicon.documentNouns());
        this.relativePronouns = ArabicNormalizer.normalizeAll(lexicon.relativePronouns());
        this.speakerTitles = ArabicNormalizer.normalizeAll(lexicon.speakerTitles());
        this.causeMarkers = ArabicNormalizer.normalizeAll(lexicon.causeMarkers());
        this.antecedentMarkers = ArabicNormalizer.normalizeAll(lexicon.antecedentMarkers());
        this.frameWords = ArabicNormalizer.normalizeAll(lexicon.frameWords());
        this.hostWords = ArabicNormalizer.normalizeAll(lexicon.hostWords());
        this.postPrepositions = ArabicNormalizer.normalizeAll(lexicon.postPrepositions());
        this.jointSettingWords = ArabicNormalizer.normalizeAll(lexicon.jointSettingWords());
        this.declaringVerbs = ArabicNormalizer.normalizeAll(lexicon.declaringVerbs());
        this.subjectPronouns = lexicon.subjectPronouns() == null ? List.of()
                : lexicon.subjectPronouns().stream().map(w -> ArabicNormalizer.normalize(w.strip())).toList();
    }

    record Lexicon(List<String> quoteMarks, List<String> occasionWords,
            List<String> occasionMarkers, List<String> occasionNouns, List<String> sourceSubjects, List<String> closingWords,
            List<String> openingWords, List<String> coordinators, List<String> subordinators, List<String> subjectPronouns,
            List<String> reactions, List<String> documentNouns, List<String> relativePronouns, List<String> speakerTitles,
            List<String> causeMarkers, List<String> frameWords, List<String> hostWords, List<String> postPrepositions,
            List<String> jointSettingWords, List<String> declaringVerbs, List<String> antecedentMarkers) {
    }

    /** Whether the reporting trigger is a document's noun that an agreement's verb before it in its clause signed ("وقع ... «بيان العلا»"). */
    boolean signedDocument(String sentence, Trigger reporting, Trigger agreement, int sentenceStart) {
        int from = agreement.end() - sentenceStart;
        int to = reporting.start() - sentenceStart;
        if (agreement.type() != EventType.AGREEMENT || from > to || to > sentence.length() || Document.hasClauseBreak(sentence, from, to)) {
            return false;
        }
        String word = ArabicNormalizer.normalize(sentence.substring(to, reporting.end() - sentenceStart));
        return documentNouns.contains(Clitics.withoutConjunction(word, 1));
    }

    /**
     * Whether a content trigger names what a reaction verb reacts to: the verb reports a reaction
     * ("رحب", "دانت") and the trigger's word carries the article ("بالاتفاق", "الهجوم"), in one clause.
     */
    boolean reactedTo(String sentence, int verbStart, int verbEnd, int triggerStart, int triggerEnd) {
        if (triggerStart < verbEnd || triggerEnd > sentence.length() || verbStart < 0) {
            return false;
        }
        String verb = Clitics.withoutConjunction(ArabicNormalizer.normalize(sentence.substring(verbStart, verbEnd)), 2);
        if (!reactions.contains(verb) || Document.hasClauseBreak(sentence, verbEnd, triggerStart)) {
            return false;
        }
        int wordStart = triggerStart;
        while (wordStart > 0 && Character.isLetter(sentence.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = ArabicNormalizer.normalize(sentence.substring(wordStart, triggerEnd));
        String bare = word.startsWith("ب") || word.startsWith("ل") ? word.substring(1) : word;
        return bare.startsWith("ال") || word.startsWith("لل");
    }

    /**
     * Whether the reporting verb declares the act that is its object: a declaring verb ("أعلن"), the act after it in its
     * clause with no complementizer or quote between ("أعلن رئيس الائتلاف، أمس الأحد، استقالته"), not "أعلن أن ...".
     */
    boolean declares(String sentence, Trigger verb, Trigger act, int sentenceStart) {
        int verbStart = verb.start() - sentenceStart;
        int verbEnd = verb.end() - sentenceStart;
        int actStart = act.start() - sentenceStart;
        if (actStart < verbEnd || act.end() - sentenceStart > sentence.length()) {
            return false;
        }
        String word = Clitics.withoutConjunction(ArabicNormalizer.normalize(sentence.substring(verbStart, verbEnd)), 2);
        return declaringVerbs.contains(word) && !wordsBegun(sentence, verbEnd, actStart)
                && clauses.around(sentence, actStart, act.end() - sentenceStart).from() <= verbStart;
    }

    /** Where in an occasion a sentence places what is said. */
    enum Occasion { NONE, WHOLE, OPENING, CLOSING }

    /** Whether a sentence places what is said at an occasion ("في مؤتمر صحفي عقب الجلسة الختامية"), and at which end of it. */
    Occasion occasion(String sentence) {
        List<String> words = words(sentence);
        boolean at = false;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            at |= occasionWords.contains(w) || occasionWords.contains(stripPreposition(w));
            at |= occasionMarkers.contains(w) && i + 1 < words.size()
                    && (occasionNouns.contains(words.get(i + 1)) || occasionNouns.contains(stripPreposition(words.get(i + 1))));
        }
        if (!at) {
            return Occasion.NONE;
        }
        if (words.stream().anyMatch(w -> closingWords.contains(w) || closingWords.contains(stripPreposition(w)))) {
            return Occasion.CLOSING;
        }
        return words.stream().anyMatch(w -> openingWords.contains(w) || openingWords.contains(stripPreposition(w)))
                ? Occasion.OPENING : Occasion.WHOLE;
    }

    /** Whether the word right before {@code verbStart}, spaces only between, is a relative pronoun: "التي أعلن حزب الله". */
    boolean afterRelativePronoun(String sentence, int verbStart) {
        Matcher last = LAST_WORD.matcher(sentence.substring(Math.max(0, verbStart - 12), verbStart));
        return last.find() && relativePronouns.contains(ArabicNormalizer.normalize(last.group(1)));
    }

    /**
     * Whether the word right before {@code triggerStart} is an occasion marker ("عقب اجتماع", "خلال زيارته",
     * "بعد اجتماع طارئ"): the trigger names the occasion a statement was made at.
     */
    boolean atOccasion(String sentence, int triggerStart) {
        Matcher m = WORD.matcher(ArabicNormalizer.normalize(sentence.substring(Math.max(0, triggerStart - 12), triggerStart)));
        String last = null;
        while (m.find()) {
            last = m.group();
        }
        return last != null && (occasionMarkers.contains(last) || occasionMarkers.contains(Clitics.withoutConjunction(last, 2)));
    }

    /**
     * Whether the sentence places its statement at an event it told before, by an occasion marker
     * carrying a pronoun: "عقد مجلس الأمن جلسة طارئة يوم الإثنين، طالبت خلالها المندوبة ...".
     */
    boolean atEventBefore(String sentence) {
        for (String w : words(sentence)) {
            for (String marker : occasionMarkers) {
                if (w.length() > marker.length() && w.startsWith(marker) && subjectPronouns.contains(w.substring(marker.length()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The sentence's normalised words, each without an attached conjunction: how occasion words are compared. */
    private static List<String> words(String sentence) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(ArabicNormalizer.normalize(sentence));
        while (m.find()) {
            words.add(Clitics.withoutConjunction(m.group(), 2));
        }
        return words;
    }

    /** "بختام", "لمستهل": a bi- or li- in front of the word. */
    private static String stripPreposition(String word) {
        return word.length() > 3 && Clitics.PREPOSITIONS.indexOf(word.charAt(0)) >= 0 ? word.substring(1) : word;
    }

    static Speakers shipped() {
        ObjectMapper yaml = JsonMapper.builder(new YAMLFactory())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        try (InputStream in = Speakers.class.getClassLoader().getResourceAsStream("knowledge/speech.yaml")) {
            if (in == null) {
                throw new IllegalStateException("missing knowledge/speech.yaml");
            }
            return new Speakers(yaml.readValue(in, Lexicon.class));
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable knowledge/speech.yaml", e);
        }
    }

    /**
     * The speakers of the reporting verb at [verbStart, verbEnd) of {@code sentence} and where its content
     * starts (the sentence's length when nothing follows); offsets relative to the sentence.
     *
     * @param nextTrigger where the next trigger after the verb starts, or the sentence's length
     */
    Speech of(String sentence, int verbStart, int verbEnd, int previousTriggerEnd, int nextTrigger, List<At> actors, List<At> places,
            List<int[]> times, java.util.Set<String> persons) {
        int content = contentStart(sentence, verbEnd, nextTrigger, actors);
        if (sourceSubject(sentence, verbEnd)) {
            return new Speech(List.of(), content);
        }
        // Nothing marks the reported words when their start fell back to the next trigger or the sentence's final stop.
        boolean unmarked = !WORD.matcher(sentence).region(content, Math.min(nextTrigger, sentence.length())).find();
        int subjectEnd = unmarked ? wordsAfter(sentence, verbEnd, SUBJECT_WORDS) : content;
        List<At> following = actors.stream()
                .filter(a -> a.start() >= verbEnd && a.start() < content && !addressee(sentence, a) && !hostOfPost(sentence, a)).toList();
        // Names joined to a subject in reach by "و" or listed with it are still the subject; the first must be in reach.
        List<String> after = following.isEmpty() || following.get(0).start() >= subjectEnd
                || !onlyTitleBefore(sentence, verbEnd, following.get(0).start(), times) ? List.of()
                : subjectRun(sentence, following, java.util.stream.Stream.concat(actors.stream(), places.stream()).toList(), persons);
        if (!after.isEmpty()) {
            return new Speech(after, content);
        }
        return new Speech(subjectBefore(sentence, Math.max(0, previousTriggerEnd), verbStart, actors), content);
    }

    /**
     * Whether a title stands between the verb and the first name after it, so that the name heads the verb's
     * subject: "أعلن وزير الخارجية الروسي سيرغي لافروف", "قال المبعوث الأممي إلى سوريا، غير بيدرسن". Not when the
     * subject opens with another word ("أعلنت اللجنة العليا للانتخابات ... فوز السيسي", "رحبت فصائل معارضة بخطوة
     * الجولاني": a body the knowledge base does not know spoke), nor when the name comes after the frame of the
     * speech or far on ("قال رئيس السلطة محمود عباس، في كلمته أمام الجمعية العامة": an unknown name, then the
     * audience; "أعلن وزير الداخلية اللواء محمد الشعار في مؤتمر صحفي عقده ... في دمشق"). An aside set off by
     * commas is skipped; a letter left of the name's word ("لـ«حزب الله»") is no word.
     */
    private boolean onlyTitleBefore(String sentence, int verbEnd, int nameStart, List<int[]> times) {
        // A time after words of a subject of its own closes that subject: "أعلن المستشار حازم بدوي، ...، ظهر أمس
        // الاثنين، فوز الرئيس عبد الفتاح السيسي": an unknown person spoke, the name after the time is in the object.
        boolean subjectOfItsOwn = false;
        List<int[]> asides = asides(sentence, verbEnd, nameStart);
        Matcher m = WORD.matcher(sentence).region(verbEnd, nameStart);
        int words = 0;
        while (m.find()) {
            int at = m.start();
            if (within(times, at)) {
                if (subjectOfItsOwn) {
                    return false;
                }
                continue;
            }
            String word = ArabicNormalizer.normalize(m.group());
            if (within(asides, at) || word.length() < 2 || words == 0 && framedBefore(word)) {
                continue; // "قالت خلالها المندوبة الأميركية": the occasion, then the subject
            }
            boolean title = titleWord(word) || titleWord(Clitics.withoutConjunction(word, 2));
            if (++words > TITLE_WORDS || occasionMarkers.contains(word) || frameWords.contains(word) || words == 1 && !title) {
                return false;
            }
            subjectOfItsOwn |= !title;
        }
        return true;
    }

    /** The words set off by commas in [{@code from}, {@code to}) of the sentence: "، رئيس الهيئة الوطنية للانتخابات،". */
    private static List<int[]> asides(String sentence, int from, int to) {
        List<int[]> spans = new ArrayList<>();
        Matcher aside = ASIDE.matcher(sentence).region(from, to);
        while (aside.find()) {
            spans.add(new int[] {aside.start(), aside.end()});
        }
        return spans;
    }

    private static boolean within(List<int[]> spans, int at) {
        return spans.stream().anyMatch(span -> span[0] <= at && at < span[1]);
    }

    /**
     * The subject's names: the first, and those joined to it by "و", a comma or title words ("وزير الخارجية
     * الروسي سيرغي لافروف", "الرئيسان الروسي والتركي"). A name past other words is in the object ("أدانت الحكومة
     * السورية بأشد العبارات إقدام الدفاعات الجوية التركية"); one right after a preposition of the post is where the
     * speaker serves ("المبعوث الأممي إلى سوريا").
     */
    private List<String> subjectRun(String sentence, List<At> following, List<At> all, java.util.Set<String> persons) {
        List<String> run = new ArrayList<>();
        run.add(following.get(0).id());
        int end = following.get(0).end();
        String previous = following.get(0).id(); // the last name taken into the subject
        for (At next : following.subList(1, following.size())) {
            if (next.start() < end) {
                run.add(next.id()); // overlapping readings of one name
                continue;
            }
            // The words between, without the names in them (a host after "لدى" is named, then passed over).
            List<String> gap = new ArrayList<>();
            String last = "";
            Matcher m = WORD.matcher(sentence).region(end, next.start());
            while (m.find()) {
                int from = m.start();
                int to = m.end();
                last = Clitics.withoutConjunction(ArabicNormalizer.normalize(m.group()), 2);
                if (all.stream().noneMatch(a -> a.start() < to && from < a.end())) { // "لجامعة الدول": a name behind a proclitic
                    gap.add(last);
                }
            }
            if (!gap.stream().allMatch(this::joinsSubject)
                    || persons.contains(previous) && persons.contains(next.id()) && !previous.equals(next.id())
                            && objectAfter(sentence, end, next.start(), next.end())) {
                break; // "اتهم الرئيس سعد الحريري الرئيس السوري بشار الأسد": one person, then another's title: the object
            }
            if (!postPrepositions.contains(last)) {
                run.add(next.id());
                previous = next.id();
            }
            end = next.end();
        }
        return run.stream().distinct().toList();
    }

    /**
     * Whether the words after a name, up to the end of the next one, open an object rather than join a second subject:
     * a title (written between or as the next name itself) with neither a comma nor a conjunction before it. "وزير" is a
     * title that begins with the letter و, not "و" and a word.
     */
    private boolean objectAfter(String sentence, int from, int nextStart, int nextEnd) {
        String between = sentence.substring(from, nextStart);
        if (between.indexOf('،') >= 0 || between.indexOf(',') >= 0) {
            return false;
        }
        Matcher m = WORD.matcher(sentence.substring(from, nextEnd));
        if (!m.find()) {
            return false;
        }
        String first = ArabicNormalizer.normalize(m.group());
        String bare = Clitics.withoutConjunction(first, 2);
        return titleWord(first) && !(bare.length() < first.length() && titleWord(bare));
    }

    /**
     * A word that may stand between two names of one subject: a title word, also with "لل" or a possessive ("للشؤون",
     * "خارجيتها"), a definite adjective ("المعارض"), a preposition of the post, a word of a joint setting.
     */
    private boolean joinsSubject(String word) {
        if (word.length() < 2 || postPrepositions.contains(word) || jointSettingWords.contains(word) || titleWord(word)) {
            return true;
        }
        if (frameWords.contains(word) || occasionMarkers.contains(word)) {
            return false;
        }
        String bare = word.startsWith("لل") ? word.substring(2) : word.startsWith("ل") ? word.substring(1) : word;
        String unpossessed = bare.replaceFirst("(ت)?(ها|هم|ه)$", "$1").replaceFirst("ت$", "ه");
        return word.startsWith("ال") || titleWord(bare) || titleWord(unpossessed) || speakerTitles.contains(unpossessed);
    }

    /** "خلالها", "بعده", "فيه": an occasion marker with the pronoun of an occasion already named. */
    private boolean framedBefore(String word) {
        String bare = word.replaceFirst("(ها|هم|ه)$", "");
        return !bare.equals(word) && (occasionMarkers.contains(bare) || bare.equals("في"));
    }

    /** A word of a title: listed (without the article), or an adjective with the article ("الروسي", "الخارجية"). */
    private boolean titleWord(String word) {
        String bare = word.startsWith("ال") && word.length() > 3 ? word.substring(2) : word;
        return speakerTitles.contains(bare) || word.startsWith("ال") && (bare.endsWith("ي") || bare.endsWith("يه"));
    }

    /**
     * Whether words between {@code from} and {@code to} of the sentence set what follows them before the news, as its
     * antecedent ("بعد", "إثر", "غداة") or its cause ("ردا على").
     */
    boolean antecedentBetween(String sentence, int from, int to) {
        return causeOrMarkerBetween(sentence, from, to, antecedentMarkers);
    }

    /**
     * Whether words between {@code from} and {@code to} of the sentence introduce another, earlier event as the
     * cause of what stands before them ("ردا على", "انتقاما لـ") or as its occasion ("بعد", "إثر").
     */
    boolean causeOrOccasionBetween(String sentence, int from, int to) {
        return causeOrMarkerBetween(sentence, from, to, occasionMarkers);
    }

    /** A cause marker, or one of {@code markers} (also after a conjunction), among the words of [{@code from}, {@code to}). */
    private boolean causeOrMarkerBetween(String sentence, int from, int to, Set<String> markers) {
        if (from < 0 || to > sentence.length() || from >= to) {
            return false;
        }
        Matcher m = WORD.matcher(ArabicNormalizer.normalize(sentence.substring(from, to)));
        while (m.find()) {
            String word = Clitics.withoutConjunction(m.group(), 2);
            if (causeMarkers.contains(m.group()) || markers.contains(m.group()) || markers.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** "لـ«الشرق الأوسط»", "لسانا", "للصحفيين": whom the words were told to, not who said them. */
    private static boolean addressee(String sentence, At a) {
        int i = a.start();
        while (i > 0 && !Character.isWhitespace(sentence.charAt(i - 1))) {
            i--;
        }
        String prefix = ArabicNormalizer.normalize(sentence.substring(i, a.start())).replaceAll("[^\\p{L}]", "");
        return prefix.startsWith("ل") || prefix.startsWith("ول") || prefix.startsWith("فل");
    }

    /** "المندوب الروسي الدائم لدى الأمم المتحدة": the actor right after "لدى" is where the speaker serves. */
    private boolean hostOfPost(String sentence, At a) {
        Matcher m = LAST_WORD.matcher(sentence.substring(Math.max(0, a.start() - 12), a.start()));
        return m.find() && hostWords.contains(ArabicNormalizer.normalize(m.group(1)));
    }

    /** Whether the word after the verb names a source ("مراسل", "مصادر"), not a speaking party. */
    private boolean sourceSubject(String sentence, int verbEnd) {
        Matcher m = WORD.matcher(ArabicNormalizer.normalize(sentence.substring(verbEnd)));
        return m.find() && sourceSubjects.contains(Clitics.withoutConjunction(m.group(), 2));
    }

    /**
     * The speech of a reporting trigger: its speakers and where its reported words start, relative to the
     * sentence. A call has two parties, not a speaker: all the sentence names. A press conference's
     * speaker is the subject of the verb of saying beside it ("وأكد الجعفري في مؤتمر صحفي"). Reported
     * speech inside the content speaks too: "أعلنت الخارجية أن موسكو وأنقرة أكدتا".
     */
    Speech speech(List<Trigger> found, Trigger reporting, Sentence s, Participants.Named named, List<TemporalExpression> expressions) {
        List<int[]> times = expressions.stream().filter(e -> e.start() >= s.start() && e.end() <= s.end())
                .map(e -> new int[] {e.start() - s.start(), e.end() - s.start()}).toList();
        if (reporting.type() == EventType.PHONE_CALL) {
            return new Speech(named.actors(), 0);
        }
        Trigger verb = reporting.type() == EventType.STATEMENT ? reporting
                : found.stream().filter(t -> t.type() == EventType.STATEMENT).findFirst().orElse(reporting);
        Speech speech = speechOf(found, verb, s, named, s.start(), times);
        List<String> all = new ArrayList<>(speech.speakers());
        for (Trigger inner : found) {
            if (inner.type() == EventType.STATEMENT && inner.start() - s.start() >= speech.contentStart()
                    && !coordinated(s.text(), inner.start() - s.start())
                    && clauses.around(s.text(), inner.start() - s.start(), inner.end() - s.start()).from() <= verb.end() - s.start()) {
                speechOf(found, inner, s, named, s.start() + speech.contentStart(), times).speakers().stream()
                        .filter(id -> !all.contains(id)).forEach(all::add);
            }
        }
        return new Speech(List.copyOf(all), speech.contentStart());
    }

    private Speech speechOf(List<Trigger> found, Trigger verb, Sentence s, Participants.Named named, int from, List<int[]> times) {
        int previousEnd = found.stream().filter(t -> t.end() <= verb.start()).mapToInt(Trigger::end).max().orElse(from);
        // A setting after the verb ("أوضح لافروف خلال مؤتمر صحفي، أمس، أن") is still the frame of the speech, not its content.
        int next = found.stream().filter(t -> t.start() >= verb.end() && !t.isReporting()).mapToInt(Trigger::start).min().orElse(s.end());
        // Nor does it run into the next clause: "أعلن الملك سلمان الحداد، فيما وصف ترامب الراحل" has one speaker.
        next = Math.min(next, s.start() + clauses.around(s.text(), verb.start() - s.start(), verb.end() - s.start()).to());
        return of(s.text(), verb.start() - s.start(), verb.end() - s.start(), Math.max(from, previousEnd) - s.start(),
                next - s.start(), named.actorsAt(), named.placesAt(), times, named.persons());
    }

    /**
     * Whether the reporting verb at {@code verbStart} of the sentence opens a statement of its own, set
     * beside the first rather than reported in it: "فيما قال بلينكن", "بينما أكدت موسكو".
     */
    boolean coordinated(String sentence, int verbStart) {
        return clauses.coordinated(sentence, verbStart);
    }

    /** The clause holding [start, end) of the sentence, between the words that open clauses. */
    Clauses.Span clauseAround(String sentence, int start, int end) {
        return clauses.around(sentence, start, end);
    }

    /**
     * Whether the reported words open with a complementizer carrying the pronoun of the speaker and,
     * right after it, the verb of the event at {@code triggerAt}: "قال الجيش إنه قصف", "أعلنت الوزارة
     * أنها استهدفت", or its own forces are: "أن قواتها شنت", "أن دفاعاته الجوية أسقطت". Any other word between
     * ("إنها المحادثات", "أنه لا", "أن الدولة قصفت") leaves the subject open.
     */
    boolean speakerIsSubject(String sentence, int contentStart, int triggerAt) {
        if (contentStart < 0 || triggerAt <= contentStart || triggerAt > sentence.length()) {
            return false;
        }
        // As written: a pronoun ending must not be read into a taa marbuta, which folding writes as "ه".
        Matcher m = WORD.matcher(sentence.substring(contentStart, triggerAt));
        List<String> words = new ArrayList<>();
        while (m.find()) {
            words.add(m.group());
        }
        if (!words.isEmpty() && Character.isLetter(sentence.charAt(triggerAt - 1))) {
            words.remove(words.size() - 1); // the trigger's own proclitic: "إنه وقصف"
        }
        if (words.isEmpty() || words.size() > 3) {
            return false;
        }
        String complementizer = Clitics.withoutConjunction(ArabicNormalizer.normalize(words.get(0)), 2);
        if (!complementizers.contains(complementizer)) {
            return false;
        }
        if (words.size() == 1) {
            return subjectPronouns.stream().anyMatch(complementizer::endsWith);
        }
        // "أعلنت القيادة أن قواتها شنت", "أن دفاعاته الجوية أسقطت": the speaker's own forces, an adjective allowed.
        String possessed = words.get(1);
        boolean owned = !possessed.startsWith("ال") && possessed.length() >= 5
                && subjectPronouns.stream().anyMatch(p -> possessed.endsWith(p) && !possessed.endsWith("ة"));
        return owned && (words.size() == 2 || words.get(2).startsWith("ال"));
    }

    /**
     * Where the reported words of a sentence start at the latest: its first complementizer ("إن", "أن")
     * or opening quote; the sentence's length when it has neither. What stands before is the frame of the
     * speech (who spoke, where, when).
     */
    int reportedWordsStart(String sentence) {
        Matcher m = TOKEN.matcher(sentence);
        while (m.find()) {
            String token = m.group();
            if (Character.isLetter(token.charAt(0))
                    ? complementizers.contains(Clitics.withoutConjunction(ArabicNormalizer.normalize(token), 2))
                    : quoteMarks.contains(token)) {
                return m.start();
            }
        }
        return sentence.length();
    }

    /**
     * Whether the reported words have begun by {@code to} of the sentence, counting from {@code from}: a
     * complementizer or an opening quote stands in between ("أعلن ...، مساء أمس، إنهاء ..." has not begun them).
     */
    boolean wordsBegun(String sentence, int from, int to) {
        Matcher m = TOKEN.matcher(sentence).region(Math.max(0, from), Math.min(to, sentence.length()));
        while (m.find()) {
            String token = m.group();
            if (Character.isLetter(token.charAt(0)) ? isComplementizer(token) : quoteMarks.contains(token)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word as written is a complementizer ("إن", "بأنه"), a conjunction in front allowed. */
    private boolean isComplementizer(String token) {
        return complementizers.contains(Clitics.withoutConjunction(ArabicNormalizer.normalize(token), 2));
    }

    /** The speakers, and the offset at which the content of what they said starts. */
    record Speech(List<String> speakers, int contentStart) {
    }

    /**
     * Where the reported words start: at a complementizer, or an opening quote once the speaker is named;
     * failing both, at the first clause break after the speaker that no apposition follows ("أعلنت
     * الوزارة، الإثنين، مقتل ..."); else at the next trigger.
     */
    private int contentStart(String sentence, int verbEnd, int nextTrigger, List<At> actors) {
        int limit = Math.min(nextTrigger, sentence.length());
        int clauseBreak = -1;
        Matcher m = TOKEN.matcher(sentence).region(verbEnd, limit);
        while (m.find()) {
            int at = m.start();
            boolean seenActor = actors.stream().anyMatch(a -> a.start() >= verbEnd && a.end() <= at);
            String token = m.group();
            if (Character.isLetter(token.charAt(0))) {
                if (isComplementizer(token) && actors.stream().noneMatch(a -> a.start() <= at && at < a.end())) {
                    return at;
                }
            } else if (seenActor && quoteMarks.contains(token) && !closesName(sentence, at, actors)) {
                return at;
            } else if (clauseBreak < 0 && seenActor && Document.isClauseBreak(token.charAt(0)) && !appositionAfter(sentence, m.end(), actors)) {
                clauseBreak = at;
            }
        }
        return clauseBreak >= 0 ? clauseBreak : limit;
    }

    /**
     * Whether the quote mark at {@code at} closes a quoted name ('اعتبر "حزب الله" في بيان'): a straight quote both
     * opens and closes, and the one right after a name is the name's, not the start of reported words.
     */
    private static boolean closesName(String sentence, int at, List<At> actors) {
        return actors.stream().anyMatch(a -> a.end() <= at && sentence.substring(a.end(), at).isBlank()
                && a.start() > 0 && sentence.substring(0, a.start()).stripTrailing().endsWith(sentence.substring(at, at + 1)));
    }

    /** Where the {@code words}-th word after {@code from} ends (the sentence's end when it has fewer). */
    private static int wordsAfter(String sentence, int from, int words) {
        Matcher m = WORD.matcher(sentence).region(from, sentence.length());
        int end = sentence.length();
        for (int i = 0; i < words; i++) {
            if (!m.find()) {
                return sentence.length();
            }
            end = m.end();
        }
        return end;
    }

    /** Whether a name follows within a few words of {@code from}: "قال المبعوث ...، غير بيدرسن، إن". */
    private static boolean appositionAfter(String sentence, int from, List<At> actors) {
        Matcher m = TOKEN.matcher(sentence).region(from, sentence.length());
        for (int words = 0; words < APPOSITION_WORDS && m.find(); words++) {
            int at = m.start();
            if (actors.stream().anyMatch(a -> a.start() <= at && at < a.end())) {
                return true;
            }
        }
        return false;
    }

    /** The first actor of the clause before the verb, and those joined to it by "و": "موسكو وأنقرة أكدتا". */
    private static List<String> subjectBefore(String sentence, int from, int verbStart, List<At> actors) {
        List<At> before = actors.stream().filter(a -> a.start() >= from && a.end() <= verbStart).toList();
        List<String> out = new ArrayList<>();
        At last = null;
        for (At a : before) {
            if (last != null) {
                String between = sentence.substring(Math.min(last.end(), a.start()), a.start()).strip();
                if (!between.isEmpty() && !between.equals("و")) {
                    break;
                }
            }
            out.add(a.id());
            last = a;
        }
        return out.stream().distinct().toList();
    }
}
