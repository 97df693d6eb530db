package io.tarikh.temporal;

import io.tarikh.text.ArabicNormalizer;
import io.tarikh.text.Clitics;
import io.tarikh.text.Document;
import io.tarikh.text.WordMemo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Finds temporal phrases: every rule runs over the normalised text, the longest non-overlapping
 * matches win, then a modifier ("أوائل") or part of day ("مساء") just before a match joins it.
 */
final class Tagger {

    /** How far back a modifier or part-of-day prefix is looked for, in normalised characters. */
    private static final int PREFIX_WINDOW = 24;

    /**
     * A tagged phrase: offsets in the normalised text ({@code nStart}, {@code nEnd}), what it says
     * ({@code value}, of its rule's kind), and the prefix words that joined it: {@code modifier}
     * ("أوائل"), {@code partOfDay} ("مساء", as its TIMEX3 suffix "TEV").
     */
    record Span(RuleBook.Rule rule, int nStart, int nEnd, SpanValue value, Modifier modifier, String partOfDay) {
    }

    /**
     * A rule's match before the overlaps are settled: only the matches kept are read into values.
     * {@code order}: the rule's place in rules.yaml, which breaks ties.
     */
    private record Match(RuleBook.Rule rule, int order, int nStart, int nEnd, String[] groups) {
    }

    /** Proclitics that may be written attached to a temporal phrase ("وأمس", "فيوم", "بعام"). */
    private static final String PROCLITICS = Clitics.NOMINAL;
    private static final int GATE_CACHE_LIMIT = 200_000;

    private final RuleBook rules;
    private final Lexicon lexicon;
    private final SpanReader reader;
    /** Per word, the rules whose gate it opens (a bit per rule). */
    private final WordMemo<Long> gates = new WordMemo<>(GATE_CACHE_LIMIT, this::gateOf);

    Tagger(RuleBook rules, Lexicon lexicon) {
        this.rules = rules;
        this.lexicon = lexicon;
        this.reader = new SpanReader(lexicon);
    }

    /**
     * Rules run only where they can begin: a match starts at a word (or just after its proclitic
     * و/ف/ب/ل/ك), and for each word the set of rules whose pattern can begin with it is computed once
     * and cached. Most words of a news text ("قال", "الرئيس") begin no rule, so most positions are
     * never tried; this keeps tagging linear and cheap (see TemporalBenchmark).
     */
    List<Span> tag(Document doc) {
        String normalised = doc.folded();
        Matcher[] matchers = new Matcher[rules.rules().size()];
        List<Match> found = new ArrayList<>();
        for (Document.Word w : doc.words()) {
            int i = w.start();
            tryAt(normalised, w.text(), i, matchers, found);
            if (w.end() - i > 1 && PROCLITICS.indexOf(normalised.charAt(i)) >= 0) {
                tryAt(normalised, w.text().substring(1), i + 1, matchers, found);
            }
        }
        List<Span> spans = new ArrayList<>();
        for (Match m : longestNonOverlapping(found)) {
            spans.add(new Span(m.rule(), m.nStart(), m.nEnd(), reader.read(new SpanReader.Groups(m.rule(), m.groups())), null, null));
        }
        return withPrefixes(spans, normalised);
    }

    private void tryAt(String text, String word, int start, Matcher[] matchers, List<Match> found) {
        List<RuleBook.Rule> all = rules.rules();
        long mask = gate(word);
        for (int r = 0; mask != 0; r++, mask >>>= 1) {
            if ((mask & 1L) == 0) {
                continue;
            }
            if (matchers[r] == null) {
                // Transparent bounds: the word-start and context lookbehinds still see the text before the region.
                matchers[r] = all.get(r).pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            }
            Matcher m = matchers[r].region(start, text.length());
            if (m.lookingAt() && m.end() > m.start()) {
                found.add(match(all.get(r), r, m));
            }
        }
    }

    /** Bit r set: rule r can begin with {@code word} (it matches, or would with more text after it). */
    private long gate(String word) {
        return gates.get(word);
    }

    private Long gateOf(String word) {
        long mask = 0;
        List<RuleBook.Rule> all = rules.rules();
        for (int r = 0; r < all.size(); r++) {
            Matcher g = all.get(r).gate().matcher(word);
            if (g.lookingAt() || g.hitEnd()) {
                mask |= 1L << r;
            }
        }
        return mask;
    }

    /** The span a match reports: the whole match, or the rule's span group when it matched context too. */
    private static Match match(RuleBook.Rule rule, int order, Matcher m) {
        List<String> names = rule.groups();
        String[] groups = new String[names.size()];
        for (int g = 0; g < groups.length; g++) {
            groups[g] = m.group(names.get(g));
        }
        int start = rule.span() == null ? m.start() : m.start(rule.span());
        int end = rule.span() == null ? m.end() : m.end(rule.span());
        return new Match(rule, order, start, end, groups);
    }

    private static List<Match> longestNonOverlapping(List<Match> found) {
        List<Match> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt((Match s) -> s.nEnd() - s.nStart()).reversed()
                .thenComparingInt(Match::order)
                .thenComparingInt(Match::nStart));
        List<Match> kept = new ArrayList<>();
        for (Match s : sorted) {
            if (kept.stream().noneMatch(k -> k.nStart() < s.nEnd() && s.nStart() < k.nEnd())) {
                kept.add(s);
            }
        }
        kept.sort(Comparator.comparingInt(Match::nStart));
        return kept;
    }

    private List<Span> withPrefixes(List<Span> spans, String normalised) {
        List<Span> out = new ArrayList<>(spans.size());
        int previousEnd = 0;
        for (Span s : spans) {
            Span day = out.isEmpty() ? null : out.get(out.size() - 1);
            if (day != null && namesDay(day) && s.value() instanceof SpanValue.WrittenDate date && date.hasDay() && date.weekday() == null
                    && rules.dateAfterDay().matcher(normalised.substring(day.nEnd(), s.nStart())).matches()) {
                // "الثلاثاء المقبل 21 يوليو", "اليوم الخميس 30 رمضان": one expression, the written date decides the day.
                SpanValue value = day.value().weekday() == null ? date : date.withWeekday(day.value().weekday());
                boolean parenthesised = normalised.substring(day.nEnd(), s.nStart()).contains("(")
                        && s.nEnd() < normalised.length() && normalised.charAt(s.nEnd()) == ')';
                Span joined = new Span(s.rule(), day.nStart(), s.nEnd() + (parenthesised ? 1 : 0), value, s.modifier(), day.partOfDay());
                out.set(out.size() - 1, joined);
                previousEnd = joined.nEnd();
                continue;
            }
            int from = Math.max(previousEnd, s.nStart() - PREFIX_WINDOW);
            String before = normalised.substring(from, s.nStart());
            Span extended = s;
            Matcher mod = rules.modifierPrefix().matcher(before);
            Matcher pod = rules.partOfDayPrefix().matcher(before);
            if (acceptsModifier(s) && mod.find()) {
                extended = new Span(s.rule(), from + mod.start(), s.nEnd(), s.value(),
                        Modifier.valueOf(lexicon.value("modifiers", mod.group("mod"))), null);
            } else if (acceptsPartOfDay(s) && pod.find()) {
                extended = new Span(s.rule(), from + pod.start(), s.nEnd(), s.value(), null,
                        lexicon.value("partsOfDay", pod.group("pod")));
            } else if (s.value() instanceof SpanValue.Duration d && d.lead() == SpanValue.Lead.WITHIN) {
                Matcher lead = rules.durationLead().matcher(before);
                if (lead.find()) {
                    extended = new Span(s.rule(), from + lead.start(), s.nEnd(), s.value(), null, null);
                }
            } else if (isDate(s)) {
                Matcher dayWord = rules.dayPrefix().matcher(before);
                if (dayWord.find()) {
                    extended = new Span(s.rule(), from + dayWord.start(), s.nEnd(), s.value(), null, null);
                }
            }
            out.add(extended);
            previousEnd = extended.nEnd();
        }
        return out;
    }

    /** A weekday or deictic day ("الثلاثاء المقبل", "اليوم الخميس") that a written date may follow. */
    private static boolean namesDay(Span s) {
        boolean day = s.value() instanceof SpanValue.Weekday w ? w.nightInto() == null : s.value() instanceof SpanValue.Deictic;
        return day && s.modifier() == null;
    }

    /** A written day: "21 يوليو", "12/5/2018", "10 شوال" (not a bare month or year). */
    private static boolean isDate(Span s) {
        return s.value() instanceof SpanValue.WrittenDate date && date.hasDay();
    }

    /** Periods longer than a day take early/mid/late; any date takes "about". */
    private static boolean acceptsModifier(Span s) {
        return switch (s.rule().kind()) {
            case CALENDAR, YEAR, RELATIVE, QUARTER, HALF_YEAR, DECADE, HIJRI, NUMERIC, CALENDAR_SPAN -> true;
            default -> false;
        };
    }

    private static boolean acceptsPartOfDay(Span s) {
        return s.rule().kind() == RuleBook.Kind.DEICTIC || s.rule().kind() == RuleBook.Kind.WEEKDAY
                || s.rule().kind() == RuleBook.Kind.CALENDAR || s.rule().kind() == RuleBook.Kind.NUMERIC
                || s.rule().kind() == RuleBook.Kind.HIJRI || s.rule().kind() == RuleBook.Kind.ANAPHORIC_DAY;
    }
}
