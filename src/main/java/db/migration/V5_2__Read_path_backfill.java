package db.migration;

import io.tarikh.text.SearchTerms;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills the V5 columns of events stored before V5, with the code the write path runs: each
 * source's reported_on; each event's source summary (count; earliest, latest and dating source)
 * and search terms (search_words, and on H2 the rows of event_word); each event's date_span.
 *
 * <p>In Java, not SQL: correlated subqueries per event took 10 minutes on H2 at 100,000 events,
 * and the terms need {@link SearchTerms}. Outside Flyway's transaction, one commit per batch of
 * events, so a large store is not one huge transaction; an event is done when its search_words
 * is set (in the same commit, with its event_word rows, which are plain INSERTs for that reason),
 * so a run cut short by a kill goes on where it stopped.
 */
public class V5_2__Read_path_backfill extends BaseJavaMigration {

    /** As the write path (EventRepository): the column holds 20,000 characters, and a quote adds at most 2,000. */
    public static final int MAX_SEARCH_WORDS = 16_000;
    private static final int BATCH = 500;

    @Override
    public boolean canExecuteInTransaction() {
        return false;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        boolean h2 = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2");
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        int filled = 0;
        try {
            for (List<String> ids = next(c, ""); !ids.isEmpty(); ids = next(c, ids.get(ids.size() - 1))) {
                fill(c, ids, h2);
                c.commit();
                filled += ids.size();
            }
        } finally {
            c.setAutoCommit(autoCommit);
        }
        if (!h2 && filled > 0) {
            // Every event row was rewritten: without fresh statistics and visibility map the planner
            // saw an empty table and the index-only scans read the heap, until autovacuum came by.
            c.setAutoCommit(true);
            try (var s = c.createStatement()) {
                s.execute("VACUUM ANALYZE event");
                s.execute("VACUUM ANALYZE event_source");
            } finally {
                c.setAutoCommit(autoCommit);
            }
        }
    }

    /** The next events to fill after {@code after}, in primary-key order. */
    private static List<String> next(Connection c, String after) throws SQLException {
        List<String> ids = new ArrayList<>(BATCH);
        try (PreparedStatement p = c.prepareStatement("SELECT id FROM event WHERE id > ? AND search_words IS NULL ORDER BY id FETCH FIRST "
                + BATCH + " ROWS ONLY")) {
            p.setString(1, after);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    /** One event's sources as the summary needs them. */
    private record Source(long id, LocalDate reportedOn, boolean dated) {
    }

    private static void fill(Connection c, List<String> ids, boolean h2) throws SQLException {
        String in = "(" + String.join(",", Collections.nCopies(ids.size(), "?")) + ")";
        Map<String, Set<String>> terms = new LinkedHashMap<>();
        Map<String, Integer> spans = new LinkedHashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT id, title_ar, title_en, date_start, date_end FROM event WHERE id IN " + in)) {
            bind(p, ids);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    Set<String> t = new LinkedHashSet<>(SearchTerms.of(rs.getString(2)));
                    t.addAll(SearchTerms.of(rs.getString(3)));
                    terms.put(rs.getString(1), t);
                    LocalDate start = rs.getObject(4, LocalDate.class);
                    LocalDate end = rs.getObject(5, LocalDate.class);
                    spans.put(rs.getString(1), start == null || end == null ? null : (int) java.time.temporal.ChronoUnit.DAYS.between(start, end));
                }
            }
        }
        Map<String, List<Source>> sources = new LinkedHashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT s.event_id, s.id, s.quote, s.date_json,"
                + " COALESCE(s.reported_on, a.published_date, CAST(a.ingested_at AS DATE))"
                + " FROM event_source s JOIN article a ON a.id = s.article_id WHERE s.event_id IN " + in + " ORDER BY s.id");
                PreparedStatement reported = c.prepareStatement("UPDATE event_source SET reported_on = ? WHERE id = ? AND reported_on IS NULL")) {
            bind(p, ids);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    String event = rs.getString(1);
                    Source s = new Source(rs.getLong(2), rs.getObject(5, LocalDate.class), rs.getString(4) != null);
                    sources.computeIfAbsent(event, k -> new ArrayList<>()).add(s);
                    terms.computeIfAbsent(event, k -> new LinkedHashSet<>()).addAll(SearchTerms.of(rs.getString(3)));
                    reported.setObject(1, s.reportedOn());
                    reported.setLong(2, s.id());
                    reported.addBatch();
                }
            }
            reported.executeBatch();
        }
        try (PreparedStatement update = c.prepareStatement("UPDATE event SET search_words = ?, source_count = ?, first_source_id = ?,"
                + " first_reported_on = ?, last_source_id = ?, last_reported_on = ?, dating_source_id = ?, date_span = ? WHERE id = ?");
                PreparedStatement word = h2 ? c.prepareStatement("INSERT INTO event_word (term, event_id) VALUES (?, ?)") : null) {
            for (String id : ids) {
                SearchTerms.Merged merged = SearchTerms.merge(null, terms.getOrDefault(id, Set.of()), MAX_SEARCH_WORDS);
                List<Source> list = sources.getOrDefault(id, List.of());
                // Earliest: smallest (reported_on, id); latest: largest. Dating: the first stored with a date
                // (before V5 no source said it dated the event; the one that created it was stored first).
                Source first = list.stream().min((a, b) -> a.reportedOn().equals(b.reportedOn()) ? Long.compare(a.id(), b.id()) : a.reportedOn().compareTo(b.reportedOn())).orElse(null);
                Source last = list.stream().max((a, b) -> a.reportedOn().equals(b.reportedOn()) ? Long.compare(a.id(), b.id()) : a.reportedOn().compareTo(b.reportedOn())).orElse(null);
                Source dating = list.stream().filter(Source::dated).findFirst().orElse(null);
                update.setString(1, merged.words());
                update.setInt(2, list.size());
                setId(update, 3, first);
                update.setObject(4, first == null ? null : first.reportedOn());
                setId(update, 5, last);
                update.setObject(6, last == null ? null : last.reportedOn());
                setId(update, 7, dating);
                update.setObject(8, spans.get(id), java.sql.Types.INTEGER);
                update.setString(9, id);
                update.addBatch();
                if (word != null) {
                    for (String term : merged.added()) {
                        word.setString(1, term);
                        word.setString(2, id);
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

    private static void setId(PreparedStatement p, int index, Source s) throws SQLException {
        if (s == null) {
            p.setNull(index, java.sql.Types.BIGINT);
        } else {
            p.setLong(index, s.id());
        }
    }

    private static void bind(PreparedStatement p, List<String> ids) throws SQLException {
        for (int i = 0; i < ids.size(); i++) {
            p.setString(i + 1, ids.get(i));
        }
    }
}
