package io.tarikh.extraction;

import io.tarikh.knowledge.Actor;
import io.tarikh.knowledge.ActorKind;
import io.tarikh.knowledge.KnowledgeBase;
import io.tarikh.knowledge.Match;
import io.tarikh.knowledge.Place;
import io.tarikh.text.ArabicNormalizer;
import io.tarikh.text.Clitics;
import io.tarikh.text.Document;
import io.tarikh.text.SentenceSplitter.Sentence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Who and where a sentence names. A country written as a location ("في سوريا", "بسوريا",
 * "إلى تركيا") is a place there, not a party: it stays among the places and leaves the actors,
 * so "Lavrov on the situation in Syria" is not an event with Syria as a participant. The other way
 * round, a capital used for its government ("وردت موسكو", "أنقرة أعلنت", "بقيادة واشنطن") is a
 * party, not the place. A person's name or title right after "مبعوث", "نائب", "المتحدث باسم" names
 * someone else: "مبعوث الرئيس الروسي" is not the Russian president.
 */
final class Participants {

    /**
     * Words before a country that make it a location ("المبعوث إلى سوريا", "السفير لدى تركيا") or the topic
     * ("محادثات بشأن سوريا", "اجتماع حول اليمن"), not a party; folded like the text they are compared with.
     */
    private static final Set<String> LOCATIVES = folded("في", "إلى", "لدى", "داخل", "عموم", "انحاء", "ارجاء", "اراضي",
            "بشأن", "حول", "حيال", "إزاء", "تجاه",
            "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "وسط"); // "في شمال غربي سوريا"
    /** Prepositions before a capital that keep it a place even next to a verb: "في موسكو أعلن". */
    private static final Set<String> PREPOSITIONS = folded("في", "إلى", "من", "عن", "على", "حتى", "نحو", "مع", "قرب", "بين");
    /** Words that, after a body's short alias, make it a nation's own: "مجلس الأمن القومي" is no UN council. */
    private static final Set<String> NATIONAL = folded("القومي", "الوطني");
    /** Particles that may stand between a capital and its verb. */
    private static final Set<String> PARTICLES = folded("قد", "لقد");
    /** Words between a title and the name it is the title of: "المبعوث الخاص للرئيس". */
    private static final Set<String> FILLERS = Set.of("الخاص", "الخاصه", "الشخصي", "الشخصيه", "الرئاسي");
    private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}+)[\\s\\p{P}]*$");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private static Set<String> folded(String... words) {
        return Arrays.stream(words).map(ArabicNormalizer::normalize).collect(Collectors.toUnmodifiableSet());
    }

    private final KnowledgeBase knowledge;
    private final Nationalities nationalities = Nationalities.shipped();
    private final Counterparts counterparts = Counterparts.shipped(nationalities);
    private final Set<String> governmentCues;
    private final List<List<String>> onBehalfOf;
    private final Set<String> eponymNouns;
    private final Set<String> honorifics;

    Participants(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
        this.governmentCues = knowledge.triggers().governmentCues().stream().map(w -> ArabicNormalizer.normalize(w.strip()))
                .collect(Collectors.toSet());
        this.onBehalfOf = knowledge.triggers().onBehalfOf().stream()
                .map(w -> List.of(ArabicNormalizer.normalize(w.strip()).split("\\s+"))).toList();
        this.eponymNouns = knowledge.triggers().eponymNouns().stream().map(w -> withoutProclitics(ArabicNormalizer.normalize(w.strip())))
                .collect(Collectors.toUnmodifiableSet());
        this.honorifics = knowledge.triggers().honorifics().stream().map(w -> ArabicNormalizer.normalize(w.strip()))
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Who and where one sentence names, found once and then read by range. {@code persons}: the ids of the actors named
     * that are people, for telling a speaker's title from the next person's.
     */
    record Named(List<At> actorsAt, List<At> placesAt, java.util.Set<String> persons) {

        List<String> actors() {
            return ids(actorsAt, 0, Integer.MAX_VALUE);
        }

        List<String> places() {
            return ids(placesAt, 0, Integer.MAX_VALUE);
        }

        /** The actors named in [from, to) of the sentence, in text order. */
        List<String> actors(int from, int to) {
            return ids(actorsAt, from, to);
        }

        /** The places named in [from, to) of the sentence, capitals used as governments aside. */
        List<String> places(int from, int to) {
            return ids(placesAt, from, to);
        }

        private static List<String> ids(List<At> named, int from, int to) {
            return named.stream().filter(a -> a.start() >= from && a.start() < to).map(At::id).distinct().toList();
        }
    }

    /** A name in the sentence: [start, end) relative to the sentence's original text. */
    record At(int start, int end, String id) {
    }

    /**
     * The participants of one sentence of {@code doc}: each gazetteer is searched once, and the words
     * around a name are read from the document's folded text (offsets relative to the sentence there).
     */
    Named in(Document doc, Sentence s) {
        return in(doc, s, null);
    }

    /** A quoted name: «...» of at most {@link #QUOTED_NAME_WORDS} words; longer quotes are someone's words. */
    private static final java.util.regex.Pattern QUOTED_NAME = java.util.regex.Pattern.compile("«([^«»]{1,60})»");
    private static final int QUOTED_NAME_WORDS = 4;

    /** The same, with "نظيره الروسي" resolved to the counterpart in office on {@code day} (none when the day is unknown). */
    Named in(Document doc, Sentence s, java.time.LocalDate day) {
        Folded f = new Folded(doc, s);
        List<int[]> quotedNames = quotedNames(s.text());
        List<Match<Place>> allPlaces = knowledge.findPlaces(doc, s).stream().filter(m -> !partOfQuotedName(m, s, quotedNames)).toList();
        List<Match<Place>> governments = governments(f, allPlaces);
        List<At> actors = new ArrayList<>();
        List<Match<Actor>> found = knowledge.findActors(doc, s);
        found.stream()
                .filter(m -> !titleOfTheNameAfter(f, m, found)) // "الرئيس السوري أحمد الشرع": al-Sharaa, not Assad
                .filter(m -> !insideLongerPlace(m, allPlaces)) // "قاعدة عين الأسد", "مطار باسل الأسد": a place, not Assad
                .filter(m -> !partOfQuotedName(m, s, quotedNames)) // "قوات «فجر ليبيا»": a group, not Libya
                .filter(m -> m.item().kind() != ActorKind.COUNTRY || !asLocation(f, m))
                .filter(m -> m.item().kind() == ActorKind.PERSON || m.item().kind() == ActorKind.COUNTRY || !namesAnotherBody(f, m))
                .filter(m -> m.item().kind() != ActorKind.PERSON || !onBehalfOfAnother(f, f.start(m)))
                .filter(m -> m.item().kind() != ActorKind.PERSON || !calledAfter(f, f.start(m))) // "مطار رفيق الحريري"
                .forEach(m -> actors.add(new At(m.start() - s.start(), m.end() - s.start(), m.item().id())));
        governments.forEach(m -> actors.add(new At(m.start() - s.start(), m.end() - s.start(), m.item().government())));
        actors.addAll(nationalities.in(s.text(), List.copyOf(actors)));
        List<At> persons = actors.stream().filter(a -> isPerson(a.id())).toList();
        counterparts.in(s.text(), persons, day).stream()
                .filter(c -> actors.stream().noneMatch(a -> a.id().equals(c.id()))) // "نظيره التركي رجب طيب أردوغان": named already
                .forEach(actors::add);
        actors.sort(Comparator.comparingInt(At::start));
        List<At> places = allPlaces.stream().filter(m -> !governments.contains(m)).map(m -> new At(m.start() - s.start(), m.end() - s.start(), m.item().id())).toList();
        java.util.Set<String> people = actors.stream().map(At::id).filter(this::isPerson) // counterparts included
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        return new Named(List.copyOf(actors), places, people);
    }

    private boolean isPerson(String id) {
        return knowledge.actor(id) != null && knowledge.actor(id).kind() == ActorKind.PERSON;
    }

    /** Short quoted names ("«فجر ليبيا»", "«غصن الزيتون»"): where their words stand in the sentence. */
    private static List<int[]> quotedNames(String sentence) {
        List<int[]> names = new ArrayList<>();
        java.util.regex.Matcher m = QUOTED_NAME.matcher(sentence);
        while (m.find()) {
            String inside = m.group(1).strip();
            if (!inside.isEmpty() && inside.split("\\s+").length <= QUOTED_NAME_WORDS) {
                int from = m.start(1) + m.group(1).indexOf(inside);
                names.add(new int[] {from, from + inside.length()});
            }
        }
        return names;
    }

    /** A match that is part of a quoted name without being all of it: the name is another thing's. */
    private static boolean partOfQuotedName(Match<?> m, Sentence s, List<int[]> names) {
        int start = m.start() - s.start();
        int end = m.end() - s.start();
        return names.stream().anyMatch(n -> n[0] <= start && end <= n[1] && end - start < n[1] - n[0]);
    }

    private static boolean insideLongerPlace(Match<Actor> actor, List<Match<Place>> places) {
        return places.stream().anyMatch(p -> p.start() <= actor.start() && actor.end() <= p.end()
                && p.end() - p.start() > actor.end() - actor.start());
    }

    /** A sentence's folded text, and where a match (original offsets) stands in it. */
    private record Folded(String text, Document doc, int base) {

        Folded(Document doc, Sentence s) {
            this(doc.folded(s), doc, doc.foldedIndex(s.start()));
        }

        int start(Match<?> m) {
            return doc.foldedIndex(m.start()) - base;
        }

        int end(Match<?> m) {
            return doc.foldedIndex(m.end()) - base;
        }
    }

    /**
     * The capitals the sentence uses for their governments: those next to a cue, and those joined by
     * "و" to one of them ("أن موسكو وأنقرة أكدتا").
     */
    private List<Match<Place>> governments(Folded f, List<Match<Place>> places) {
        List<Match<Place>> capitals = places.stream().filter(m -> m.item().government() != null).toList();
        boolean[] government = new boolean[capitals.size()];
        for (int i = 0; i < capitals.size(); i++) {
            government[i] = asGovernment(f, capitals.get(i));
        }
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i + 1 < capitals.size(); i++) {
                boolean joined = f.text().substring(f.end(capitals.get(i)), f.start(capitals.get(i + 1))).strip().equals("و");
                if (joined && (government[i] || government[i + 1])) {
                    government[i] = true;
                    government[i + 1] = true;
                }
            }
        }
        List<Match<Place>> out = new ArrayList<>();
        for (int i = 0; i < capitals.size(); i++) {
            if (government[i]) {
                out.add(capitals.get(i));
            }
        }
        return out;
    }

    private static boolean asLocation(Folded f, Match<Actor> m) {
        String sentence = f.text();
        int start = f.start(m);
        int wordStart = wordStart(sentence, start);
        if (wordStart < start && sentence.charAt(start - 1) == 'ب') {
            return true; // "بسوريا": the proclitic bi- is "in"
        }
        var before = WORD_BEFORE.matcher(sentence.substring(Math.max(0, wordStart - 20), wordStart));
        return before.find() && LOCATIVES.contains(before.group(1));
    }

    /**
     * A body's short alias followed by what it is for names another body: "الهيئة العليا للانتخابات" is not
     * "الهيئة العليا" of the negotiations, nor a nation's adjective after it ("مجلس الأمن الروسي"): the longer
     * names the gazetteer knows are matched whole first. The body's own name keeps it: "بعثة الأمم المتحدة للدعم".
     */
    private boolean namesAnotherBody(Folded f, Match<Actor> m) {
        String next = nextWordIfAdjacent(f.text(), f.end(m));
        String matched = f.text().substring(f.start(m), f.end(m));
        if (matched.equals(ArabicNormalizer.normalize(m.item().name().ar()))) {
            return false;
        }
        if (next.startsWith("ال") && next.length() > 3 && nationalities.countryOf(next) == null && !NATIONAL.contains(next)
                && !ownAdjective(m.item(), next)) {
            // "الهيئة العليا المستقلة للانتخابات": an adjective of the longer name, then what that body is for
            String after = nextWordIfAdjacent(f.text(), f.text().indexOf(next, f.end(m)) + next.length());
            if (after.length() > 3 && after.startsWith("لل")) {
                return true;
            }
        }
        // "مجلس الأمن الروسي" is Russia's council, not the UN's "مجلس الأمن"; "الهيئة العليا للانتخابات" another body.
        boolean qualified = nationalities.countryOf(next) != null || NATIONAL.contains(Clitics.withoutConjunction(next, 2));
        return next.length() > 3 && next.startsWith("لل") || qualified && !ownAdjective(m.item(), next);
    }

    /**
     * A person's title alias ("الرئيس السوري") right before another person's name: the title is that person's.
     * A person is named by a title and a name, never by two names in a row.
     */
    private static boolean titleOfTheNameAfter(Folded f, Match<Actor> m, List<Match<Actor>> found) {
        if (m.item().kind() != ActorKind.PERSON) {
            return false;
        }
        int end = f.end(m);
        // A match that writes the person's own name is a name, not a title: "اتهم سعد الحريري الرئيس السوري ..." is
        // Hariri accusing Assad.
        if (f.text().substring(f.start(m), end).contains(ArabicNormalizer.normalize(m.item().name().ar()))) {
            return false;
        }
        return found.stream().anyMatch(o -> o.item().kind() == ActorKind.PERSON && !o.item().id().equals(m.item().id())
                && o.start() >= m.end() && f.start(o) >= end && f.text().substring(end, f.start(o)).isBlank());
    }

    /** Whether the body's own names use the adjective: "الجيش العربي السوري" is Syrian whatever alias matched. */
    private static boolean ownAdjective(Actor actor, String adjective) {
        String bare = Clitics.withoutConjunction(adjective, 2);
        return Stream.concat(Stream.of(actor.name().ar()), actor.aliases().stream())
                .map(ArabicNormalizer::normalize).anyMatch(n -> Arrays.asList(n.split(" ")).contains(bare));
    }

    /** A capital with a cue verb right before or after it, spaces only between, and no proclitic or preposition of place. */
    private boolean asGovernment(Folded f, Match<Place> m) {
        if (m.item().government() == null) {
            return false;
        }
        String sentence = f.text();
        int wordStart = wordStart(sentence, f.start(m));
        String proclitic = sentence.substring(wordStart, f.start(m));
        if (proclitic.contains("ب") || proclitic.contains("ل") || proclitic.contains("ك")) {
            return false; // "بموسكو", "لموسكو": a place or an addressee
        }
        String before = lastWordIfAdjacent(sentence, wordStart);
        if (PREPOSITIONS.contains(before)) {
            return false;
        }
        if (isCue(before)) {
            return true;
        }
        String next = nextWordIfAdjacent(sentence, f.end(m));
        if (PARTICLES.contains(next)) {
            next = nextWordIfAdjacent(sentence, sentence.indexOf(next, f.end(m)) + next.length()); // "وكانت واشنطن قد علقت"
        }
        return isCue(next);
    }

    private boolean isCue(String word) {
        if (word.isEmpty()) {
            return false;
        }
        return governmentCues.contains(word)
                || governmentCues.contains(Clitics.withoutConjunction(word, 2));
    }

    /** "مبعوث الرئيس الروسي", "نائب وزير الخارجية", "المتحدث باسم الرئيس", "المبعوث الخاص للرئيس". */
    private boolean onBehalfOfAnother(Folded f, int matchStart) {
        String sentence = f.text();
        int wordStart = wordStart(sentence, matchStart);
        List<String> words = new ArrayList<>();
        var w = WORD.matcher(sentence.substring(Math.max(0, wordStart - 60), wordStart));
        while (w.find()) {
            words.add(w.group());
        }
        if (!sentence.substring(Math.max(0, wordStart - 60), wordStart).matches("(?s).*\\p{L}\\s*$")) {
            return false; // punctuation right before the name: "، الرئيس"
        }
        while (!words.isEmpty() && FILLERS.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        for (List<String> title : onBehalfOf) {
            int n = title.size();
            if (words.size() < n) {
                continue;
            }
            List<String> tail = words.subList(words.size() - n, words.size());
            if (tail.subList(1, n).equals(title.subList(1, n)) && withoutProclitics(tail.get(0)).equals(withoutProclitics(title.get(0)))) {
                return true;
            }
        }
        return false;
    }

    /** A person's name right after an eponym noun, an honorific maybe between: a place or body called after them. */
    private boolean calledAfter(Folded f, int matchStart) {
        String sentence = f.text();
        int wordStart = wordStart(sentence, matchStart);
        String before = sentence.substring(Math.max(0, wordStart - 40), wordStart);
        if (!before.matches("(?s).*\\p{L}\\s*$")) {
            return false; // punctuation right before the name
        }
        List<String> words = new ArrayList<>();
        var w = WORD.matcher(before);
        while (w.find()) {
            words.add(w.group());
        }
        if (!words.isEmpty() && honorifics.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        return !words.isEmpty() && eponymNouns.contains(withoutProclitics(words.get(words.size() - 1)));
    }

    private static String withoutProclitics(String word) {
        String w = word;
        w = Clitics.withoutConjunction(w, 3);
        if (w.length() > 4 && w.startsWith("ال")) {
            w = w.substring(2);
        }
        return w;
    }

    private static int wordStart(String sentence, int at) {
        int wordStart = at;
        while (wordStart > 0 && Character.isLetter(sentence.charAt(wordStart - 1))) {
            wordStart--;
        }
        return wordStart;
    }

    /** The word ending right before {@code at}, with only spaces between; empty otherwise. */
    private static String lastWordIfAdjacent(String sentence, int at) {
        return Document.wordBefore(sentence, at);
    }

    /** The word starting right after {@code at}, with only spaces between; empty otherwise. */
    private static String nextWordIfAdjacent(String sentence, int at) {
        int i = at;
        if (i < sentence.length() && Character.isLetter(sentence.charAt(i))) {
            return ""; // the capital runs on: a suffix, not a separate word
        }
        while (i < sentence.length() && sentence.charAt(i) == ' ') {
            i++;
        }
        int start = i;
        while (i < sentence.length() && Character.isLetter(sentence.charAt(i))) {
            i++;
        }
        return sentence.substring(start, i);
    }
}
