package io.tarikh.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each rule kind declares the groups it is read from; the rule book refuses, at load, a rule that does not fit its kind. */
class RuleBookTest {

    private static RuleBook load(String yaml) {
        return RuleBook.load(Lexicon.get(), new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test-rules.yaml");
    }

    private static String rule(String id, String kind, String pattern) {
        return "rules:\n  - id: " + id + "\n    kind: " + kind + "\n    pattern: '" + pattern + "'\n";
    }

    private static String failure(String yaml) {
        return assertThrows(IllegalStateException.class, () -> load(yaml)).getMessage();
    }

    @Test
    void theShippedRulesAllHaveTheGroupsTheirKindsRequire() {
        RuleBook book = RuleBook.load(Lexicon.get());
        assertTrue(book.rules().size() >= 30, "only " + book.rules().size() + " rules");
        Set<RuleBook.Kind> used = EnumSet.noneOf(RuleBook.Kind.class);
        for (RuleBook.Rule r : book.rules()) {
            used.add(r.kind());
            for (Set<String> need : r.kind().required()) {
                assertTrue(need.stream().anyMatch(r.groups()::contains), r.id() + " lacks one of " + need);
            }
        }
        assertEquals(EnumSet.allOf(RuleBook.Kind.class), used, "every kind has a rule");
    }

    @Test
    void aRuleLackingARequiredGroupFailsNamingTheRuleAndTheGroup() {
        String message = failure(rule("deictic-without-word", "DEICTIC", "{deictic}"));
        assertTrue(message.contains("deictic-without-word"), message);
        assertTrue(message.contains("'dx'"), message);
        assertTrue(message.contains("test-rules.yaml"), message);
    }

    @Test
    void theFirstBrokenRuleIsNamedNotItsValidNeighbours() {
        String yaml = rule("weekday-fine", "WEEKDAY", "{weekday:wd}")
                + "  - id: span-without-second-month\n    kind: CALENDAR_SPAN\n    pattern: 'من\\s+{month:m}\\s+الى\\s+{month}'\n";
        String message = failure(yaml);
        assertTrue(message.contains("span-without-second-month") && message.contains("'m2'"), message);
        assertFalse(message.contains("weekday-fine"), message);
    }

    @Test
    void aKindWithAlternativeGroupsNamesThemAll() {
        String message = failure(rule("duration-without-unit", "DURATION", "بعد\\s+(?<n>\\d+)\\s+{units}"));
        assertTrue(message.contains("duration-without-unit"), message);
        assertTrue(message.contains("'su' or 'su1' or 'u'"), message);
    }

    @Test
    void aGroupTheKindDoesNotReadFails() {
        String message = failure(rule("weekday-misspelt", "WEEKDAY", "{weekday:wd}\\s+(?<rell>{past})"));
        assertTrue(message.contains("weekday-misspelt") && message.contains("'rell'"), message);
    }

    @Test
    void aSpanGroupTheRuleLacksFails() {
        String message = failure(rule("year-bad-span", "YEAR", "في\\s+(?<y>\\d{4})") + "    span: yy\n");
        assertTrue(message.contains("year-bad-span") && message.contains("'yy'"), message);
    }

    @Test
    void anUnknownKindNamesTheRule() {
        String message = failure(rule("odd", "FORTNIGHT", "{weekday:wd}"));
        assertTrue(message.contains("odd") && message.contains("FORTNIGHT"), message);
    }

    @Test
    void spanGroupsAndBackReferencesNeedNoDeclaration() {
        RuleBook book = load(rule("numeric", "NUMERIC", "(?<d>\\d{1,2})(?<sep>[/.])(?<mo>\\d{1,2})\\k<sep>(?<y>\\d{4})")
                + "  - id: year-after-noun\n    kind: YEAR\n    span: fy\n    pattern: 'موازنه\\s+(?<fy>(?<y>\\d{4}))'\n");
        assertEquals(2, book.rules().size());
    }
}
