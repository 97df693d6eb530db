package io.tarikh.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Held-out evaluation: short news articles written for this test (not the seeds' events), each
 * with a gold file listing every temporal expression (text, TIMEX3 value, and interval when it has
 * one) and the tricky numbers and words that are NOT dates. The engine must resolve at least 95%
 * of the gold expressions exactly and tag nothing that is not in the gold.
 */
class UnseenArticlesTest {

    private static final List<String> ARTICLES = List.of("01_yemen", "02_libya", "03_egypt_economy", "04_levant", "05_maghreb", "06_gulf",
            "07_egypt_nile_dam", "08_algeria_hirak", "09_saudi_hijri", "10_lebanon_fires", "11_iraq_elections", "12_gaza_jordan",
            "13_syria_sana", "14_sudan_protests", "15_syria_opposition", "16_kurdish_border", "17_egypt_budget");
    private static final TemporalEngine ENGINE = TemporalEngine.create(ReferenceEventIndex.empty());

    private record Gold(String text, String value, String start, String end) {
    }

    @Test
    void resolvesHeldOutArticles() {
        int gold = 0;
        int exact = 0;
        List<String> misses = new ArrayList<>();
        List<String> spurious = new ArrayList<>();
        for (String name : ARTICLES) {
            String text = read(name + ".txt");
            List<String> lines = read(name + ".gold.tsv").lines().filter(l -> !l.isBlank()).toList();
            LocalDate anchor = LocalDate.parse(lines.get(0).split("\t")[1]);
            List<TemporalExpression> found = new ArrayList<>(ENGINE.resolve(text, anchor).expressions());
            List<TemporalExpression> unmatched = new ArrayList<>(found);
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split("\t");
                if (f[0].equals("nondate")) {
                    assertNonDate(name, text, f[1], found);
                    continue;
                }
                Gold g = new Gold(f[1], f[2], f.length > 3 ? f[3] : null, f.length > 4 ? f[4] : null);
                gold++;
                TemporalExpression hit = unmatched.stream().filter(e -> e.text().equals(g.text())).findFirst().orElse(null);
                if (hit != null) {
                    unmatched.remove(hit);
                }
                if (hit != null && matches(hit, g)) {
                    exact++;
                } else {
                    misses.add(name + ": " + g + " got " + (hit == null ? "nothing" : describe(hit)));
                }
            }
            unmatched.forEach(e -> spurious.add(name + ": " + describe(e)));
        }
        double score = 100.0 * exact / gold;
        System.out.printf("unseen articles: %d/%d gold expressions exact (%.1f%%), %d spurious%n", exact, gold, score, spurious.size());
        misses.forEach(m -> System.out.println("  miss " + m));
        spurious.forEach(s -> System.out.println("  spurious " + s));
        assertTrue(gold >= 40, "gold too small: " + gold);
        assertTrue(score >= 95.0, String.format("%.1f%% exact; misses: %s", score, misses));
        assertEquals(List.of(), spurious, "expressions that are not in the gold");
    }

    private static void assertNonDate(String article, String text, String nonDate, List<TemporalExpression> found) {
        int at = text.indexOf(nonDate);
        assertTrue(at >= 0, article + ": gold non-date '" + nonDate + "' is not in the text");
        for (; at >= 0; at = text.indexOf(nonDate, at + 1)) {
            int from = at;
            int to = at + nonDate.length();
            found.stream().filter(e -> e.start() < to && from < e.end()).findFirst().ifPresent(e -> {
                throw new AssertionError(article + ": non-date '" + nonDate + "' tagged as " + describe(e));
            });
        }
    }

    private static boolean matches(TemporalExpression e, Gold g) {
        return e.date().value().equals(g.value())
                && (g.start() == null ? e.date().start() == null : g.start().equals(String.valueOf(e.date().start())))
                && (g.end() == null || g.end().equals(String.valueOf(e.date().end())));
    }

    private static String describe(TemporalExpression e) {
        return "'" + e.text() + "'=" + e.date().value() + " " + e.date().start() + ".." + e.date().end() + " (" + e.rule() + ")";
    }

    private static String read(String file) {
        try (InputStream in = UnseenArticlesTest.class.getResourceAsStream("/temporal/articles/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing test article " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
