package io.tarikh.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Dates the reported statements that carry no date of their own: a speaker quoted without a date
 * is speaking at the occasion the article dated for that speaker (the nearest dated statement,
 * call or press conference sharing an actor); failing that, on the day of publication.
 */
final class ContextDating {

    private ContextDating() {
    }

    static List<Candidate> apply(List<Candidate> candidates, LocalDate published) {
        List<Candidate> out = new ArrayList<>(candidates);
        for (int i = 0; i < out.size(); i++) {
            Candidate c = out.get(i);
            if (c.date() != null || !c.type().isReporting()) {
                continue;
            }
            Candidate occasion = nearestDatedOccasion(candidates, i);
            if (occasion != null) {
                out.set(i, c.withDate(occasion.date(), DateBasis.CONTEXT, occasion.status()));
            } else if (published != null) {
                out.set(i, c.withDate(ReferenceDates.of(published, published), DateBasis.PUBLICATION_DATE, EventStatus.OCCURRED));
            }
        }
        return out;
    }

    private static Candidate nearestDatedOccasion(List<Candidate> candidates, int index) {
        Candidate target = candidates.get(index);
        Candidate best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int j = 0; j < candidates.size(); j++) {
            Candidate other = candidates.get(j);
            boolean usable = j != index && other.type().isReporting() && other.dateBasis() == DateBasis.TEXT && other.isDated()
                    && !Collections.disjoint(other.actorIds(), target.actorIds());
            if (usable && Math.abs(j - index) < bestDistance) {
                best = other;
                bestDistance = Math.abs(j - index);
            }
        }
        return best;
    }
}
