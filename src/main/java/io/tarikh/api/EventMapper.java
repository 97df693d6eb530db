package io.tarikh.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tarikh.knowledge.KnowledgeBase;
import io.tarikh.store.EventEntity;
import io.tarikh.store.EventSourceEntity;
import io.tarikh.temporal.DateInfo;
import io.tarikh.temporal.TemporalExpression;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Objects;

/** Entity to DTO: actor and place details come from the knowledge base, dates from the stored JSON. */
@ApplicationScoped
public class EventMapper {

    private final ObjectMapper json;
    private final KnowledgeBase knowledge;

    public EventMapper(ObjectMapper json, KnowledgeBase knowledge) {
        this.json = json;
        this.knowledge = knowledge;
    }

    public EventDto toDto(EventEntity e) {
        return new EventDto(e.id, e.type, e.status, new LocalizedText(e.titleAr, e.titleEn),
                read(e.dateJson, DateInfo.class),
                e.actorIds.stream().map(knowledge::actor).filter(Objects::nonNull)
                        .map(a -> new EventDto.ActorRef(a.id(), a.kind(), new LocalizedText(a.name().ar(), a.name().en())))
                        .toList(),
                e.placeIds.stream().map(knowledge::place).filter(Objects::nonNull)
                        .map(p -> new EventDto.PlaceRef(p.id(), new LocalizedText(p.name().ar(), p.name().en()), p.lat(), p.lon()))
                        .toList(),
                e.sources.stream().map(this::source).toList(),
                e.referenceEventId);
    }

    private EventDto.Source source(EventSourceEntity s) {
        return new EventDto.Source(s.articleId, s.quote, s.startOffset, s.endOffset, s.dateBasis, s.status,
                read(s.dateJson, DateInfo.class), read(s.expressionJson, TemporalExpression.class));
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
