package io.tarikh.extraction;

import io.tarikh.text.ArabicNormalizer;
import io.tarikh.text.Clitics;
import java.util.Collection;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where a sentence's clauses begin, by the words that open one ({@code knowledge/speech.yaml}):
 * coordinators set a second predicate beside the first ("فيما التقى الرئيسان", "بينما أكدت موسكو") and
 * subordinators open a circumstance with its own subject ("بعدما أكد رئيس البعثة أن"). Whoever is named
 * in another clause is no party to an event told in this one. Punctuation is {@code Document}'s concern.
 */
final class Clauses {

    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    /** [from, to) of a sentence, offsets relative to it. */
    record Span(int from, int to) {
    }

    private final Set<String> coordinators;
    private final Set<String> openers;

    Clauses(Collection<String> coordinators, Collection<String> subordinators) {
        this.coordinators = ArabicNormalizer.normalizeAll(coordinators);
        this.openers = Stream.concat(this.coordinators.stream(), ArabicNormalizer.normalizeAll(subordinators).stream())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Whether the word right before {@code verbStart} is a coordinator: "فيما قال بلينكن", "في حين أكدت". */
    boolean coordinated(String sentence, int verbStart) {
        Matcher m = WORD.matcher(ArabicNormalizer.normalize(sentence.substring(Math.max(0, verbStart - 12), verbStart)));
        String last = null;
        String beforeLast = null;
        while (m.find()) {
            beforeLast = last;
            last = m.group();
        }
        // The verb's own word may be cut at the window's start; the word right before it is what counts.
        return last != null && (is(coordinators, last) || beforeLast != null && is(coordinators, beforeLast, last));
    }

    /** The clause of {@code sentence} that holds [start, end): from the last opener before it to the next one after. */
    Span around(String sentence, int start, int end) {
        int from = 0;
        int to = sentence.length();
        Matcher m = WORD.matcher(sentence);
        String previous = null;
        int previousStart = -1;
        while (m.find()) {
            String word = ArabicNormalizer.normalize(m.group());
            int at = previous != null && is(openers, previous, word) ? previousStart : is(openers, word) ? m.start() : -1;
            if (at >= 0 && at >= end) {
                to = at;
                break;
            }
            if (at >= 0 && m.end() <= start) {
                from = at;
            }
            previous = word;
            previousStart = m.start();
        }
        return new Span(from, to);
    }

    /** "فيما" is read as written first: it begins with what looks like the conjunction fa-. */
    private static boolean is(Set<String> words, String word) {
        return words.contains(word) || words.contains(Clitics.withoutConjunction(word, 2));
    }

    private static boolean is(Set<String> words, String first, String second) {
        return words.contains(first + " " + second) || words.contains(Clitics.withoutConjunction(first, 2) + " " + second);
    }
}
