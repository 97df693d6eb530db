package io.tarikh.extraction;

import io.tarikh.knowledge.EventType;
import io.tarikh.temporal.DateInfo;
import io.tarikh.temporal.TemporalExpression;
import java.util.List;

/**
 * An event as one sentence of one article states it, before linking and merging.
 *
 * @param date        the event's date (the reference event's when linked), or null when unknown
 * @param reported    the date as this sentence reports it (may differ from a linked reference date)
 * @param dateBasis   where {@code reported} came from; NONE when nothing dates it
 * @param expression  the temporal expression the reported date came from, when it came from the text
 * @param quoteStart  offset of the sentence in the article's cleaned text
 * @param roles       each actor of {@code actorIds} with how it is known and its role, in the same order
 */
public record Candidate(EventType type, EventStatus status, String titleAr, String titleEn, List<String> actorIds,
        List<String> placeIds, DateInfo date, DateInfo reported, DateBasis dateBasis, TemporalExpression expression,
        String referenceEventId, String quote, int quoteStart, int quoteEnd, List<ActorRole> roles) {

    public Candidate {
        roles = roles == null ? ActorRole.named(actorIds, ActorRole.Role.PARTICIPANT) : List.copyOf(roles);
    }

    /** A candidate whose actors are all named in the text, roles not told apart. */
    public Candidate(EventType type, EventStatus status, String titleAr, String titleEn, List<String> actorIds,
            List<String> placeIds, DateInfo date, DateInfo reported, DateBasis dateBasis, TemporalExpression expression,
            String referenceEventId, String quote, int quoteStart, int quoteEnd) {
        this(type, status, titleAr, titleEn, actorIds, placeIds, date, reported, dateBasis, expression, referenceEventId,
                quote, quoteStart, quoteEnd, null);
    }

    /** The actors the sentence itself names (not those only the reference chronology adds). */
    public List<String> textActorIds() {
        return roles.stream().filter(r -> r.basis() == ActorRole.Basis.TEXT).map(ActorRole::id).toList();
    }

    /** The same candidate with more actors: those an earlier sentence named and this one refers back to. */
    public Candidate withActors(List<String> actors, String newTitleEn) {
        List<ActorRole> newRoles = actors.stream().map(id -> roles.stream().filter(r -> r.id().equals(id)).findFirst()
                .orElse(new ActorRole(id, ActorRole.Basis.TEXT, ActorRole.Role.PARTICIPANT))).toList();
        return new Candidate(type, status, titleAr, newTitleEn, actors, placeIds, date, reported, dateBasis, expression,
                referenceEventId, quote, quoteStart, quoteEnd, newRoles);
    }

    /** The same candidate dated by something other than its own sentence. */
    public Candidate withDate(DateInfo newDate, DateBasis basis, EventStatus newStatus) {
        return new Candidate(type, newStatus, titleAr, titleEn, actorIds, placeIds, newDate, newDate, basis, expression,
                referenceEventId, quote, quoteStart, quoteEnd, roles);
    }

    /** The same candidate with its actors' roles told apart (same actors, same order). */
    public Candidate withRoles(List<ActorRole> newRoles) {
        return new Candidate(type, status, titleAr, titleEn, actorIds, placeIds, date, reported, dateBasis, expression,
                referenceEventId, quote, quoteStart, quoteEnd, newRoles);
    }

    /** The same candidate with other titles (built again from its frame once its roles are known). */
    public Candidate withTitles(String newTitleAr, String newTitleEn) {
        return new Candidate(type, status, newTitleAr, newTitleEn, actorIds, placeIds, date, reported, dateBasis, expression,
                referenceEventId, quote, quoteStart, quoteEnd, roles);
    }

    /** The same candidate with another status: what the words around it say of its reality (cancelled, claimed, denied). */
    public Candidate withStatus(EventStatus newStatus) {
        return new Candidate(type, newStatus, titleAr, titleEn, actorIds, placeIds, date, reported, dateBasis, expression,
                referenceEventId, quote, quoteStart, quoteEnd, roles);
    }

    /**
     * The same mention, now known to be a reference event: its id, type, names, dates and participants
     * win (a sentence also names the capitals that reacted and the country it happened in). Its participants
     * that this candidate's sentence named are TEXT, the others KNOWLEDGE.
     */
    public Candidate linkedTo(String referenceId, EventType referenceType, String nameAr, String nameEn, DateInfo referenceDate,
            List<String> referenceActors, List<String> referencePlaces) {
        DateInfo keptReport = reported != null ? reported : referenceDate;
        DateBasis basis = reported != null ? dateBasis : DateBasis.REFERENCE_EVENT;
        List<ActorRole> newRoles = referenceActors.stream().map(id -> roles.stream().filter(r -> r.id().equals(id)).findFirst()
                .orElse(new ActorRole(id, ActorRole.Basis.KNOWLEDGE, ActorRole.Role.PARTICIPANT))).toList();
        return new Candidate(referenceType, status, nameAr, nameEn, referenceActors, referencePlaces, referenceDate, keptReport, basis,
                expression, referenceId, quote, quoteStart, quoteEnd, newRoles);
    }

    public boolean isDated() {
        return date != null && date.start() != null;
    }
}
