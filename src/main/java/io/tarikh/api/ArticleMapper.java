package io.tarikh.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tarikh.store.ArticleCorrectionEntity;
import io.tarikh.store.ArticleCorrectionRepository;
import io.tarikh.store.ArticleEntity;
import io.tarikh.store.EventRepository;
import jakarta.enterprise.context.ApplicationScoped;
import io.tarikh.temporal.TemporalExpression;
import java.util.List;
import java.util.Map;

/** Entity to DTO: reads back the JSON columns the pipeline wrote, and the events the article is a source of. */
@ApplicationScoped
public class ArticleMapper {

    private final ObjectMapper json;
    private final EventRepository events;
    private final ArticleCorrectionRepository corrections;

    public ArticleMapper(ObjectMapper json, EventRepository events, ArticleCorrectionRepository corrections) {
        this.json = json;
        this.events = events;
        this.corrections = corrections;
    }

    public ArticleDto toDto(ArticleEntity a) {
        return toDto(a, events.idsForArticle(a.id));
    }

    /** A page of articles with their event ids and corrections read in one query each. */
    public List<ArticleDto> toDtos(List<ArticleEntity> page) {
        List<String> ids = page.stream().map(a -> a.id).toList();
        Map<String, List<String>> eventIds = events.idsForArticles(ids);
        Map<String, List<ArticleCorrectionEntity>> changes = corrections.forArticles(ids);
        return page.stream().map(a -> toDto(a, eventIds.getOrDefault(a.id, List.of()), changes.getOrDefault(a.id, List.of()))).toList();
    }

    /** A just-ingested article, whose event ids the pipeline already knows (and which has no corrections yet). */
    public ArticleDto toDto(io.tarikh.ingest.IngestResult result) {
        return result.eventIds() != null ? toDto(result.article(), result.eventIds(), List.of()) : toDto(result.article());
    }

    private ArticleDto toDto(ArticleEntity a, List<String> eventIds) {
        return toDto(a, eventIds, corrections.forArticles(List.of(a.id)).getOrDefault(a.id, List.of()));
    }

    private ArticleDto toDto(ArticleEntity a, List<String> eventIds, List<ArticleCorrectionEntity> changes) {
        PublicationDate published = new PublicationDate(a.publishedDate, a.publishedSource,
                a.publishedConfidence == null ? 0 : a.publishedConfidence,
                a.publishedEvidenceJson == null ? List.of() : read(a.publishedEvidenceJson, new TypeReference<List<String>>() { }));
        return new ArticleDto(a.id, a.title, a.url, a.language, published, a.cleanText,
                read(a.expressionsJson, new TypeReference<List<TemporalExpression>>() { }), eventIds, a.ingestedAt,
                changes.stream().map(c -> new Correction(c.field, c.oldValue, c.newValue, c.correctedAt)).toList(), a.analysisVersion);
    }

    private <T> T read(String value, TypeReference<T> type) {
        try {
            return json.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is unreadable", e);
        }
    }
}
