package io.tarikh.store;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The read side of the chronology, in plain SQL on one connection per call: a page is its ids in
 * index order, then the rows, participants and at most three sources of those ids, a handful of
 * statements whatever the page or the store's size. Nothing here loads an entity.
 */
@ApplicationScoped
public class EventQueries {

    /** One event as a page shows it, with the ids of the sources it previews. */
    public record EventRow(String id, io.tarikh.knowledge.EventType type, io.tarikh.extraction.EventStatus status, String titleAr, String titleEn, String dateJson,
            String referenceEventId, int sourceCount, Long firstSourceId, Long lastSourceId, Long datingSourceId) {
    }

    /**
     * One source of an event, with its article's publication date (null when unknown) and how it
     * was decided, and how the source knows each of its actors and places.
     */
    public record SourceRow(long id, String eventId, String articleId, String quote, int start, int end, io.tarikh.extraction.DateBasis dateBasis,
            io.tarikh.extraction.EventStatus status, String dateJson, String expressionJson, LocalDate reportedOn,
            LocalDate publishedOn, io.tarikh.temporal.AnchorSource publishedSource, List<Participant> actors, List<Participant> places,
            boolean withArticle) {

        /** With its article's publication date as read (withArticle: the row was read with it, nothing more to look up). */
        SourceRow with(LocalDate published, io.tarikh.temporal.AnchorSource source, List<Participant> actorRows, List<Participant> placeRows) {
            return new SourceRow(id, eventId, articleId, quote, start, end, dateBasis, status, dateJson, expressionJson, reportedOn,
                    published, source, actorRows, placeRows, true);
        }
    }

    /** An actor or place as one source gives it: basis and role are enum names (V7); start/end locate the name when written. */
    public record Participant(String id, String basis, String role, Integer start, Integer end) {
    }

    /** How an event's sources know one of its actors or places: each basis and role given, with how many sources gave it. */
    public record Known(String basis, String role, long sources) {
    }

    /**
     * An event with its actor and place ids, its preview sources (earliest, dating, latest;
     * distinct, in report order), how its sources know each actor and place (by id), and how many
     * of its sources give a date that does not overlap its own.
     */
    public record EventRead(EventRow event, List<String> actorIds, List<String> placeIds, List<SourceRow> sources,
            Map<String, List<Known>> actorsKnown, Map<String, List<Known>> placesKnown, long conflictingSources) {
    }

    /** A window of matches and how many there are in all. */
    public record Slice<T>(List<T> items, long total) {
    }

    /** Matching events per start day. */
    public record DayCount(LocalDate day, long count) {
    }

    private static final String EVENT_COLUMNS = "id, type, status, title_ar, title_en, date_json, reference_event_id,"
            + " source_count, first_source_id, last_source_id, dating_source_id";
    /** Report order; event_id first (it is one value) so that H2 sees ix_event_source_reported's order and does not sort. */
    public static final String SOURCES_ORDER = " ORDER BY s.event_id, s.reported_on, s.id";
    private static final String SOURCE_COLUMNS = "id, event_id, article_id, quote, start_offset, end_offset, date_basis,"
            + " status, date_json, expression_json, reported_on";

    private final DataSource data;
    private final Database database;

    public EventQueries(DataSource data, Database database) {
        this.data = data;
        this.database = database;
    }

    public EventSql sql(EventFilter filter) {
        return new EventSql(filter, database.isPostgres());
    }

    /** A page of matching events in date order (undated last) and the number of matches. */
    public Slice<EventRead> page(EventFilter filter, long offset, int size) {
        if (filter.matchesNothing()) {
            return new Slice<>(List.of(), 0);
        }
        EventSql sql = sql(filter);
        return run(c -> {
            long total = total(c, sql.count());
            List<String> ids = new ArrayList<>(size);
            if (offset < total) {
                ids.addAll(strings(c, sql.datedIds(offset, size)));
                if (ids.size() < size) {
                    // The dated matches end in this window: undated ones follow, numbered after them.
                    long dated = ids.isEmpty() ? total - single(c, sql.countUndated()) : offset + ids.size();
                    ids.addAll(strings(c, sql.undatedIds(Math.max(0, offset - dated), size - ids.size())));
                }
            }
            return new Slice<>(read(c, ids), total);
        });
    }

    /** Delta rows of event_count past which a count folds them into one (PostgreSQL). */
    static final int FOLD_EVENT_COUNT_AT = 64;

    /**
     * The number of matches. For all events on PostgreSQL, the sum of event_count's deltas; when
     * more than {@link #FOLD_EVENT_COUNT_AT} rows were summed, they are folded into one.
     */
    private static long total(Connection c, EventSql.Sql count) throws SQLException {
        if (!count.text().equals(EventSql.ALL_EVENTS_COUNT)) {
            return single(c, count);
        }
        long total;
        long rows;
        try (PreparedStatement p = prepare(c, count); ResultSet rs = p.executeQuery()) {
            rs.next();
            total = rs.getLong(1);
            rows = rs.getLong(2);
        }
        if (rows > FOLD_EVENT_COUNT_AT) {
            foldEventCount(c);
        }
        return total;
    }

    /**
     * Replaces the delta rows of event_count by their sum, in one statement: the sum any snapshot
     * reads is unchanged. Rows another fold holds are skipped (and left to it), so two folds never
     * wait for each other nor count a row twice; rows of uncommitted ingests are not seen. Only
     * outside a transaction (a read's own connection), and a failure is no failure of the read.
     */
    static void foldEventCount(Connection c) {
        try {
            if (!c.getAutoCommit()) {
                return;
            }
            try (PreparedStatement p = c.prepareStatement("WITH folded AS (DELETE FROM event_count WHERE id IN"
                    + " (SELECT id FROM event_count FOR UPDATE SKIP LOCKED) RETURNING n)"
                    + " INSERT INTO event_count (n) SELECT SUM(n) FROM folded HAVING COUNT(*) > 0")) {
                p.executeUpdate();
            }
        } catch (SQLException e) {
            org.jboss.logging.Logger.getLogger(EventQueries.class).debugf("event_count not folded: %s", e.getMessage());
        }
    }

    /** The row of one event, without its participants or sources. */
    public Optional<EventRow> row(String id) {
        return run(c -> rows(c, List.of(id)).values().stream().findFirst());
    }

    /** One event as lists show it, if there is one with this id. */
    public Optional<EventRead> byId(String id) {
        return run(c -> read(c, List.of(id))).stream().findFirst();
    }

    /** The matching dated events per start day, in day order, counted by the database. */
    public List<DayCount> countsByStartDay(EventFilter filter) {
        if (filter.matchesNothing()) {
            return List.of();
        }
        EventSql.Sql sql = sql(filter).countsByStartDay();
        return run(c -> {
            List<DayCount> out = new ArrayList<>();
            try (PreparedStatement p = prepare(c, sql); ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(new DayCount(rs.getObject(1, LocalDate.class), rs.getLong(2)));
                }
            }
            return out;
        });
    }

    /** Events per actor id, for the given actors (all actors when null), from the index on event_actor (actor_id, event_id). */
    public Map<String, Long> eventCountsByActor(Collection<String> actorIds) {
        if (actorIds != null && actorIds.isEmpty()) {
            return Map.of();
        }
        String where = actorIds == null ? "" : " WHERE actor_id IN (" + marks(actorIds.size()) + ")";
        EventSql.Sql sql = new EventSql.Sql("SELECT actor_id, COUNT(*) FROM event_actor" + where + " GROUP BY actor_id",
                actorIds == null ? List.of() : List.copyOf(actorIds));
        return run(c -> {
            Map<String, Long> out = new HashMap<>();
            try (PreparedStatement p = prepare(c, sql); ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getLong(2));
                }
            }
            return out;
        });
    }

    /**
     * A window of an event's sources in report order (earliest first), optionally of one article
     * only, and how many there are: the index on (event_id, reported_on, id), or the unique key
     * (event_id, article_id, start_offset) for one article.
     */
    public Slice<SourceRow> sources(String eventId, String articleId, long offset, int size) {
        EventSql.Sql count = sourcesSql("SELECT COUNT(*)", eventId, articleId, "", List.of());
        EventSql.Sql page = sourcesSql("SELECT s." + SOURCE_COLUMNS.replace(", ", ", s."), eventId, articleId,
                SOURCES_ORDER + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", List.of(offset, size));
        return run(c -> {
            long total = single(c, count);
            return new Slice<>(total <= offset ? List.of() : details(c, sourceRows(c, page)), total);
        });
    }

    /** The statement behind {@link #sources}, public for the query-plan tests. */
    public static EventSql.Sql sourcesSql(String select, String eventId, String articleId, String tail, List<Object> tailParams) {
        List<Object> params = new ArrayList<>();
        params.add(eventId);
        String where = " WHERE s.event_id = ?";
        if (articleId != null) {
            where += " AND s.article_id = ?";
            params.add(articleId);
        }
        params.addAll(tailParams);
        return new EventSql.Sql(select + " FROM event_source s" + where + tail, params);
    }

    /** Rows, participants and preview sources of these events, in the order of {@code ids}. */
    private List<EventRead> read(Connection c, List<String> ids) throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, EventRow> rows = rows(c, ids);
        Map<String, List<String>> actors = new HashMap<>();
        Map<String, List<String>> places = new HashMap<>();
        links(c, ids, actors, places);
        List<Long> sourceIds = rows.values().stream()
                .flatMap(r -> java.util.stream.Stream.of(r.firstSourceId(), r.datingSourceId(), r.lastSourceId()))
                .filter(Objects::nonNull).distinct().toList();
        Map<String, List<SourceRow>> sources = new HashMap<>();
        if (!sourceIds.isEmpty()) {
            // With their articles' publication dates: details() then reads only their participants.
            EventSql.Sql sql = new EventSql.Sql("SELECT s." + SOURCE_COLUMNS.replace(", ", ", s.") + ", a.published_date, a.published_source"
                    + " FROM event_source s LEFT JOIN article a ON a.id = s.article_id WHERE s.id IN (" + marks(sourceIds.size())
                    + ") ORDER BY s.reported_on, s.id", List.copyOf(sourceIds));
            for (SourceRow s : details(c, sourceRows(c, sql))) {
                sources.computeIfAbsent(s.eventId(), k -> new ArrayList<>()).add(s);
            }
        }
        Map<String, Map<String, List<Known>>> actorsKnown = new HashMap<>();
        Map<String, Map<String, List<Known>>> placesKnown = new HashMap<>();
        known(c, ids, actorsKnown, placesKnown);
        Map<String, Long> conflicts = new HashMap<>();
        try (PreparedStatement p = prepare(c, conflictsSql(ids)); ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                conflicts.put(rs.getString(1), rs.getLong(2));
            }
        }
        List<EventRead> out = new ArrayList<>(ids.size());
        for (String id : ids) {
            EventRow r = rows.get(id);
            if (r != null) { // deleted by a merge since its id was read
                out.add(new EventRead(r, actors.getOrDefault(id, List.of()), places.getOrDefault(id, List.of()),
                        sources.getOrDefault(id, List.of()), actorsKnown.getOrDefault(id, Map.of()), placesKnown.getOrDefault(id, Map.of()),
                        conflicts.getOrDefault(id, 0L)));
            }
        }
        return out;
    }

    /**
     * Per event, the sources whose date does not overlap the event's: the sources disagree on when
     * it happened. Read through ix_event_source_event for the page's events only.
     */
    public static EventSql.Sql conflictsSql(List<String> eventIds) {
        return new EventSql.Sql("SELECT s.event_id, COUNT(*) FROM event_source s JOIN event e ON e.id = s.event_id"
                + " WHERE s.event_id IN (" + marks(eventIds.size()) + ") AND s.date_start IS NOT NULL AND e.date_start IS NOT NULL"
                + " AND (s.date_end < e.date_start OR s.date_start > e.date_end) GROUP BY s.event_id", List.copyOf(eventIds));
    }

    /**
     * Per event and participant, each (basis, role) its sources give and how many sources give it:
     * actors and places in one statement ({@link #knownSql}).
     */
    private static void known(Connection c, List<String> eventIds, Map<String, Map<String, List<Known>>> actors,
            Map<String, Map<String, List<Known>>> places) throws SQLException {
        try (PreparedStatement p = prepare(c, knownSql(eventIds)); ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                (ACTOR.equals(rs.getString(1)) ? actors : places).computeIfAbsent(rs.getString(2), k -> new LinkedHashMap<>())
                        .computeIfAbsent(rs.getString(3), k -> new ArrayList<>()).add(new Known(rs.getString(4), rs.getString(5), rs.getLong(6)));
            }
        }
    }

    /** The first column of the statements that read actors and places together: which of the two a row is. */
    private static final String ACTOR = "A";
    private static final String PLACE = "P";

    /**
     * The statement behind the provenance of a page's participants, public for the query-plan tests:
     * per event, actor or place, basis and role, how many of the event's sources give it; a nested loop
     * over the sources of the page's events (ix_event_source_event) into the covering indexes of V9.
     */
    public static EventSql.Sql knownSql(List<String> eventIds) {
        List<Object> params = new ArrayList<>(eventIds);
        params.addAll(eventIds);
        return new EventSql.Sql(knownBranch(ACTOR, "event_source_actor", "actor_id", eventIds.size()) + " UNION ALL "
                + knownBranch(PLACE, "event_source_place", "place_id", eventIds.size()), params);
    }

    private static String knownBranch(String kind, String table, String column, int events) {
        return "SELECT '" + kind + "', s.event_id, x." + column + ", x.basis, x.role, COUNT(*) FROM event_source s JOIN " + table
                + " x ON x.source_id = s.id WHERE s.event_id IN (" + marks(events) + ") GROUP BY s.event_id, x." + column + ", x.basis, x.role";
    }

    /**
     * The sources with their articles' publication dates and their participants: two statements for
     * any number of sources, one when the rows were read with their articles' dates
     * ({@link SourceRow#withArticle}).
     */
    private static List<SourceRow> details(Connection c, List<SourceRow> rows) throws SQLException {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<String, Object[]> published = new HashMap<>();
        List<String> articles = rows.stream().filter(r -> !r.withArticle()).map(SourceRow::articleId).distinct().toList();
        if (!articles.isEmpty()) {
            try (PreparedStatement p = prepare(c, new EventSql.Sql("SELECT id, published_date, published_source FROM article WHERE id IN ("
                    + marks(articles.size()) + ")", List.copyOf(articles))); ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    published.put(rs.getString(1), new Object[] { rs.getObject(2, LocalDate.class), anchorSource(rs.getString(3)) });
                }
            }
        }
        List<Long> ids = rows.stream().map(SourceRow::id).toList();
        Map<Long, List<Participant>> actors = new HashMap<>();
        Map<Long, List<Participant>> places = new HashMap<>();
        participants(c, ids, actors, places);
        List<SourceRow> out = new ArrayList<>(rows.size());
        for (SourceRow r : rows) {
            Object[] pub = r.withArticle() ? new Object[] { r.publishedOn(), r.publishedSource() }
                    : published.getOrDefault(r.articleId(), new Object[2]);
            out.add(r.with((LocalDate) pub[0], (io.tarikh.temporal.AnchorSource) pub[1], actors.getOrDefault(r.id(), List.of()),
                    places.getOrDefault(r.id(), List.of())));
        }
        return out;
    }

    /** The actors and places of these sources, each source's in id order: one statement for both. */
    private static void participants(Connection c, List<Long> sourceIds, Map<Long, List<Participant>> actors,
            Map<Long, List<Participant>> places) throws SQLException {
        String in = " WHERE source_id IN (" + marks(sourceIds.size()) + ")";
        List<Object> params = new ArrayList<>(sourceIds);
        params.addAll(sourceIds);
        try (PreparedStatement p = prepare(c, new EventSql.Sql("SELECT '" + ACTOR + "' AS kind, source_id, actor_id AS participant, basis, role,"
                + " start_offset, end_offset FROM event_source_actor" + in
                + " UNION ALL SELECT '" + PLACE + "', source_id, place_id, basis, role, start_offset, end_offset FROM event_source_place" + in
                + " ORDER BY kind, source_id, participant", params)); ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                (ACTOR.equals(rs.getString(1)) ? actors : places).computeIfAbsent(rs.getLong(2), k -> new ArrayList<>())
                        .add(new Participant(rs.getString(3), rs.getString(4), rs.getString(5),
                                (Integer) rs.getObject(6, Integer.class), (Integer) rs.getObject(7, Integer.class)));
            }
        }
    }

    private static Map<String, EventRow> rows(Connection c, List<String> ids) throws SQLException {
        Map<String, EventRow> rows = new HashMap<>();
        try (PreparedStatement p = prepare(c, new EventSql.Sql("SELECT " + EVENT_COLUMNS + " FROM event WHERE id IN (" + marks(ids.size()) + ")",
                List.copyOf(ids))); ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                EventRow r = new EventRow(rs.getString(1), io.tarikh.knowledge.EventType.valueOf(rs.getString(2)), io.tarikh.extraction.EventStatus.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getInt(8), nullableLong(rs, 9), nullableLong(rs, 10), nullableLong(rs, 11));
                rows.put(r.id(), r);
            }
        }
        return rows;
    }

    private static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    /** The actor and place ids of these events, each event's in id order: one statement for both. */
    private static void links(Connection c, List<String> ids, Map<String, List<String>> actors, Map<String, List<String>> places) throws SQLException {
        String in = " WHERE event_id IN (" + marks(ids.size()) + ")";
        List<Object> params = new ArrayList<>(ids);
        params.addAll(ids);
        try (PreparedStatement p = prepare(c, new EventSql.Sql("SELECT '" + ACTOR + "' AS kind, event_id, actor_id AS participant FROM event_actor" + in
                + " UNION ALL SELECT '" + PLACE + "', event_id, place_id FROM event_place" + in + " ORDER BY kind, event_id, participant", params));
                ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                (ACTOR.equals(rs.getString(1)) ? actors : places).computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(rs.getString(3));
            }
        }
    }

    /** Source rows of SOURCE_COLUMNS, optionally followed by their article's published_date and published_source. */
    private static List<SourceRow> sourceRows(Connection c, EventSql.Sql sql) throws SQLException {
        List<SourceRow> out = new ArrayList<>();
        try (PreparedStatement p = prepare(c, sql); ResultSet rs = p.executeQuery()) {
            boolean withArticle = rs.getMetaData().getColumnCount() > 11;
            while (rs.next()) {
                out.add(new SourceRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getInt(6),
                        io.tarikh.extraction.DateBasis.valueOf(rs.getString(7)), io.tarikh.extraction.EventStatus.valueOf(rs.getString(8)), rs.getString(9), rs.getString(10), rs.getObject(11, LocalDate.class),
                        withArticle ? rs.getObject(12, LocalDate.class) : null, withArticle ? anchorSource(rs.getString(13)) : null,
                        List.of(), List.of(), withArticle));
            }
        }
        return out;
    }

    private static io.tarikh.temporal.AnchorSource anchorSource(String name) {
        return name == null ? null : io.tarikh.temporal.AnchorSource.valueOf(name);
    }

    private static long single(Connection c, EventSql.Sql sql) throws SQLException {
        try (PreparedStatement p = prepare(c, sql); ResultSet rs = p.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> strings(Connection c, EventSql.Sql sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement p = prepare(c, sql); ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static PreparedStatement prepare(Connection c, EventSql.Sql sql) throws SQLException {
        PreparedStatement p = c.prepareStatement(sql.text());
        for (int i = 0; i < sql.params().size(); i++) {
            Object v = sql.params().get(i);
            if (v instanceof LocalDate d) {
                p.setObject(i + 1, d);
            } else if (v instanceof Long l) {
                p.setLong(i + 1, l);
            } else if (v instanceof Integer n) {
                p.setInt(i + 1, n);
            } else if (v instanceof Enum<?> e) {
                p.setString(i + 1, e.name()); // vocabulary columns hold the enum's names
            } else {
                p.setString(i + 1, (String) v);
            }
        }
        return p;
    }

    private static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    private interface Work<T> {
        T on(Connection c) throws SQLException;
    }

    private <T> T run(Work<T> work) {
        try (Connection c = data.getConnection()) {
            return work.on(c);
        } catch (SQLException e) {
            throw new IllegalStateException("event read failed: " + e.getMessage(), e);
        }
    }
}
