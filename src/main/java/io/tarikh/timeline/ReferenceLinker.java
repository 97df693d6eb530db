package io.tarikh.timeline;

import io.tarikh.extraction.Candidate;
import io.tarikh.extraction.EventStatus;
import io.tarikh.extraction.ReferenceDates;
import io.tarikh.extraction.TypeFamilies;
import io.tarikh.knowledge.ActorKind;
import io.tarikh.knowledge.EventType;
import io.tarikh.knowledge.KnowledgeBase;
import io.tarikh.knowledge.PlaceKind;
import io.tarikh.knowledge.ReferenceEvent;
import io.tarikh.temporal.Precision;
import io.tarikh.temporal.Tense;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Links a mention that does not name a reference event to the one it describes: same type family,
 * a shared participant, and a date that fits. "The coalition downed a Syrian jet near Raqqa" in an
 * article of 19 June 2017 is the Su-22 shoot-down of 18 June 2017.
 */
public final class ReferenceLinker {

    /**
     * An undated report of something that happened refers to the days before publication ("بعد أيام من إسقاط
     * ..."): two weeks, not a month, or "a bomb exploded in Damascus" in August would be the bombing of the
     * National Security building in July.
     */
    private static final int RECENT_DAYS = 14;
    /** Plans move: a scheduled date may be off by this much from when it really took place. */
    private static final int SCHEDULE_SLACK_DAYS = 14;
    /**
     * Reports of day-precise strikes and battles may be off by a day (time zones, night events: a strike
     * on Friday evening in Washington is Saturday dawn in Damascus). Meetings, talks and signings are
     * reported on their day: foreign ministers meeting in Geneva on the Tuesday are not the launch of
     * talks there on the Wednesday.
     */
    private static final int DAY_SLACK = 1;
    /**
     * A sentence that does not name an event reports a happening, not a campaign: months-long
     * operations and talks are linked only when named (ReferenceChronology), never by resemblance,
     * or a strike near Raqqa would become "the battle of Raqqa" and lose its own day.
     */
    private static final int MAX_LINKED_SPAN_DAYS = 14;

    private final KnowledgeBase knowledge;
    /** The reference events short enough to be linked by resemblance, in the chronology's order (read once: every candidate scans them). */
    private final List<ReferenceEvent> linkable;

    public ReferenceLinker(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
        this.linkable = knowledge.referenceEvents().stream()
                .filter(r -> ChronoUnit.DAYS.between(r.start(), r.end()) < MAX_LINKED_SPAN_DAYS)
                .toList();
    }

    public Candidate link(Candidate c, LocalDate published) {
        // A cancelled event did not happen at its date: the event that did (the reference) is another one.
        if (c.referenceEventId() != null || c.type() == EventType.STATEMENT || c.status() == EventStatus.CANCELLED) {
            return c;
        }
        boolean begins = begins(c); // read once, not per reference event
        Set<EventType> family = TypeFamilies.familyOf(c.type());
        Own own = own(c);
        return linkable.stream()
                .filter(r -> family.contains(r.type()) || signedAt(c, r))
                .filter(r -> sharesPlace(own, r) || c.isDated() && sharesActor(own, r) && !elsewhere(family, own, r))
                .filter(r -> distance(c, begins, r, published).isPresent())
                // "talks in Astana on 10 July" are the Astana round of that week, not the Geneva round that opened that day
                .min(Comparator.comparing((ReferenceEvent r) -> !sharesPlace(own, r))
                        .thenComparingLong(r -> distance(c, begins, r, published).orElseThrow()))
                .map(r -> c.linkedTo(r.id(), r.type(), r.name().ar(), r.name().en(), ReferenceDates.of(r.start(), r.end()),
                        r.actors(), r.places()))
                .orElse(c);
    }

    private static boolean isGathering(ReferenceEvent r) {
        return r.type() == EventType.TALKS || r.type() == EventType.MEETING;
    }

    /** An agreement reached at talks is what was signed there: "اتفاق ... في أستانة4" is the memorandum of that round. */
    private static boolean signedAt(Candidate c, ReferenceEvent r) {
        return c.type() == EventType.AGREEMENT && !r.documents().isEmpty();
    }

    /**
     * Days between the mention's date (or, undated, its article's date) and the reference event, when they fit;
     * {@code begins}: the date is written as when the event began.
     */
    private static Optional<Long> distance(Candidate c, boolean begins, ReferenceEvent r, LocalDate published) {
        if (c.isDated()) {
            boolean coarse = c.date().precision() != Precision.DAY;
            // A plan for a day moves by days; a plan for "May" already spans its month.
            int slack = c.status() == EventStatus.SCHEDULED ? (coarse ? 0 : SCHEDULE_SLACK_DAYS)
                    : coarse || c.type() != EventType.MILITARY_ACTION ? 0 : DAY_SLACK;
            // Plans are put off, not brought forward: what had happened before the day planned is another event.
            LocalDate from = c.status() == EventStatus.SCHEDULED ? c.date().start() : c.date().start().minusDays(slack);
            LocalDate to = c.date().end().plusDays(slack);
            // A day within a round of talks or a conference is that round ("the negotiations opened on
            // Monday"); other reference events must lie within what the mention says: a strike on
            // 29 February is part of an operation of a week, not the operation.
            // "العملية التي بدأت في التاسع": a date told as a beginning is the reference event's first day.
            boolean fits = isGathering(r) ? !r.start().isAfter(to) && !r.end().isBefore(from)
                    : begins ? !r.start().isBefore(from) && !r.start().isAfter(to)
                    : !r.start().isBefore(from) && !r.end().isAfter(to);
            return fits ? Optional.of(Math.abs(ChronoUnit.DAYS.between(c.date().start(), r.start()))) : Optional.empty();
        }
        if (published == null) {
            return Optional.empty();
        }
        if (c.status() == EventStatus.SCHEDULED) {
            boolean fits = r.start().isAfter(published) && !r.start().isAfter(published.plusDays(RECENT_DAYS * 2L));
            return fits ? Optional.of(ChronoUnit.DAYS.between(published, r.start())) : Optional.empty();
        }
        boolean fits = !r.start().isAfter(published) && !r.end().isBefore(published.minusDays(RECENT_DAYS));
        return fits ? Optional.of(Math.max(0, ChronoUnit.DAYS.between(r.end(), published))) : Optional.empty();
    }

    /** Whether the candidate's date is written as when it began ("التي بدأت في التاسع من الشهر الجاري"). */
    private static boolean begins(Candidate c) {
        if (c.expression() == null) {
            return false;
        }
        int at = c.expression().start() - c.quoteStart();
        return at > 0 && at <= c.quote().length() && Tense.shipped().beginsAt(c.quote().substring(0, at));
    }

    /** The candidate's places finer than a country, and its actors that are not whole countries: read once per candidate. */
    private record Own(List<String> finerPlaces, List<String> actors, List<String> specificActors) {
    }

    private Own own(Candidate c) {
        return new Own(finer(c.placeIds()), c.actorIds(), c.actorIds().stream()
                .filter(id -> knowledge.actor(id) != null && knowledge.actor(id).kind() != ActorKind.COUNTRY).toList());
    }

    /**
     * A shared place finer than a country. An undated mention needs one: "the coalition avoided
     * bombing al-Nusra" shares an actor with every coalition strike of the month, but no place.
     */
    private static boolean sharesPlace(Own own, ReferenceEvent r) {
        return own.finerPlaces().stream().anyMatch(r.places()::contains);
    }

    /**
     * A gathering told where it is held, and the reference gathering was somewhere else: "اجتماع تستضيفه جدة" of Gulf
     * ministers is not the Saudi minister's visit to Damascus, though they share two actors. Places finer than a
     * country only, and a place within another ("ريف إدلب", the governorate of Idlib) is not elsewhere.
     */
    private boolean elsewhere(Set<EventType> family, Own own, ReferenceEvent r) {
        if (!isGathering(r) || !family.contains(r.type())) {
            return false; // where an agreement or a strike is told is what it is about, not where it was made
        }
        List<String> its = finer(r.places());
        return !own.finerPlaces().isEmpty() && !its.isEmpty()
                && own.finerPlaces().stream().noneMatch(p -> its.stream().anyMatch(q -> nested(p, q)));
    }

    /** The places finer than a country. */
    private List<String> finer(List<String> placeIds) {
        return placeIds.stream().filter(id -> knowledge.place(id) != null && knowledge.place(id).kind() != PlaceKind.COUNTRY).toList();
    }

    private boolean nested(String a, String b) {
        return a.equals(b) || knowledge.placesAround(a).stream().anyMatch(p -> p.id().equals(b))
                || knowledge.placesAround(b).stream().anyMatch(p -> p.id().equals(a));
    }

    /** A shared actor that is not a whole country, or two shared actors. */
    private static boolean sharesActor(Own own, ReferenceEvent r) {
        return own.specificActors().stream().anyMatch(r.actors()::contains) || own.actors().stream().filter(r.actors()::contains).count() >= 2;
    }
}
