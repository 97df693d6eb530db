package io.tarikh.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Conjunctions and prepositions Arabic writes attached to the next word ("ولافروف", "بالرقة",
 * "وسيعقد"). Matchers read a word with and without up to two of them; this is the one place
 * that says which letters they are.
 */
public final class Clitics {

    /** و ف: the conjunctions, the only clitics before a verb, a negator or a marker word ("ولم", "فسيعقد"). */
    public static final String CONJUNCTIONS = "وف";
    /** ب ل: the prepositions written attached ("بالمقرر", "للرقة"). */
    public static final String PREPOSITIONS = "بل";
    /** و ف ب ل ك: before names and nouns. */
    public static final String NOMINAL = "وفبلك";
    /** The same and the future prefix س, before verbs and trigger words. */
    public static final String VERBAL = "وفبلكس";
    public static final int MAX = 2;

    private Clitics() {
    }

    /** A reading of a word: what is left after {@code prefix} characters of clitics. */
    public record Reading(String rest, int prefix) {
    }

    /** The word itself, then without one and two leading clitics of {@code clitics}, while something is left. */
    public static List<Reading> readings(String word, String clitics) {
        int n = readingCount(word, clitics);
        List<Reading> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            out.add(new Reading(word.substring(k), k));
        }
        return out;
    }

    /**
     * How many readings {@link #readings} gives: reading {@code k} is the word from index {@code k}. For
     * scanners that read every word in place, without the substrings.
     */
    public static int readingCount(String word, String clitics) {
        int k = 0;
        while (k <= MAX && k < word.length() - 1 && (k == 0 || clitics.indexOf(word.charAt(k - 1)) >= 0)) {
            k++;
        }
        return k;
    }

    /** The word without a leading conjunction (و، ف) when at least {@code minRest} letters remain, else the word. */
    public static String withoutConjunction(String word, int minRest) {
        return word.length() > minRest && CONJUNCTIONS.indexOf(word.charAt(0)) >= 0 ? word.substring(1) : word;
    }

    /**
     * The readings of a word before a name or a noun: without up to two of {@link #NOMINAL}, and "لل"
     * read as "ل" + "ال" ("للرقة" is "ل" + "الرقة").
     */
    public static List<Reading> nominalReadings(String word) {
        List<Reading> out = new ArrayList<>(4);
        for (Reading r : readings(word, NOMINAL)) {
            out.add(r);
            if (readsArticle(word, r.prefix())) {
                out.add(new Reading("ال" + r.rest().substring(2), r.prefix()));
            }
        }
        return out;
    }

    /** The most readings {@link #nominalReadings} gives a word: each clitic count, each perhaps with "لل" read as "ال". */
    public static final int MAX_NOMINAL_READINGS = 2 * (MAX + 1);

    /**
     * Writes, for each of {@link #nominalReadings} in its order, the {@link String#hashCode} of its rest into
     * {@code hashes} and its code (see {@link #readingIs}) into {@code codes}, from {@code at}; returns how
     * many. Computed in place, so that a matcher tests the readings against the words it knows before (and
     * instead of) cutting them out of their word.
     */
    public static int nominalHashes(String word, int[] hashes, int[] codes, int at) {
        // String's hash is a sum of letter × 31^(letters after it): the word's own hash, less its first
        // letters' terms, is the hash of its rest, and a rest with "ال" for "لل" changes the first two terms.
        int length = word.length();
        int rest = word.hashCode();
        int count = 0;
        for (int k = 0, n = readingCount(word, NOMINAL); k < n; k++) {
            if (k > 0) {
                rest -= word.charAt(k - 1) * power31(length - k);
            }
            codes[at + count] = 2 * k;
            hashes[at + count++] = rest;
            if (readsArticle(word, k)) {
                codes[at + count] = 2 * k + 1;
                hashes[at + count++] = rest + ('ا' - word.charAt(k)) * power31(length - k - 1)
                        + ('ل' - word.charAt(k + 1)) * power31(length - k - 2);
            }
        }
        return count;
    }

    /** 31 to the power {@code e}, wrapping as String's hash does. */
    private static int power31(int e) {
        if (e < POWERS_OF_31.length) {
            return POWERS_OF_31[e];
        }
        int p = POWERS_OF_31[POWERS_OF_31.length - 1];
        for (int i = POWERS_OF_31.length - 1; i < e; i++) {
            p *= 31;
        }
        return p;
    }

    private static final int[] POWERS_OF_31 = new int[32];

    static {
        POWERS_OF_31[0] = 1;
        for (int i = 1; i < POWERS_OF_31.length; i++) {
            POWERS_OF_31[i] = POWERS_OF_31[i - 1] * 31;
        }
    }

    /** How many clitic letters the nominal reading with code {@code code} leaves out (its {@link Reading#prefix}). */
    public static int prefixOf(int code) {
        return code >> 1;
    }

    /**
     * Whether the nominal reading of {@code word} with code {@code code} ({@link #nominalHashes}: twice the
     * clitic letters left out, plus one where "لل" is read as "ال") is {@code rest}, compared in place.
     */
    public static boolean readingIs(String word, int code, String rest) {
        int k = prefixOf(code);
        if (rest.length() != word.length() - k) {
            return false;
        }
        return (code & 1) == 0 ? word.startsWith(rest, k) : rest.startsWith("ال") && word.regionMatches(k + 2, rest, 2, rest.length() - 2);
    }

    /** Whether the reading of {@code word} from index {@code k} also reads as "ل" + "ال" ("للرقة": "الرقة"). */
    public static boolean readsArticle(String word, int k) {
        return word.startsWith("لل", k) && word.length() - k > 3;
    }

    /** Whether {@code prefix} is nothing but up to two clitics of {@code clitics}. */
    public static boolean areClitics(String prefix, String clitics) {
        return prefix.length() <= MAX && prefix.chars().allMatch(c -> clitics.indexOf(c) >= 0);
    }
}
