package io.tarikh.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tarikh.extraction.ActorRole;
import io.tarikh.extraction.DateBasis;
import io.tarikh.knowledge.KnowledgeBase;
import io.tarikh.knowledge.Place;
import io.tarikh.store.EventQueries.Known;
import io.tarikh.temporal.AnchorSource;
import io.tarikh.timeline.PlaceRole;
import io.tarikh.store.EventQueries.EventRead;
import io.tarikh.store.EventQueries.EventRow;
import io.tarikh.store.EventQueries.SourceRow;
import io.tarikh.temporal.DateInfo;
import io.tarikh.temporal.TemporalExpression;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Stored rows to DTOs: actor and place details come from the knowledge base, dates from the stored JSON. */
@ApplicationScoped
public class EventMapper {

    private final ObjectMapper json;
    private final KnowledgeBase knowledge;

    public EventMapper(ObjectMapper json, KnowledgeBase knowledge) {
        this.json = json;
        this.knowledge = knowledge;
    }

    public EventDto toDto(EventRead read) {
        EventRow e = read.event();
        List<EventDto.Source> sources = read.sources().stream().map(s -> source(s, e)).toList();
        DateInfo date = read(e.dateJson(), DateInfo.class);
        return new EventDto(e.id(), e.type(), e.status(), new LocalizedText(e.titleAr(), e.titleEn()),
                date,
                read.actorIds().stream().map(knowledge::actor).filter(Objects::nonNull)
                        .map(a -> {
                            List<Known> known = read.actorsKnown().getOrDefault(a.id(), List.of());
                            return new EventDto.ActorRef(a.id(), a.kind(), new LocalizedText(a.name().ar(), a.name().en()), basis(known),
                                    roles(known, ActorRole.Role.class), textSources(known));
                        })
                        .toList(),
                read.placeIds().stream().map(knowledge::place).filter(Objects::nonNull)
                        .map(p -> {
                            List<Known> known = read.placesKnown().getOrDefault(p.id(), List.of());
                            return new EventDto.PlaceRef(p.id(), new LocalizedText(p.name().ar(), p.name().en()), p.lat(), p.lon(), basis(known),
                                    roles(known, PlaceRole.class), knowledge.placesAround(p.id()).stream().map(Place::id).toList());
                        })
                        .toList(),
                e.sourceCount(),
                sources,
                sourcesUrl(e.id()),
                e.referenceEventId(),
                date == null || date.start() == null ? null : origin(e, read, sources));
    }

    /**
     * Where the event's date came from: the reference event it is, else the source that dated it
     * (its expression, the publication day, another sentence); and how many sources disagree.
     */
    private EventDto.DateOrigin origin(EventRow e, EventRead read, List<EventDto.Source> sources) {
        SourceRow dating = read.sources().stream().filter(s -> Objects.equals(s.id(), e.datingSourceId())).findFirst().orElse(null);
        boolean conflict = read.conflictingSources() > 0;
        if (e.referenceEventId() != null) {
            return new EventDto.DateOrigin(DateBasis.REFERENCE_EVENT, null, null, null, null, e.referenceEventId(), null, conflict,
                    read.conflictingSources());
        }
        if (dating == null) { // stored before dating sources were recorded
            return new EventDto.DateOrigin(DateBasis.NONE, null, null, null, null, null, null, conflict, read.conflictingSources());
        }
        return new EventDto.DateOrigin(dating.dateBasis(), dating.articleId(), dating.start(), dating.end(),
                read(dating.expressionJson(), TemporalExpression.class), null,
                dating.dateBasis() == DateBasis.PUBLICATION_DATE ? dating.reportedOn() : null, conflict, read.conflictingSources());
    }

    /** TEXT when any source names it, else KNOWLEDGE; null when no source recorded how (stored before V7). */
    private static ActorRole.Basis basis(List<Known> known) {
        if (known.isEmpty()) {
            return null;
        }
        return known.stream().anyMatch(k -> k.basis().equals(ActorRole.Basis.TEXT.name())) ? ActorRole.Basis.TEXT : ActorRole.Basis.KNOWLEDGE;
    }

    private static long textSources(List<Known> known) {
        return known.stream().filter(k -> k.basis().equals(ActorRole.Basis.TEXT.name())).mapToLong(Known::sources).sum();
    }

    /** The distinct roles the sources give, in the vocabulary's order; a stored role this build does not know is left out. */
    private static <R extends Enum<R>> List<R> roles(List<Known> known, Class<R> vocabulary) {
        java.util.Set<String> names = known.stream().map(Known::role).collect(java.util.stream.Collectors.toSet());
        return java.util.Arrays.stream(vocabulary.getEnumConstants()).filter(r -> names.contains(r.name())).toList();
    }

    /** The path of an event's sources: relative, so the body (and its ETag) does not depend on the Host a client used. */
    public static String sourcesUrl(String eventId) {
        return "/api/v1/events/" + java.net.URLEncoder.encode(eventId, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20") + "/sources";
    }

    public EventDto.Source source(SourceRow s, EventRow event) {
        List<EventDto.Role> roles = new ArrayList<>(2);
        if (Objects.equals(event.firstSourceId(), s.id())) {
            roles.add(EventDto.Role.EARLIEST);
        }
        if (Objects.equals(event.datingSourceId(), s.id())) {
            roles.add(EventDto.Role.DATING);
        }
        if (Objects.equals(event.lastSourceId(), s.id())) {
            roles.add(EventDto.Role.LATEST);
        }
        return new EventDto.Source(s.articleId(), s.quote(), s.start(), s.end(), s.dateBasis(), s.status(),
                read(s.dateJson(), DateInfo.class), read(s.expressionJson(), TemporalExpression.class), s.reportedOn(), roles,
                s.publishedOn(), s.publishedOn() == null ? null : s.publishedSource() == AnchorSource.INFERRED,
                s.actors().stream().flatMap(a -> known(ActorRole.Role.class, a.role())
                        .map(r -> new EventDto.SourceActor(a.id(), ActorRole.Basis.valueOf(a.basis()), r, a.start(), a.end()))).toList(),
                s.places().stream().flatMap(p -> known(PlaceRole.class, p.role())
                        .map(r -> new EventDto.SourcePlace(p.id(), ActorRole.Basis.valueOf(p.basis()), r, p.start(), p.end()))).toList());
    }

    private static <R extends Enum<R>> java.util.stream.Stream<R> known(Class<R> vocabulary, String name) {
        return java.util.Arrays.stream(vocabulary.getEnumConstants()).filter(r -> r.name().equals(name));
    }

    private <T> T read(String value, Class<T> type) {
        if (value == null) {
            return null;
        }
        try {
            return json.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is unreadable", e);
        }
    }
}
