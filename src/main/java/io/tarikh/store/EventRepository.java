package io.tarikh.store;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.tarikh.extraction.EventStatus;
import io.tarikh.knowledge.EventType;
import io.tarikh.temporal.Precision;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The write side of the chronology and the merge-candidate queries; pages, histograms and counts
 * are read by {@link EventQueries}.
 */
@ApplicationScoped
public class EventRepository implements PanacheRepositoryBase<EventEntity, String> {

    /** The longest search words an event keeps (the column holds 20,000; one quote adds at most 2,000). */
    public static final int MAX_SEARCH_WORDS = db.migration.V5_2__Read_path_backfill.MAX_SEARCH_WORDS;

    @jakarta.inject.Inject
    Database database;

    /**
     * Merge candidates for a day-precise mention of [from, to]: events of these types, day-precise
     * too, overlapping it, that share one of the given actors or places. The query reads a window
     * of {@code date_start} bounded on both sides (day-precise events are at most
     * {@code maxSpanDays} long) with the participants of each event in it, and the sharing is
     * checked here: the work depends on how many events fall in those days, never on how many
     * events a popular actor has.
     */
    public List<EventEntity> overlappingDayPrecise(Collection<EventType> types, LocalDate from, LocalDate to, int maxSpanDays,
            Collection<String> actorIds, Collection<String> placeIds) {
        String window = "e.datePrecision = 'DAY' and e.dateStart between :earliest and :to and e.dateEnd >= :from";
        Parameters p = Parameters.with("earliest", from.minusDays(maxSpanDays)).and("to", to).and("from", from);
        return sharing(window, p, types, actorIds, placeIds);
    }

    /** Merge candidates for a coarse date: events of exactly this type, precision and interval that share a participant. */
    public List<EventEntity> sameCoarseDate(EventType type, Precision precision, LocalDate start, LocalDate end,
            Collection<String> actorIds, Collection<String> placeIds) {
        String window = "e.type = :type and e.datePrecision = :precision and e.dateStart = :start and e.dateEnd = :end";
        Parameters p = Parameters.with("type", type).and("precision", precision).and("start", start).and("end", end);
        return sharing(window, p, List.of(type), actorIds, placeIds);
    }

    /**
     * The events of the window, of one of the types, not reference events, that have one of the
     * actors or places; only those are loaded. The type and reference conditions are checked
     * here, not in SQL: H2 would otherwise read through ix_event_reference ("is null" matches
     * almost every row) or ix_event_type (an IN list leaves date_start unbounded) instead of
     * the date window.
     */
    private List<EventEntity> sharing(String window, Parameters p, Collection<EventType> types, Collection<String> actorIds,
            Collection<String> placeIds) {
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        if (!actorIds.isEmpty()) {
            ids.addAll(idsWithParticipant("select e.id, e.type, e.referenceEventId, a from EventEntity e join e.actorIds a where " + window, p, types, actorIds));
        }
        if (!placeIds.isEmpty()) {
            ids.addAll(idsWithParticipant("select e.id, e.type, e.referenceEventId, pl from EventEntity e join e.placeIds pl where " + window, p, types, placeIds));
        }
        return ids.stream().map(this::findById).toList();
    }

    private List<String> idsWithParticipant(String hql, Parameters p, Collection<EventType> types, Collection<String> wanted) {
        var query = getEntityManager().createQuery(hql, Object[].class);
        p.map().forEach(query::setParameter);
        return query.getResultList().stream()
                .filter(row -> types.contains((EventType) row[1]) && row[2] == null && wanted.contains((String) row[3]))
                .map(row -> (String) row[0]).toList();
    }

    /** Whether an id is taken, by an event or by the alias of a merged one. */
    public boolean idTaken(String id) {
        return findByIdOptional(id).isPresent() || getEntityManager().find(EventAliasEntity.class, id) != null;
    }

    /** The event an absorbed id now belongs to, if the id was merged away. */
    public Optional<String> survivorOf(String aliasId) {
        return Optional.ofNullable(getEntityManager().find(EventAliasEntity.class, aliasId)).map(a -> a.eventId);
    }

    /** Adds one source without loading the event's others (the unique key rejects a repeat). */
    public void addSource(EventSourceEntity source) {
        getEntityManager().persist(source);
    }

    /**
     * Records how each actor and place of a source is known and its role (V7): rows that go with
     * the source when a merge moves it and with it when a correction deletes it.
     */
    public void addProvenance(long sourceId, List<io.tarikh.timeline.Provenance.ActorPart> actors,
            List<io.tarikh.timeline.Provenance.PlacePart> places) {
        getEntityManager().unwrap(org.hibernate.Session.class).doWork(connection -> {
            java.util.Set<String> seen = new java.util.HashSet<>();
            try (var statement = connection.prepareStatement("INSERT INTO event_source_actor (source_id, actor_id, basis, role, start_offset, end_offset)"
                    + " VALUES (?, ?, ?, ?, ?, ?)")) {
                for (var a : actors) {
                    if (seen.add(a.id())) {
                        provenanceRow(statement, sourceId, a.id(), a.basis().name(), a.role().name(), a.start(), a.end());
                    }
                }
                statement.executeBatch();
            }
            seen.clear();
            try (var statement = connection.prepareStatement("INSERT INTO event_source_place (source_id, place_id, basis, role, start_offset, end_offset)"
                    + " VALUES (?, ?, ?, ?, ?, ?)")) {
                for (var p : places) {
                    if (seen.add(p.id())) {
                        provenanceRow(statement, sourceId, p.id(), p.basis().name(), p.role().name(), p.start(), p.end());
                    }
                }
                statement.executeBatch();
            }
        });
    }

    private static void provenanceRow(java.sql.PreparedStatement statement, long sourceId, String id, String basis, String role,
            Integer start, Integer end) throws java.sql.SQLException {
        statement.setLong(1, sourceId);
        statement.setString(2, id);
        statement.setString(3, basis);
        statement.setString(4, role);
        statement.setObject(5, start, java.sql.Types.INTEGER);
        statement.setObject(6, end, java.sql.Types.INTEGER);
        statement.addBatch();
    }

    /**
     * Counts {@code count} sources of one article, reported on {@code reportedOn}, ids
     * {@code minId..maxId}, into the event's source summary: one statement computed from the row
     * as it is when written, so two ingests adding to one event at once both count (a concurrent
     * update makes PostgreSQL evaluate it again on the committed row). The earliest keeps the
     * smaller id on a tie, the latest the larger.
     */
    public void sourcesAdded(String eventId, int count, long minId, long maxId, LocalDate reportedOn) {
        var em = getEntityManager();
        em.flush(); // the event row may not be inserted yet
        em.createNativeQuery("UPDATE event SET source_count = source_count + ?1,"
                + " first_source_id = CASE WHEN first_reported_on IS NULL OR ?2 < first_reported_on THEN ?3 ELSE first_source_id END,"
                + " first_reported_on = CASE WHEN first_reported_on IS NULL OR ?2 < first_reported_on THEN ?2 ELSE first_reported_on END,"
                + " last_source_id = CASE WHEN last_reported_on IS NULL OR ?2 >= last_reported_on THEN ?4 ELSE last_source_id END,"
                + " last_reported_on = CASE WHEN last_reported_on IS NULL OR ?2 >= last_reported_on THEN ?2 ELSE last_reported_on END"
                + " WHERE id = ?5")
                .setParameter(1, count).setParameter(2, reportedOn).setParameter(3, minId).setParameter(4, maxId).setParameter(5, eventId)
                .executeUpdate();
    }

    /** The source summary of an event computed again from its sources: after a merge moved some over. */
    private void recountSources(String eventId) {
        getEntityManager().createNativeQuery("UPDATE event SET"
                + " source_count = (SELECT COUNT(*) FROM event_source s WHERE s.event_id = event.id),"
                + " first_source_id = (SELECT s.id FROM event_source s WHERE s.event_id = event.id ORDER BY s.reported_on, s.id FETCH FIRST 1 ROW ONLY),"
                + " last_source_id = (SELECT s.id FROM event_source s WHERE s.event_id = event.id ORDER BY s.reported_on DESC, s.id DESC FETCH FIRST 1 ROW ONLY)"
                + " WHERE id = ?1").setParameter(1, eventId).executeUpdate();
        getEntityManager().createNativeQuery("UPDATE event SET"
                + " first_reported_on = (SELECT s.reported_on FROM event_source s WHERE s.id = event.first_source_id),"
                + " last_reported_on = (SELECT s.reported_on FROM event_source s WHERE s.id = event.last_source_id)"
                + " WHERE id = ?1").setParameter(1, eventId).executeUpdate();
    }

    /**
     * Records terms newly added to an event's search words. On PostgreSQL the full-text column
     * follows search_words by itself; H2 keeps them as rows of event_word (MERGE: a repeat is no error).
     */
    public void indexTerms(String eventId, Collection<String> terms) {
        if (database.isPostgres() || terms.isEmpty()) {
            return;
        }
        batch("MERGE INTO event_word (term, event_id) KEY (term, event_id) VALUES (?, ?)", eventId, terms);
    }

    private void unindexTerms(String eventId, String searchWords) {
        if (database.isPostgres() || searchWords == null || searchWords.isBlank()) {
            return;
        }
        batch("DELETE FROM event_word WHERE term = ? AND event_id = ?", eventId, List.of(searchWords.strip().split(" ")));
    }

    private void batch(String sql, String eventId, Collection<String> terms) {
        getEntityManager().unwrap(org.hibernate.Session.class).doWork(connection -> {
            try (var statement = connection.prepareStatement(sql)) {
                for (String term : terms) {
                    statement.setString(1, term);
                    statement.setString(2, eventId);
                    statement.addBatch();
                }
                statement.executeBatch();
            }
        });
    }

    /**
     * Merges {@code absorbed} into {@code survivor}: its sources (but those the survivor already
     * has) and participants move over, its id becomes an alias of the survivor, as do its aliases.
     */
    public void absorb(EventEntity survivor, EventEntity absorbed) {
        var em = getEntityManager();
        em.flush();
        em.createQuery("delete from EventSourceEntity s where s.event.id = :absorbed and exists (select 1 from EventSourceEntity t"
                + " where t.event.id = :survivor and t.articleId = s.articleId and t.startOffset = s.startOffset)")
                .setParameter("absorbed", absorbed.id).setParameter("survivor", survivor.id).executeUpdate();
        em.createQuery("update EventSourceEntity s set s.event = :survivor where s.event.id = :absorbed")
                .setParameter("survivor", survivor).setParameter("absorbed", absorbed.id).executeUpdate();
        em.createQuery("update EventAliasEntity a set a.eventId = :survivor where a.eventId = :absorbed")
                .setParameter("survivor", survivor.id).setParameter("absorbed", absorbed.id).executeUpdate();
        survivor.actorIds.addAll(absorbed.actorIds);
        survivor.placeIds.addAll(absorbed.placeIds);
        var words = io.tarikh.text.SearchTerms.merge(survivor.searchWords,
                absorbed.searchWords == null ? java.util.Set.of() : new java.util.LinkedHashSet<>(List.of(absorbed.searchWords.strip().split(" "))),
                MAX_SEARCH_WORDS);
        survivor.searchWords = words.words();
        indexTerms(survivor.id, words.added());
        unindexTerms(absorbed.id, absorbed.searchWords);
        em.detach(absorbed);
        em.createQuery("delete from EventEntity e where e.id = :absorbed").setParameter("absorbed", absorbed.id).executeUpdate();
        EventAliasEntity alias = new EventAliasEntity();
        alias.aliasId = absorbed.id;
        alias.eventId = survivor.id;
        alias.mergedAt = java.time.Instant.now();
        em.persist(alias);
        em.flush();
        recountSources(survivor.id);
    }

    /** The events an article is a source of. */
    public List<EventEntity> ofArticle(String articleId) {
        return list("id in (select s.event.id from EventSourceEntity s where s.articleId = ?1) order by id", articleId);
    }

    /** For each quote offset of the article, the events that quote is a source of (one sentence can report several). */
    public java.util.Map<Integer, List<String>> eventsByOffset(String articleId) {
        java.util.Map<Integer, List<String>> out = new java.util.HashMap<>();
        getEntityManager().createQuery("select s.startOffset, s.event.id from EventSourceEntity s where s.articleId = :article"
                + " order by s.startOffset, s.event.id", Object[].class)
                .setParameter("article", articleId).getResultList()
                .forEach(row -> out.computeIfAbsent((Integer) row[0], k -> new ArrayList<>()).add((String) row[1]));
        return out;
    }

    /** Deletes every source the article gave. */
    public void removeSourcesOf(String articleId) {
        getEntityManager().flush();
        getEntityManager().createQuery("delete from EventSourceEntity s where s.articleId = :article")
                .setParameter("article", articleId).executeUpdate();
    }

    /**
     * The read columns of an event that lost sources (a correction or deletion of an article):
     * its source summary counted again from the sources left, its dating source kept if still
     * there (else the earliest dated one left), and its search words rebuilt from its titles and
     * the quotes left, so that q no longer finds it by a removed quote (event_word follows on H2).
     */
    public void sourcesRemoved(EventEntity event) {
        var em = getEntityManager();
        em.flush();
        recountSources(event.id);
        List<EventSourceEntity> left = em.createQuery("select s from EventSourceEntity s where s.event.id = :event order by s.id",
                EventSourceEntity.class).setParameter("event", event.id).getResultList();
        if (event.datingSourceId != null && left.stream().noneMatch(s -> s.id.equals(event.datingSourceId))) {
            event.datingSourceId = left.stream().filter(s -> s.dateJson != null).map(s -> s.id).findFirst().orElse(null);
        }
        java.util.Set<String> terms = new java.util.LinkedHashSet<>(io.tarikh.text.SearchTerms.of(event.titleAr));
        terms.addAll(io.tarikh.text.SearchTerms.of(event.titleEn));
        left.forEach(s -> terms.addAll(io.tarikh.text.SearchTerms.of(s.quote)));
        clearSearchWords(event);
        var words = io.tarikh.text.SearchTerms.merge(null, terms, MAX_SEARCH_WORDS);
        event.searchWords = words.words();
        indexTerms(event.id, words.added());
    }

    /** Forgets an event's search words (and on H2 their event_word rows): an orphan taken up again starts afresh. */
    public void clearSearchWords(EventEntity event) {
        unindexTerms(event.id, event.searchWords);
        event.searchWords = null;
    }

    /** The statuses of an event's remaining sources (empty when it has none left). */
    public List<EventStatus> sourceStatuses(String eventId) {
        return getEntityManager().createQuery("select s.status from EventSourceEntity s where s.event.id = :event", EventStatus.class)
                .setParameter("event", eventId).getResultList();
    }

    /** The ids merged into this event, which answer 308 to it. */
    public List<String> aliasesOf(String eventId) {
        return getEntityManager().createQuery("select a.aliasId from EventAliasEntity a where a.eventId = :event", String.class)
                .setParameter("event", eventId).getResultList();
    }

    /**
     * Deletes an event that has no source left, with its aliases (the database cascades them);
     * its id and theirs answer 410 from then on.
     */
    public void removeGone(EventEntity event) {
        var em = getEntityManager();
        List<String> ids = new ArrayList<>(aliasesOf(event.id));
        ids.add(event.id);
        unindexTerms(event.id, event.searchWords);
        em.remove(event);
        em.flush();
        java.time.Instant now = java.time.Instant.now();
        for (String id : ids) {
            EventTombstoneEntity t = em.find(EventTombstoneEntity.class, id);
            if (t == null) {
                t = new EventTombstoneEntity();
                t.eventId = id;
                t.removedAt = now;
                em.persist(t);
            } else {
                t.removedAt = now;
            }
        }
    }

    /** A new event under an id that was gone: the id is served again. */
    public void revive(String eventId) {
        EventTombstoneEntity t = getEntityManager().find(EventTombstoneEntity.class, eventId);
        if (t != null) {
            getEntityManager().remove(t);
        }
    }

    /** When the event of this id lost its last source, if it did. */
    public Optional<java.time.Instant> goneSince(String eventId) {
        return Optional.ofNullable(getEntityManager().find(EventTombstoneEntity.class, eventId)).map(t -> t.removedAt);
    }

    public List<EventEntity> byReferenceEvent(String referenceEventId) {
        return list("referenceEventId", referenceEventId);
    }

    /** Ids of the events an article is a source of, in date order. */
    public List<String> idsForArticle(String articleId) {
        return idsForArticles(List.of(articleId)).getOrDefault(articleId, List.of());
    }

    /** For each article, the ids of the events it is a source of, in date order: one query for a whole page. */
    public java.util.Map<String, List<String>> idsForArticles(java.util.Collection<String> articleIds) {
        java.util.Map<String, List<String>> out = new java.util.HashMap<>();
        if (articleIds.isEmpty()) {
            return out;
        }
        getEntityManager().createQuery(
                "select distinct s.articleId, e.id, e.dateStart from EventEntity e join e.sources s where s.articleId in :articles"
                        + " order by s.articleId, e.dateStart nulls last, e.id", Object[].class)
                .setParameter("articles", articleIds)
                .getResultList()
                .forEach(row -> out.computeIfAbsent((String) row[0], k -> new ArrayList<>()).add((String) row[1]));
        return out;
    }
}
