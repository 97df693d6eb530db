package io.tarikh.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The SQL of the event reads, built from an {@link EventFilter}: every filter is a predicate an
 * index serves, and pages come in index order. Public so that the query-plan tests EXPLAIN the
 * very statements {@link EventQueries} runs. Parameters are JDBC {@code ?}.
 */
public final class EventSql {

    /** A statement and its parameters, in order. */
    public record Sql(String text, List<Object> params) {
    }

    /**
     * Events lasting at most this many days are found by a date range through a window of the
     * date index, [from - SHORT_SPAN_DAYS, to]; longer ones through ix_event_span.
     */
    public static final int SHORT_SPAN_DAYS = 31;
    /**
     * "Dated" as a range of the index rather than IS NOT NULL, which H2 does not read as one: it
     * stepped over every undated event (H2 puts nulls first) on every page.
     */
    private static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    private final EventFilter filter;
    private final boolean postgres;
    private final List<String> clauses = new ArrayList<>();
    private final List<Object> params = new ArrayList<>();

    public EventSql(EventFilter filter, boolean postgres) {
        this.filter = filter;
        this.postgres = postgres;
        where();
    }

    /** How PostgreSQL counts all events: the deltas of event_count (V9_1), a few rows once folded. */
    public static final String ALL_EVENTS_COUNT = "SELECT COALESCE(SUM(n), 0), COUNT(*) FROM event_count";

    /**
     * How many events match. Without filters, COUNT(*) of the whole table on H2, which answers it from
     * its row count, and on PostgreSQL the sum of event_count ({@link #ALL_EVENTS_COUNT}; the second
     * column is how many delta rows it summed); with one actor, counted from that actor's range of
     * ix_event_actor_actor ({@link #fromActor}).
     */
    public Sql count() {
        if (postgres && clauses.isEmpty()) {
            return new Sql(ALL_EVENTS_COUNT, List.of());
        }
        if (soleActor() && clauses.size() == 1) {
            return new Sql("SELECT COUNT(*) FROM event_actor a WHERE a.actor_id = ?", List.copyOf(params));
        }
        return new Sql("SELECT COUNT(*) FROM " + fromActor() + where(""), List.copyOf(params));
    }

    /**
     * One actor's events are read from its range of ix_event_actor_actor, joined to the event by its
     * key: counts and histograms over a widely reported actor (a quarter of the store) took a look-up of
     * every matching id through an IN list and, for H2, a DISTINCT over them first. Pages keep the IN form:
     * they read the date index in order and stop after one page.
     */
    private String fromActor() {
        return soleActor() ? "event_actor a JOIN event e ON e.id = a.event_id" : "event e";
    }

    /** Filtered by exactly one actor: each event has it at most once (event_actor's key), so a join counts each once. */
    private boolean soleActor() {
        return filter.actorIds().size() == 1;
    }

    private List<Object> paramsAnd(Object... more) {
        List<Object> p = new ArrayList<>(params);
        p.addAll(List.of(more));
        return p;
    }

    /** How many matching events are undated: they come after the dated ones in both orders. */
    public Sql countUndated() {
        return new Sql("SELECT COUNT(*) FROM " + fromActor() + where("e.date_start IS NULL"), List.copyOf(params));
    }

    /**
     * The ids of a window of the dated matches in date order. Undated events are asked for
     * separately ({@link #undatedIds}): an ORDER BY with NULLS LAST matches no index on H2 (which
     * puts nulls first) and sorted the whole table for every page.
     */
    public Sql datedIds(long offset, int limit) {
        String direction = filter.newestFirst() ? " DESC" : "";
        return page("SELECT e.id FROM event e" + where("e.date_start >= ?", true)
                + " ORDER BY e.date_start" + direction + ", e.id" + direction, paramsAnd(EARLIEST), offset, limit);
    }

    /** The ids of a window of the undated matches, by id (the primary key), in the requested direction. */
    public Sql undatedIds(long offset, int limit) {
        return page("SELECT e.id FROM event e" + where("e.date_start IS NULL", true)
                + " ORDER BY e.id" + (filter.newestFirst() ? " DESC" : ""), params, offset, limit);
    }

    /** Matching dated events per day of their start: the rows of a histogram, from the index on date_start. */
    public Sql countsByStartDay() {
        return new Sql("SELECT e.date_start, COUNT(*) FROM " + fromActor() + where("e.date_start >= ?")
                + " GROUP BY e.date_start ORDER BY e.date_start", paramsAnd(EARLIEST));
    }

    private static Sql page(String select, List<Object> params, long offset, int limit) {
        List<Object> p = new ArrayList<>(params);
        p.add(offset);
        p.add(limit);
        return new Sql(select + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", List.copyOf(p));
    }

    private static final String ACTOR_IN_EVENTS = "e.id IN (SELECT ea.event_id FROM event_actor ea WHERE ea.actor_id IN (%s))";

    /** The filters as a WHERE clause; with the actor join, its actor filter is the join's range. */
    private String where(String extra) {
        return where(extra, false);
    }

    private String where(String extra, boolean keepActorSubquery) {
        List<String> all = new ArrayList<>(clauses);
        if (soleActor() && !keepActorSubquery) {
            all.set(0, "a.actor_id = ?");
        }
        if (!extra.isEmpty()) {
            all.add(extra);
        }
        return all.isEmpty() ? "" : " WHERE " + String.join(" AND ", all);
    }

    private void where() {
        EventFilter f = filter;
        if (!f.actorIds().isEmpty()) {
            // Always the first clause and the first parameter: fromActor() and actorClause() rely on it.
            clauses.add(ACTOR_IN_EVENTS.formatted(marks(f.actorIds())));
        }
        if (!f.placeIds().isEmpty()) {
            clauses.add("e.id IN (SELECT ep.event_id FROM event_place ep WHERE ep.place_id IN (" + marks(f.placeIds()) + "))");
        }
        // With includeUndated a date range also takes the undated events, read as one more branch
        // (date_start IS NULL, a range of the date index) rather than an OR no index serves.
        String undated = f.includeUndated() ? " UNION ALL SELECT u.id FROM event u WHERE u.date_start IS NULL" : "";
        if (f.from() != null) {
            // Overlapping [from, to]: the short events starting in [from - 31, to], and the long ones.
            LocalDate to = f.to() != null ? f.to() : LATEST;
            // H2 has no statistics to tell that few events are long: it read the long ones through
            // the date index (half the table for a month in 2017) until told which index to use.
            String shortIndex = postgres ? "" : " USE INDEX (ix_event_date)";
            String longIndex = postgres ? "" : " USE INDEX (ix_event_span)";
            clauses.add("e.id IN (SELECT s.id FROM event s" + shortIndex + " WHERE s.date_start >= ? AND s.date_start <= ? AND s.date_end >= ?"
                    + " UNION ALL SELECT l.id FROM event l" + longIndex + " WHERE l.date_span > ? AND l.date_start <= ? AND l.date_end >= ?" + undated + ")");
            params.addAll(List.of(f.from().minusDays(SHORT_SPAN_DAYS), to, f.from(), SHORT_SPAN_DAYS, to, f.from()));
        } else if (f.to() != null && f.includeUndated()) {
            clauses.add("e.id IN (SELECT s.id FROM event s WHERE s.date_start <= ?" + undated + ")");
            params.add(f.to());
        } else if (f.to() != null) {
            clauses.add("e.date_start <= ?");
            params.add(f.to());
        }
        if (f.reportedFrom() != null || f.reportedTo() != null) {
            // A source reported in the range: a window of ix_event_source_reported_on.
            clauses.add("e.id IN (SELECT r.event_id FROM event_source r WHERE r.reported_on >= ? AND r.reported_on <= ?)");
            params.add(f.reportedFrom() != null ? f.reportedFrom() : EARLIEST);
            params.add(f.reportedTo() != null ? f.reportedTo() : LATEST);
        }
        if (!f.types().isEmpty()) {
            clauses.add("e.type IN (" + marks(f.types().stream().map(Enum::name).toList()) + ")"); // the column holds the enum's names
        }
        if (f.status() != null) {
            clauses.add("e.status = ?");
            params.add(f.status().name());
        }
        if (f.articleId() != null) {
            clauses.add("e.id IN (SELECT s.event_id FROM event_source s WHERE s.article_id = ?)");
            params.add(f.articleId());
        }
        if (!f.words().isEmpty()) {
            // Each word in any of its transliteration spellings (استانا or استانه: ArabicNormalizer).
            if (postgres) {
                // Each word begins a lexeme: prefixes of the stems, all of them (&), any spelling (|).
                clauses.add("e.search_vector @@ to_tsquery('arabic', ?)");
                params.add(f.words().stream()
                        .map(w -> "(" + io.tarikh.text.ArabicNormalizer.spellingVariants(w).stream().map(v -> v + ":*")
                                .collect(Collectors.joining(" | ")) + ")")
                        .collect(Collectors.joining(" & ")));
            } else {
                // Each word begins a term: a range of event_word's primary key (a LIKE 'w%' with a
                // parameter is no index condition for H2), one range per spelling.
                for (String w : f.words()) {
                    List<String> ranges = new ArrayList<>();
                    for (String v : io.tarikh.text.ArabicNormalizer.spellingVariants(w)) {
                        ranges.add("SELECT w.event_id FROM event_word w WHERE w.term >= ? AND w.term < ?");
                        params.add(v);
                        params.add(v + Character.MAX_VALUE);
                    }
                    clauses.add("e.id IN (" + String.join(" UNION ALL ", ranges) + ")");
                }
            }
        }
    }

    private String marks(Collection<?> values) {
        params.addAll(values);
        return String.join(", ", Collections.nCopies(values.size(), "?"));
    }

    /** The statement with its parameters written in, for EXPLAIN on H2 (which plans parameters as unknown). */
    public static String inline(Sql sql) {
        StringBuilder out = new StringBuilder();
        int p = 0;
        for (char c : sql.text().toCharArray()) {
            if (c == '?') {
                Object v = sql.params().get(p++);
                out.append(v instanceof Number ? v.toString()
                        : v instanceof LocalDate d ? "DATE '" + d + "'"
                        : "'" + String.valueOf(v).replace("'", "''") + "'");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
