-- Issue 9, item 4: a status says what the text says of the event's reality, not only whether it is
-- past or ahead: CLAIMED (one side's claim), DENIED, CANCELLED (called off or postponed from the date
-- given). io.tarikh.extraction.EventStatus gains these values; no existing value is renamed, so no row
-- needs converting. "= ANY (ARRAY[...])" for the H2 reason given in V4. Repeatable (see V1).
-- io.tarikh.extraction.EventStatus
ALTER TABLE event DROP CONSTRAINT IF EXISTS ck_event_status;
ALTER TABLE event ADD CONSTRAINT ck_event_status CHECK (status = ANY (ARRAY['OCCURRED', 'SCHEDULED', 'CLAIMED',
    'DENIED', 'CANCELLED']));

-- io.tarikh.extraction.EventStatus
ALTER TABLE event_source DROP CONSTRAINT IF EXISTS ck_event_source_status;
ALTER TABLE event_source ADD CONSTRAINT ck_event_source_status CHECK (status = ANY (ARRAY['OCCURRED', 'SCHEDULED', 'CLAIMED',
    'DENIED', 'CANCELLED']));
