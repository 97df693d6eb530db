package io.tarikh.extraction;

import io.tarikh.knowledge.EventType;
import io.tarikh.knowledge.ActorKind;
import io.tarikh.knowledge.KnowledgeBase;
import io.tarikh.temporal.DateInfo;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Dates the reported statements that carry no date of their own: a speaker quoted without a date
 * is speaking at the occasion the article dated for that speaker (a dated statement, call or press
 * conference sharing an actor, told just before in the same or the previous sentence that carries
 * events, and not as background); failing that, from the news day to publication. A call told after
 * the words or in the past perfect ("وكان ... قد أعلن ليل الأحد، عقب اتصال") is another occasion. The shared
 * actor must say who spoke: a person or a ministry, not a country or a body as large as the UN, or
 * the envoy's words at a launch would take the date of the Secretary-General's statement a month before.
 */
final class ContextDating {

    private ContextDating() {
    }

    /** Kinds of actor too broad to tie two statements to one occasion. */
    private static final Set<ActorKind> BROAD = EnumSet.of(ActorKind.COUNTRY, ActorKind.ORGANISATION);

    /** How long before publication the article's occasion may have ended: its news, not its background. */
    private static final int OCCASION_DAYS = 7;
    /** How many days before publication an article's news may have happened: a daily's "yesterday", a weekend's two days. */
    private static final int NEWS_DAYS = 2;
    /** The longest occasion a statement can be dated by: a round of talks, not a month. */
    private static final int OCCASION_SPAN_DAYS = 14;
    /** Types of event a statement can be made at. */
    private static final Set<EventType> OCCASIONS = Set.of(EventType.TALKS, EventType.MEETING, EventType.AGREEMENT, EventType.CEASEFIRE);

    /**
     * @param background whether a dated candidate is told in the past perfect (background, not the
     *                   occasion the next words were said at)
     */
    static List<Candidate> apply(List<Candidate> candidates, LocalDate published, KnowledgeBase knowledge, Speakers speakers,
            Predicate<Candidate> background) {
        List<Candidate> out = new ArrayList<>(candidates);
        for (int i = 0; i < out.size(); i++) {
            Candidate c = out.get(i);
            if (c.date() != null || !c.type().isReporting() || c.dateBasis() == DateBasis.BACKGROUND) {
                continue;
            }
            Candidate told = speakers.atEventBefore(c.quote()) ? theEventItsSentenceDates(out, i) : null;
            if (told != null) {
                // "جلسة طارئة يوم الإثنين، طالبت خلالها": said during the event its sentence dated before the words.
                out.set(i, c.withDate(told.date(), DateBasis.CONTEXT, told.status()));
                continue;
            }
            Speakers.Occasion where = published == null ? Speakers.Occasion.NONE : speakers.occasion(c.quote());
            Candidate at = where != Speakers.Occasion.NONE ? articleOccasion(candidates, c.quoteStart(), published) : null;
            Candidate occasion = precedingDatedOccasion(candidates, i, knowledge, background);
            if (at != null) {
                // "قال ... في مؤتمر صحفي عقب الجلسة الختامية": said at the article's occasion, on its day(s).
                DateInfo day = switch (where) {
                    case CLOSING -> ReferenceDates.of(at.date().end(), at.date().end());
                    case OPENING -> ReferenceDates.of(at.date().start(), at.date().start());
                    default -> at.date();
                };
                out.set(i, c.withDate(day, DateBasis.CONTEXT, EventStatus.OCCURRED));
            } else if (occasion != null) {
                out.set(i, c.withDate(occasion.date(), DateBasis.CONTEXT, occasion.status()));
            } else if (published != null) {
                out.set(i, c.withDate(ReferenceDates.of(newsDay(candidates, published), published), DateBasis.PUBLICATION_DATE,
                        EventStatus.OCCURRED));
            }
        }
        return out;
    }

    /**
     * The first day an undated statement may have been made: the article's news day when the text dates
     * something that happened a day or two before publication (a daily reports yesterday's vote and the
     * words said after it without saying when they were said), else the day before publication (a daily
     * reports yesterday's words as often as today's). The statement is then served as the interval from
     * that day to publication: saying the publication day alone would assert a day the text does not give.
     */
    private static LocalDate newsDay(List<Candidate> candidates, LocalDate published) {
        LocalDate earliest = published.minusDays(NEWS_DAYS);
        LocalDate day = null;
        for (Candidate c : candidates) {
            boolean ownDay = c.dateBasis() == DateBasis.TEXT && c.isDated() && c.status() == EventStatus.OCCURRED
                    && c.date().start().equals(c.date().end());
            LocalDate d = ownDay ? c.date().start() : null;
            // The latest such day: the news closest to publication, not a step that led to it.
            if (d != null && d.isBefore(published) && !d.isBefore(earliest) && (day == null || d.isAfter(day))) {
                day = d;
            }
        }
        return day == null ? published.minusDays(1) : day;
    }

    /**
     * The occasion the article reports: the dated talks, meeting, agreement or truce that ended most recently,
     * on or before publication and no more than a week before it. "عقب الاجتماع" points back: the occasion is
     * told before the words (or in their sentence) and took place; a meeting planned for today told later is
     * another occasion.
     */
    private static Candidate articleOccasion(List<Candidate> candidates, int toldBy, LocalDate published) {
        Candidate best = null;
        for (Candidate c : candidates) {
            if (!OCCASIONS.contains(c.type()) || !c.isDated() || c.date().end() == null || c.quoteStart() > toldBy
                    || c.status() != EventStatus.OCCURRED) {
                continue;
            }
            LocalDate end = c.date().end();
            // A month or a season ("this month") is no occasion's date: a statement dated by it would be vaguer than the publication day.
            boolean specific = !end.isAfter(c.date().start().plusDays(OCCASION_SPAN_DAYS));
            // Over by publication: words said at its close ("في الجلسة الختامية") are not dated by a truce that begins tonight.
            boolean recent = specific && !end.isAfter(published) && !end.isBefore(published.minusDays(OCCASION_DAYS));
            if (recent && (best == null || end.isAfter(best.date().end()))) {
                best = c;
            }
        }
        return best;
    }

    /**
     * The event dated by its own words in the candidate's sentence (the pronoun's antecedent), when there is
     * exactly one: with two, which one the words were said at is not known.
     */
    private static Candidate theEventItsSentenceDates(List<Candidate> candidates, int index) {
        Candidate target = candidates.get(index);
        Candidate found = null;
        for (int j = 0; j < candidates.size(); j++) {
            Candidate other = candidates.get(j);
            if (j == index) {
                continue;
            }
            if (other.quoteStart() == target.quoteStart() && other.dateBasis() == DateBasis.TEXT && other.isDated()
                    && !other.type().isReporting() && other.referenceEventId() == null) {
                if (found != null) {
                    return null;
                }
                found = other;
            }
        }
        return found;
    }

    private static Candidate precedingDatedOccasion(List<Candidate> candidates, int index, KnowledgeBase knowledge,
            Predicate<Candidate> background) {
        Candidate target = candidates.get(index);
        // The sentence before the target's among those that gave candidates: a speech follows its occasion closely.
        int previousSentence = candidates.stream().mapToInt(Candidate::quoteStart).filter(q -> q < target.quoteStart()).max().orElse(-1);
        Candidate best = null;
        for (int j = 0; j < index; j++) {
            Candidate other = candidates.get(j);
            boolean near = other.quoteStart() == target.quoteStart() || other.quoteStart() == previousSentence;
            boolean usable = near && other.type().isReporting() && other.dateBasis() == DateBasis.TEXT && other.isDated()
                    && sharesSpeaker(other, target, knowledge) && !background.test(other);
            if (usable) {
                best = other; // the closest before the target
            }
        }
        return best;
    }

    private static boolean sharesSpeaker(Candidate a, Candidate b, KnowledgeBase knowledge) {
        return a.actorIds().stream().filter(b.actorIds()::contains).map(knowledge::actor)
                .anyMatch(actor -> actor == null || !BROAD.contains(actor.kind()));
    }
}
