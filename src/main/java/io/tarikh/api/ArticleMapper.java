package io.tarikh.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tarikh.store.ArticleEntity;
import io.tarikh.store.EventRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/** Entity to DTO: reads back the JSON columns the pipeline wrote, and the events the article is a source of. */
@ApplicationScoped
public class ArticleMapper {

    private final ObjectMapper json;
    private final EventRepository events;

    public ArticleMapper(ObjectMapper json, EventRepository events) {
        this.json = json;
        this.events = events;
    }

    public ArticleDto toDto(ArticleEntity a) {
        return toDto(a, events.idsForArticle(a.id));
    }

    /** A page of articles with their event ids read in one query. */
    public List<ArticleDto> toDtos(List<ArticleEntity> page) {
        Map<String, List<String>> eventIds = events.idsForArticles(page.stream().map(a -> a.id).toList());
        return page.stream().map(a -> toDto(a, eventIds.getOrDefault(a.id, List.of()))).toList();
    }

    /** A just-ingested article, whose event ids the pipeline already knows. */
    public ArticleDto toDto(io.tarikh.ingest.IngestResult result) {
        return result.eventIds() != null ? toDto(result.article(), result.eventIds()) : toDto(result.article());
    }

    private ArticleDto toDto(ArticleEntity a, List<String> eventIds) {
        PublicationDate published = new PublicationDate(a.publishedDate, a.publishedSource,
                a.publishedConfidence == null ? 0 : a.publishedConfidence,
                a.publishedEvidenceJson == null ? List.of() : read(a.publishedEvidenceJson, new TypeReference<List<String>>() { }));
        return new ArticleDto(a.id, a.title, a.url, a.language, published, a.cleanText,
                read(a.expressionsJson, new TypeReference<List<JsonNode>>() { }), eventIds, a.ingestedAt);
    }

    private <T> T read(String value, TypeReference<T> type) {
        try {
            return json.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is unreadable", e);
        }
    }
}
