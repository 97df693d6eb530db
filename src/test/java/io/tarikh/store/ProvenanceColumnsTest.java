package io.tarikh.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.junit.QuarkusTest;
import io.tarikh.extraction.ActorRole;
import io.tarikh.timeline.PlaceRole;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The provenance columns of V7 take exactly the names of their enums, on the database the tests
 * run on: a role added to {@link ActorRole.Role} (or {@link PlaceRole}) without a migration that
 * replaces the CHECK list fails here, not on the first ingest that uses it. Rolled back.
 */
@QuarkusTest
class ProvenanceColumnsTest {

    private static final String ID = "provenance-columns-test";

    @Inject
    DataSource dataSource;

    record Column(String table, String column, String key, List<String> values) {
    }

    private static List<String> names(Class<? extends Enum<?>> vocabulary) {
        return Arrays.stream(vocabulary.getEnumConstants()).map(Enum::name).toList();
    }

    @Test
    void basisAndRoleColumnsTakeExactlyTheirEnumsNames() throws SQLException {
        List<Column> columns = List.of(
                new Column("event_source_actor", "basis", "actor_id", names(ActorRole.Basis.class)),
                new Column("event_source_actor", "role", "actor_id", names(ActorRole.Role.class)),
                new Column("event_source_place", "basis", "place_id", names(ActorRole.Basis.class)),
                new Column("event_source_place", "role", "place_id", names(PlaceRole.class)));
        try (Connection c = dataSource.getConnection()) {
            String violation = c.getMetaData().getDatabaseProductName().equals("H2") ? "23513" : "23514";
            c.setAutoCommit(false);
            try {
                long source = insertRows(c);
                for (Column column : columns) {
                    for (String value : column.values()) {
                        assertEquals(1, update(c, column, source, value), column + " = " + value);
                    }
                    SQLException refused = assertThrows(SQLException.class, () -> update(c, column, source, "NOT_A_VALUE"),
                            column + " has no constraint on its values");
                    assertEquals(violation, refused.getSQLState(), column + ": a CHECK violation, not " + refused);
                }
                // the rows go with their source
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("DELETE FROM event_source WHERE id = " + source);
                    var rs = s.executeQuery("SELECT COUNT(*) FROM event_source_actor WHERE source_id = " + source);
                    rs.next();
                    assertEquals(0, rs.getInt(1));
                }
            } finally {
                c.rollback();
            }
        }
    }

    private static long insertRows(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO article (id, language, raw_text, clean_text, content_hash, expressions_json, ingested_at)"
                    + " VALUES ('" + ID + "', 'ar', 'x', 'x', '" + "p".repeat(64) + "', '[]', CURRENT_TIMESTAMP)");
            s.executeUpdate("INSERT INTO event (id, type, status, search_text, created_at, updated_at)"
                    + " VALUES ('" + ID + "', 'OTHER', 'OCCURRED', '', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            s.executeUpdate("INSERT INTO event_source (event_id, article_id, quote, start_offset, end_offset, date_basis, status)"
                    + " VALUES ('" + ID + "', '" + ID + "', 'x', 0, 1, 'NONE', 'OCCURRED')");
            var rs = s.executeQuery("SELECT id FROM event_source WHERE event_id = '" + ID + "'");
            rs.next();
            long source = rs.getLong(1);
            s.executeUpdate("INSERT INTO event_source_actor (source_id, actor_id, basis, role) VALUES (" + source + ", 'x', 'TEXT', 'PARTICIPANT')");
            s.executeUpdate("INSERT INTO event_source_place (source_id, place_id, basis, role) VALUES (" + source + ", 'x', 'TEXT', 'MENTIONED')");
            return source;
        }
    }

    /** Sets the column of this test's row; a refused value leaves the transaction usable (PostgreSQL aborts it otherwise). */
    private static int update(Connection c, Column column, long source, String value) throws SQLException {
        Savepoint before = c.setSavepoint();
        try (PreparedStatement s = c.prepareStatement("UPDATE " + column.table() + " SET " + column.column() + " = ? WHERE source_id = ?")) {
            s.setString(1, value);
            s.setLong(2, source);
            int n = s.executeUpdate();
            c.releaseSavepoint(before);
            return n;
        } catch (SQLException e) {
            c.rollback(before);
            throw e;
        }
    }
}
