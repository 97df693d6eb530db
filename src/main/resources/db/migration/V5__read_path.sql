-- The read path at newsroom scale (issue "[5/7] Reads at newsroom scale"). Portable SQL; every
-- statement may run twice (see V1): IF NOT EXISTS. The search index itself is per database
-- (db/h2/V5_1, db/postgresql/V5_1: quarkus.flyway.locations); rows stored before V5 get their
-- values from db.migration.V5_2__Read_path_backfill, with the write path's code.

-- The day a source was reported: its article's publication date, or the day it was ingested when
-- the date is unknown. An event's sources are listed, and its earliest and latest chosen, in
-- (reported_on, id) order, which this index serves for GET /api/v1/events/{id}/sources.
ALTER TABLE event_source ADD COLUMN IF NOT EXISTS reported_on DATE;
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

-- The words q looks for: the search terms of the event's titles and quotes (text.SearchTerms),
-- " a b c ", kept by the write path.
ALTER TABLE event ADD COLUMN IF NOT EXISTS search_words VARCHAR(20000);

-- Pages in date order: dated events by (date_start, id), either way, without sorting the table;
-- undated events after them, by id (the primary key).
CREATE INDEX IF NOT EXISTS ix_event_order ON event (date_start, id);

-- Days from date_start to date_end. An event overlapping [from, to] that lasts at most a month
-- starts in [from - 31 days, to]: a window of the date index whatever the size of the store.
-- The few longer ones are read through this index (EventSql).
ALTER TABLE event ADD COLUMN IF NOT EXISTS date_span INTEGER;
CREATE INDEX IF NOT EXISTS ix_event_span ON event (date_span, date_start);
