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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    enum Kind {
        DEICTIC, WEEKDAY, CALENDAR, CALENDAR_SPAN, NUMERIC, YEAR, RELATIVE, QUARTER, DECADE, HIJRI, DURATION, VAGUE,
        /** "اليوم التالي": the day after the date before it in the text, resolved by the engine. */
        NEXT_DAY
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
        JsonNode root;
        try (InputStream in = RuleBook.class.getResourceAsStream("/temporal/rules.yaml")) {
            if (in == null) {
                throw new IllegalStateException("temporal/rules.yaml is missing from the classpath");
            }
            root = new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read temporal/rules.yaml", e);
        }
        Map<String, String> macros = new LinkedHashMap<>();
        root.path("macros").fields().forEachRemaining(m -> macros.put(m.getKey(), m.getValue().asText()));
        List<Rule> rules = new ArrayList<>();
        for (JsonNode r : root.path("rules")) {
            String source = expand(foldArabic(withMacros(r.path("pattern").asText(), macros)), lexicon);
            rules.add(new Rule(r.path("id").asText(), Kind.valueOf(r.path("kind").asText()),
                    Pattern.compile(WORD_START + "(?:" + source + ")" + WORD_END), groupNames(source),
                    r.hasNonNull("span") ? r.path("span").asText() : null, Pattern.compile("(?:" + source + ")" + WORD_END)));
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
