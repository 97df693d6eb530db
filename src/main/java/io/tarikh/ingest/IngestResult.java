package io.tarikh.ingest;

import io.tarikh.store.ArticleEntity;

/** The stored article and whether this call created it (false: the same content was already there). */
public record IngestResult(ArticleEntity article, boolean created) {
}
