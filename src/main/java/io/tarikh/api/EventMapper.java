package io.tarikh.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tarikh.knowledge.KnowledgeBase;
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
        return new EventDto(e.id(), e.type(), e.status(), new LocalizedText(e.titleAr(), e.titleEn()),
                read(e.dateJson(), DateInfo.class),
                read.actorIds().stream().map(knowledge::actor).filter(Objects::nonNull)
                        .map(a -> new EventDto.ActorRef(a.id(), a.kind(), new LocalizedText(a.name().ar(), a.name().en())))
                        .toList(),
                read.placeIds().stream().map(knowledge::place).filter(Objects::nonNull)
                        .map(p -> new EventDto.PlaceRef(p.id(), new LocalizedText(p.name().ar(), p.name().en()), p.lat(), p.lon()))
                        .toList(),
                e.sourceCount(),
                read.sources().stream().map(s -> source(s, e)).toList(),
                sourcesUrl(e.id()),
                e.referenceEventId());
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
                read(s.dateJson(), DateInfo.class), read(s.expressionJson(), TemporalExpression.class), s.reportedOn(), roles);
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
