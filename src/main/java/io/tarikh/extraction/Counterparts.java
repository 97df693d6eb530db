package io.tarikh.extraction;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.tarikh.extraction.Participants.At;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "نظيره الروسي", "نظيرته التركية": the holder, on the article's day, of the office of the person the
 * pronoun points back to, in the country the adjective names ({@code knowledge/offices.yaml}). When the
 * person, the office or the day is unknown, nobody is named: a counterpart is never guessed.
 */
final class Counterparts {

    /** "نظيره", "ونظيرته", "بنظيره", "لنظيرهم" and the adjective after it (the name may follow: "نظيره التركي رجب طيب أردوغان"). */
    private static final Pattern COUNTERPART = Pattern.compile(
            "(?<![\\p{L}])[وف]?[بل]?نظير(?:ه|ها|هم|هما|ته|تها)?\\s+(\\p{L}+)");

    /** One holder's term, ISO days as written in the file; {@code to} absent while in office. */
    record Term(String holder, String from, String to) {

        boolean holds(LocalDate day) {
            return !day.isBefore(LocalDate.parse(from)) && (to == null || !day.isAfter(LocalDate.parse(to)));
        }
    }

    record Office(String office, String country, List<Term> terms) {
    }

    record Lexicon(List<Office> offices) {
    }

    private final List<Office> offices;
    private final Nationalities nationalities;

    private Counterparts(Lexicon lexicon, Nationalities nationalities) {
        this.offices = List.copyOf(lexicon.offices());
        this.nationalities = nationalities;
    }

    static Counterparts shipped(Nationalities nationalities) {
        ObjectMapper yaml = JsonMapper.builder(new YAMLFactory())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        try (InputStream in = Counterparts.class.getClassLoader().getResourceAsStream("knowledge/offices.yaml")) {
            if (in == null) {
                throw new IllegalStateException("missing knowledge/offices.yaml");
            }
            return new Counterparts(yaml.readValue(in, Lexicon.class), nationalities);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable knowledge/offices.yaml", e);
        }
    }

    /**
     * The counterparts a sentence names, each spanning its "نظيره + adjective"; {@code named} are the
     * actors already found in it (offsets relative to the sentence), {@code day} the article's day.
     */
    List<At> in(String sentence, List<At> named, LocalDate day) {
        List<At> out = new ArrayList<>();
        if (day == null) {
            return out;
        }
        Matcher m = COUNTERPART.matcher(sentence);
        while (m.find()) {
            String country = nationalities.countryOf(m.group(1));
            if (country == null) {
                continue;
            }
            if (nameFollows(named, m.end())) {
                continue; // "نظيره الروسي سيرغي لافروف": the text names the counterpart itself
            }
            // Whose counterpart: the person before the word who held a listed office that day; when
            // persons of different offices precede ("كيري ... الأسد ... بينما دعا نظيره"), the pronoun's
            // referent is not known and nobody is named.
            List<String> officesBefore = named.stream().filter(a -> a.end() <= m.start())
                    .map(a -> officeOf(a.id(), day)).flatMap(Optional::stream).distinct().toList();
            if (officesBefore.size() == 1) {
                holder(officesBefore.get(0), country, day).ifPresent(id -> out.add(new At(m.start(), m.end(), id)));
            }
        }
        return out;
    }

    /** A name right after "نظيره + adjective" (a space, or a comma and a space, between them). */
    private static boolean nameFollows(List<At> named, int end) {
        return named.stream().anyMatch(a -> a.start() >= end && a.start() <= end + 2);
    }

    private Optional<String> officeOf(String person, LocalDate day) {
        return offices.stream().filter(o -> o.terms().stream().anyMatch(t -> t.holder().equals(person) && t.holds(day)))
                .map(Office::office).findFirst();
    }

    private Optional<String> holder(String office, String country, LocalDate day) {
        return offices.stream().filter(o -> o.office().equals(office) && o.country().equals(country))
                .flatMap(o -> o.terms().stream()).filter(t -> t.holds(day)).map(Term::holder).findFirst();
    }
}
