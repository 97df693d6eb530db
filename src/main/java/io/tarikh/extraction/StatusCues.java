package io.tarikh.extraction;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.tarikh.text.ArabicNormalizer;
import io.tarikh.text.Clitics;
import io.tarikh.text.Document;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words that make an event CANCELLED, CLAIMED or DENIED rather than simply past or ahead
 * ({@code knowledge/status.yaml}): a cancellation word near the event's head, in its sentence; a
 * claim or denial verb reporting the words the event is told in.
 */
final class StatusCues {

    /** How far (folded characters) before an event's head a cancellation word still governs it: "أرجأ مكتب رئيس الوزراء ...، الخميس، اجتماع". */
    private static final int BEFORE = 70;
    /** And after it: "القمة الرباعية التي كان مقررا عقدها", "الجولة ... لن تعقد في موعدها". */
    private static final int AFTER = 90;

    record Lexicon(List<String> cancelled, List<String> cancelledUndoneBy, List<String> claimed, List<String> denied) {
    }

    private final Pattern cancelled;
    private final Set<String> undoneBy;
    private final Pattern claimed;
    private final Pattern denied;

    private StatusCues(Lexicon lexicon) {
        this.cancelled = pattern(lexicon.cancelled());
        this.undoneBy = lexicon.cancelledUndoneBy() == null ? Set.of()
                : lexicon.cancelledUndoneBy().stream().map(w -> ArabicNormalizer.normalize(w.strip())).collect(Collectors.toUnmodifiableSet());
        this.claimed = pattern(lexicon.claimed());
        this.denied = pattern(lexicon.denied());
    }

    /** Whole words, with a proclitic conjunction and preposition in front and a pronoun suffix after allowed. */
    private static Pattern pattern(List<String> words) {
        String alternatives = words.stream().map(w -> ArabicNormalizer.normalize(w.strip()))
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|"));
        return Pattern.compile("(?<![\\p{L}\\p{N}])[" + Clitics.CONJUNCTIONS + "]?[" + Clitics.PREPOSITIONS + "]?(?:" + alternatives
                + ")(?:ه|ها|هم|هما)?(?![\\p{L}\\p{N}])");
    }

    static StatusCues shipped() {
        ObjectMapper yaml = JsonMapper.builder(new YAMLFactory()).disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        try (InputStream in = StatusCues.class.getClassLoader().getResourceAsStream("knowledge/status.yaml")) {
            if (in == null) {
                throw new IllegalStateException("missing knowledge/status.yaml");
            }
            return new StatusCues(yaml.readValue(in, Lexicon.class));
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable knowledge/status.yaml", e);
        }
    }

    /**
     * Whether a cancellation word stands near the head at [start, end) of the document's text, in its
     * sentence, and is not a step already past ("بعد تأجيلها").
     */
    boolean cancelled(Document doc, int start, int end) {
        int foldedStart = doc.foldedIndex(start);
        int foldedEnd = doc.foldedIndex(end);
        int from = Math.max(doc.sentenceStart(foldedStart), foldedStart - BEFORE);
        int to = Math.min(doc.sentenceEnd(Math.max(foldedStart, foldedEnd - 1)), foldedEnd + AFTER);
        if (from >= to) {
            return false;
        }
        String folded = doc.folded();
        Matcher m = cancelled.matcher(folded).region(from, to).useTransparentBounds(true);
        while (m.find()) {
            if (!undoneBy.contains(wordBefore(folded, m.start(), from))) {
                return true;
            }
        }
        return false;
    }

    /** CLAIMED or DENIED when the reporting verb at [start, end) of the document's text is a claim or a denial. */
    Optional<EventStatus> reportedAs(Document doc, int start, int end) {
        String folded = doc.folded();
        int from = doc.foldedIndex(start);
        int to = doc.foldedIndex(end);
        while (from > 0 && Character.isLetter(folded.charAt(from - 1))) {
            from--;
        }
        while (to < folded.length() && Character.isLetter(folded.charAt(to))) {
            to++;
        }
        String verb = folded.substring(from, to); // the whole word: "ونفته", not the trigger's stem
        if (denied.matcher(verb).matches()) {
            return Optional.of(EventStatus.DENIED);
        }
        return claimed.matcher(verb).matches() ? Optional.of(EventStatus.CLAIMED) : Optional.empty();
    }

    private static String wordBefore(String text, int at, int from) {
        int i = at;
        while (i > from && !Character.isLetter(text.charAt(i - 1))) {
            i--;
        }
        int end = i;
        while (i > from && Character.isLetter(text.charAt(i - 1))) {
            i--;
        }
        return Clitics.withoutConjunction(text.substring(i, end), 2);
    }
}
