package db.migration;

import io.tarikh.text.SearchTerms;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The search terms of events stored before V5, computed by the code the write path runs
 * ({@link SearchTerms}) so that old and new events are found alike: event.search_words on both
 * databases and, on H2, the rows of event_word. Repeatable: it fills only rows whose search_words
 * is empty, and H2's MERGE ignores a term already stored (a cut run is rolled back anyway: only
 * DML here, in Flyway's transaction).
 */
public class V5_2__Search_terms extends BaseJavaMigration {

    /** As the write path: the column holds 20,000 characters, and a quote adds at most 2,000. */
    public static final int MAX_SEARCH_WORDS = 16_000;
    private static final int BATCH = 500;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        boolean h2 = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("h2");
        List<String> ids = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id FROM event WHERE search_words IS NULL ORDER BY id")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        for (int from = 0; from < ids.size(); from += BATCH) {
            index(c, ids.subList(from, Math.min(ids.size(), from + BATCH)), h2);
        }
    }

    private static void index(Connection c, List<String> ids, boolean h2) throws SQLException {
        String in = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
        java.util.Map<String, Set<String>> terms = new java.util.LinkedHashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT id, title_ar, title_en FROM event WHERE id IN (" + in + ")")) {
            bind(p, ids);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    Set<String> t = new LinkedHashSet<>(SearchTerms.of(rs.getString(2)));
                    t.addAll(SearchTerms.of(rs.getString(3)));
                    terms.put(rs.getString(1), t);
                }
            }
        }
        try (PreparedStatement p = c.prepareStatement(
                "SELECT event_id, quote FROM event_source WHERE event_id IN (" + in + ") ORDER BY event_id, reported_on, id")) {
            bind(p, ids);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    terms.computeIfAbsent(rs.getString(1), k -> new LinkedHashSet<>()).addAll(SearchTerms.of(rs.getString(2)));
                }
            }
        }
        try (PreparedStatement update = c.prepareStatement("UPDATE event SET search_words = ? WHERE id = ?");
                PreparedStatement word = h2 ? c.prepareStatement("MERGE INTO event_word (term, event_id) KEY (term, event_id) VALUES (?, ?)") : null) {
            for (var e : terms.entrySet()) {
                SearchTerms.Merged merged = SearchTerms.merge(null, e.getValue(), MAX_SEARCH_WORDS);
                update.setString(1, merged.words());
                update.setString(2, e.getKey());
                update.addBatch();
                if (word != null) {
                    for (String term : merged.added()) {
                        word.setString(1, term);
                        word.setString(2, e.getKey());
                        word.addBatch();
                    }
                }
            }
            update.executeBatch();
            if (word != null) {
                word.executeBatch();
            }
        }
    }

    private static void bind(PreparedStatement p, List<String> ids) throws SQLException {
        for (int i = 0; i < ids.size(); i++) {
            p.setString(i + 1, ids.get(i));
        }
    }
}
