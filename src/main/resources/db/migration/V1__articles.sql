-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15.
-- Every statement of every migration may run twice: H2 commits each DDL statement on its own,
-- so a process killed inside a migration leaves part of it applied and unrecorded, and the next
-- start runs it again (MigrationsTest). Hence IF NOT EXISTS throughout; adding it changed this
-- file's checksum, which quarkus.flyway.repair-at-start realigns on stores migrated before.
CREATE TABLE IF NOT EXISTS article (
    id                    VARCHAR(100)     NOT NULL PRIMARY KEY,
    title                 VARCHAR(1000),
    url                   VARCHAR(2000),
    language              VARCHAR(16)      NOT NULL,
    raw_text              VARCHAR(1000000) NOT NULL,
    clean_text            VARCHAR(1000000) NOT NULL,
    content_hash          CHAR(64)         NOT NULL,
    published_date        DATE,
    published_source      VARCHAR(16),
    published_confidence  DOUBLE PRECISION,
    published_evidence    VARCHAR(100000),
    expressions_json      VARCHAR(1000000) NOT NULL,
    ingested_at           TIMESTAMP        NOT NULL,
    CONSTRAINT uq_article_content_hash UNIQUE (content_hash)
);

CREATE INDEX IF NOT EXISTS ix_article_ingested ON article (ingested_at, id);
