package io.tarikh.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the {@code q} filter matches. An event's titles and quotes become a set of terms: folded
 * words (ArabicNormalizer) and their readings without attached conjunctions, prepositions and the
 * article (وبالرقة → بالرقه, الرقه, رقه), so that "الرقة" finds "وبالرقة" on both databases
 * (PostgreSQL's arabic stemmer keeps most such prefixes: واستانا → واس). A query becomes words;
 * each must begin a term of the event. Function words are neither stored nor searched for.
 */
public final class SearchTerms {

    /** Shorter words are left out: one letter is a clitic or noise. */
    public static final int MIN_LENGTH = 2;
    /** Longer words are cut: a term is a key in an index, not a text. */
    public static final int MAX_LENGTH = 64;

    /** Folded function words: in nearly every quote, so they would find nearly every event. */
    private static final Set<String> STOP = Set.of(
            "في", "من", "الي", "علي", "عن", "مع", "ان", "لا", "ما", "لم", "لن", "قد", "او", "ثم", "كما", "بين", "بعد", "قبل",
            "حتي", "عند", "منذ", "اي", "كل", "غير", "هذا", "هذه", "ذلك", "تلك", "هو", "هي", "هم", "التي", "الذي", "الذين",
            "كان", "كانت", "قال", "خلال", "عليه", "فيه", "فيها", "منه", "لها", "له", "به", "بها", "اليوم");

    private SearchTerms() {
    }

    /** The distinct terms of a text, in order of first appearance. */
    public static Set<String> of(String text) {
        Set<String> out = new LinkedHashSet<>();
        if (text == null) {
            return out;
        }
        for (String word : words(text)) {
            List<Clitics.Reading> readings = Clitics.readings(word, Clitics.NOMINAL);
            if (readings.stream().anyMatch(r -> STOP.contains(r.rest()))) {
                continue; // وفي, وقال: a function word with a conjunction
            }
            add(out, word);
            for (Clitics.Reading r : readings) {
                if (r.prefix() > 0 && r.rest().length() >= 3) {
                    add(out, r.rest());
                }
                if (r.rest().startsWith("ال") && r.rest().length() >= 4) {
                    add(out, r.rest().substring(2));
                }
            }
        }
        return out;
    }

    /** The words of a query, folded and without function words; empty when nothing is left to search for. */
    public static List<String> queryWords(String q) {
        if (q == null) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (String word : words(q)) {
            if (word.length() >= MIN_LENGTH && Clitics.readings(word, Clitics.NOMINAL).stream().noneMatch(r -> STOP.contains(r.rest()))) {
                out.add(word);
            }
        }
        return List.copyOf(out);
    }

    /** Folded runs of letters and digits, each at most {@link #MAX_LENGTH} characters. */
    private static List<String> words(String text) {
        String folded = ArabicNormalizer.normalize(text);
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= folded.length(); i++) {
            boolean inWord = i < folded.length() && Document.isWordChar(folded.charAt(i));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                out.add(folded.substring(start, Math.min(i, start + MAX_LENGTH)));
                start = -1;
            }
        }
        return out;
    }

    private static void add(Set<String> out, String term) {
        if (term.length() >= MIN_LENGTH && !STOP.contains(term)) {
            out.add(term);
        }
    }

    /**
     * An event's search words ({@code " a b c "}: spaces around every term) with {@code terms}
     * added, within {@code maxChars}; and the terms that were new and fitted.
     */
    public static Merged merge(String existing, Set<String> terms, int maxChars) {
        String base = existing == null || existing.isEmpty() ? " " : existing;
        Set<String> known = new LinkedHashSet<>(List.of(base.strip().split(" ")));
        StringBuilder out = new StringBuilder(base);
        List<String> added = new ArrayList<>();
        for (String term : terms) {
            if (!known.contains(term) && out.length() + term.length() + 1 <= maxChars) {
                out.append(term).append(' ');
                known.add(term);
                added.add(term);
            }
        }
        return new Merged(out.toString(), added);
    }

    /** The search words after a merge, and the terms the merge added. */
    public record Merged(String words, List<String> added) {
    }
}
