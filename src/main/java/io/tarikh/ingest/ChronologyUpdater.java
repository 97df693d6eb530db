package io.tarikh.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tarikh.extraction.Candidate;
import io.tarikh.extraction.DateBasis;
import io.tarikh.extraction.EventStatus;
import io.tarikh.extraction.TypeFamilies;
import io.tarikh.knowledge.EventType;
import io.tarikh.knowledge.KnowledgeBase;
import io.tarikh.store.EventEntity;
import io.tarikh.store.EventRepository;
import io.tarikh.store.EventSourceEntity;
import io.tarikh.text.ArabicNormalizer;
import io.tarikh.text.SearchTerms;
import io.tarikh.text.Texts;
import io.tarikh.timeline.ArticleMentions;
import io.tarikh.timeline.EventView;
import io.tarikh.timeline.SameEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes an article's mentions into the chronology: each group joins the stored event it is the
 * same as (adding sources) or starts a new one. Runs inside the caller's transaction, which holds
 * the {@link #lockKeys merge keys} of every group, so no other ingest can create or change an
 * event these mentions could merge with while this one decides.
 */
@ApplicationScoped
public class ChronologyUpdater {

    /** Titles are shown in lists: a sentence-long title is cut at a word. */
    static final int MAX_TITLE_CHARS = 300;
    /** A quote is one sentence; a run-on "sentence" is cut (its offsets still locate the whole). */
    static final int MAX_QUOTE_CHARS = 2000;

    private final EventRepository events;
    private final ObjectMapper json;
    private final SameEvent sameEvent;
    private final io.tarikh.timeline.Provenance provenance;

    public ChronologyUpdater(EventRepository events, ObjectMapper json, KnowledgeBase knowledge) {
        this.events = events;
        this.json = json;
        this.sameEvent = new SameEvent(knowledge);
        this.provenance = new io.tarikh.timeline.Provenance(knowledge);
    }

    /**
     * The keys an ingest of these groups must hold: the reference event it names, or the precise
     * participants any merge would share (see {@link SameEvent}) and the id it would create.
     */
    public Set<String> lockKeys(List<ArticleMentions.Group> groups) {
        Set<String> keys = new LinkedHashSet<>();
        for (ArticleMentions.Group g : groups) {
            Candidate c = g.first();
            if (c.referenceEventId() != null) {
                keys.add("ref:" + c.referenceEventId());
                continue;
            }
            for (Candidate m : g.mentions()) {
                keys.addAll(sameEvent.preciseParticipants(EventView.of(m)));
            }
            keys.add("id:" + slug(c));
        }
        return keys;
    }

    /**
     * The keys a change to this stored event must hold: those of any ingest that could join it
     * (it shares one of its precise participants, or names its reference event) or take its id.
     */
    public Set<String> lockKeys(EventEntity e) {
        if (e.referenceEventId != null) {
            return Set.of("ref:" + e.referenceEventId);
        }
        Set<String> keys = new LinkedHashSet<>(sameEvent.preciseParticipants(view(e)));
        keys.add("id:" + e.id);
        return keys;
    }

    /**
     * The ids of the events the article now is a source of, in date order (undated last), as
     * articles list them. {@code reportedOn} is the article's publication date, or the day it is
     * ingested when that is unknown: the order of its sources among an event's others.
     */
    public List<String> record(String articleId, LocalDate reportedOn, List<ArticleMentions.Group> groups, Set<String> heldKeys) {
        return record(articleId, reportedOn, groups, heldKeys, Detached.NONE).eventIds();
    }

    /** The day an article's sources were reported: its publication date, else the day it was ingested. */
    public static LocalDate reportedOn(io.tarikh.store.ArticleEntity article) {
        return article.publishedDate != null ? article.publishedDate
                : LocalDate.ofInstant(article.ingestedAt, java.time.ZoneOffset.UTC);
    }

    /**
     * What {@link #detach} left behind: the events that lost their last source (still stored, so
     * a new analysis of the article can take them up under the same id), and for each quote offset
     * of the article the events that quote was a source of.
     */
    public record Detached(Map<String, EventEntity> orphans, Map<Integer, List<String>> eventsByOffset) {
        static final Detached NONE = new Detached(Map.of(), Map.of());
    }

    /** What {@link #record} wrote: the article's events in date order, and the events each quote offset went to. */
    public record Written(List<String> eventIds, Map<Integer, List<String>> eventsByOffset) {
    }

    /**
     * Removes the article's sources from their events, under the {@link #lockKeys(EventEntity)}
     * of each. An event that keeps other sources keeps its date and participants (they agreed
     * when merging) and takes its status from them; one left with none is returned as an orphan
     * for {@link #record} and {@link #settle}.
     */
    public Detached detach(String articleId) {
        Map<Integer, List<String>> byOffset = events.eventsByOffset(articleId);
        List<EventEntity> touched = events.ofArticle(articleId);
        events.removeSourcesOf(articleId);
        Map<String, EventEntity> orphans = new LinkedHashMap<>();
        for (EventEntity e : touched) {
            List<EventStatus> statuses = events.sourceStatuses(e.id);
            if (statuses.isEmpty()) {
                orphans.put(e.id, e);
            } else {
                e.status = EventStatus.strongest(statuses);
                e.updatedAt = Instant.now();
            }
            events.sourcesRemoved(e); // source summary, dating source and search words without the article's
        }
        return new Detached(orphans, byOffset);
    }

    /**
     * Ends a correction or a deletion: an orphan no new mention took up is merged into the event
     * its quote now belongs to (its id answers 308 there), or is gone (410) when the quote is no
     * longer an event. {@code written} is null for a deletion.
     */
    public void settle(Detached detached, Written written, Set<String> heldKeys) {
        for (EventEntity orphan : detached.orphans().values()) {
            if (!events.sourceStatuses(orphan.id).isEmpty() || events.survivorOf(orphan.id).isPresent()) {
                continue; // taken up again, or already merged into another while recording
            }
            EventEntity survivor = written == null ? null : successor(orphan, detached, written);
            if (survivor != null && heldKeys.containsAll(lockKeys(orphan))) {
                events.absorb(survivor, orphan);
            } else {
                events.removeGone(orphan);
            }
        }
    }

    /** Where the orphan's quotes went: an event of the orphan's type if one, else any. */
    private EventEntity successor(EventEntity orphan, Detached detached, Written written) {
        List<EventEntity> candidates = detached.eventsByOffset().entrySet().stream()
                .filter(o -> o.getValue().contains(orphan.id))
                .flatMap(o -> written.eventsByOffset().getOrDefault(o.getKey(), List.of()).stream())
                .filter(id -> !id.equals(orphan.id))
                .distinct()
                .map(events::findById)
                .filter(e -> e != null)
                .toList();
        return candidates.stream().filter(e -> e.type.equals(orphan.type)).findFirst()
                .orElse(candidates.isEmpty() ? null : candidates.get(0));
    }

    /**
     * Records the article's groups; an orphan of {@code detached} whose quote starts a group that
     * would create a new event is that event again, so a correction keeps the ids it served.
     */
    public Written record(String articleId, LocalDate reportedOn, List<ArticleMentions.Group> groups, Set<String> heldKeys, Detached detached) {
        ArticleWrite write = new ArticleWrite(new LinkedHashMap<>(), new HashMap<>(), new HashMap<>());
        for (ArticleMentions.Group g : groups) {
            Candidate first = g.first();
            EventEntity event = first.referenceEventId() != null ? events.findById(first.referenceEventId()) : stored(first, heldKeys, write);
            boolean created = event == null;
            if (created) {
                EventEntity orphan = first.referenceEventId() != null ? null : reusable(g, detached, write);
                if (orphan != null) {
                    event = orphan;
                    reset(event, first);
                } else {
                    event = create(first, articleId);
                    events.persist(event);
                    events.revive(event.id);
                }
            }
            Set<String> terms = new LinkedHashSet<>();
            int added = 0;
            long minId = Long.MAX_VALUE;
            long maxId = Long.MIN_VALUE;
            for (Candidate c : g.mentions()) {
                boolean creator = created && c == first;
                boolean dates = creator ? event.dateStart != null : absorb(event, c, terms);
                if (write.quoted().computeIfAbsent(event.id, id -> new HashSet<>()).add(c.quoteStart())) {
                    EventSourceEntity s = source(event, articleId, reportedOn, c);
                    events.addSource(s);
                    events.addProvenance(s.id, provenance.actors(c), provenance.places(c));
                    added++;
                    minId = Math.min(minId, s.id);
                    maxId = Math.max(maxId, s.id);
                    terms.addAll(SearchTerms.of(s.quote));
                    if (dates) {
                        event.datingSourceId = s.id;
                    }
                }
                List<String> atOffset = write.offsets().computeIfAbsent(c.quoteStart(), o -> new ArrayList<>());
                if (!atOffset.contains(event.id)) {
                    atOffset.add(event.id);
                }
            }
            if (created) {
                terms.addAll(SearchTerms.of(event.titleAr));
                terms.addAll(SearchTerms.of(event.titleEn));
            }
            SearchTerms.Merged words = SearchTerms.merge(event.searchWords, terms, EventRepository.MAX_SEARCH_WORDS);
            if (!words.added().isEmpty()) {
                event.searchWords = words.words();
                events.indexTerms(event.id, words.added());
            }
            if (added > 0) {
                // Per group, not once per article: a merge in a later group recounts its survivor from the table.
                events.sourcesAdded(event.id, added, minId, maxId, reportedOn);
            }
            write.touched().put(event.id, event);
        }
        List<String> ids = write.touched().values().stream()
                .sorted(Comparator.comparing((EventEntity e) -> e.dateStart, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(e -> e.id))
                .map(e -> e.id).toList();
        return new Written(ids, write.offsets());
    }

    /**
     * The orphan one of the group's quotes was a source of (of the mention's type when that quote
     * reported several events), unless this write already took it up or merged it away.
     */
    private EventEntity reusable(ArticleMentions.Group g, Detached detached, ArticleWrite write) {
        List<EventEntity> free = new ArrayList<>();
        for (Candidate c : g.mentions()) {
            for (String old : detached.eventsByOffset().getOrDefault(c.quoteStart(), List.of())) {
                EventEntity orphan = detached.orphans().get(old);
                // a reference event's id names that entry of the chronology: never another event's
                if (orphan != null && orphan.referenceEventId == null && !write.touched().containsKey(old) && events.findByIdOptional(old).isPresent()
                        && events.sourceStatuses(old).isEmpty()) {
                    free.add(orphan);
                }
            }
        }
        EventType type = g.first().type();
        return free.stream().filter(o -> o.type == type).findFirst().orElse(free.isEmpty() ? null : free.get(0));
    }

    /**
     * What one article has written so far: the events it touched, per event the offsets it quoted
     * (one source each), and per offset the event its quote went to.
     */
    private record ArticleWrite(Map<String, EventEntity> touched, Map<String, Set<Integer>> quoted, Map<Integer, List<String>> offsets) {

        /** The absorbed event's sources moved to the survivor: so did this article's mentions of it. */
        void absorbed(EventEntity other, EventEntity survivor) {
            if (touched.remove(other.id) != null) {
                touched.put(survivor.id, survivor);
            }
            Set<Integer> moved = quoted.remove(other.id);
            if (moved != null) {
                quoted.computeIfAbsent(survivor.id, id -> new HashSet<>()).addAll(moved);
            }
            offsets.values().forEach(ids -> {
                if (ids.remove(other.id) && !ids.contains(survivor.id)) {
                    ids.add(survivor.id);
                }
            });
        }
    }

    /**
     * The stored event this mention is, if any. When it is the same as several (it names both
     * sides of a call first reported separately), they are one event: the oldest absorbs the
     * others, whose ids answer 308 from then on; but only when this ingest holds every key the
     * absorbed one could be reached by, so no concurrent ingest is writing to it.
     */
    private EventEntity stored(Candidate c, Set<String> heldKeys, ArticleWrite write) {
        EventView mention = EventView.of(c);
        if (!mention.isDated()) {
            return null; // undated mentions in different articles cannot be told to be one event
        }
        Set<String> precise = sameEvent.preciseParticipants(mention);
        List<String> actors = precise.stream().filter(k -> k.startsWith("actor:")).map(k -> k.substring(6)).toList();
        List<String> places = precise.stream().filter(k -> k.startsWith("place:")).map(k -> k.substring(6)).toList();
        if (actors.isEmpty() && places.isEmpty()) {
            return null;
        }
        List<EventEntity> found = (mention.isDayPrecise()
                ? events.overlappingDayPrecise(TypeFamilies.mergeableWith(c.type()),
                        mention.start(), mention.end(), EventView.MAX_OVERLAP_SPAN_DAYS, actors, places)
                : events.sameCoarseDate(c.type(), mention.precision(), mention.start(), mention.end(), actors, places))
                .stream()
                .filter(e -> sameEvent.test(view(e), mention))
                .sorted(Comparator.comparing((EventEntity e) -> e.createdAt).thenComparing(e -> e.id))
                .toList();
        if (found.isEmpty()) {
            return null;
        }
        EventEntity survivor = found.get(0);
        for (EventEntity other : found.subList(1, found.size())) {
            if (heldKeys.containsAll(sameEvent.preciseParticipants(view(other)))) {
                events.absorb(survivor, other);
                write.absorbed(other, survivor);
            }
        }
        return survivor;
    }

    private static EventView view(EventEntity e) {
        return new EventView(e.type, e.dateStart, e.dateEnd, e.datePrecision, e.actorIds, e.placeIds, e.referenceEventId);
    }

    private EventEntity create(Candidate c, String articleId) {
        EventEntity e = new EventEntity();
        e.id = c.referenceEventId() != null ? c.referenceEventId() : freeId(slug(c), articleId + ":" + c.quoteStart());
        e.type = c.type();
        e.status = c.status();
        e.titleAr = Texts.clip(c.titleAr(), MAX_TITLE_CHARS);
        e.titleEn = Texts.clip(c.titleEn(), MAX_TITLE_CHARS);
        setDate(e, c);
        e.referenceEventId = c.referenceEventId();
        e.actorIds.addAll(c.actorIds());
        e.placeIds.addAll(c.placeIds());
        e.searchText = ArabicNormalizer.normalize(e.titleAr + " " + e.titleEn);
        e.createdAt = Instant.now();
        e.updatedAt = e.createdAt;
        return e;
    }

    /** An orphan taken up by a new analysis of its article: everything but its id and age comes from the mention. */
    private void reset(EventEntity e, Candidate c) {
        e.type = c.type();
        e.status = c.status();
        e.titleAr = Texts.clip(c.titleAr(), MAX_TITLE_CHARS);
        e.titleEn = Texts.clip(c.titleEn(), MAX_TITLE_CHARS);
        e.dateValue = null;
        e.dateStart = null;
        e.dateEnd = null;
        e.dateSpan = null;
        e.datePrecision = null;
        e.dateJson = null;
        e.datingSourceId = null; // set again by record when the new mention dates it
        setDate(e, c);
        e.referenceEventId = null;
        events.clearSearchWords(e); // record gives it the new titles' and quotes' terms
        e.actorIds.clear();
        e.actorIds.addAll(c.actorIds());
        e.placeIds.clear();
        e.placeIds.addAll(c.placeIds());
        e.searchText = ArabicNormalizer.normalize(e.titleAr + " " + e.titleEn);
        e.updatedAt = Instant.now();
    }

    /**
     * A new mention of a known event: more participants, perhaps a more specific type, maybe now
     * occurred. True when it gives the event its date; a new title's search terms go to {@code terms}.
     */
    private boolean absorb(EventEntity e, Candidate c, Set<String> terms) {
        EventType specific = TypeFamilies.moreSpecific(e.type, c.type());
        if (e.referenceEventId == null && specific != e.type) {
            // "Statement: Lavrov" that turns out to be a phone call takes the call's titles
            e.titleAr = Texts.clip(c.titleAr(), MAX_TITLE_CHARS);
            e.titleEn = Texts.clip(c.titleEn(), MAX_TITLE_CHARS);
            e.searchText = ArabicNormalizer.normalize(e.titleAr + " " + e.titleEn);
            terms.addAll(SearchTerms.of(e.titleAr));
            terms.addAll(SearchTerms.of(e.titleEn));
        }
        e.type = specific;
        e.status = EventStatus.strongest(java.util.List.of(e.status, c.status()));
        boolean dates = e.dateStart == null && c.isDated();
        if (dates) {
            setDate(e, c);
        }
        e.actorIds.addAll(c.actorIds());
        e.placeIds.addAll(c.placeIds());
        e.updatedAt = Instant.now();
        return dates;
    }

    private void setDate(EventEntity e, Candidate c) {
        if (c.date() == null) {
            return;
        }
        e.dateValue = c.date().value();
        e.dateStart = c.date().start();
        e.dateEnd = c.date().end();
        e.dateSpan = e.dateStart == null || e.dateEnd == null ? null : (int) java.time.temporal.ChronoUnit.DAYS.between(e.dateStart, e.dateEnd);
        e.datePrecision = c.date().precision();
        e.dateJson = toJson(c.date());
    }

    private EventSourceEntity source(EventEntity event, String articleId, LocalDate reportedOn, Candidate c) {
        EventSourceEntity s = new EventSourceEntity();
        s.event = event;
        s.articleId = articleId;
        s.reportedOn = reportedOn;
        s.quote = Texts.clip(c.quote(), MAX_QUOTE_CHARS);
        s.startOffset = c.quoteStart();
        s.endOffset = c.quoteEnd();
        s.dateBasis = c.dateBasis() == null ? DateBasis.NONE : c.dateBasis();
        s.status = c.status();
        s.dateJson = c.reported() == null ? null : toJson(c.reported());
        s.dateStart = c.reported() == null ? null : c.reported().start();
        s.dateEnd = c.reported() == null || c.reported().start() == null ? null : c.reported().end();
        s.expressionJson = c.expression() == null ? null : toJson(c.expression());
        s.searchText = ArabicNormalizer.normalize(s.quote);
        return s;
    }

    /** Readable ids: type, first participant and date, e.g. phone-call-sergey-lavrov-2017-06-26. */
    static String slug(Candidate c) {
        String who = !c.actorIds().isEmpty() ? c.actorIds().get(0) : !c.placeIds().isEmpty() ? c.placeIds().get(0) : "event";
        String when = c.isDated() ? c.date().start().toString() : "undated";
        String slug = c.type().name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + who + "-" + when;
        return slug.length() <= 180 ? slug : slug.substring(0, 180);
    }

    /**
     * The slug when free, else the slug with a suffix derived from the mention that created the
     * event (not from arrival order, so a replay of the same articles gives the same ids). Runs
     * under the "id:" key of the slug, so two ingests cannot both find the same id free.
     */
    private String freeId(String base, String origin) {
        if (!events.idTaken(base)) {
            return base;
        }
        String suffixed = base + "-" + Long.toHexString(LockKeys.hash(origin) >>> 40);
        String id = suffixed;
        for (int n = 2; events.idTaken(id); n++) {
            id = suffixed + "-" + n;
        }
        return id;
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass(), e);
        }
    }
}
