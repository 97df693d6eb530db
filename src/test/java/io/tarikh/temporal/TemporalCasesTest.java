package io.tarikh.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The table of {@code temporal/cases.tsv}: one short news sentence per row, the anchor, and the
 * one expression it must yield (exact span, value, interval, precision, modifier, type), or "-"
 * for sentences that hold no date at all. Columns are tab separated; "-" means absent/null.
 */
class TemporalCasesTest {

    private static final TemporalEngine ENGINE = TemporalEngine.create(ReferenceEventIndex.empty());

    /** One row of the table. {@code why}: a fragment the explanation must contain, or null. */
    record Case(int line, String family, LocalDate anchor, String sentence, String text, String value, String start, String end,
            String precision, String modifier, String type, String why) {

        boolean noDate() {
            return text == null;
        }

        @Override
        public String toString() {
            return line + " [" + family + "] " + sentence;
        }
    }

    static List<Case> cases() {
        List<Case> out = new ArrayList<>();
        try (InputStream in = TemporalCasesTest.class.getResourceAsStream("/temporal/cases.tsv");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String row;
            int line = 0;
            while ((row = r.readLine()) != null) {
                line++;
                if (row.isBlank() || row.startsWith("#")) {
                    continue;
                }
                String[] f = row.split("\t", -1);
                if (f.length < 10) {
                    throw new IllegalStateException("cases.tsv line " + line + ": " + f.length + " columns");
                }
                out.add(new Case(line, f[0], LocalDate.parse(f[1]), f[2], opt(f[3]), opt(f[4]), opt(f[5]), opt(f[6]), opt(f[7]),
                        opt(f[8]), opt(f[9]), f.length > 10 ? opt(f[10]) : null));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static String opt(String s) {
        String t = s.strip();
        return t.isEmpty() || t.equals("-") ? null : t;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void resolves(Case c) {
        List<TemporalExpression> found = ENGINE.resolveAgainst(c.sentence(), c.anchor());
        String got = found.stream().map(e -> "'" + e.text() + "'=" + e.date().value() + " " + e.date().start() + ".." + e.date().end()
                + " " + e.date().precision() + " " + e.date().modifier() + " " + e.type() + " (" + e.rule() + ": " + e.explanation() + ")")
                .collect(Collectors.joining("; "));
        if (c.noDate()) {
            assertTrue(found.isEmpty(), "expected no date, got " + got);
            return;
        }
        assertEquals(1, found.size(), "expected exactly '" + c.text() + "', got " + got);
        TemporalExpression e = found.get(0);
        assertEquals(c.text(), e.text(), got);
        assertEquals(c.sentence().substring(e.start(), e.end()), e.text(), "offsets");
        assertEquals(c.value(), e.date().value(), got);
        assertEquals(c.start(), str(e.date().start()), got);
        assertEquals(c.end(), str(e.date().end()), got);
        assertEquals(c.precision(), e.date().precision().name(), got);
        assertEquals(c.modifier(), e.date().modifier() == null ? null : e.date().modifier().name(), got);
        assertEquals(c.type(), e.type().name(), got);
        // The explanation names the arithmetic: it ends on (or contains) the interval it gives.
        assertFalse(e.rule().isBlank(), "rule id");
        if (e.date().start() != null) {
            assertTrue(e.explanation().contains(e.date().start().toString()), "explanation without the result: " + e.explanation());
        }
        if (c.why() != null) {
            assertTrue(e.explanation().contains(c.why()), "explanation '" + e.explanation() + "' lacks '" + c.why() + "'");
        }
    }

    @Test
    void tableIsLargeAndCoversNonDates() {
        List<Case> all = cases();
        assertTrue(all.size() >= 200, "only " + all.size() + " cases");
        assertTrue(all.stream().filter(Case::noDate).count() >= 20, "too few non-date sentences");
    }

    private static String str(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
