package io.tarikh.temporal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.tarikh.text.ArabicNormalizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The temporal lexicons of {@code temporal/lexicon/*.yaml}: word classes (normalised form → value)
 * that rules are written over. Loaded once; immutable.
 */
final class Lexicon {

    private static volatile Lexicon instance;

    /** class name → normalised surface form → value (a number, a code such as START, or the form itself). */
    /** The class of number words, whose forms' values are integers. */
    static final String NUMBERS = "numbers";
    private final Map<String, Map<String, String>> classes = new HashMap<>();
    /** Duration unit forms ("يومين") → their unit and count. */
    private final Map<String, Quantity> quantities = new HashMap<>();
    private final Map<Integer, String> monthEn = new HashMap<>();
    private final Map<Integer, String> monthDisplayAr = new HashMap<>();
    private final Map<Integer, String> weekdayEn = new HashMap<>();

    static Lexicon get() {
        if (instance == null) {
            synchronized (Lexicon.class) {
                if (instance == null) {
                    instance = new Lexicon();
                }
            }
        }
        return instance;
    }

    private Lexicon() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        loadMonths(read(yaml, "months.yaml"));
        loadWeekdays(read(yaml, "weekdays.yaml"));
        JsonNode words = read(yaml, "words.yaml");
        for (Iterator<Map.Entry<String, JsonNode>> it = words.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode node = entry.getValue();
            if (node.isArray()) {
                node.forEach(w -> put(entry.getKey(), w.asText(), w.asText()));
            } else {
                node.fields().forEachRemaining(f -> {
                    if (f.getValue().isObject()) {
                        // A duration unit ({unit: D, count: 2}): kept typed, the form still joins its class.
                        JsonNode q = f.getValue();
                        quantities.put(ArabicNormalizer.normalize(f.getKey().strip()), new Quantity(Unit.ofTimex(q.path("unit").asText()),
                                q.hasNonNull("count") ? q.path("count").asInt() : null));
                    }
                    put(entry.getKey(), f.getKey(), f.getValue().isObject() ? f.getKey() : f.getValue().asText());
                });
            }
        }
    }

    private void loadMonths(JsonNode root) {
        Set<String> ambiguous = new HashSet<>();
        root.path("ambiguous").forEach(a -> ambiguous.add(ArabicNormalizer.normalize(a.asText())));
        root.path("months").fields().forEachRemaining(e -> {
            int month = Integer.parseInt(e.getKey());
            JsonNode m = e.getValue();
            monthEn.put(month, m.path("en").asText());
            monthDisplayAr.put(month, m.path("levantine").get(0).asText() + "/" + m.path("egyptian").get(0).asText());
            for (String usage : List.of("levantine", "egyptian", "maghrebi")) {
                m.path(usage).forEach(form -> {
                    put("month", form.asText(), String.valueOf(month));
                    if (!ambiguous.contains(ArabicNormalizer.normalize(form.asText()))) {
                        put("monthSafe", form.asText(), String.valueOf(month));
                    } else {
                        put("monthAmbiguous", form.asText(), String.valueOf(month));
                    }
                });
            }
        });
    }

    private void loadWeekdays(JsonNode root) {
        root.path("weekdays").fields().forEachRemaining(e -> {
            int day = Integer.parseInt(e.getKey());
            weekdayEn.put(day, e.getValue().path("en").asText());
            // Only the forms with the article: "أحد" and "جمعة" alone are ordinary words.
            e.getValue().path("ar").forEach(form -> {
                if (ArabicNormalizer.normalize(form.asText()).startsWith("ال")) {
                    put("weekday", form.asText(), String.valueOf(day));
                }
            });
        });
    }

    private void put(String cls, String form, String value) {
        classes.computeIfAbsent(cls, k -> new HashMap<>()).put(ArabicNormalizer.normalize(form.strip()), value);
    }

    private static JsonNode read(ObjectMapper yaml, String file) {
        try (InputStream in = Lexicon.class.getResourceAsStream("/temporal/lexicon/" + file)) {
            if (in == null) {
                throw new IllegalStateException("temporal/lexicon/" + file + " is missing from the classpath");
            }
            return yaml.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read temporal/lexicon/" + file, e);
        }
    }

    /**
     * A regex alternation of the class's forms, longest first, spaces matching any whitespace. Numbers also match
     * 21 to 99, which Arabic writes as ones and tens ("سبعة وخمسين"): {@link #value} adds them up.
     */
    String alternation(String cls) {
        Map<String, String> forms = classes.get(cls);
        if (forms == null) {
            throw new IllegalArgumentException("no lexicon class '" + cls + "'");
        }
        String plain = alternationOf(forms.keySet());
        if (!cls.equals(NUMBERS)) {
            return plain;
        }
        return "(?:" + alternationOf(formsValued(forms, v -> v >= 1 && v <= 9)) + ")\\s+و\\s*(?:"
                + alternationOf(formsValued(forms, v -> v >= 20 && v <= 90 && v % 10 == 0)) + ")|" + plain;
    }

    private static List<String> formsValued(Map<String, String> forms, IntPredicate value) {
        return forms.entrySet().stream().filter(e -> value.test(Integer.parseInt(e.getValue()))).map(Map.Entry::getKey).toList();
    }

    private static String alternationOf(Collection<String> forms) {
        List<String> sorted = new ArrayList<>(forms);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return sorted.stream().map(f -> Pattern.quote(f).replace(" ", "\\E\\s+\\Q")).collect(Collectors.joining("|"));
    }

    /** The value of a matched form (normalised, any spacing), or null; ones and tens ("سبعه وخمسين") added up. */
    String value(String cls, String matchedForm) {
        Map<String, String> forms = classes.get(cls);
        if (forms == null || matchedForm == null) {
            return null;
        }
        String form = singleSpaced(matchedForm);
        String v = forms.get(form);
        int and = form.indexOf(" و");
        if (v != null || !cls.equals(NUMBERS) || and < 0) {
            return v;
        }
        String ones = forms.get(form.substring(0, and));
        String tens = forms.get(form.substring(and + 2).strip());
        return ones == null || tens == null ? null : String.valueOf(Integer.parseInt(ones) + Integer.parseInt(tens));
    }

    /** Trims and collapses whitespace runs to one space, without a regex: called for every resolved span. */
    private static String singleSpaced(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The direction of a word (الماضي، المقبل، الجاري، هذا), or null: each direction is a lexicon class of its own. */
    Direction direction(String word) {
        if (word == null) {
            return null;
        }
        String form = singleSpaced(word);
        for (Direction d : Direction.values()) {
            Map<String, String> forms = classes.get(d.english());
            if (forms != null && forms.containsKey(form)) {
                return d;
            }
        }
        return null;
    }

    /** The unit and count of a duration word ("يومين": two days, "أيام": days), or null. */
    Quantity quantity(String form) {
        return form == null ? null : quantities.get(singleSpaced(form));
    }

    List<String> forms(String cls) {
        return List.copyOf(classes.getOrDefault(cls, Map.of()).keySet());
    }

    String monthEn(int month) {
        return monthEn.get(month);
    }

    String monthDisplayAr(int month) {
        return monthDisplayAr.get(month);
    }

    String weekdayEn(int isoDay) {
        return weekdayEn.get(isoDay);
    }
}
