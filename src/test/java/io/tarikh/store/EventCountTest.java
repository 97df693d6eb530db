package io.tarikh.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The total of an unfiltered list is the number of events, however they were written: on
 * PostgreSQL it is the sum of event_count's deltas (V9_1, statement triggers), folded now and then
 * by the read; on H2 COUNT(*). Events written here in plain SQL, one statement each, as no ingest
 * would, so that more delta rows pile up than a read folds.
 */
@QuarkusTest
class EventCountTest {

    @Inject
    DataSource data;

    @Inject
    EventQueries queries;

    @Inject
    Database database;

    private long countStar() throws Exception {
        try (Connection c = data.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM event")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private long total() {
        return queries.page(EventFilter.none(), 0, 1).total();
    }

    private long deltaRows() throws Exception {
        try (Connection c = data.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM event_count")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void theTotalOfAllEventsFollowsInsertsAndDeletesAndFolds() throws Exception {
        long before = countStar();
        assertEquals(before, total());
        int added = EventQueries.FOLD_EVENT_COUNT_AT + 6;
        try (Connection c = data.getConnection(); Statement s = c.createStatement()) {
            for (int i = 0; i < added; i++) {
                s.executeUpdate("INSERT INTO event (id, type, status, search_text, created_at, updated_at)"
                        + " VALUES ('event-count-test-" + i + "', 'MEETING', 'OCCURRED', '', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            }
        }
        if (database.isPostgres()) {
            assertTrue(deltaRows() > EventQueries.FOLD_EVENT_COUNT_AT, "one delta row per inserting statement");
        }
        assertEquals(before + added, countStar());
        assertEquals(before + added, total());
        if (database.isPostgres()) {
            assertEquals(1, deltaRows(), "the read folded the deltas into one row");
        }
        try (Connection c = data.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM event WHERE id LIKE 'event-count-test-%'");
            s.executeUpdate("DELETE FROM event WHERE id = 'no-such-event'"); // deletes nothing, adds no delta
        }
        assertEquals(before, countStar());
        assertEquals(before, total());
        if (database.isPostgres()) {
            assertEquals(2, deltaRows(), "the fold and one delete");
        }
    }
}
