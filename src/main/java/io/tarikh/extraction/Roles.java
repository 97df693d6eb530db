package io.tarikh.extraction;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.tarikh.extraction.Participants.At;
import io.tarikh.knowledge.EventType;
import io.tarikh.text.ArabicNormalizer;
import io.tarikh.text.Clitics;
import io.tarikh.text.Document;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * AGENT and TARGET of a military action where its clause shows them ({@code knowledge/roles.yaml}):
 * an actor right after a target marker is the one the action is done to, and then the clause's other
 * actors are its authors. Nothing else is guessed: without a target the actors stay participants.
 */
final class Roles {

    /** How many words before an actor a target marker still governs it. */
    private static final int REACH = 2;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");

    record Lexicon(List<String> targetMarkers) {
    }

    private final Set<String> targetMarkers;

    private Roles(Lexicon lexicon) {
        this.targetMarkers = lexicon.targetMarkers().stream().map(w -> ArabicNormalizer.normalize(w.strip()))
                .collect(Collectors.toUnmodifiableSet());
    }

    static Roles shipped() {
        ObjectMapper yaml = JsonMapper.builder(new YAMLFactory()).disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        try (InputStream in = Roles.class.getClassLoader().getResourceAsStream("knowledge/roles.yaml")) {
            if (in == null) {
                throw new IllegalStateException("missing knowledge/roles.yaml");
            }
            return new Roles(yaml.readValue(in, Lexicon.class));
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable knowledge/roles.yaml", e);
        }
    }

    /**
     * The roles of {@code ids} (the actors chosen for an event of {@code type}, in order), read from where
     * each stands in {@code sentence} ({@code named}: every name found there, offsets relative to it).
     */
    List<ActorRole> of(EventType type, String sentence, List<String> ids, List<At> named) {
        if (type != EventType.MILITARY_ACTION) {
            return ActorRole.named(ids, ActorRole.Role.PARTICIPANT);
        }
        Set<String> targets = new LinkedHashSet<>();
        for (At a : named) {
            if (ids.contains(a.id()) && afterTargetMarker(sentence, a.start())) {
                targets.add(a.id());
            }
        }
        List<ActorRole> out = new ArrayList<>();
        for (String id : ids) {
            ActorRole.Role role = targets.contains(id) ? ActorRole.Role.TARGET
                    : targets.isEmpty() ? ActorRole.Role.PARTICIPANT : ActorRole.Role.AGENT;
            out.add(new ActorRole(id, ActorRole.Basis.TEXT, role));
        }
        return out;
    }

    /** A target marker among the {@link #REACH} words before {@code at}, with no clause break between. */
    private boolean afterTargetMarker(String sentence, int at) {
        int from = at;
        while (from > 0 && Character.isLetter(sentence.charAt(from - 1))) {
            from--; // the actor's own word: "لحزب" carries its preposition
        }
        String before = sentence.substring(Math.max(0, from - 40), from);
        int lastBreak = -1;
        for (int i = 0; i < before.length(); i++) {
            if (Document.isClauseBreak(before.charAt(i))) {
                lastBreak = i;
            }
        }
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(before.substring(lastBreak + 1));
        while (m.find()) {
            words.add(m.group());
        }
        for (int i = words.size() - 1; i >= Math.max(0, words.size() - REACH); i--) {
            if (isMarker(ArabicNormalizer.normalize(words.get(i)))) {
                return true;
            }
        }
        return false;
    }

    private boolean isMarker(String word) {
        String w = Clitics.withoutConjunction(word, 2);
        if (targetMarkers.contains(w)) {
            return true;
        }
        if (w.length() > 3 && Clitics.PREPOSITIONS.indexOf(w.charAt(0)) >= 0) {
            w = w.substring(1);
        }
        if (w.startsWith("ال") && w.length() > 4) {
            w = w.substring(2);
        }
        return targetMarkers.contains(w);
    }
}
