package io.tarikh.knowledge;

import java.util.List;
import java.util.Map;

/**
 * Words that signal an event, per event type name, and the markers that put an event in the future.
 * Kept as plain strings here so that {@code knowledge} does not depend on {@code extraction}.
 */
public record TriggerLexicon(Map<String, List<String>> triggers, List<String> futureMarkers) {

    public TriggerLexicon {
        triggers = Map.copyOf(triggers);
        futureMarkers = List.copyOf(futureMarkers);
    }
}
