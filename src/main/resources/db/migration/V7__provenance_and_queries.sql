-- Events a journalist can trust (issue 9): how each participant of an event is known, per source,
-- and what the query layer filters on. Portable SQL; every statement may run twice (see V1).

-- Each actor a source gives an event: TEXT (named in the source's sentence; start/end locate the
-- name in the article's cleaned text when it is written there) or KNOWLEDGE (a participant of the
-- linked reference event the sentence does not name), and its role. Rows go with their source
-- (a merge moves sources, a correction deletes them).
CREATE TABLE IF NOT EXISTS event_source_actor (
    source_id     BIGINT        NOT NULL REFERENCES event_source (id) ON DELETE CASCADE,
    actor_id      VARCHAR(200)  NOT NULL,
    basis         VARCHAR(16)   NOT NULL,
    role          VARCHAR(32)   NOT NULL,
    start_offset  INTEGER,
    end_offset    INTEGER,
    PRIMARY KEY (source_id, actor_id)
);

-- The same for places: venue, place acted on, or a place the sentence only names.
CREATE TABLE IF NOT EXISTS event_source_place (
    source_id     BIGINT        NOT NULL REFERENCES event_source (id) ON DELETE CASCADE,
    place_id      VARCHAR(200)  NOT NULL,
    basis         VARCHAR(16)   NOT NULL,
    role          VARCHAR(32)   NOT NULL,
    start_offset  INTEGER,
    end_offset    INTEGER,
    PRIMARY KEY (source_id, place_id)
);

-- Vocabularies, as in V4 ("= ANY (ARRAY[...])" for H2 2.4.240). A new value of an enum comes
-- with a migration that replaces its list (ProvenanceColumnsTest fails until it does).
-- io.tarikh.extraction.ActorRole.Basis (places share it: io.tarikh.timeline.Provenance)
ALTER TABLE event_source_actor DROP CONSTRAINT IF EXISTS ck_event_source_actor_basis;
ALTER TABLE event_source_actor ADD CONSTRAINT ck_event_source_actor_basis CHECK (basis = ANY (ARRAY['TEXT', 'KNOWLEDGE']));
ALTER TABLE event_source_place DROP CONSTRAINT IF EXISTS ck_event_source_place_basis;
ALTER TABLE event_source_place ADD CONSTRAINT ck_event_source_place_basis CHECK (basis = ANY (ARRAY['TEXT', 'KNOWLEDGE']));
-- io.tarikh.extraction.ActorRole.Role
ALTER TABLE event_source_actor DROP CONSTRAINT IF EXISTS ck_event_source_actor_role;
ALTER TABLE event_source_actor ADD CONSTRAINT ck_event_source_actor_role CHECK (role = ANY (ARRAY['SPEAKER', 'AGENT',
    'TARGET', 'PARTICIPANT']));
-- io.tarikh.timeline.PlaceRole
ALTER TABLE event_source_place DROP CONSTRAINT IF EXISTS ck_event_source_place_role;
ALTER TABLE event_source_place ADD CONSTRAINT ck_event_source_place_role CHECK (role = ANY (ARRAY['VENUE', 'ACTED_ON',
    'MENTIONED']));

-- reportedFrom/reportedTo: the events with a source reported in a range of days.
CREATE INDEX IF NOT EXISTS ix_event_source_reported_on ON event_source (reported_on, event_id);

-- The date each source gives, as an interval: an event whose sources disagree on its date says
-- so (a conflict). Null on rows written before V7 and on undated sources.
ALTER TABLE event_source ADD COLUMN IF NOT EXISTS date_start DATE;
ALTER TABLE event_source ADD COLUMN IF NOT EXISTS date_end DATE;
