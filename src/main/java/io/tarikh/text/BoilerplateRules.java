package io.tarikh.text;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The boilerplate patterns of {@code text/boilerplate.yaml}, compiled once. */
public record BoilerplateRules(List<LineRule> lines, Set<String> labels, String bullets) {

    /** A named line pattern, matched against a normalised line. */
    public record LineRule(String id, Pattern pattern) {
    }

    private record RuleFile(List<RawRule> lines, List<String> labels, String bullets) {
    }

    private record RawRule(String id, String pattern) {
    }

    public static BoilerplateRules loadDefault() {
        try (InputStream in = BoilerplateRules.class.getResourceAsStream("/text/boilerplate.yaml")) {
            if (in == null) {
                throw new IllegalStateException("text/boilerplate.yaml is missing from the classpath");
            }
            RuleFile file = new ObjectMapper(new YAMLFactory()).readValue(in, RuleFile.class);
            List<LineRule> rules = file.lines().stream()
                    .map(r -> new LineRule(r.id(), Pattern.compile(r.pattern(), Pattern.UNICODE_CHARACTER_CLASS)))
                    .toList();
            Set<String> labels = file.labels().stream().map(ArabicNormalizer::normalize).collect(Collectors.toUnmodifiableSet());
            return new BoilerplateRules(rules, labels, file.bullets());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read text/boilerplate.yaml", e);
        }
    }

    /** The id of the rule that marks this normalised line as boilerplate, or null. */
    public String match(String normalisedLine) {
        if (labels.contains(normalisedLine)) {
            return "section-label";
        }
        for (LineRule rule : lines) {
            if (rule.pattern().matcher(normalisedLine).matches()) {
                return rule.id();
            }
        }
        return null;
    }

    public boolean isBullet(char c) {
        return bullets.indexOf(c) >= 0;
    }
}
