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

/** Event queries: every filter is a predicate on an indexed column, evaluated by the database. */
@ApplicationScoped
public class EventRepository implements PanacheRepositoryBase<EventEntity, String> {

    public List<EventEntity> search(EventFilter filter, int page, int size) {
        Where where = where(filter);
        return find(where.hql(), sort(filter), where.parameters()).page(Page.of(page, size)).list();
    }

    /** Every match, for exports and histograms; bounded by the caller's paging of the result. */
    public List<EventEntity> searchAll(EventFilter filter) {
        Where where = where(filter);
        return find(where.hql(), sort(filter), where.parameters()).list();
    }

    public long count(EventFilter filter) {
        Where where = where(filter);
        return count(where.hql(), where.parameters());
    }

    /** The start dates of the matching dated events, for histograms: one column, no entities. */
    public List<LocalDate> startDates(EventFilter filter) {
        Where where = where(filter);
        var query = getEntityManager().createQuery(
                "select dateStart from EventEntity where " + where.hql() + " and dateStart is not null", LocalDate.class);
        where.parameters().map().forEach(query::setParameter);
        return query.getResultList();
    }

    /** Number of events per actor id, for every actor that has at least one. */
    public java.util.Map<String, Long> eventCountsByActor() {
        java.util.Map<String, Long> counts = new java.util.HashMap<>();
        getEntityManager().createQuery("select a, count(e) from EventEntity e join e.actorIds a group by a", Object[].class)
                .getResultList().forEach(row -> counts.put((String) row[0], (Long) row[1]));
        return counts;
    }

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
        em.detach(absorbed);
        em.createQuery("delete from EventEntity e where e.id = :absorbed").setParameter("absorbed", absorbed.id).executeUpdate();
        EventAliasEntity alias = new EventAliasEntity();
        alias.aliasId = absorbed.id;
        alias.eventId = survivor.id;
        alias.mergedAt = java.time.Instant.now();
        em.persist(alias);
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

    private static Sort sort(EventFilter filter) {
        Sort.Direction direction = filter.newestFirst() ? Sort.Direction.Descending : Sort.Direction.Ascending;
        return Sort.by("dateStart", direction, Sort.NullPrecedence.NULLS_LAST).and("id", direction);
    }

    private record Where(String hql, Parameters parameters) {
    }

    private static Where where(EventFilter f) {
        List<String> clauses = new ArrayList<>();
        Parameters p = new Parameters();
        clauses.add("1 = 1");
        if (!f.actorIds().isEmpty()) {
            clauses.add("id in (select ea.id from EventEntity ea join ea.actorIds a where a in :actors)");
            p.and("actors", f.actorIds());
        }
        if (!f.placeIds().isEmpty()) {
            clauses.add("id in (select ep.id from EventEntity ep join ep.placeIds pl where pl in :places)");
            p.and("places", f.placeIds());
        }
        if (f.from() != null) {
            clauses.add("dateEnd >= :from");
            p.and("from", f.from());
        }
        if (f.to() != null) {
            clauses.add("dateStart <= :to");
            p.and("to", f.to());
        }
        if (!f.types().isEmpty()) {
            clauses.add("type in :types");
            p.and("types", f.types());
        }
        if (f.status() != null) {
            clauses.add("status = :status");
            p.and("status", f.status());
        }
        if (f.articleId() != null) {
            clauses.add("id in (select s.event.id from EventSourceEntity s where s.articleId = :article)");
            p.and("article", f.articleId());
        }
        for (int i = 0; i < f.words().size(); i++) {
            clauses.add("(searchText like :w" + i + " or id in (select s.event.id from EventSourceEntity s where s.searchText like :w" + i + "))");
            p.and("w" + i, "%" + f.words().get(i) + "%");
        }
        return new Where(String.join(" and ", clauses), p);
    }
}
