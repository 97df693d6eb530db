package io.tarikh.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tarikh.extraction.DateBasis;
import io.tarikh.extraction.EventStatus;
import io.tarikh.knowledge.EventType;
import io.tarikh.temporal.AnchorSource;
import io.tarikh.temporal.Precision;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;

/**
 * The migrations on H2, which commits each DDL statement on its own: a process killed inside a
 * migration leaves part of it applied and unrecorded (scripts/durability.sh found a store that
 * could never start again), so every prefix of every migration must be completable by the next
 * start. PostgreSQL runs a migration in one transaction and needs none of this.
 */
class MigrationsTest {

    /** A SQL migration of the H2 build: where it is, and the version before it. */
    private record Migration(String location, String file, String previous) {
    }

    /** The H2 build's SQL migrations in order (quarkus.flyway.locations): the common ones and H2's own. */
    private static final List<Migration> MIGRATIONS = List.of(
            new Migration("db/migration", "V1__articles.sql", null),
            new Migration("db/migration", "V2__events.sql", "1"),
            new Migration("db/migration", "V3__write_path.sql", "2"),
            new Migration("db/migration", "V4__vocabularies.sql", "3"),
            new Migration("db/migration", "V5__read_path.sql", "4"),
            new Migration("db/h2", "V5_1__read_path_h2.sql", "5"),
            new Migration("db/migration", "V6__editorial.sql", "5.2"),
            new Migration("db/migration", "V7__provenance_and_queries.sql", "6"),
            new Migration("db/migration", "V8__event_statuses.sql", "7"),
            new Migration("db/migration", "V9__provenance_read_indexes.sql", "8"));
    /** Every migration the H2 build applies: the SQL ones and the Java one (db.migration.V5_2__Read_path_backfill). */
    private static final int APPLIED = MIGRATIONS.size() + 1;
    private static final String[] LOCATIONS = { "classpath:db/migration", "classpath:db/h2" };
    private static final AtomicInteger DATABASES = new AtomicInteger();

    /** The statuses a store could hold before V4 (CLAIMED, DENIED and CANCELLED came with V8). */
    private static final EventStatus[] STATUSES_BEFORE_V4 = { EventStatus.OCCURRED, EventStatus.SCHEDULED };

    private static String freshDatabase() {
        return "jdbc:h2:mem:migrations-" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
    }

    private static Flyway flyway(String url, String[] locations, String target) {
        var config = Flyway.configure().dataSource(url, "sa", "").locations(locations);
        if (target != null) {
            config.target(MigrationVersion.fromVersion(target));
        }
        return config.load();
    }

    /** The statements of a migration file: comments dropped, split at the semicolons that end lines. */
    static List<String> statements(String location, String file) throws IOException {
        try (InputStream in = MigrationsTest.class.getResourceAsStream("/" + location + "/" + file)) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.strip().startsWith("--"))
                    .collect(Collectors.joining("\n"));
            return Arrays.stream(sql.split(";\\s*\\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
    }

    @Test
    void aMigrationInterruptedAtAnyStatementCompletesAtTheNextStart() throws Exception {
        int cases = 0;
        for (Migration m : MIGRATIONS) {
            List<String> statements = statements(m.location(), m.file());
            for (int applied = 1; applied <= statements.size(); applied++) {
                String url = freshDatabase();
                // Flyway creates its (empty) history table before the first migration starts.
                if (m.previous() == null) {
                    flyway(url, new String[] { "classpath:db/no-migrations-here" }, null).migrate();
                } else {
                    flyway(url, LOCATIONS, m.previous()).migrate();
                }
                try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
                    for (String statement : statements.subList(0, applied)) {
                        s.execute(statement); // what the killed process had committed
                    }
                }
                Flyway restart = flyway(url, LOCATIONS, null);
                restart.repair();
                restart.migrate();
                assertEquals(APPLIED, restart.info().applied().length, m.file() + " cut after " + applied);
                assertSchemaComplete(url);
                cases++;
            }
        }
        assertTrue(cases >= 30, "every statement of every migration was a cut point: " + cases);
    }

    @Test
    void aStoreMigratedBeforeTheMigrationsBecameRepeatableStillStarts() throws Exception {
        String url = freshDatabase();
        flyway(url, new String[] { "classpath:db/migration-before-v3" }, null).migrate();
        Flyway upgrade = flyway(url, LOCATIONS, null);
        upgrade.repair(); // quarkus.flyway.repair-at-start: the checksums of V1 and V2 changed
        upgrade.migrate();
        assertEquals(APPLIED, upgrade.info().applied().length);
        assertSchemaComplete(url);
    }

    /**
     * V4 adds CHECK constraints and converts nothing: a store written before it, holding every value
     * of every vocabulary (date_basis NONE included), migrates with its rows as they were.
     */
    @Test
    void aStoreWrittenBeforeTheVocabularyConstraintsKeepsItsRows() throws Exception {
        String url = freshDatabase();
        flyway(url, LOCATIONS, "3").migrate();
        List<String> before;
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            int n = 0;
            for (AnchorSource source : AnchorSource.values()) {
                s.executeUpdate("INSERT INTO article (id, language, raw_text, clean_text, content_hash, expressions_json, ingested_at)"
                        + " VALUES ('a" + n + "', 'ar', 'x', 'x', '" + String.valueOf(n).repeat(64) + "', '[]', CURRENT_TIMESTAMP)");
                s.executeUpdate("UPDATE article SET published_source = '" + source.name() + "' WHERE id = 'a" + n++ + "'");
            }
            s.executeUpdate("INSERT INTO article (id, language, raw_text, clean_text, content_hash, expressions_json, ingested_at)"
                    + " VALUES ('undated', 'ar', 'x', 'x', '" + "u".repeat(64) + "', '[]', CURRENT_TIMESTAMP)");
            for (EventType type : EventType.values()) {
                EventStatus status = STATUSES_BEFORE_V4[type.ordinal() % STATUSES_BEFORE_V4.length];
                Precision precision = Precision.values()[type.ordinal() % Precision.values().length];
                s.executeUpdate("INSERT INTO event (id, type, status, date_precision, search_text, created_at, updated_at) VALUES ('"
                        + type + "', '" + type + "', '" + status + "', '" + precision + "', '', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            }
            s.executeUpdate("INSERT INTO event (id, type, status, search_text, created_at, updated_at)"
                    + " VALUES ('undated', 'OTHER', 'OCCURRED', '', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            for (DateBasis basis : DateBasis.values()) {
                EventStatus status = STATUSES_BEFORE_V4[basis.ordinal() % STATUSES_BEFORE_V4.length];
                s.executeUpdate("INSERT INTO event_source (event_id, article_id, quote, start_offset, end_offset, date_basis, status)"
                        + " VALUES ('OTHER', 'undated', 'x', " + basis.ordinal() + ", 1, '" + basis + "', '" + status + "')");
            }
            before = vocabularyValues(s);
        }
        assertTrue(before.contains("event_source NONE OCCURRED") || before.contains("event_source NONE SCHEDULED"), before::toString);

        Flyway upgrade = flyway(url, LOCATIONS, null);
        upgrade.migrate();
        assertEquals(APPLIED, upgrade.info().applied().length);
        // A connection other than the (closed) one that added the constraints: with IN lists, H2
        // 2.4.240 answered every write here with 23514 "Check constraint invalid".
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            assertEquals(before, vocabularyValues(s));
            s.executeUpdate("UPDATE event SET type = 'TALKS', status = 'SCHEDULED', date_precision = 'DECADE' WHERE id = 'undated'");
            s.executeUpdate("UPDATE event_source SET date_basis = 'CONTEXT', status = 'SCHEDULED' WHERE date_basis = 'NONE'");
            s.executeUpdate("UPDATE article SET published_source = 'INFERRED' WHERE id = 'undated'");
            SQLException refused = assertThrows(SQLException.class,
                    () -> s.executeUpdate("UPDATE event SET type = 'PARTY' WHERE id = 'undated'"));
            assertEquals("23513", refused.getSQLState(), refused::toString); // H2's CHECK violation
        }
    }

    private static List<String> vocabularyValues(Statement s) throws SQLException {
        List<String> out = new java.util.ArrayList<>();
        for (String query : List.of("SELECT 'article', id, published_source FROM article ORDER BY id",
                "SELECT 'event', type, status || ' ' || COALESCE(date_precision, '-') FROM event ORDER BY id",
                "SELECT 'event_source', date_basis, status FROM event_source ORDER BY id")) {
            try (ResultSet rows = s.executeQuery(query)) {
                while (rows.next()) {
                    out.add(rows.getString(1) + " " + rows.getString(2) + " " + rows.getString(3));
                }
            }
        }
        return out;
    }

    @Test
    void eventsStoredBeforeV5GetTheirSourceSummaryAndSearchTerms() throws Exception {
        String url = freshDatabase();
        flyway(url, LOCATIONS, "3").migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            for (String[] a : new String[][] { { "a1", "2017-06-28" }, { "a2", "2017-06-26" } }) {
                s.execute("INSERT INTO article (id, language, raw_text, clean_text, content_hash, published_date, expressions_json, ingested_at)"
                        + " VALUES ('" + a[0] + "', 'ar', 't', 't', '" + a[0].repeat(32) + "', DATE '" + a[1] + "', '[]', TIMESTAMP '2026-01-01 00:00:00')");
            }
            s.execute("INSERT INTO event (id, type, status, title_ar, title_en, date_start, date_end, search_text, created_at, updated_at)"
                    + " VALUES ('e1', 'TALKS', 'OCCURRED', 'محادثات أستانا', 'Astana talks', DATE '2017-06-25', DATE '2017-06-25', 'x',"
                    + " TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00')");
            s.execute("INSERT INTO event_source (event_id, article_id, quote, start_offset, end_offset, date_basis, status, date_json)"
                    + " VALUES ('e1', 'a1', 'قال إن الجولة في أستانة انتهت', 0, 10, 'TEXT', 'OCCURRED', '{}')");
            s.execute("INSERT INTO event_source (event_id, article_id, quote, start_offset, end_offset, date_basis, status)"
                    + " VALUES ('e1', 'a2', 'وبالرقة اشتباكات', 0, 10, 'NONE', 'OCCURRED')");
        }
        flyway(url, LOCATIONS, null).migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            var rs = s.executeQuery("SELECT e.source_count, f.article_id, l.article_id, d.article_id, e.search_words FROM event e"
                    + " JOIN event_source f ON f.id = e.first_source_id JOIN event_source l ON l.id = e.last_source_id"
                    + " JOIN event_source d ON d.id = e.dating_source_id WHERE e.id = 'e1'");
            assertTrue(rs.next());
            assertEquals(2, rs.getInt(1));
            assertEquals("a2", rs.getString(2), "the earliest report: published first");
            assertEquals("a1", rs.getString(3), "the latest report");
            assertEquals("a1", rs.getString(4), "the first source stored with a date dated the event");
            assertTrue(rs.getString(5).contains(" استانه ") && rs.getString(5).contains(" رقه ") && rs.getString(5).contains(" astana "), rs.getString(5));
            rs = s.executeQuery("SELECT COUNT(*) FROM event_word WHERE event_id = 'e1' AND term IN ('استانه', 'رقه', 'محادثات')");
            rs.next();
            assertEquals(3, rs.getInt(1), "H2's word rows follow search_words");
        }
    }

    private static void assertSchemaComplete(String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.executeQuery("SELECT alias_id, event_id, merged_at FROM event_alias").close();
            s.executeQuery("SELECT search_text, reported_on FROM event_source").close();
            s.executeQuery("SELECT source_count, first_source_id, last_source_id, dating_source_id, search_words FROM event").close();
            s.executeQuery("SELECT term, event_id FROM event_word").close();
            s.executeQuery("SELECT id FROM article").close();
            s.executeQuery("SELECT article_id, field, old_value, new_value, corrected_at FROM article_correction").close();
            s.executeQuery("SELECT event_id, removed_at FROM event_tombstone").close();
            s.executeQuery("SELECT analysis_version FROM article").close();
            s.executeQuery("SELECT id, target_version, state, total, done, failures, last_failure, started_at, finished_at FROM reprocessing_job").close();
            s.executeQuery("SELECT source_id, actor_id, basis, role, start_offset, end_offset FROM event_source_actor").close();
            s.executeQuery("SELECT source_id, place_id, basis, role, start_offset, end_offset FROM event_source_place").close();
            s.executeQuery("SELECT date_start, date_end FROM event_source").close();
            try (ResultSet checks = s.executeQuery("SELECT COUNT(*) FROM information_schema.table_constraints"
                    + " WHERE constraint_type = 'CHECK' AND constraint_name LIKE 'CK_%'")) {
                checks.next();
                assertEquals(10, checks.getInt(1), "the vocabulary constraints of V4 and V7");
            }
        }
    }
}
