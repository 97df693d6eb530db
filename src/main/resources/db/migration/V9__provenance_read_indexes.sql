-- Issue 11 (reads at newsroom scale): how an event's sources know its actors and places
-- (EventQueries.knownSql) is counted over every source of the event, joined to these tables by
-- source_id. With only the primary key (source_id, actor_id) each of those rows was a look-up of
-- the table for basis and role, and for a widely reported event (391 sources) PostgreSQL chose a
-- sequential scan of all 100,000 rows of event_source_place instead (EXPLAIN ANALYZE: 34-49 ms for
-- one event). With every column the query reads in the index, the join is a nested loop of
-- index-only scans (4-5 ms for that event, under 1 ms for an ordinary one). Repeatable (see V1).
CREATE INDEX IF NOT EXISTS ix_event_source_actor_known ON event_source_actor (source_id, actor_id, basis, role);
CREATE INDEX IF NOT EXISTS ix_event_source_place_known ON event_source_place (source_id, place_id, basis, role);
