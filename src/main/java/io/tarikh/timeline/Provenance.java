package io.tarikh.timeline;

import io.tarikh.extraction.ActorRole;
import io.tarikh.extraction.Candidate;
import io.tarikh.knowledge.KnowledgeBase;
import io.tarikh.knowledge.Match;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How each participant of one mention is known: named in its sentence (with the span of the name
 * in the article's cleaned text, when the name is written there rather than implied by an
 * adjective or a pronoun) or known from the reference chronology; and its role. Plain Java.
 */
public final class Provenance {

    /** An actor of a mention. {@code start}/{@code end} are null when the sentence does not write its name. */
    public record ActorPart(String id, ActorRole.Basis basis, ActorRole.Role role, Integer start, Integer end) {
    }

    /** A place of a mention. */
    public record PlacePart(String id, ActorRole.Basis basis, PlaceRole role, Integer start, Integer end) {
    }

    private final KnowledgeBase knowledge;

    public Provenance(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    /** The candidate's actors, in its order, with the roles extraction gave them. */
    public List<ActorPart> actors(Candidate c) {
        Map<String, Match<?>> named = firstMatches(knowledge.findActors(c.quote()));
        List<ActorPart> out = new ArrayList<>();
        for (ActorRole r : c.roles()) {
            Match<?> m = r.basis() == ActorRole.Basis.TEXT ? named.get(r.id()) : null;
            out.add(new ActorPart(r.id(), r.basis(), r.role(), m == null ? null : c.quoteStart() + m.start(),
                    m == null ? null : c.quoteStart() + m.end()));
        }
        return out;
    }

    /**
     * The candidate's places: TEXT when the sentence names them (or when no reference event could
     * have added them), KNOWLEDGE when only the linked reference event gives them.
     */
    public List<PlacePart> places(Candidate c) {
        Map<String, Match<?>> named = firstMatches(knowledge.findPlaces(c.quote()));
        PlaceRole role = PlaceRole.of(c.type());
        List<PlacePart> out = new ArrayList<>();
        for (String id : c.placeIds()) {
            Match<?> m = named.get(id);
            ActorRole.Basis basis = m == null && c.referenceEventId() != null ? ActorRole.Basis.KNOWLEDGE : ActorRole.Basis.TEXT;
            out.add(new PlacePart(id, basis, role, m == null ? null : c.quoteStart() + m.start(), m == null ? null : c.quoteStart() + m.end()));
        }
        return out;
    }

    private static <T extends io.tarikh.knowledge.Named> Map<String, Match<?>> firstMatches(List<Match<T>> matches) {
        Map<String, Match<?>> out = new HashMap<>();
        for (Match<T> m : matches) {
            out.putIfAbsent(m.item().id(), m);
        }
        return out;
    }
}
