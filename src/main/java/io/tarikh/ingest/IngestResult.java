package io.tarikh.ingest;

import io.tarikh.store.ArticleEntity;
import java.util.List;

/**
 * The stored article and whether this call created it (false: the same content was already
 * there). {@code eventIds}: the events a new article is a source of, in date order; null when
 * the article was already stored (read them from the store).
 */
public record IngestResult(ArticleEntity article, boolean created, List<String> eventIds) {
}
