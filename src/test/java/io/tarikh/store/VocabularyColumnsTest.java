package io.tarikh.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.Column;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Every enum column of every entity accepts exactly its enum's names, on the database the tests
 * run on (H2, and PostgreSQL in the second pass): the CHECK lists of V4 are written by hand, so a
 * value added to an enum without a migration fails here rather than on the first insert of it.
 * The rows are written in a transaction that is rolled back.
 */
@QuarkusTest
class VocabularyColumnsTest {

    private static final String ID = "vocabulary-columns-test";
    /** How to find this test's row in each table that has an enum column. */
    private static final Map<String, String> ROW = Map.of("article", "id", "event", "id", "event_source", "event_id");

    @Inject
    EntityManager em;

    @Inject
    DataSource dataSource;

    record EnumColumn(String table, String column, Class<?> vocabulary) {
    }

    @Test
    void everyEnumColumnTakesExactlyTheNamesOfItsEnum() throws SQLException {
        List<EnumColumn> columns = enumColumns();
        List<String> found = columns.stream().map(c -> c.table() + "." + c.column()).toList();
        assertTrue(found.containsAll(List.of("article.published_source", "event.date_precision", "event.status", "event.type",
                "event_source.date_basis", "event_source.status")), "the enum columns found: " + found);
        try (Connection c = dataSource.getConnection()) {
            // A CHECK violation; H2's 23514 would be a constraint it cannot evaluate.
            String violation = c.getMetaData().getDatabaseProductName().equals("H2") ? "23513" : "23514";
            c.setAutoCommit(false);
            try {
                insertRows(c);
                for (EnumColumn column : columns) {
                    for (Object value : column.vocabulary().getEnumConstants()) {
                        update(c, column, ((Enum<?>) value).name()); // throws if the constraint refuses it
                    }
                    SQLException refused = assertThrows(SQLException.class, () -> update(c, column, "NOT_A_VALUE"),
                            column + " has no constraint on its values");
                    assertEquals(violation, refused.getSQLState(), column + ": a CHECK violation, not " + refused);
                }
            } finally {
                c.rollback();
            }
        }
    }

    /** The enum-typed fields of the mapped entities, with the table and column they are stored in. */
    private List<EnumColumn> enumColumns() {
        List<EnumColumn> out = new ArrayList<>();
        for (var entity : em.getMetamodel().getEntities()) {
            Class<?> type = entity.getJavaType();
            for (Field field : type.getDeclaredFields()) {
                if (field.isAnnotationPresent(Enumerated.class)) {
                    Column column = field.getAnnotation(Column.class);
                    String name = column != null && !column.name().isEmpty() ? column.name() : field.getName();
                    out.add(new EnumColumn(type.getAnnotation(Table.class).name(), name, field.getType()));
                }
            }
        }
        return out;
    }

    private static void insertRows(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO article (id, language, raw_text, clean_text, content_hash, expressions_json, ingested_at)"
                    + " VALUES ('" + ID + "', 'ar', 'x', 'x', '" + "v".repeat(64) + "', '[]', CURRENT_TIMESTAMP)");
            s.executeUpdate("INSERT INTO event (id, type, status, search_text, created_at, updated_at)"
                    + " VALUES ('" + ID + "', 'OTHER', 'OCCURRED', '', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            s.executeUpdate("INSERT INTO event_source (event_id, article_id, quote, start_offset, end_offset, date_basis, status)"
                    + " VALUES ('" + ID + "', '" + ID + "', 'x', 0, 1, 'NONE', 'OCCURRED')");
        }
    }

    /** Sets the column of this test's row; a refused value leaves the transaction usable (PostgreSQL aborts it otherwise). */
    private static void update(Connection c, EnumColumn column, String value) throws SQLException {
        String key = ROW.get(column.table());
        assertTrue(key != null, "add a row of " + column.table() + " to this test");
        Savepoint before = c.setSavepoint();
        try (PreparedStatement s = c.prepareStatement("UPDATE " + column.table() + " SET " + column.column() + " = ? WHERE " + key + " = ?")) {
            s.setString(1, value);
            s.setString(2, ID);
            assertEquals(1, s.executeUpdate(), column + " = " + value);
            c.releaseSavepoint(before);
        } catch (SQLException e) {
            c.rollback(before);
            throw e;
        }
    }
}
