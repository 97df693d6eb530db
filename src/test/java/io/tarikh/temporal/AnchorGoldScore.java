package io.tarikh.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tarikh.pipeline.ArticleAnalyser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A measurement, not a gate: publication dates inferred with no date given, on the fresh undated articles under
 * anchors/articles/ (written before the service was run on them), against anchors/gold.tsv.
 *
 * <p>Each article is right, abstained or wrong, counted by confidence band and separately for the articles a careful
 * reader can date to the day ("inferable") and those that must be abstained on. For a non-inferable article
 * abstaining is right, and a date is wrong unless it happens to be the true one ("lucky"). Low figures do not fail
 * the test; a malformed gold file does (missing article, bad date, unknown inferable value, article without gold).
 *
 * <p>Not in the default suite (its name does not end in Test); run it alone:
 * {@code ./mvnw -B test -Dtest=AnchorGoldScore -Dquarkus.http.test-port=8095}, adding
 * {@code -Dtarikh.anchors.folder=anchors2/} to score another set. The table is printed and written to
 * target/anchor-gold-score.md.
 */
class AnchorGoldScore {

    /** The set to score, under src/test/resources: -Dtarikh.anchors.folder=anchors2/ for the second fresh set. */
    static final Path DIR = Path.of("src/test/resources").resolve(System.getProperty("tarikh.anchors.folder", "anchors/"));
    static final Path GOLD = DIR.resolve("gold.tsv");
    static final Path ARTICLES = DIR.resolve("articles");
    static final Path REPORT = Path.of("target/anchor-gold-score.md");
    static final String HEADER = "file\ttrueDate\tinferable\treason";
    static final int MIN_ARTICLES = 30;

    record Gold(String file, LocalDate trueDate, boolean inferable, String reason) {
    }

    enum Outcome {
        RIGHT, ABSTAINED, WRONG, LUCKY
    }

    /** Confidence bands; an abstention (no date) has its own row. */
    enum Band {
        NONE("no date (abstained)"), BELOW_50("< 0.5"), FROM_50("0.5 - 0.7"), FROM_70("0.7 - 0.9"), FROM_90(">= 0.9");

        final String label;

        Band(String label) {
            this.label = label;
        }

        static Band of(Anchor a) {
            if (a.date() == null) {
                return NONE;
            }
            double c = a.confidence();
            return c < 0.5 ? BELOW_50 : c < 0.7 ? FROM_50 : c < 0.9 ? FROM_70 : FROM_90;
        }
    }

    record Scored(Gold gold, Anchor anchor, Band band, Outcome outcome) {
    }

    /**
     * The gold rows, validated: header first, four tab-separated columns, an existing article, an ISO date,
     * inferable yes/no, a reason, no duplicate; every article listed. Throws IllegalArgumentException naming the line.
     */
    static List<Gold> parse(List<String> lines, Predicate<String> articleExists, Set<String> articleFiles) {
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            throw new IllegalArgumentException("gold: the first line must be the header '" + HEADER.replace("\t", "\\t") + "'");
        }
        List<Gold> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String where = "gold line " + (i + 1) + ": ";
            String[] cols = line.split("\t", -1);
            if (cols.length != 4) {
                throw new IllegalArgumentException(where + "4 tab-separated columns expected, found " + cols.length);
            }
            String file = cols[0].strip();
            if (file.isEmpty() || !articleExists.test(file)) {
                throw new IllegalArgumentException(where + "no article '" + file + "' under " + ARTICLES);
            }
            if (!seen.add(file)) {
                throw new IllegalArgumentException(where + "'" + file + "' listed twice");
            }
            LocalDate date;
            try {
                date = LocalDate.parse(cols[1].strip());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(where + "trueDate '" + cols[1] + "' is not YYYY-MM-DD", e);
            }
            boolean inferable = switch (cols[2].strip()) {
                case "yes" -> true;
                case "no" -> false;
                default -> throw new IllegalArgumentException(where + "inferable must be yes or no, not '" + cols[2] + "'");
            };
            if (cols[3].isBlank()) {
                throw new IllegalArgumentException(where + "reason is empty");
            }
            rows.add(new Gold(file, date, inferable, cols[3].strip()));
        }
        Set<String> unlisted = new TreeSet<>(articleFiles);
        unlisted.removeAll(seen);
        if (!unlisted.isEmpty()) {
            throw new IllegalArgumentException("gold: articles without a gold line: " + unlisted);
        }
        return rows;
    }

    static List<Gold> readGold() throws IOException {
        assertTrue(Files.isRegularFile(GOLD), "gold file " + GOLD);
        Set<String> files;
        try (Stream<Path> s = Files.list(ARTICLES)) {
            files = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).collect(Collectors.toSet());
        }
        return parse(Files.readAllLines(GOLD), f -> Files.isRegularFile(ARTICLES.resolve(f)), files);
    }

    static Outcome classify(Gold g, Anchor a) {
        if (a.date() == null) {
            return Outcome.ABSTAINED;
        }
        if (a.date().equals(g.trueDate())) {
            return g.inferable() ? Outcome.RIGHT : Outcome.LUCKY;
        }
        return Outcome.WRONG;
    }

    @Test
    void goldIsWellFormed() throws IOException {
        List<Gold> gold = readGold();
        assertTrue(gold.size() >= MIN_ARTICLES, "at least " + MIN_ARTICLES + " articles: " + gold.size());
        assertTrue(gold.stream().anyMatch(g -> !g.inferable()), "some articles must be abstained on");
    }

    @Test
    void malformedGoldIsRejected() {
        Predicate<String> exists = "a.txt"::equals;
        Set<String> files = Set.of("a.txt");
        assertEquals(1, parse(List.of(HEADER, "a.txt\t2019-10-30\tyes\tclue"), exists, files).size());
        assertThrows(IllegalArgumentException.class, () -> parse(List.of("a.txt\t2019-10-30\tyes\tclue"), exists, files));
        assertThrows(IllegalArgumentException.class, () -> parse(List.of(HEADER, "b.txt\t2019-10-30\tyes\tclue"), exists, files));
        assertThrows(IllegalArgumentException.class, () -> parse(List.of(HEADER, "a.txt\t2019-02-30\tyes\tclue"), exists, files));
        assertThrows(IllegalArgumentException.class, () -> parse(List.of(HEADER, "a.txt\t30/10/2019\tyes\tclue"), exists, files));
        assertThrows(IllegalArgumentException.class, () -> parse(List.of(HEADER, "a.txt\t2019-10-30\tmaybe\tclue"), exists, files));
        assertThrows(IllegalArgumentException.class, () -> parse(List.of(HEADER, "a.txt\t2019-10-30\tyes"), exists, files));
        assertThrows(IllegalArgumentException.class, () -> parse(List.of(HEADER, "a.txt\t2019-10-30\tyes\t "), exists, files));
        assertThrows(IllegalArgumentException.class,
                () -> parse(List.of(HEADER, "a.txt\t2019-10-30\tyes\tclue", "a.txt\t2019-10-30\tyes\tclue"), exists, files));
        assertThrows(IllegalArgumentException.class, () -> parse(List.of(HEADER), exists, files));
    }

    @Test
    void score() throws IOException {
        List<Gold> gold = readGold();
        ArticleAnalyser analyser = ArticleAnalyser.createDefault();
        List<Scored> scored = new ArrayList<>();
        for (Gold g : gold) {
            Anchor a = analyser.analyse(Files.readString(ARTICLES.resolve(g.file())), null).resolution().anchor();
            scored.add(new Scored(g, a, Band.of(a), classify(g, a)));
        }
        String report = report(scored);
        System.out.println(report);
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, report);
    }

    static String report(List<Scored> scored) {
        Map<Band, int[]> yes = new EnumMap<>(Band.class);
        Map<Band, int[]> no = new EnumMap<>(Band.class);
        for (Band b : Band.values()) {
            yes.put(b, new int[Outcome.values().length]);
            no.put(b, new int[Outcome.values().length]);
        }
        int[] yesTotal = new int[Outcome.values().length];
        int[] noTotal = new int[Outcome.values().length];
        for (Scored s : scored) {
            (s.gold().inferable() ? yes : no).get(s.band())[s.outcome().ordinal()]++;
            (s.gold().inferable() ? yesTotal : noTotal)[s.outcome().ordinal()]++;
        }
        long inferable = scored.stream().filter(s -> s.gold().inferable()).count();
        long notInferable = scored.size() - inferable;

        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Anchor gold score: %d articles, %d inferable, %d to abstain on%n%n",
                scored.size(), inferable, notInferable));
        out.append("| confidence | inferable: right | inferable: wrong | inferable: abstained "
                + "| not inferable: abstained (right) | not inferable: lucky | not inferable: wrong |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|\n");
        for (Band b : Band.values()) {
            out.append(row(b.label, yes.get(b), no.get(b)));
        }
        out.append(row("**total**", yesTotal, noTotal));
        int right = yesTotal[Outcome.RIGHT.ordinal()];
        int wrong = yesTotal[Outcome.WRONG.ordinal()] + noTotal[Outcome.WRONG.ordinal()];
        out.append(String.format(Locale.ROOT,
                "%nInferable: %d of %d right (%.0f %%), %d abstained, %d wrong. Not inferable: %d of %d abstained, %d lucky, %d wrong.%n",
                right, inferable, inferable == 0 ? 0.0 : 100.0 * right / inferable,
                yesTotal[Outcome.ABSTAINED.ordinal()], yesTotal[Outcome.WRONG.ordinal()],
                noTotal[Outcome.ABSTAINED.ordinal()], notInferable, noTotal[Outcome.LUCKY.ordinal()],
                noTotal[Outcome.WRONG.ordinal()]));
        out.append(String.format(Locale.ROOT, "Target (0 wrong, >= 90 %% of inferable right): %s.%n",
                wrong == 0 && right >= 0.9 * inferable ? "met" : "not met"));
        out.append("\nPer article:\n\n| article | inferable | true | inferred | confidence | outcome | evidence |\n");
        out.append("|---|---|---|---|---:|---|---|\n");
        for (Scored s : scored) {
            Anchor a = s.anchor();
            out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %.2f | %s | %s |%n", s.gold().file(),
                    s.gold().inferable() ? "yes" : "no", s.gold().trueDate(), a.date() == null ? "-" : a.date(),
                    a.confidence(), s.outcome(), evidence(a.evidence())));
        }
        return out.toString();
    }

    private static String row(String label, int[] yes, int[] no) {
        return String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %d |%n", label, yes[Outcome.RIGHT.ordinal()],
                yes[Outcome.WRONG.ordinal()], yes[Outcome.ABSTAINED.ordinal()], no[Outcome.ABSTAINED.ordinal()],
                no[Outcome.LUCKY.ordinal()], no[Outcome.WRONG.ordinal()]);
    }

    private static String evidence(List<String> lines) {
        String all = String.join(" / ", lines).replace('|', '¦').replace('\n', ' ');
        return all.length() <= 220 ? all : all.substring(0, 217) + "...";
    }
}
