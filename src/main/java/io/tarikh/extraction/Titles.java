package io.tarikh.extraction;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.tarikh.knowledge.Actor;
import io.tarikh.knowledge.EventType;
import io.tarikh.knowledge.KnowledgeBase;
import io.tarikh.knowledge.Place;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Event titles in Arabic and English, both built from the event's frame: its type, its parties (the
 * authors of an action set against its targets when the clause shows them), and its place
 * ({@code knowledge/titles.yaml}). A sentence opening is never a title: the sentence is the quote.
 */
final class Titles {

    private static final int MAX_ACTORS = 3;

    record Words(String ar, String en) {
    }

    record Lexicon(Map<EventType, String> labels, Words against) {
    }

    private final KnowledgeBase knowledge;
    private final Lexicon lexicon;

    Titles(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
        ObjectMapper yaml = JsonMapper.builder(new YAMLFactory()).disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        try (InputStream in = Titles.class.getClassLoader().getResourceAsStream("knowledge/titles.yaml")) {
            if (in == null) {
                throw new IllegalStateException("missing knowledge/titles.yaml");
            }
            this.lexicon = yaml.readValue(in, Lexicon.class);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable knowledge/titles.yaml", e);
        }
        for (EventType type : EventType.values()) {
            if (lexicon.labels() == null || lexicon.labels().get(type) == null) {
                throw new IllegalStateException("knowledge/titles.yaml: no Arabic label for " + type);
            }
        }
    }

    String arabic(EventType type, List<ActorRole> roles, List<String> placeIds) {
        return title(lexicon.labels().get(type), roles, placeIds, a -> a.name().ar(), p -> p.name().ar(), lexicon.against().ar(), "، ");
    }

    String englishOf(EventType type, List<ActorRole> roles, List<String> placeIds) {
        return title(type.label(), roles, placeIds, a -> a.name().en(), p -> p.name().en(), lexicon.against().en(), ", ");
    }

    /** The English title of actors whose roles are not told apart. */
    String english(EventType type, List<String> actorIds, List<String> placeIds) {
        return englishOf(type, ActorRole.named(actorIds, ActorRole.Role.PARTICIPANT), placeIds);
    }

    /** "Label: A – B against C, Place"; the parts the frame lacks are left out. */
    private String title(String label, List<ActorRole> roles, List<String> placeIds, Function<Actor, String> actorName,
            Function<Place, String> placeName, String against, String comma) {
        String parties = names(roles.stream().filter(r -> r.role() != ActorRole.Role.TARGET).toList(), actorName);
        String targets = names(roles.stream().filter(r -> r.role() == ActorRole.Role.TARGET).toList(), actorName);
        String place = placeIds.stream().map(knowledge::place).filter(Objects::nonNull).map(placeName).findFirst().orElse(null);
        StringBuilder title = new StringBuilder(label);
        String who = targets.isEmpty() ? parties : (parties.isEmpty() ? against + " " + targets : parties + " " + against + " " + targets);
        if (!who.isEmpty()) {
            title.append(": ").append(who);
        }
        if (place != null) {
            title.append(who.isEmpty() ? ": " : comma).append(place);
        }
        return title.toString();
    }

    private String names(List<ActorRole> roles, Function<Actor, String> actorName) {
        return roles.stream().map(r -> knowledge.actor(r.id())).filter(Objects::nonNull).limit(MAX_ACTORS).map(actorName)
                .collect(Collectors.joining(" – "));
    }
}
