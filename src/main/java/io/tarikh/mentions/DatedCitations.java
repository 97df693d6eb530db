package io.tarikh.mentions;

import io.tarikh.knowledge.EventType;
import io.tarikh.knowledge.Gazetteer;
import io.tarikh.knowledge.GazetteerPass;
import io.tarikh.knowledge.KnowledgeBase;
import io.tarikh.knowledge.Match;
import io.tarikh.knowledge.ReferenceEvent;
import io.tarikh.temporal.Precision;
import io.tarikh.temporal.TemporalExpression;
import io.tarikh.temporal.WrittenDates;
import io.tarikh.text.ArabicNormalizer;
import io.tarikh.text.Document;
import io.tarikh.text.SentenceSplitter.Sentence;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Events cited by a noun of their type and their day: "مذكرة 4 أيار/مايو 2017" is the memorandum
 * signed that day; "هدنة ... دخلت حيز التنفيذ يوم 27 شباط" is the only truce of the chronology that
 * began on a 27 February. Without a year written, the day of the year may point at several events.
 */
final class DatedCitations {

    /** The date must follow its noun closely: a clause, not the rest of a long sentence. */
    private static final int MAX_GAP = 80;
    private static final Pattern WRITTEN_YEAR = Pattern.compile("\\d{4}");
    /** A citation writes its day: "أمس" next to "مذكرة" says when it was talked about, not which memorandum. */
    private static final Pattern WRITTEN_DAY = Pattern.compile("\\d");

    private record Noun(EventType type, String form) {
    }

    /** A citation from its noun to the end of its date, and every event it fits. */
    record Citation(List<ReferenceEvent> events, int start, int end) {

        Match<ReferenceEvent> match(int i) {
            return new Match<>(events.get(i), start, end);
        }

        List<Match<ReferenceEvent>> matches() {
            return events.stream().map(e -> new Match<>(e, start, end)).toList();
        }
    }

    private final Gazetteer<Noun> nouns;
    /** The events by the days a citation may name: their first day and the days of their documents. */
    private final Map<LocalDate, List<ReferenceEvent>> byDay = new HashMap<>();
    private final Map<MonthDay, List<ReferenceEvent>> byDayOfYear = new HashMap<>();

    DatedCitations(KnowledgeBase knowledge) {
        List<Noun> all = new ArrayList<>();
        knowledge.referenceForms().citingNouns().forEach((type, forms) -> forms.forEach(f -> {
            all.add(new Noun(type, f));
            all.add(new Noun(type, "ال" + f)); // "الاتفاق", "الهدنة"
        }));
        this.nouns = Gazetteer.of(all, n -> Stream.of(n.form()));
        for (ReferenceEvent e : knowledge.referenceEvents()) {
            Stream.concat(Stream.of(e.start()), e.documents().stream().map(ReferenceEvent.Document::date)).distinct().forEach(day -> {
                byDay.computeIfAbsent(day, k -> new ArrayList<>()).add(e);
                byDayOfYear.computeIfAbsent(MonthDay.from(day), k -> new ArrayList<>()).add(e);
            });
        }
    }

    /** The nouns a citation begins with: {@link ReferenceChronology} reads them in its one pass over the words. */
    Gazetteer<?> nouns() {
        return nouns;
    }

    /** Citations in text order, each with every event it fits (two truces began on a 27 February). */
    List<Citation> find(Document doc, GazetteerPass.Found pass, WrittenDates dates) {
        List<Citation> found = new ArrayList<>();
        for (Match<Noun> noun : pass.of(nouns)) {
            firstDayAfter(noun, doc.sentenceAt(noun.start()), dates.inSentenceAfter(noun.end())).ifPresent(day -> {
                List<ReferenceEvent> cited = cited(noun.item().type(), day);
                if (!cited.isEmpty()) {
                    found.add(new Citation(cited, noun.start(), day.end()));
                }
            });
        }
        return found;
    }

    /** The first date expression after the noun in its sentence, when it is close and names a day. */
    private static Optional<TemporalExpression> firstDayAfter(Match<Noun> noun, Sentence sentence, Stream<TemporalExpression> dates) {
        if (sentence == null) {
            return Optional.empty();
        }
        return dates
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
        List<ReferenceEvent> candidates = yearWritten ? byDay.getOrDefault(date, List.of())
                : byDayOfYear.getOrDefault(MonthDay.from(date), List.of());
        return candidates.stream().distinct()
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
