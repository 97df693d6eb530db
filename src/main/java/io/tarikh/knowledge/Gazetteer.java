package io.tarikh.knowledge;

import io.tarikh.text.ArabicNormalizer;
import io.tarikh.knowledge.Words.Word;
import io.tarikh.text.ArabicNormalizer.NormalizedText;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Finds names in running Arabic text: longest match first, whole words only, on normalised text.
 * A name may carry the proclitics و ف ب ل ك in front ("ولافروف", "بالرقة") and "لل" stands for
 * "ل" + "ال" ("للرقة"). Matching is by words, so it costs one hash look-up per word and proclitic reading.
 */
final class Gazetteer<T> {

    private static final String PROCLITICS = "وفبلك";
    private static final int MAX_PROCLITICS = 2;

    private record Entry<T>(String[] words, T item) {
    }

    private final Map<String, List<Entry<T>>> byFirstWord = new HashMap<>();

    private Gazetteer() {
    }

    /** A gazetteer of {@code items}, each found by every form {@code forms} gives it that has an Arabic letter. */
    static <T> Gazetteer<T> of(Collection<T> items, Function<T, Stream<String>> forms) {
        Gazetteer<T> g = new Gazetteer<>();
        for (T item : items) {
            forms.apply(item).filter(f -> f != null && hasArabic(f)).map(Gazetteer::key).distinct()
                    .forEach(form -> g.add(form, item));
        }
        g.byFirstWord.values().forEach(list -> list.sort(Comparator.comparingInt((Entry<T> e) -> e.words().length).reversed()
                .thenComparing(Comparator.comparingInt((Entry<T> e) -> String.join(" ", e.words()).length()).reversed())));
        return g;
    }

    /** The folded, lower-cased words of a form joined by single spaces: how forms are compared. */
    static String key(String form) {
        return String.join(" ", words(ArabicNormalizer.normalize(form)).stream().map(Word::text).toList());
    }

    static boolean hasArabic(String s) {
        return s.chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC);
    }

    private void add(String key, T item) {
        String[] words = key.split(" ");
        if (words.length == 0 || words[0].isEmpty()) {
            return;
        }
        List<Entry<T>> entries = byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>());
        boolean known = entries.stream().anyMatch(e -> e.item().equals(item) && String.join(" ", e.words()).equals(key));
        if (!known) {
            entries.add(new Entry<>(words, item));
        }
    }

    /** Matches in text order; where names overlap the longest wins; several items sharing one form are all returned. */
    List<Match<T>> find(String text) {
        NormalizedText folded = ArabicNormalizer.normalizeWithOffsets(text);
        List<Word> words = words(folded.text());
        List<Match<T>> found = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            Hit<T> best = longestAt(words, i);
            if (best == null) {
                i++;
                continue;
            }
            int start = folded.originalStart(words.get(i).start() + best.prefix());
            int end = folded.originalEnd(words.get(i + best.length() - 1).end());
            best.items().forEach(item -> found.add(new Match<>(item, start, end)));
            i += best.length();
        }
        return found;
    }

    private record Hit<T>(int length, int prefix, Set<T> items) {
    }

    private Hit<T> longestAt(List<Word> words, int i) {
        Hit<T> best = null;
        for (Reading reading : readings(words.get(i).text())) {
            List<Entry<T>> entries = byFirstWord.get(reading.word());
            if (entries == null) {
                continue;
            }
            for (Entry<T> e : entries) {
                if (best != null && e.words().length < best.length()) {
                    break;
                }
                if (matchesFrom(words, i, e.words())) {
                    if (best == null || e.words().length > best.length()) {
                        best = new Hit<>(e.words().length, reading.prefix(), new LinkedHashSet<>());
                    }
                    best.items().add(e.item());
                }
            }
        }
        return best;
    }

    private static boolean matchesFrom(List<Word> words, int i, String[] form) {
        if (i + form.length > words.size()) {
            return false;
        }
        for (int k = 1; k < form.length; k++) {
            if (!words.get(i + k).text().equals(form[k])) {
                return false;
            }
        }
        return true;
    }

    /** A way to read a word: what is left after the proclitics, and how many characters they take. */
    private record Reading(String word, int prefix) {
    }

    private static List<Reading> readings(String word) {
        List<Reading> out = new ArrayList<>(4);
        for (int k = 0; k <= MAX_PROCLITICS && k < word.length() - 1; k++) {
            if (k > 0 && PROCLITICS.indexOf(word.charAt(k - 1)) < 0) {
                break;
            }
            String rest = word.substring(k);
            out.add(new Reading(rest, k));
            if (rest.startsWith("لل") && rest.length() > 3) {
                out.add(new Reading("ال" + rest.substring(2), k));
            }
        }
        return out;
    }

    private static List<Word> words(String folded) {
        return Words.of(folded);
    }
}
