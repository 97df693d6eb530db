package io.tarikh.extraction;

import io.tarikh.knowledge.Actor;
import io.tarikh.knowledge.KnowledgeBase;
import io.tarikh.knowledge.Match;
import io.tarikh.text.ArabicNormalizer;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who and where a sentence names. A country written as a location ("في سوريا", "بسوريا",
 * "إلى تركيا") is a place there, not a party: it stays among the places and leaves the actors,
 * so "Lavrov on the situation in Syria" is not an event with Syria as a participant.
 */
final class Participants {

    private static final Set<String> LOCATIVES = Set.of("في", "الى", "داخل", "عموم", "انحاء", "ارجاء", "اراضي");
    private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}+)[\\s\\p{P}]*$");

    private final KnowledgeBase knowledge;

    Participants(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    List<String> actors(String sentence) {
        return knowledge.findActors(sentence).stream()
                .filter(m -> !"COUNTRY".equals(m.item().kind()) || !asLocation(sentence, m))
                .map(m -> m.item().id()).distinct().toList();
    }

    List<String> places(String sentence) {
        return knowledge.findPlaces(sentence).stream().map(m -> m.item().id()).distinct().toList();
    }

    private static boolean asLocation(String sentence, Match<Actor> m) {
        int wordStart = m.start();
        while (wordStart > 0 && Character.isLetter(sentence.charAt(wordStart - 1))) {
            wordStart--;
        }
        if (wordStart < m.start() && sentence.charAt(m.start() - 1) == 'ب') {
            return true; // "بسوريا": the proclitic bi- is "in"
        }
        var before = WORD_BEFORE.matcher(sentence.substring(Math.max(0, wordStart - 20), wordStart));
        return before.find() && LOCATIVES.contains(ArabicNormalizer.normalize(before.group(1)));
    }
}
