-- Vocabularies (issue 8): a column that holds the name of a Java enum accepts exactly its names.
-- Each list below is that enum's values (named in the comment); VocabularyColumnsTest fails when
-- an enum and its constraint differ, so a new value comes with a migration that replaces the list.
-- No value is renamed: every row was written from these enums' names (date_basis NONE included),
-- so no data needs converting and a row outside a list makes this migration fail loudly.
-- "= ANY (ARRAY[...])", not "IN (...)": H2 2.4.240 ties an IN-list CHECK to the connection that
-- added it, and once that connection closes every insert fails with "Check constraint invalid"
-- (h2database issue 4302; MigrationsTest). PostgreSQL reads both forms the same.
-- Repeatable (see V1): each constraint is dropped if present, then added.
-- io.tarikh.knowledge.EventType
ALTER TABLE event DROP CONSTRAINT IF EXISTS ck_event_type;
ALTER TABLE event ADD CONSTRAINT ck_event_type CHECK (type = ANY (ARRAY['PHONE_CALL', 'MEETING', 'TALKS',
    'PRESS_CONFERENCE', 'STATEMENT', 'AGREEMENT', 'CEASEFIRE', 'MILITARY_ACTION', 'PROPOSAL', 'OTHER']));

-- io.tarikh.extraction.EventStatus
ALTER TABLE event DROP CONSTRAINT IF EXISTS ck_event_status;
ALTER TABLE event ADD CONSTRAINT ck_event_status CHECK (status = ANY (ARRAY['OCCURRED', 'SCHEDULED']));

-- io.tarikh.temporal.Precision
ALTER TABLE event DROP CONSTRAINT IF EXISTS ck_event_date_precision;
ALTER TABLE event ADD CONSTRAINT ck_event_date_precision CHECK (date_precision = ANY (ARRAY['DAY', 'WEEK', 'MONTH',
    'QUARTER', 'YEAR', 'DECADE', 'NONE']));

-- io.tarikh.extraction.DateBasis
ALTER TABLE event_source DROP CONSTRAINT IF EXISTS ck_event_source_date_basis;
ALTER TABLE event_source ADD CONSTRAINT ck_event_source_date_basis CHECK (date_basis = ANY (ARRAY['TEXT',
    'REFERENCE_EVENT', 'PUBLICATION_DATE', 'CONTEXT', 'NONE', 'BACKGROUND']));

-- io.tarikh.extraction.EventStatus
ALTER TABLE event_source DROP CONSTRAINT IF EXISTS ck_event_source_status;
ALTER TABLE event_source ADD CONSTRAINT ck_event_source_status CHECK (status = ANY (ARRAY['OCCURRED', 'SCHEDULED']));

-- io.tarikh.temporal.AnchorSource
ALTER TABLE article DROP CONSTRAINT IF EXISTS ck_article_published_source;
ALTER TABLE article ADD CONSTRAINT ck_article_published_source CHECK (published_source = ANY (ARRAY['PROVIDED',
    'INFERRED']));
