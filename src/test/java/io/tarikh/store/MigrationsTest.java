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

    private static final List<String> MIGRATIONS = List.of("V1__articles.sql", "V2__events.sql", "V3__write_path.sql",
            "V4__vocabularies.sql", "V6__editorial.sql");
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private static String freshDatabase() {
        return "jdbc:h2:mem:migrations-" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
    }

    private static Flyway flyway(String url, String location, String target) {
        var config = Flyway.configure().dataSource(url, "sa", "").locations(location);
        if (target != null) {
            config.target(MigrationVersion.fromVersion(target));
        }
        return config.load();
    }

    /** The statements of a migration file: comments dropped, split at the semicolons that end lines. */
    static List<String> statements(String file) throws IOException {
        try (InputStream in = MigrationsTest.class.getResourceAsStream("/db/migration/" + file)) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.strip().startsWith("--"))
                    .collect(Collectors.joining("\n"));
            return Arrays.stream(sql.split(";\\s*\\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
    }

    @Test
    void aMigrationInterruptedAtAnyStatementCompletesAtTheNextStart() throws Exception {
        int cases = 0;
        for (int m = 0; m < MIGRATIONS.size(); m++) {
            List<String> statements = statements(MIGRATIONS.get(m));
            for (int applied = 1; applied <= statements.size(); applied++) {
                String url = freshDatabase();
                // Flyway creates its (empty) history table before the first migration starts.
                if (m == 0) {
                    flyway(url, "classpath:db/no-migrations-here", null).migrate();
                } else {
                    flyway(url, "classpath:db/migration", MIGRATIONS.get(m - 1).substring(1, MIGRATIONS.get(m - 1).indexOf("__"))).migrate();
                }
                try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
                    for (String statement : statements.subList(0, applied)) {
                        s.execute(statement); // what the killed process had committed
                    }
                }
                Flyway restart = flyway(url, "classpath:db/migration", null);
                restart.repair();
                restart.migrate();
                assertEquals(MIGRATIONS.size(), restart.info().applied().length, MIGRATIONS.get(m) + " cut after " + applied);
                assertSchemaComplete(url);
                cases++;
            }
        }
        assertTrue(cases >= 18, "every statement of every migration was a cut point: " + cases);
    }

    @Test
    void aStoreMigratedBeforeTheMigrationsBecameRepeatableStillStarts() throws Exception {
        String url = freshDatabase();
        flyway(url, "classpath:db/migration-before-v3", null).migrate();
        Flyway upgrade = flyway(url, "classpath:db/migration", null);
        upgrade.repair(); // quarkus.flyway.repair-at-start: the checksums of V1 and V2 changed
        upgrade.migrate();
        assertEquals(MIGRATIONS.size(), upgrade.info().applied().length);
        assertSchemaComplete(url);
    }

    /**
     * V4 adds CHECK constraints and converts nothing: a store written before it, holding every value
     * of every vocabulary (date_basis NONE included), migrates with its rows as they were.
     */
    @Test
    void aStoreWrittenBeforeTheVocabularyConstraintsKeepsItsRows() throws Exception {
        String url = freshDatabase();
        flyway(url, "classpath:db/migration", "3").migrate();
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
                EventStatus status = EventStatus.values()[type.ordinal() % EventStatus.values().length];
                Precision precision = Precision.values()[type.ordinal() % Precision.values().length];
                s.executeUpdate("INSERT INTO event (id, type, status, date_precision, search_text, created_at, updated_at) VALUES ('"
                        + type + "', '" + type + "', '" + status + "', '" + precision + "', '', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            }
            s.executeUpdate("INSERT INTO event (id, type, status, search_text, created_at, updated_at)"
                    + " VALUES ('undated', 'OTHER', 'OCCURRED', '', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            for (DateBasis basis : DateBasis.values()) {
                EventStatus status = EventStatus.values()[basis.ordinal() % EventStatus.values().length];
                s.executeUpdate("INSERT INTO event_source (event_id, article_id, quote, start_offset, end_offset, date_basis, status)"
                        + " VALUES ('OTHER', 'undated', 'x', " + basis.ordinal() + ", 1, '" + basis + "', '" + status + "')");
            }
            before = vocabularyValues(s);
        }
        assertTrue(before.contains("event_source NONE OCCURRED") || before.contains("event_source NONE SCHEDULED"), before::toString);

        Flyway upgrade = flyway(url, "classpath:db/migration", null);
        upgrade.migrate();
        assertEquals(MIGRATIONS.size(), upgrade.info().applied().length);
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

    private static void assertSchemaComplete(String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.executeQuery("SELECT alias_id, event_id, merged_at FROM event_alias").close();
            s.executeQuery("SELECT search_text FROM event_source").close();
            s.executeQuery("SELECT id FROM article").close();
            s.executeQuery("SELECT article_id, field, old_value, new_value, corrected_at FROM article_correction").close();
            s.executeQuery("SELECT event_id, removed_at FROM event_tombstone").close();
            s.executeQuery("SELECT analysis_version FROM article").close();
            s.executeQuery("SELECT id, target_version, state, total, done, failures, last_failure, started_at, finished_at FROM reprocessing_job").close();
            try (ResultSet checks = s.executeQuery("SELECT COUNT(*) FROM information_schema.table_constraints"
                    + " WHERE constraint_type = 'CHECK' AND constraint_name LIKE 'CK_%'")) {
                checks.next();
                assertEquals(6, checks.getInt(1), "the vocabulary constraints of V4");
            }
        }
    }
}
