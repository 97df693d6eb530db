package io.tarikh.extraction;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.tarikh.extraction.Participants.At;
import io.tarikh.text.ArabicNormalizer;
import io.tarikh.text.Clitics;
import io.tarikh.text.Document;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Countries named by their adjective where it qualifies a force, weapon, strike, delegation or mediation
 * ("طائرة مسيرة تركية", "بوساطة قطرية"), from {@code knowledge/nationalities.yaml}.
 */
final class Nationalities {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");
    /** How many words before an adjective its noun may stand: "طائرة مسيرة تركية". */
    private static final int REACH = 2;

    private final Map<String, String> countryOf = new HashMap<>();
    private final Set<String> nouns;

    record Lexicon(Map<String, List<String>> adjectives, List<String> qualifiedNouns) {
    }

    private Nationalities(Lexicon lexicon) {
        lexicon.adjectives().forEach((country, forms) -> forms.forEach(f -> countryOf.put(ArabicNormalizer.normalize(f.strip()), country)));
        this.nouns = lexicon.qualifiedNouns().stream().map(w -> ArabicNormalizer.normalize(w.strip())).collect(Collectors.toUnmodifiableSet());
    }

    static Nationalities shipped() {
        ObjectMapper yaml = JsonMapper.builder(new YAMLFactory()).disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        try (InputStream in = Nationalities.class.getClassLoader().getResourceAsStream("knowledge/nationalities.yaml")) {
            if (in == null) {
                throw new IllegalStateException("missing knowledge/nationalities.yaml");
            }
            return new Nationalities(yaml.readValue(in, Lexicon.class));
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable knowledge/nationalities.yaml", e);
        }
    }

    /** The country an adjective names ("الروسي", "التركية"), or null; the word as written, article and conjunction allowed. */
    String countryOf(String word) {
        String folded = ArabicNormalizer.normalize(word);
        String asWritten = countryOf.get(withoutArticle(folded));
        return asWritten != null ? asWritten : countryOf.get(withoutArticle(Clitics.withoutConjunction(folded, 2)));
    }

    private record Word(int start, int end, String bare) {
    }

    /** The countries the sentence names by a qualifying adjective, outside the names already found. */
    List<At> in(String sentence, List<At> named) {
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(sentence);
        while (m.find()) {
            String folded = ArabicNormalizer.normalize(m.group());
            // As written first: "فرنسية" begins with what looks like the conjunction fa-.
            String bare = withoutArticle(withoutPreposition(folded));
            if (!countryOf.containsKey(bare)) {
                bare = withoutArticle(withoutPreposition(Clitics.withoutConjunction(folded, 2)));
            }
            words.add(new Word(m.start(), m.end(), bare));
        }
        List<At> out = new ArrayList<>();
        boolean previousQualified = false;
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            String country = countryOf.get(w.bare());
            boolean inName = named.stream().anyMatch(a -> a.start() < w.end() && w.start() < a.end());
            boolean qualified = country != null && !inName && (qualifiesNoun(sentence, words, i)
                    || previousQualified && adjacent(sentence, words.get(i - 1), w));
            if (qualified) {
                out.add(new At(w.start(), w.end(), country));
            }
            previousQualified = qualified;
        }
        return out;
    }

    private boolean qualifiesNoun(String sentence, List<Word> words, int i) {
        for (int j = i - 1; j >= Math.max(0, i - REACH); j--) {
            if (!adjacent(sentence, words.get(j), words.get(j + 1))) {
                return false;
            }
            if (nouns.contains(words.get(j).bare())) {
                return true;
            }
        }
        return false;
    }

    /** Only spaces or hyphens between two words: no clause break. */
    private static boolean adjacent(String sentence, Word a, Word b) {
        String between = sentence.substring(a.end(), b.start());
        return between.chars().noneMatch(c -> Document.isClauseBreak((char) c) || Document.isWordChar((char) c));
    }

    private static String withoutArticle(String w) {
        return w.length() > 4 && w.startsWith("ال") ? w.substring(2) : w;
    }

    /** "بوساطة", "لقوات": a bi- or li- in front of a noun. */
    private String withoutPreposition(String w) {
        return w.length() > 3 && Clitics.PREPOSITIONS.indexOf(w.charAt(0)) >= 0 && !countryOf.containsKey(w) && !nouns.contains(w)
                ? w.substring(1) : w;
    }
}
