package io.tarikh.knowledge;

import io.tarikh.temporal.Precision;
import io.tarikh.temporal.TemporalExpression;
import io.tarikh.text.ArabicNormalizer;
import io.tarikh.text.SentenceSplitter.Sentence;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Events cited by a noun of their type and their day: "مذكرة 4 أيار/مايو 2017" is the memorandum
 * signed that day; "هدنة ... دخلت حيز التنفيذ يوم 27 شباط" is the only truce of the chronology that
 * began on a 27 February. Without a year written, the day of the year must point at one event only.
 */
final class DatedCitations {

    /** The date must follow its noun closely: a clause, not the rest of a long sentence. */
    private static final int MAX_GAP = 80;
    private static final Pattern WRITTEN_YEAR = Pattern.compile("\\d{4}");
    /** A citation writes its day: "أمس" next to "مذكرة" says when it was talked about, not which memorandum. */
    private static final Pattern WRITTEN_DAY = Pattern.compile("\\d");

    private record Noun(EventType type, String form) {
    }

    private final Gazetteer<Noun> nouns;
    private final List<ReferenceEvent> events;

    DatedCitations(KnowledgeBase knowledge) {
        List<Noun> all = new ArrayList<>();
        knowledge.referenceForms().citingNouns().forEach((type, forms) -> forms.forEach(f -> {
            all.add(new Noun(type, f));
            all.add(new Noun(type, "ال" + f)); // "الاتفاق", "الهدنة"
        }));
        this.nouns = Gazetteer.of(all, n -> Stream.of(n.form()));
        this.events = List.copyOf(knowledge.referenceEvents());
    }

    /**
     * Citations in text order. Without a year, a day of the year may fit several events (two truces
     * began on a 27 February): with {@code alternatives} all are returned with one span, for a caller
     * that knows the article's date; without, only citations that fit one event.
     */
    List<Match<ReferenceEvent>> find(Gazetteer.Prepared text, List<Sentence> sentences, ReferenceChronology.SentenceDates dates, boolean alternatives) {
        List<Match<ReferenceEvent>> found = new ArrayList<>();
        for (Match<Noun> noun : nouns.find(text)) {
            firstDayAfter(noun, sentences, dates.around(noun.start())).ifPresent(day -> {
                List<ReferenceEvent> cited = cited(noun.item().type(), day);
                if (cited.size() == 1 || alternatives) {
                    cited.forEach(e -> found.add(new Match<>(e, noun.start(), day.end())));
                }
            });
        }
        return found;
    }

    /** The first date expression after the noun in its sentence, when it is close and names a day. */
    private static Optional<TemporalExpression> firstDayAfter(Match<Noun> noun, List<Sentence> sentences, List<TemporalExpression> dates) {
        Sentence sentence = sentences.stream().filter(s -> s.start() <= noun.start() && noun.end() <= s.end()).findFirst().orElse(null);
        if (sentence == null) {
            return Optional.empty();
        }
        return dates.stream()
                .filter(e -> e.start() >= noun.end() && e.end() <= sentence.end())
                .findFirst()
                .filter(e -> e.start() - noun.end() <= MAX_GAP)
                .filter(e -> e.date() != null && e.date().precision() == Precision.DAY && e.date().start() != null)
                .filter(e -> WRITTEN_DAY.matcher(ArabicNormalizer.asciiDigits(e.text())).find());
    }

    /** The events of this type, or with a document, on that day (that day of the year when no year is written). */
    private List<ReferenceEvent> cited(EventType type, TemporalExpression day) {
        boolean yearWritten = WRITTEN_YEAR.matcher(ArabicNormalizer.asciiDigits(day.text())).find();
        if (!yearWritten && day.rule().startsWith("hijri")) {
            return List.of(); // a Hijri day without its year falls on a different Gregorian day every year
        }
        LocalDate date = day.date().start();
        return events.stream()
                .filter(e -> yearWritten ? on(e, type, date) : onDayOfYear(e, type, MonthDay.from(date)))
                .toList();
    }

    private static boolean on(ReferenceEvent e, EventType type, LocalDate date) {
        return e.type() == type && e.start().equals(date) || e.documents().stream().anyMatch(d -> d.date().equals(date));
    }

    private static boolean onDayOfYear(ReferenceEvent e, EventType type, MonthDay day) {
        return e.type() == type && MonthDay.from(e.start()).equals(day)
                || e.documents().stream().anyMatch(d -> MonthDay.from(d.date()).equals(day));
    }
}
