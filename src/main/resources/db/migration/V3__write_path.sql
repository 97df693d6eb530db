-- The write path at any store size (issue "[1/7] The write path holds").
-- Each source keeps its own normalised quote for the q filter, so event.search_text (titles
-- only from now on) stops growing with every source.
ALTER TABLE event_source ADD COLUMN IF NOT EXISTS search_text VARCHAR(20000);

-- Ids of events merged into another: GET answers 308 to the survivor, and the id is never reused.
CREATE TABLE IF NOT EXISTS event_alias (
    alias_id   VARCHAR(200) NOT NULL PRIMARY KEY,
    event_id   VARCHAR(200) NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    merged_at  TIMESTAMP    NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_event_alias_event ON event_alias (event_id);

-- Merge candidates are read through ix_event_type (type, date_start) or ix_event_date, with
-- date_start bounded on both sides (PostgresQueryPlanTest).
