package io.tarikh.knowledge;

import java.util.List;
import java.util.Map;

/**
 * Words that signal an event, per event type name, the markers that put an event in the future, and
 * the words that refer back to the two parties of an earlier sentence ("الوزيرين", "الجانبان").
 * Kept as plain strings here so that {@code knowledge} does not depend on {@code extraction}.
 */
public record TriggerLexicon(Map<String, List<String>> triggers, List<String> futureMarkers, List<String> pairWords) {

    public TriggerLexicon {
        triggers = Map.copyOf(triggers);
        futureMarkers = List.copyOf(futureMarkers);
        pairWords = pairWords == null ? List.of() : List.copyOf(pairWords);
    }
}
