package io.tarikh.temporal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.tarikh.text.ArabicNormalizer;
import io.tarikh.text.Clitics;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The declarative rules of {@code temporal/rules.yaml}, expanded over the lexicon and compiled once. */
final class RuleBook {

    /**
     * A compiled rule: its id (reported with every expression), the resolver kind, the pattern, and
     * {@code span}, the group reported as the expression when the rule matches context it does not
     * tag (null: the whole match). {@code gate} is the pattern without the word-start check, used to
     * ask whether a match can begin with a given word at all (see {@link Tagger}).
     */
    record Rule(String id, Kind kind, Pattern pattern, List<String> groups, String span, Pattern gate) {
    }

    /**
     * What a rule produces, and the groups of its pattern {@link SpanReader} reads to know what it
     * says: {@code required} (space separated; "a|b": either, one meaning written in alternatives that
     * cannot share a name) and {@code optional}. {@link #load} holds every rule to its kind's list.
     */
    enum Kind {
        DEICTIC("dx", "wd"),
        WEEKDAY("wd", "rel wd2"),
        CALENDAR("m", "d wk y rel yrel wd"),
        CALENDAR_SPAN("m m2", "d d2 y1 y rel yrel wd"),
        /** "في الثاني من الشهر الجاري", "9 من الشهر الماضي": days of a month named relative to the anchor. */
        MONTH_DAY_RELATIVE("d rel", "wd"),
        NUMERIC("d mo y", "wd"),
        YEAR("y", "y2"),
        RELATIVE("per", "rel"),
        QUARTER("q", "y rel"),
        HALF_YEAR("half", "y rel"),
        DECADE("dec", ""),
        HIJRI("h", "d named y rel wd"),
        DURATION("u|su|su1", "pre q n n2 rel ref"),
        VAGUE("v", ""),
        /**
         * "اليوم التالي", "في اليوم نفسه": a day counted from the day named before it in the text (the
         * {@code anaphoricDays} word says how many), resolved by the engine.
         */
        ANAPHORIC_DAY("ana", "");

        /** Each entry: the names of which the pattern must have at least one. */
        private final List<Set<String>> required;
        private final Set<String> reads;

        Kind(String required, String optional) {
            this.required = words(required).stream().map(r -> Set.of(r.split("\\|"))).toList();
            Set<String> all = new HashSet<>(words(optional));
            this.required.forEach(all::addAll);
            this.reads = Set.copyOf(all);
        }

        private static List<String> words(String list) {
            return list.isBlank() ? List.of() : List.of(list.trim().split("\\s+"));
        }

        List<Set<String>> required() {
            return required;
        }

        /** The group is one this kind's values are read from. */
        boolean reads(String group) {
            return reads.contains(group);
        }
    }

    /** A word start: nothing alphanumeric before, or one proclitic letter that itself starts a word. */
    private static final String WORD_START = "(?:(?<![\\p{L}\\p{N}])|(?<=(?<![\\p{L}\\p{N}])[" + Clitics.NOMINAL + "]))";
    private static final String WORD_END = "(?![\\p{L}\\p{N}])";
    private static final Pattern PLACEHOLDER = Pattern.compile("(?<![pP])\\{([A-Za-z]\\w*)(?::(\\w+))?}");

    private final List<Rule> rules;
    private final Pattern modifierPrefix;
    private final Pattern partOfDayPrefix;
    private final Pattern dayPrefix;
    private final Pattern dateAfterDay;
    private final Pattern durationLead;

    private RuleBook(List<Rule> rules, Pattern modifierPrefix, Pattern partOfDayPrefix, Pattern dayPrefix, Pattern dateAfterDay, Pattern durationLead) {
        this.rules = rules;
        this.modifierPrefix = modifierPrefix;
        this.partOfDayPrefix = partOfDayPrefix;
        this.dayPrefix = dayPrefix;
        this.dateAfterDay = dateAfterDay;
        this.durationLead = durationLead;
    }

    static RuleBook load(Lexicon lexicon) {
        try (InputStream in = RuleBook.class.getResourceAsStream("/temporal/rules.yaml")) {
            if (in == null) {
                throw new IllegalStateException("temporal/rules.yaml is missing from the classpath");
            }
            return load(lexicon, in, "temporal/rules.yaml");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read temporal/rules.yaml", e);
        }
    }

    /** Rules from any YAML source (tests load broken rule sets); {@code name} is for messages. */
    static RuleBook load(Lexicon lexicon, InputStream yaml, String name) {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        Map<String, String> macros = new LinkedHashMap<>();
        root.path("macros").fields().forEachRemaining(m -> macros.put(m.getKey(), m.getValue().asText()));
        List<Rule> rules = new ArrayList<>();
        for (JsonNode r : root.path("rules")) {
            String id = r.path("id").asText();
            String source = expand(foldArabic(withMacros(r.path("pattern").asText(), macros)), lexicon);
            Kind kind = kind(id, r.path("kind").asText(), name);
            List<String> groups = groupNames(source);
            String span = r.hasNonNull("span") ? r.path("span").asText() : null;
            check(id, kind, groups, span, source, name);
            rules.add(new Rule(id, kind, Pattern.compile(WORD_START + "(?:" + source + ")" + WORD_END), groups, span,
                    Pattern.compile("(?:" + source + ")" + WORD_END)));
        }
        if (rules.size() > Long.SIZE) {
            throw new IllegalStateException("the tagger's word gate holds at most 64 rules");
        }
        JsonNode prefixes = root.path("prefixes");
        return new RuleBook(List.copyOf(rules),
                Pattern.compile(WORD_START + expand(foldArabic(prefixes.path("modifier").asText()), lexicon)),
                Pattern.compile(WORD_START + expand(foldArabic(prefixes.path("partOfDay").asText()), lexicon)),
                Pattern.compile(WORD_START + expand(foldArabic(prefixes.path("day").asText()), lexicon)),
                Pattern.compile(expand(foldArabic(prefixes.path("dateAfterDay").asText()), lexicon)),
                Pattern.compile(expand(foldArabic(prefixes.path("durationLead").asText()), lexicon)));
    }

    private static Kind kind(String id, String kind, String name) {
        try {
            return Kind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(name + ": rule '" + id + "' has no known kind ('" + kind + "')", e);
        }
    }

    /**
     * A rule must capture every group its kind reads its meaning from, and capture nothing else but
     * its span group or a group it matches again ({@code \k<sep>}): a misspelt group would otherwise
     * leave the value unread, and the expression silently unresolved.
     */
    private static void check(String id, Kind kind, List<String> groups, String span, String source, String name) {
        String rule = name + ": rule '" + id + "' (" + kind + ")";
        for (Set<String> need : kind.required) {
            if (need.stream().noneMatch(groups::contains)) {
                throw new IllegalStateException(rule + " lacks the group " + need.stream().sorted().map(g -> "'" + g + "'")
                        .collect(Collectors.joining(" or ")) + " its kind requires");
            }
        }
        if (span != null && !groups.contains(span)) {
            throw new IllegalStateException(rule + " reports the group '" + span + "' as its span, but has no such group");
        }
        for (String g : groups) {
            if (!kind.reads(g) && !g.equals(span) && !source.contains("\\k<" + g + ">")) {
                throw new IllegalStateException(rule + " captures the group '" + g + "', which its kind does not read");
            }
        }
    }

    /**
     * Rules are matched against normalised text, so the Arabic literals written in them ("إلى", "حتى")
     * are folded the same way; only Arabic letters are touched, never the regex syntax around them.
     */
    static String foldArabic(String pattern) {
        StringBuilder out = new StringBuilder(pattern.length());
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            out.append(c >= '\u0600' && c <= '\u06FF' ? ArabicNormalizer.normalize(String.valueOf(c)) : String.valueOf(c));
        }
        return out.toString();
    }

    private static List<String> groupNames(String source) {
        List<String> names = new ArrayList<>();
        Matcher m = Pattern.compile("\\(\\?<([a-zA-Z]\\w*)>").matcher(source);
        while (m.find()) {
            names.add(m.group(1));
        }
        return List.copyOf(names);
    }

    private static String withMacros(String pattern, Map<String, String> macros) {
        String out = pattern;
        for (Map.Entry<String, String> m : macros.entrySet()) {
            out = out.replace("<<" + m.getKey() + ">>", m.getValue());
        }
        // NUM is used inside other macros and directly.
        return out.replace("NUM", macros.getOrDefault("NUM", "NUM"));
    }

    private static String expand(String pattern, Lexicon lexicon) {
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String alternation = lexicon.alternation(m.group(1));
            String group = m.group(2) == null ? "(?:" + alternation + ")" : "(?<" + m.group(2) + ">" + alternation + ")";
            m.appendReplacement(out, Matcher.quoteReplacement(group));
        }
        m.appendTail(out);
        return out.toString();
    }

    List<Rule> rules() {
        return rules;
    }

    Pattern modifierPrefix() {
        return modifierPrefix;
    }

    /** "يوم" just before a date that does not take it itself. */
    Pattern dayPrefix() {
        return dayPrefix;
    }

    /** The gap allowed between a weekday phrase and the date it names ("، الموافق"). */
    Pattern dateAfterDay() {
        return dateAfterDay;
    }

    /** "في" before "غضون ...". */
    Pattern durationLead() {
        return durationLead;
    }

    Pattern partOfDayPrefix() {
        return partOfDayPrefix;
    }
}
