package io.tarikh.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An H2 file store written one durable commit at a time (WRITE_DELAY=0, as shipped) keeps every chunk
 * it ever wrote until something compacts it; {@link H2Housekeeping} does, and loses nothing.
 */
class H2HousekeepingTest {

    @TempDir
    Path dir;

    @Test
    void roundsShrinkAStoreOfManySmallCommitsAndKeepEveryRow() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("store") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
        JdbcDataSource data = new JdbcDataSource();
        data.setURL(url);
        data.setUser("sa");
        H2Housekeeping housekeeping = new H2Housekeeping(data, new Database("h2"), url, 0, new RequestActivity(), new StoreGeneration(data, new Database("h2")),
                Duration.ofSeconds(2), Duration.ofSeconds(60));
        try (Connection keepOpen = data.getConnection()) { // the store stays open between statements, as under a pool
            try (Statement s = keepOpen.createStatement()) {
                s.execute("CREATE TABLE t (id INT PRIMARY KEY, body VARCHAR(2000))");
            }
            try (PreparedStatement insert = keepOpen.prepareStatement("INSERT INTO t VALUES (?, ?)");
                    PreparedStatement update = keepOpen.prepareStatement("UPDATE t SET body = ? WHERE id = ?")) {
                for (int i = 0; i < 3000; i++) { // one commit each, like one ingest each
                    insert.setInt(1, i);
                    insert.setString(2, "x".repeat(500) + i);
                    insert.executeUpdate();
                    update.setString(1, "y".repeat(500) + i);
                    update.setInt(2, i / 2);
                    update.executeUpdate();
                }
            }
            long grown = Files.size(dir.resolve("store.mv.db"));
            assertTrue(housekeeping.fillRate() < H2Housekeeping.LOW_FILL_RATE, "a store of small commits is mostly garbage");
            for (int round = 0; round < 20 && housekeeping.fillRate() < H2Housekeeping.LOW_FILL_RATE; round++) {
                housekeeping.round();
            }
            long kept = Files.size(dir.resolve("store.mv.db"));
            assertTrue(kept < grown / 2, () -> "file " + grown + " -> " + kept + " bytes");
            try (Statement s = keepOpen.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*), SUM(LENGTH(body)) FROM t")) {
                rs.next();
                assertEquals(3000, rs.getInt(1));
                assertTrue(rs.getLong(2) > 3000L * 500);
            }
        }
    }

    @Test
    void aRoundWaitsForAQuietMomentButNotForever() {
        long second = 1_000_000_000L;
        // Requests arriving (quiet for 0.1 s), writes, and the last round 10 s ago: wait.
        assertEquals(false, H2Housekeeping.due(second / 10, 10 * second, true, 2 * second, 60 * second));
        // Quiet for 3 s: go.
        assertEquals(true, H2Housekeeping.due(3 * second, 10 * second, false, 2 * second, 60 * second));
        // Never quiet, written, and a minute since the last round: go anyway, or the file would grow without bound.
        assertEquals(true, H2Housekeeping.due(second / 10, 61 * second, true, 2 * second, 60 * second));
        // Never quiet but only read: reads add no garbage to the file, so nothing forces a round.
        assertEquals(false, H2Housekeeping.due(second / 10, 600 * second, false, 2 * second, 60 * second));
    }
}
