package io.tarikh.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tarikh.knowledge.Actor;
import io.tarikh.knowledge.EventType;
import io.tarikh.knowledge.KnowledgeBase;
import io.tarikh.knowledge.Match;
import io.tarikh.pipeline.Analysis;
import io.tarikh.pipeline.ArticleAnalyser;
import io.tarikh.timeline.ArticleMentions;
import io.tarikh.temporal.DateInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Scores the served events of the whole pipeline against hand-written gold events (issue 9, item 7)
 * on a fresh corpus of Arabic news articles, {@code src/test/resources/events/}: the gold was written
 * before the pipeline was run on the articles. It measures and prints; it fails only when the gold is
 * malformed (an evidence span not in its article, an unknown type, status, actor or place id).
 *
 * <p>Rules. An item is what the article adds to the chronology: its candidates grouped by event as
 * ingest stores them ({@link ArticleMentions}: a headline and the lead telling one event are one
 * event with two quotes), judged by the group's first candidate, whose fields the stored event takes.
 * An item matches a gold event whose evidence overlaps one of its quotes' sentences
 * ({@code quoteStart..quoteEnd} of the cleaned text), or whose {@code note} names the reference event the
 * item is linked to (the corpora write the reference event's id there); among the gold events it overlaps,
 * items and events are paired one to one, best fit first; an item whose events are all paired already
 * is a <em>duplicate</em>, an item that overlaps no gold event is <em>unmatched</em> (invented). An
 * item is <em>fully right</em> when its date overlaps the gold interval (or both are undated), its
 * type and status are among the acceptable ones, every required actor is present (an entry "a|b" is
 * satisfied by either) and no actor the text names is outside required + allowed. It is
 * <em>wrong-dated</em> when it carries a date that does not overlap the gold interval, or any date
 * for a gold event that is undated by design.
 *
 * <p>"Named by the text": an item's actor is text-named when the item says so (its role's basis is
 * {@code TEXT}: the sentence names it); one the reference chronology adds ({@code KNOWLEDGE}) is not held
 * against the item, but it does satisfy a requirement. The first rule, from before items said how each
 * actor is known, counted an actor as text-named when the knowledge base finds it anywhere in the
 * article: {@code -Dtarikh.gold.namedBy=article} scores by it, for comparison with earlier figures.
 *
 * <p>Run alone: {@code ./mvnw -B test -Dtest=EventGoldScoreTest -Dquarkus.http.test-port=8094}; the
 * item-by-item report is also written to {@code target/event-gold-score.txt}. Another corpus in the same
 * format: {@code -Dtarikh.gold.folder=events2/}.
 */
class EventGoldScoreTest {

    /** The corpus under test resources: {@code events/} by default, another set with {@code -Dtarikh.gold.folder=events2/}. */
    private static final String FOLDER = System.getProperty("tarikh.gold.folder", "events/");
    /** {@code item} (default): an actor is text-named when the item's role says so; {@code article}: the first rule. */
    private static final boolean NAMED_BY_ARTICLE = "article".equals(System.getProperty("tarikh.gold.namedBy", "item"));

    /** Status names item 4 of issue 9 asks for and {@link EventStatus} does not have yet; accepted in the gold. */
    private static final Set<String> PLANNED_STATUSES = Set.of("CLAIMED", "DENIED", "CANCELLED");

    record Gold(String id, Set<String> types, Set<String> statuses, LocalDate from, LocalDate to, List<Set<String>> required,
            Set<String> allowed, boolean core, List<String> evidence, String reference) {

        boolean dated() {
            return from != null;
        }

        /** Required alternatives and allowed actors together: every actor an item may carry. */
        Set<String> acceptable() {
            Set<String> all = new HashSet<>(allowed);
            required.forEach(all::addAll);
            return all;
        }
    }

    record GoldArticle(String id, String file, LocalDate publishedAt, List<Gold> events) {
    }

    /** How one item fares against one gold event. */
    record Verdict(boolean dateOk, boolean dateWrong, boolean undated, boolean typeOk, boolean statusOk, List<String> missing,
            List<String> extra, int overlap) {

        boolean actorsOk() {
            return missing.isEmpty() && extra.isEmpty();
        }

        boolean fullyRight() {
            return dateOk && typeOk && statusOk && actorsOk();
        }

        int rank() {
            return (fullyRight() ? 32 : 0) + (typeOk ? 16 : 0) + (dateOk ? 8 : 0) + (statusOk ? 4 : 0) + (actorsOk() ? 2 : 0);
        }

        String faults() {
            List<String> f = new ArrayList<>();
            if (!typeOk) {
                f.add("type");
            }
            if (!statusOk) {
                f.add("status");
            }
            if (dateWrong) {
                f.add("date");
            }
            if (undated) {
                f.add("undated");
            }
            if (!missing.isEmpty()) {
                f.add("missing " + missing);
            }
            if (!extra.isEmpty()) {
                f.add("extra " + extra);
            }
            return f.isEmpty() ? "ok" : String.join(", ", f);
        }
    }

    /** Counts for one article or for all of them. */
    static final class Tally {
        int served;
        int fullyRight;
        int wrongDated;
        int duplicates;
        int unmatched;
        int goldEvents;
        int found;
        int core;
        int coreFound;
        int coreFullyRight;
        int lostEvidence;
        final Map<String, Integer> faults = new java.util.TreeMap<>();
        final Map<String, Integer> coreMissedBy = new java.util.TreeMap<>();

        void add(Tally t) {
            served += t.served;
            fullyRight += t.fullyRight;
            wrongDated += t.wrongDated;
            duplicates += t.duplicates;
            unmatched += t.unmatched;
            t.coreMissedBy.forEach((k, v) -> coreMissedBy.merge(k, v, Integer::sum));
            goldEvents += t.goldEvents;
            found += t.found;
            core += t.core;
            coreFound += t.coreFound;
            coreFullyRight += t.coreFullyRight;
            lostEvidence += t.lostEvidence;
            t.faults.forEach((k, v) -> faults.merge(k, v, Integer::sum));
        }
    }

    private static final KnowledgeBase KNOWLEDGE = KnowledgeBase.loadDefault();

    @Test
    void goldIsWellFormed() {
        List<String> problems = new ArrayList<>();
        List<GoldArticle> articles = load(problems);
        assertTrue(problems.isEmpty(), () -> "malformed gold:\n" + String.join("\n", problems));
        // Issue 9 asks for a fresh round of at least 40 (events10); a later blind set made only to measure may be smaller.
        int minimum = Integer.getInteger("tarikh.gold.min-articles", 40);
        assertTrue(articles.size() >= minimum, () -> "expected at least " + minimum + " articles, found " + articles.size());
    }

    @Test
    void score() throws IOException {
        List<String> problems = new ArrayList<>();
        List<GoldArticle> articles = load(problems);
        assertTrue(problems.isEmpty(), () -> "malformed gold:\n" + String.join("\n", problems));

        ArticleAnalyser analyser = ArticleAnalyser.createDefault();
        StringBuilder details = new StringBuilder();
        StringBuilder items = new StringBuilder("article\titem\tlabel\tfaults\ttype\tstatus\tdateBasis\tprecision\treference\tactors\ttextActors\troles\tplaces\tquotes\tmissing\textra\tquote\n");
        StringBuilder table = new StringBuilder();
        table.append(String.format(Locale.ROOT, "%-5s %-44s %6s %6s %6s %5s %6s | %5s %5s | %4s %6s %6s%n", "id", "file", "served",
                "right", "wrong", "dup", "unmat", "gold", "found", "core", "c.fnd", "c.right"));
        Tally total = new Tally();
        for (GoldArticle article : articles) {
            Tally t = scoreArticle(analyser, article, details, items);
            total.add(t);
            table.append(String.format(Locale.ROOT, "%-5s %-44s %6d %6d %6d %5d %6d | %5d %5d | %4d %6d %6d%n", article.id(),
                    article.file(), t.served, t.fullyRight, t.wrongDated, t.duplicates, t.unmatched, t.goldEvents, t.found, t.core,
                    t.coreFound, t.coreFullyRight));
        }
        String totals = totals(articles.size(), total);
        String report = "EventGoldScore: " + FOLDER + ", publication dates given, text-named actors by " + (NAMED_BY_ARTICLE ? "the article (first rule)" : "the item's roles") + "\n\n" + table + "\n" + totals + "\n" + details;
        System.out.println(report);
        Path out = Path.of("target", "event-gold-score.txt");
        if (Files.isDirectory(out.getParent())) {
            Files.writeString(out, report, StandardCharsets.UTF_8);
            Files.writeString(Path.of("target", "event-gold-items.tsv"), items, StandardCharsets.UTF_8);
        }
    }

    private static Tally scoreArticle(ArticleAnalyser analyser, GoldArticle article, StringBuilder details, StringBuilder features) {
        String raw = read(FOLDER + "articles/" + article.file());
        Analysis analysis = analyser.analyse(raw, article.publishedAt());
        String text = analysis.cleaned().text();
        // What is served: the article's candidates grouped by event (one event, several quotes), each shown as its first mention.
        List<ArticleMentions.Group> items = analysis.mentions().groups();
        // Before linking and filtering: tells a missed event the extractor found but did not serve from one it never saw.
        List<Candidate> extracted = analyser.extracted(text, analysis.resolution().anchor().date());
        Set<String> named = KNOWLEDGE.findActors(text).stream().map(m -> m.item().id()).collect(Collectors.toSet());

        Tally t = new Tally();
        t.served = items.size();
        t.goldEvents = article.events().size();
        details.append("\n== ").append(article.id()).append(' ').append(article.file()).append(" (published ")
                .append(article.publishedAt()).append(")\n");

        // Where each gold event's evidence lies in the cleaned text.
        Map<Gold, List<int[]>> spans = new HashMap<>();
        for (Gold g : article.events()) {
            List<int[]> s = new ArrayList<>();
            for (String e : g.evidence()) {
                int at = text.indexOf(e);
                if (at >= 0) {
                    s.add(new int[] {at, at + e.length()});
                }
            }
            if (s.isEmpty()) {
                t.lostEvidence++;
                details.append("  ! ").append(g.id()).append(": no evidence left in the cleaned text\n");
            }
            spans.put(g, s);
        }

        // Every (item, overlapping gold event) pair with its verdict; pair one to one, best first.
        record Pair(int item, Gold gold, Verdict verdict) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Candidate c = items.get(i).first();
            for (Gold g : article.events()) {
                int overlap = 0;
                for (Candidate quote : items.get(i).mentions()) {
                    for (int[] s : spans.get(g)) {
                        overlap += Math.max(0, Math.min(s[1], quote.quoteEnd()) - Math.max(s[0], quote.quoteStart()));
                    }
                }
                // An item linked to a reference event is that event, wherever the article mentions it.
                boolean sameReference = g.reference() != null && items.get(i).mentions().stream()
                        .anyMatch(quote -> g.reference().equals(quote.referenceEventId()));
                if (overlap > 0 || sameReference) {
                    pairs.add(new Pair(i, g, judge(c, g, named, Math.max(overlap, 1))));
                }
            }
        }
        pairs.sort(Comparator.comparingInt((Pair p) -> p.verdict().rank()).thenComparingInt(p -> p.verdict().overlap()).reversed()
                .thenComparingInt(Pair::item));
        Map<Integer, Pair> primary = new HashMap<>();
        Set<Gold> taken = new HashSet<>();
        for (Pair p : pairs) {
            if (!primary.containsKey(p.item()) && !taken.contains(p.gold())) {
                primary.put(p.item(), p);
                taken.add(p.gold());
            }
        }
        Map<Integer, Pair> duplicate = new HashMap<>();
        for (Pair p : pairs) {
            if (!primary.containsKey(p.item()) && !duplicate.containsKey(p.item())) {
                duplicate.put(p.item(), p);
            }
        }

        for (int i = 0; i < items.size(); i++) {
            Candidate c = items.get(i).first();
            Pair p = primary.get(i);
            String label;
            if (p != null) {
                Verdict v = p.verdict();
                if (v.fullyRight()) {
                    t.fullyRight++;
                    label = "RIGHT";
                } else {
                    label = "PARTIAL";
                    for (String f : faultKeys(v)) {
                        t.faults.merge(f, 1, Integer::sum);
                    }
                }
                if (v.dateWrong()) {
                    t.wrongDated++;
                    label = "WRONG-DATE";
                }
                details.append(String.format(Locale.ROOT, "  %-10s %-7s %s | %s%n", label, p.gold().id(), describe(c), v.faults()));
            } else if ((p = duplicate.get(i)) != null) {
                t.duplicates++;
                if (p.verdict().dateWrong()) {
                    t.wrongDated++;
                }
                details.append(String.format(Locale.ROOT, "  %-10s %-7s %s | %s%n", "DUPLICATE", p.gold().id(), describe(c),
                        p.verdict().faults()));
            } else {
                t.unmatched++;
                details.append(String.format(Locale.ROOT, "  %-10s %-7s %s%n", "UNMATCHED", "-", describe(c)));
            }
            Pair judged = primary.get(i);
            String outcome = judged != null ? (judged.verdict().dateWrong() ? "WRONG-DATE" : judged.verdict().fullyRight() ? "RIGHT" : "PARTIAL")
                    : duplicate.containsKey(i) ? "DUPLICATE" : "UNMATCHED";
            Pair any = judged != null ? judged : duplicate.get(i);
            features.append(String.join("\t", article.id(), any == null ? "-" : any.gold().id(), outcome,
                    any == null ? "" : String.join(",", faultKeys(any.verdict())), c.type().name(), c.status().name(),
                    String.valueOf(c.dateBasis()), c.date() == null ? "-" : String.valueOf(c.date().precision()),
                    c.referenceEventId() == null ? "-" : c.referenceEventId(), String.valueOf(c.actorIds().size()),
                    String.valueOf(c.textActorIds().size()),
                    c.roles().stream().map(r -> r.role().name().charAt(0) + (r.basis() == ActorRole.Basis.TEXT ? "" : "k")).collect(Collectors.joining("")),
                    String.valueOf(c.placeIds().size()), String.valueOf(items.get(i).mentions().size()),
                    any == null ? "" : any.verdict().missing().stream().map(m -> m + (KNOWLEDGE.findActors(c.quote()).stream()
                            .anyMatch(f -> Arrays.asList(m.split("\\|")).contains(f.item().id())) ? "" : "(unseen)")).collect(Collectors.joining(",")),
                    any == null ? "" : String.join(",", any.verdict().extra()),
                    c.quote() == null ? "" : c.quote().replace('\n', ' ').replace('\t', ' '))).append('\n');
        }

        Map<Gold, Pair> byGold = new HashMap<>();
        primary.values().forEach(p -> byGold.put(p.gold(), p));
        for (Gold g : article.events()) {
            Pair p = byGold.get(g);
            if (p != null) {
                t.found++;
            }
            if (g.core()) {
                t.core++;
                if (p != null) {
                    t.coreFound++;
                    if (p.verdict().fullyRight()) {
                        t.coreFullyRight++;
                    }
                }
            }
            if (p == null) {
                String why = whyMissed(extracted, spans.get(g));
                if (g.core()) {
                    t.coreMissedBy.merge(why, 1, Integer::sum);
                }
                details.append(String.format(Locale.ROOT, "  %-10s %-7s %s %s (%s) %s%n", g.core() ? "MISSED-CORE" : "missed", g.id(),
                        String.join("/", g.types()), g.dated() ? g.from() + ".." + g.to() : "undated", why, g.evidence().get(0)));
            }
        }
        return t;
    }

    /** Why no served item matched a gold event: nothing was extracted over its evidence, or what was is not served. */
    private static String whyMissed(List<Candidate> extracted, List<int[]> evidence) {
        List<Candidate> over = extracted.stream()
                .filter(c -> evidence.stream().anyMatch(s -> Math.min(s[1], c.quoteEnd()) > Math.max(s[0], c.quoteStart())))
                .toList();
        if (over.isEmpty()) {
            return "nothing extracted";
        }
        return "extracted, not served: " + over.stream().map(c -> c.type() + (c.isDated() ? "" : " undated")).distinct()
                .collect(Collectors.joining(", "));
    }

    private static List<String> faultKeys(Verdict v) {
        List<String> keys = new ArrayList<>();
        if (!v.typeOk()) {
            keys.add("type not acceptable");
        }
        if (!v.statusOk()) {
            keys.add("status not acceptable");
        }
        if (v.dateWrong()) {
            keys.add("date does not overlap");
        }
        if (v.undated()) {
            keys.add("undated (gold dated)");
        }
        if (!v.missing().isEmpty()) {
            keys.add("required actor missing");
        }
        if (!v.extra().isEmpty()) {
            keys.add("text-named actor outside required + allowed");
        }
        return keys;
    }

    private static Verdict judge(Candidate c, Gold g, Set<String> named, int overlap) {
        DateInfo d = c.date();
        boolean itemDated = d != null && d.start() != null;
        boolean dateOk;
        boolean dateWrong;
        boolean undated = false;
        if (!g.dated()) {
            dateOk = !itemDated;
            dateWrong = itemDated;
        } else if (!itemDated) {
            dateOk = false;
            dateWrong = false;
            undated = true;
        } else {
            LocalDate start = d.start();
            LocalDate end = d.end() != null && !d.end().isBefore(start) ? d.end() : start;
            dateOk = !start.isAfter(g.to()) && !end.isBefore(g.from());
            dateWrong = !dateOk;
        }
        boolean typeOk = g.types().contains(c.type().name());
        boolean statusOk = g.statuses().contains(c.status().name());
        List<String> actors = c.actorIds() == null ? List.of() : c.actorIds();
        List<String> missing = new ArrayList<>();
        for (Set<String> alternatives : g.required()) {
            if (alternatives.stream().noneMatch(actors::contains)) {
                missing.add(String.join("|", alternatives));
            }
        }
        Set<String> acceptable = g.acceptable();
        Set<String> textNamed = NAMED_BY_ARTICLE || c.roles() == null || c.roles().isEmpty() ? named
                : c.roles().stream().filter(r -> r.basis() == ActorRole.Basis.TEXT).map(ActorRole::id).collect(Collectors.toSet());
        List<String> extra = actors.stream().filter(textNamed::contains).filter(a -> !acceptable.contains(a)).distinct().toList();
        return new Verdict(dateOk, dateWrong, undated, typeOk, statusOk, missing, extra, overlap);
    }

    private static String describe(Candidate c) {
        DateInfo d = c.date();
        String date = d == null ? "undated" : d.start() == null ? "unresolved(" + d.value() + ")"
                : d.start() + (d.end() != null && !d.end().equals(d.start()) ? ".." + d.end() : "");
        String quote = c.quote() == null ? "" : c.quote().replace('\n', ' ');
        if (quote.length() > 70) {
            quote = quote.substring(0, 70) + "…";
        }
        return String.format(Locale.ROOT, "%s %s %s [%s]%s \"%s\"", c.type(), c.status(), date, String.join(",", c.actorIds()),
                c.referenceEventId() == null ? "" : " ref=" + c.referenceEventId(), quote);
    }

    private static String totals(int articles, Tally t) {
        StringBuilder b = new StringBuilder("TOTALS\n");
        b.append(String.format(Locale.ROOT, "  articles                          %d%n", articles));
        b.append(String.format(Locale.ROOT, "  gold events                       %d (core %d)%n", t.goldEvents, t.core));
        b.append(String.format(Locale.ROOT, "  served items                      %d%n", t.served));
        b.append(String.format(Locale.ROOT, "  fully right                       %d%n", t.fullyRight));
        b.append(String.format(Locale.ROOT, "  strict precision                  %s (fully right / served)%n", pct(t.fullyRight, t.served)));
        b.append(String.format(Locale.ROOT, "  wrong-dated                       %d = %s of served%n", t.wrongDated, pct(t.wrongDated, t.served)));
        b.append(String.format(Locale.ROOT, "  duplicates                        %d = %s of served%n", t.duplicates, pct(t.duplicates, t.served)));
        b.append(String.format(Locale.ROOT, "  unmatched (invented)              %d = %s of served%n", t.unmatched, pct(t.unmatched, t.served)));
        b.append(String.format(Locale.ROOT, "  gold events found                 %d = %s%n", t.found, pct(t.found, t.goldEvents)));
        b.append(String.format(Locale.ROOT, "  core events found                 %d of %d = %s%n", t.coreFound, t.core, pct(t.coreFound, t.core)));
        b.append(String.format(Locale.ROOT, "  core events found fully right     %d of %d = %s%n", t.coreFullyRight, t.core,
                pct(t.coreFullyRight, t.core)));
        if (t.lostEvidence > 0) {
            b.append(String.format(Locale.ROOT, "  gold events whose evidence the cleaner dropped: %d%n", t.lostEvidence));
        }
        b.append("  faults of matched, not fully right items (an item may have several):\n");
        t.faults.forEach((k, v) -> b.append(String.format(Locale.ROOT, "    %-44s %d%n", k, v)));
        b.append("  core events missed, by what extraction made of their evidence:\n");
        t.coreMissedBy.forEach((k, v) -> b.append(String.format(Locale.ROOT, "    %-44s %d%n", k, v)));
        return b.toString();
    }

    private static String pct(int n, int of) {
        return of == 0 ? "n/a" : String.format(Locale.ROOT, "%.1f %%", 100.0 * n / of);
    }

    // ------------------------------------------------------------------ gold file

    private static List<GoldArticle> load(List<String> problems) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(read(FOLDER + "gold.json"));
        } catch (IOException e) {
            throw new UncheckedIOException("gold.json is not JSON", e);
        }
        Set<String> statuses = new HashSet<>(PLANNED_STATUSES);
        Arrays.stream(EventStatus.values()).map(Enum::name).forEach(statuses::add);
        Set<String> articleIds = new HashSet<>();
        Set<String> eventIds = new HashSet<>();
        List<GoldArticle> articles = new ArrayList<>();
        for (JsonNode a : root.path("articles")) {
            String id = a.path("id").asText("");
            String file = a.path("file").asText("");
            if (id.isBlank() || !articleIds.add(id)) {
                problems.add("article id missing or repeated: '" + id + "'");
            }
            LocalDate published = date(a.path("publishedAt"), id + " publishedAt", problems);
            String text;
            try {
                text = read(FOLDER + "articles/" + file);
            } catch (RuntimeException e) {
                problems.add(id + ": article file not found: " + file);
                continue;
            }
            List<Gold> events = new ArrayList<>();
            for (JsonNode e : a.path("events")) {
                String eid = e.path("id").asText("");
                String where = id + "/" + eid;
                if (eid.isBlank() || !eventIds.add(eid)) {
                    problems.add(where + ": event id missing or repeated");
                }
                Set<String> types = strings(e.path("types"));
                if (types.isEmpty()) {
                    problems.add(where + ": no types");
                }
                types.stream().filter(x -> java.util.Arrays.stream(EventType.values()).noneMatch(t -> t.name().equals(x))).forEach(x -> problems.add(where + ": unknown type " + x));
                Set<String> st = strings(e.path("statuses"));
                if (st.isEmpty()) {
                    problems.add(where + ": no statuses");
                }
                st.stream().filter(x -> !statuses.contains(x)).forEach(x -> problems.add(where + ": unknown status " + x));
                LocalDate from = null;
                LocalDate to = null;
                JsonNode d = e.path("date");
                if (!d.isMissingNode() && !d.isNull()) {
                    from = date(d.path("from"), where + " date.from", problems);
                    to = date(d.path("to"), where + " date.to", problems);
                    if (from != null && to != null && to.isBefore(from)) {
                        problems.add(where + ": date.to before date.from");
                    }
                    if (from == null || to == null) {
                        from = null;
                        to = null;
                    }
                } else if (d.isMissingNode()) {
                    problems.add(where + ": no date (write null for an event undated by design)");
                }
                List<Set<String>> required = new ArrayList<>();
                for (String r : strings(e.path("requiredActors"))) {
                    Set<String> alternatives = new LinkedHashSet<>(Arrays.asList(r.split("\\|")));
                    alternatives.stream().filter(x -> KNOWLEDGE.actor(x) == null)
                            .forEach(x -> problems.add(where + ": unknown required actor id " + x));
                    required.add(alternatives);
                }
                Set<String> allowed = new LinkedHashSet<>(strings(e.path("allowedActors")));
                allowed.stream().filter(x -> KNOWLEDGE.actor(x) == null).forEach(x -> problems.add(where + ": unknown allowed actor id " + x));
                // A name the knowledge base did not know when the gold was written, and knows now, is an allowed actor:
                // the writer saw it take part; the knowledge grew after the gold was fixed.
                for (String name : strings(e.path("unknownActors"))) {
                    for (Match<Actor> m : KNOWLEDGE.findActors(name)) {
                        if (m.start() == 0 && m.end() == name.length()) {
                            allowed.add(m.item().id());
                        }
                    }
                }
                strings(e.path("places")).stream().filter(x -> KNOWLEDGE.place(x) == null)
                        .forEach(x -> problems.add(where + ": unknown place id " + x));
                List<String> evidence = new ArrayList<>();
                evidence.add(e.path("evidence").asText(""));
                e.path("moreEvidence").forEach(x -> evidence.add(x.asText("")));
                for (String ev : evidence) {
                    int count = occurrences(text, ev);
                    if (ev.isBlank() || count != 1) {
                        problems.add(where + ": evidence must occur exactly once in the article, found " + count + ": '" + ev + "'");
                    }
                }
                if (!e.path("core").isBoolean()) {
                    problems.add(where + ": core must be true or false");
                }
                // The note names the reference event the gold event is, where there is one (the corpora's convention).
                String note = e.path("note").asText("");
                String reference = KNOWLEDGE.referenceEvent(note).isPresent() ? note : null;
                events.add(new Gold(eid, types, st, from, to, required, allowed, e.path("core").asBoolean(false), evidence, reference));
            }
            if (events.isEmpty()) {
                problems.add(id + ": no gold events");
            }
            articles.add(new GoldArticle(id, file, published, events));
        }
        if (articles.isEmpty()) {
            problems.add("no articles in gold.json");
        }
        return articles;
    }

    private static LocalDate date(JsonNode node, String where, List<String> problems) {
        try {
            return LocalDate.parse(node.asText(""));
        } catch (DateTimeParseException e) {
            problems.add(where + ": not an ISO date: '" + node.asText("") + "'");
            return null;
        }
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> out = new TreeSet<>();
        array.forEach(x -> out.add(x.asText()));
        return out;
    }

    private static int occurrences(String text, String s) {
        if (s.isEmpty()) {
            return 0;
        }
        int n = 0;
        for (int at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + 1)) {
            n++;
        }
        return n;
    }

    private static String read(String resource) {
        try (InputStream in = EventGoldScoreTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
