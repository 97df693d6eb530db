package io.tarikh.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tarikh.extraction.Candidate;
import io.tarikh.extraction.EventStatus;
import io.tarikh.extraction.EventType;
import io.tarikh.extraction.TypeFamilies;
import io.tarikh.knowledge.KnowledgeBase;
import io.tarikh.store.EventEntity;
import io.tarikh.store.EventRepository;
import io.tarikh.store.EventSourceEntity;
import io.tarikh.text.ArabicNormalizer;
import io.tarikh.timeline.EventView;
import io.tarikh.timeline.SameEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes an article's candidates into the chronology: each joins the stored event it is the same
 * as (adding a source) or starts a new one. Runs inside the caller's transaction.
 */
@ApplicationScoped
public class ChronologyUpdater {

    private final EventRepository events;
    private final ObjectMapper json;
    private final SameEvent sameEvent;

    public ChronologyUpdater(EventRepository events, ObjectMapper json, KnowledgeBase knowledge) {
        this.events = events;
        this.json = json;
        this.sameEvent = new SameEvent(knowledge);
    }

    /** The ids of the events the article now is a source of, in the order first mentioned. */
    public List<String> record(String articleId, List<Candidate> candidates) {
        Set<String> ids = new LinkedHashSet<>();
        List<EventEntity> touched = new ArrayList<>();
        for (Candidate c : candidates) {
            EventEntity event = c.referenceEventId() != null ? events.findById(c.referenceEventId()) : mergeable(c, touched);
            if (event == null) {
                event = create(c);
                events.persist(event);
            } else {
                absorb(event, c);
            }
            addSource(event, articleId, c);
            touched.add(event);
            ids.add(event.id);
        }
        return List.copyOf(ids);
    }

    private EventEntity mergeable(Candidate c, List<EventEntity> touched) {
        EventView mention = EventView.of(c);
        for (EventEntity e : touched) {
            if (sameEvent.test(view(e), mention)) {
                return e;
            }
        }
        if (!c.isDated()) {
            return null;
        }
        List<String> types = TypeFamilies.mergeableWith(c.type()).stream().map(Enum::name).toList();
        return events.overlapping(types, c.date().start(), c.date().end()).stream()
                .filter(e -> sameEvent.test(view(e), mention))
                .findFirst().orElse(null);
    }

    private static EventView view(EventEntity e) {
        return new EventView(EventType.valueOf(e.type), e.dateStart, e.dateEnd, e.actorIds, e.placeIds, e.referenceEventId);
    }

    private EventEntity create(Candidate c) {
        EventEntity e = new EventEntity();
        e.id = c.referenceEventId() != null ? c.referenceEventId() : freeId(slug(c));
        e.type = c.type().name();
        e.status = c.status().name();
        e.titleAr = c.titleAr();
        e.titleEn = c.titleEn();
        setDate(e, c);
        e.referenceEventId = c.referenceEventId();
        e.actorIds.addAll(c.actorIds());
        e.placeIds.addAll(c.placeIds());
        e.searchText = ArabicNormalizer.normalize(c.titleAr() + " " + c.titleEn());
        e.createdAt = Instant.now();
        e.updatedAt = e.createdAt;
        return e;
    }

    /** A new mention of a known event: more participants, perhaps a more specific type, maybe now occurred. */
    private void absorb(EventEntity e, Candidate c) {
        EventType specific = TypeFamilies.moreSpecific(EventType.valueOf(e.type), c.type());
        if (e.referenceEventId == null && specific != EventType.valueOf(e.type)) {
            // "Statement: Lavrov" that turns out to be a phone call takes the call's titles
            e.titleAr = c.titleAr();
            e.titleEn = c.titleEn();
        }
        e.type = specific.name();
        if (c.status() == EventStatus.OCCURRED) {
            e.status = EventStatus.OCCURRED.name();
        }
        if (e.dateStart == null && c.isDated()) {
            setDate(e, c);
        }
        e.actorIds.addAll(c.actorIds());
        e.placeIds.addAll(c.placeIds());
        e.updatedAt = Instant.now();
    }

    private void setDate(EventEntity e, Candidate c) {
        if (c.date() == null) {
            return;
        }
        e.dateValue = c.date().value();
        e.dateStart = c.date().start();
        e.dateEnd = c.date().end();
        e.datePrecision = c.date().precision().name();
        e.dateJson = toJson(c.date());
    }

    private void addSource(EventEntity event, String articleId, Candidate c) {
        boolean known = event.sources.stream().anyMatch(s -> s.articleId.equals(articleId) && s.startOffset == c.quoteStart());
        if (known) {
            return;
        }
        EventSourceEntity s = new EventSourceEntity();
        s.articleId = articleId;
        s.quote = c.quote();
        s.startOffset = c.quoteStart();
        s.endOffset = c.quoteEnd();
        s.dateBasis = c.dateBasis() == null ? "NONE" : c.dateBasis().name();
        s.status = c.status().name();
        s.dateJson = c.reported() == null ? null : toJson(c.reported());
        s.expressionJson = c.expression() == null ? null : toJson(c.expression());
        event.addSource(s);
        event.searchText = event.searchText + " " + ArabicNormalizer.normalize(c.quote());
    }

    /** Readable, stable ids: type, first participant and date, e.g. phone-call-sergey-lavrov-2017-06-26. */
    private static String slug(Candidate c) {
        String who = !c.actorIds().isEmpty() ? c.actorIds().get(0) : !c.placeIds().isEmpty() ? c.placeIds().get(0) : "event";
        String when = c.isDated() ? c.date().start().toString() : "undated";
        return (c.type().name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + who + "-" + when);
    }

    private String freeId(String base) {
        String id = base;
        for (int n = 2; events.findByIdOptional(id).isPresent(); n++) {
            id = base + "-" + n;
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
