-- PostgreSQL only (quarkus.flyway.locations): full-text search over the search terms, with the
-- built-in arabic configuration (Snowball stemmer), stored so that a plan filtering rows in date
-- order need not compute it, and a GIN index for q (EventSql: search_vector @@ to_tsquery).
ALTER TABLE event ADD COLUMN IF NOT EXISTS search_vector tsvector
    GENERATED ALWAYS AS (to_tsvector('arabic', COALESCE(search_words, ''))) STORED;
CREATE INDEX IF NOT EXISTS ix_event_search ON event USING GIN (search_vector);
