package io.tarikh.timeline;

import io.tarikh.extraction.Candidate;
import io.tarikh.extraction.TypeFamilies;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * One article's candidates grouped by the event they mention, before anything is stored: the
 * same event told twice in one article is one event with two quotes, and so are the undated
 * words of one speaker repeated through an article. Bounded: at most {@code maxEvents} events
 * and {@code maxQuotes} quotes of each per article, whatever the text, so one request does a
 * bounded amount of work.
 */
public final class ArticleMentions {

    /** The mentions of one event in one article, in text order; the first decides how it is looked up. */
    public record Group(Candidate first, List<Candidate> mentions) {
    }

    /** The groups to store, and how many candidates the caps (or {@link #without}) left out. */
    public record Grouped(List<Group> groups, int dropped) {

        /** These groups without those {@code abstained} on; their mentions count as dropped. */
        public Grouped without(Predicate<Group> abstained) {
            List<Group> kept = groups.stream().filter(abstained.negate()).toList();
            int left = groups.stream().filter(abstained).mapToInt(g -> g.mentions().size()).sum();
            return new Grouped(kept, dropped + left);
        }
    }

    private final SameEvent sameEvent;
    private final int maxEvents;
    private final int maxQuotes;

    public ArticleMentions(SameEvent sameEvent, int maxEvents, int maxQuotes) {
        this.sameEvent = sameEvent;
        this.maxEvents = maxEvents;
        this.maxQuotes = maxQuotes;
    }

    public Grouped group(List<Candidate> candidates) {
        List<Group> groups = new ArrayList<>();
        Map<Candidate, EventView> views = new IdentityHashMap<>(); // each candidate's view built once, not once per comparison
        candidates.forEach(c -> views.put(c, EventView.of(c)));
        int dropped = 0;
        for (Candidate c : candidates) {
            Group home = groups.stream()
                    .filter(g -> g.mentions().stream().anyMatch(m -> sameEvent.test(views.get(m), views.get(c)) || repeats(m, c)))
                    .findFirst().orElse(null);
            if (home == null && groups.size() < maxEvents) {
                groups.add(new Group(c, new ArrayList<>(List.of(c))));
            } else if (home != null && home.mentions().size() < maxQuotes) {
                home.mentions().add(c);
            } else {
                dropped++;
            }
        }
        return new Grouped(groups.stream().map(g -> new Group(g.first(), List.copyOf(g.mentions()))).toList(), dropped);
    }

    /** Undated words of the same speaker (the first actor) in one article: one statement, several quotes. */
    private static boolean repeats(Candidate a, Candidate b) {
        return !a.isDated() && !b.isDated() && a.referenceEventId() == null && b.referenceEventId() == null
                && !a.actorIds().isEmpty() && !b.actorIds().isEmpty() && a.actorIds().get(0).equals(b.actorIds().get(0))
                && TypeFamilies.mergeableWith(b.type()).contains(a.type());
    }
}
