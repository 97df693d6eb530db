package io.tarikh.temporal;

import io.tarikh.text.ArabicNormalizer;
import io.tarikh.text.ArabicNormalizer.NormalizedText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Finds temporal phrases: every rule runs over the normalised text, the longest non-overlapping
 * matches win, then a modifier ("أوائل") or part of day ("مساء") just before a match joins it.
 */
final class Tagger {

    /** How far back a modifier or part-of-day prefix is looked for, in normalised characters. */
    private static final int PREFIX_WINDOW = 24;

    /**
     * A tagged phrase: offsets in the normalised text ({@code nStart}, {@code nEnd}), the captured
     * groups (normalised), and the prefix words that joined it.
     */
    record Span(RuleBook.Rule rule, int nStart, int nEnd, Map<String, String> groups, String modifier, String partOfDay) {

        String group(String name) {
            return groups.get(name);
        }
    }

    private final RuleBook rules;
    private final Lexicon lexicon;

    Tagger(RuleBook rules, Lexicon lexicon) {
        this.rules = rules;
        this.lexicon = lexicon;
    }

    static NormalizedText normalize(String text) {
        return ArabicNormalizer.normalizeWithOffsets(text);
    }

    List<Span> tag(String normalised) {
        List<Span> found = new ArrayList<>();
        List<RuleBook.Rule> all = rules.rules();
        for (int order = 0; order < all.size(); order++) {
            RuleBook.Rule rule = all.get(order);
            Matcher m = rule.pattern().matcher(normalised);
            while (m.find()) {
                if (m.end() > m.start()) {
                    found.add(span(rule, m));
                }
            }
        }
        return withPrefixes(longestNonOverlapping(found, all), normalised);
    }

    private static Span span(RuleBook.Rule rule, Matcher m) {
        Map<String, String> groups = new HashMap<>();
        for (String name : rule.groups()) {
            String value = m.group(name);
            if (value != null) {
                groups.put(name, value);
            }
        }
        return new Span(rule, m.start(), m.end(), groups, null, null);
    }

    private static List<Span> longestNonOverlapping(List<Span> found, List<RuleBook.Rule> order) {
        List<Span> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt((Span s) -> s.nEnd() - s.nStart()).reversed()
                .thenComparingInt(s -> order.indexOf(s.rule()))
                .thenComparingInt(Span::nStart));
        List<Span> kept = new ArrayList<>();
        for (Span s : sorted) {
            if (kept.stream().noneMatch(k -> k.nStart() < s.nEnd() && s.nStart() < k.nEnd())) {
                kept.add(s);
            }
        }
        kept.sort(Comparator.comparingInt(Span::nStart));
        return kept;
    }

    private List<Span> withPrefixes(List<Span> spans, String normalised) {
        List<Span> out = new ArrayList<>(spans.size());
        int previousEnd = 0;
        for (Span s : spans) {
            int from = Math.max(previousEnd, s.nStart() - PREFIX_WINDOW);
            String before = normalised.substring(from, s.nStart());
            Span extended = s;
            Matcher mod = rules.modifierPrefix().matcher(before);
            Matcher pod = rules.partOfDayPrefix().matcher(before);
            if (acceptsModifier(s) && mod.find()) {
                extended = new Span(s.rule(), from + mod.start(), s.nEnd(), s.groups(),
                        lexicon.value("modifiers", mod.group("mod")), null);
            } else if (acceptsPartOfDay(s) && pod.find()) {
                extended = new Span(s.rule(), from + pod.start(), s.nEnd(), s.groups(), null,
                        lexicon.value("partsOfDay", pod.group("pod")));
            }
            out.add(extended);
            previousEnd = extended.nEnd();
        }
        return out;
    }

    /** Periods longer than a day take early/mid/late; any date takes "about". */
    private static boolean acceptsModifier(Span s) {
        return switch (s.rule().kind()) {
            case CALENDAR, YEAR, RELATIVE, QUARTER, DECADE, HIJRI, NUMERIC, CALENDAR_SPAN -> true;
            default -> false;
        };
    }

    private static boolean acceptsPartOfDay(Span s) {
        return s.rule().kind() == RuleBook.Kind.DEICTIC || s.rule().kind() == RuleBook.Kind.WEEKDAY
                || s.rule().kind() == RuleBook.Kind.CALENDAR || s.rule().kind() == RuleBook.Kind.NUMERIC;
    }
}
