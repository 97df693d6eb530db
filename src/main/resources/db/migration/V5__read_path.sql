-- The read path at newsroom scale (issue "[5/7] Reads at newsroom scale"). Portable SQL; every
-- statement may run twice (see V1): IF NOT EXISTS, and updates that only fill what is empty.
-- The search index itself is per database: db/h2/V5_1 and db/postgresql/V5_1 (quarkus.flyway.locations).

-- The day a source was reported: its article's publication date, or the day it was ingested when
-- the date is unknown. An event's sources are listed, and its earliest and latest chosen, in
-- (reported_on, id) order, which this index serves for GET /api/v1/events/{id}/sources.
ALTER TABLE event_source ADD COLUMN IF NOT EXISTS reported_on DATE;
UPDATE event_source SET reported_on = (SELECT COALESCE(a.published_date, CAST(a.ingested_at AS DATE))
    FROM article a WHERE a.id = event_source.article_id) WHERE reported_on IS NULL;
CREATE INDEX IF NOT EXISTS ix_event_source_reported ON event_source (event_id, reported_on, id);

-- What a page shows of an event's sources without reading them: how many, and which are the
-- earliest, the latest and the one its date came from. The write path keeps them
-- (EventRepository.sourcesAdded) as it adds sources.
ALTER TABLE event ADD COLUMN IF NOT EXISTS source_count INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE event ADD COLUMN IF NOT EXISTS first_source_id BIGINT;
ALTER TABLE event ADD COLUMN IF NOT EXISTS first_reported_on DATE;
ALTER TABLE event ADD COLUMN IF NOT EXISTS last_source_id BIGINT;
ALTER TABLE event ADD COLUMN IF NOT EXISTS last_reported_on DATE;
ALTER TABLE event ADD COLUMN IF NOT EXISTS dating_source_id BIGINT;
UPDATE event SET
    source_count = (SELECT COUNT(*) FROM event_source s WHERE s.event_id = event.id),
    first_source_id = (SELECT s.id FROM event_source s WHERE s.event_id = event.id
        ORDER BY s.reported_on, s.id FETCH FIRST 1 ROW ONLY),
    last_source_id = (SELECT s.id FROM event_source s WHERE s.event_id = event.id
        ORDER BY s.reported_on DESC, s.id DESC FETCH FIRST 1 ROW ONLY),
    -- Stores written before V5 do not say which source dated the event: the first one stored
    -- with a date, which is the one that created it unless it was created undated.
    dating_source_id = (SELECT MIN(s.id) FROM event_source s WHERE s.event_id = event.id AND s.date_json IS NOT NULL)
    WHERE first_source_id IS NULL;
UPDATE event SET
    first_reported_on = (SELECT s.reported_on FROM event_source s WHERE s.id = event.first_source_id),
    last_reported_on = (SELECT s.reported_on FROM event_source s WHERE s.id = event.last_source_id)
    WHERE first_reported_on IS NULL AND first_source_id IS NOT NULL;

-- The words q looks for: the search terms of the event's titles and quotes (text.SearchTerms),
-- " a b c ", kept by the write path; db.migration.V5_2__Search_terms computes them for rows stored
-- before V5, with the same code.
ALTER TABLE event ADD COLUMN IF NOT EXISTS search_words VARCHAR(20000);

-- Pages in date order: dated events by (date_start, id), either way, without sorting the table;
-- undated events after them, by id (the primary key).
CREATE INDEX IF NOT EXISTS ix_event_order ON event (date_start, id);
