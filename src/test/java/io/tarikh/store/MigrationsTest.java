package io.tarikh.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
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

    private static final List<String> MIGRATIONS = List.of("V1__articles.sql", "V2__events.sql", "V3__write_path.sql", "V6__editorial.sql");
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

    private static void assertSchemaComplete(String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.executeQuery("SELECT alias_id, event_id, merged_at FROM event_alias").close();
            s.executeQuery("SELECT search_text FROM event_source").close();
            s.executeQuery("SELECT id FROM article").close();
            s.executeQuery("SELECT article_id, field, old_value, new_value, corrected_at FROM article_correction").close();
            s.executeQuery("SELECT event_id, removed_at FROM event_tombstone").close();
            s.executeQuery("SELECT analysis_version FROM article").close();
            s.executeQuery("SELECT id, target_version, state, total, done, failures, last_failure, started_at, finished_at FROM reprocessing_job").close();
        }
    }
}
