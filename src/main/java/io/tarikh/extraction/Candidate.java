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
 */
public record Candidate(EventType type, EventStatus status, String titleAr, String titleEn, List<String> actorIds,
        List<String> placeIds, DateInfo date, DateInfo reported, DateBasis dateBasis, TemporalExpression expression,
        String referenceEventId, String quote, int quoteStart, int quoteEnd) {

    /** The same candidate with more actors: those an earlier sentence named and this one refers back to. */
    public Candidate withActors(List<String> actors, String newTitleEn) {
        return new Candidate(type, status, titleAr, newTitleEn, actors, placeIds, date, reported, dateBasis, expression,
                referenceEventId, quote, quoteStart, quoteEnd);
    }

    /** The same candidate dated by something other than its own sentence. */
    public Candidate withDate(DateInfo newDate, DateBasis basis, EventStatus newStatus) {
        return new Candidate(type, newStatus, titleAr, titleEn, actorIds, placeIds, newDate, newDate, basis, expression,
                referenceEventId, quote, quoteStart, quoteEnd);
    }

    /**
     * The same mention, now known to be a reference event: its id, type, names, dates and participants
     * win (a sentence also names the capitals that reacted and the country it happened in).
     */
    public Candidate linkedTo(String referenceId, EventType referenceType, String nameAr, String nameEn, DateInfo referenceDate,
            List<String> referenceActors, List<String> referencePlaces) {
        DateInfo keptReport = reported != null ? reported : referenceDate;
        DateBasis basis = reported != null ? dateBasis : DateBasis.REFERENCE_EVENT;
        return new Candidate(referenceType, status, nameAr, nameEn, referenceActors, referencePlaces, referenceDate, keptReport, basis,
                expression, referenceId, quote, quoteStart, quoteEnd);
    }

    public boolean isDated() {
        return date != null && date.start() != null;
    }
}
