package io.tarikh.mentions;

import io.tarikh.knowledge.Gazetteer;
import io.tarikh.knowledge.GazetteerPass;
import io.tarikh.knowledge.KnowledgeBase;
import io.tarikh.knowledge.Match;
import io.tarikh.knowledge.ReferenceEvent;
import io.tarikh.knowledge.ReferenceForms;
import io.tarikh.knowledge.Series;
import io.tarikh.text.Document;
import io.tarikh.text.SentenceSplitter.Sentence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Rounds described rather than named: "الجولة الثامنة من المحادثات السورية ... في جنيف" is the eighth
 * Geneva round when its sentence names the series anywhere, "أولى اجتماعات اللجنة الدستورية" the
 * committee's first session. The phrases come from {@code roundPhrases} and {@code firstRoundPhrases} of
 * reference-forms.yaml. A phrase in a sentence naming several series fits a round of each: all are
 * returned with the phrase's span, so that inference reads them as alternatives.
 */
final class RoundDescriptions {

    /** One form of a round phrase and the round it gives. */
    private record Phrase(int round, String form) {
    }

    /** At most a space and a preposition between a round phrase and the series it is a round of ("الجولة الثانية لمحادثات"). */
    private static final int ADJACENT = 3;
    private final Gazetteer<Phrase> phrases;
    private final Gazetteer<String> seriesNames;
    /** Per series, per round number, its reference events. */
    private final Map<String, Map<Integer, List<ReferenceEvent>>> rounds = new HashMap<>();

    RoundDescriptions(KnowledgeBase knowledge) {
        ReferenceForms forms = knowledge.referenceForms();
        List<Phrase> all = new ArrayList<>();
        forms.ordinals().forEach((n, ordinal) -> {
            Map<String, List<String>> values = Map.of("{f}", ordinal.f(), "{m}", ordinal.m(), "{singular}", forms.singularNouns(),
                    "{plural}", forms.pluralNouns());
            forms.roundPhrases().forEach(t -> forms(t, values).forEach(f -> all.add(new Phrase(n, f))));
        });
        Map<String, List<String>> nouns = Map.of("{singular}", forms.singularNouns(), "{plural}", forms.pluralNouns());
        forms.firstRoundPhrases().forEach(t -> forms(t, nouns).forEach(f -> all.add(new Phrase(1, f))));
        this.phrases = Gazetteer.of(all, p -> Stream.of(p.form()));
        Set<String> series = new LinkedHashSet<>();
        for (ReferenceEvent e : knowledge.referenceEvents()) {
            if (e.series() != null && e.round() != null) {
                series.add(e.series());
                rounds.computeIfAbsent(e.series(), k -> new HashMap<>()).computeIfAbsent(e.round(), k -> new ArrayList<>()).add(e);
            }
        }
        this.seriesNames = Gazetteer.of(series, id -> knowledge.series(id).map(Series::names).map(Series.Forms::ar)
                .map(List::stream).orElseGet(Stream::empty));
    }

    private static List<String> forms(String template, Map<String, List<String>> values) {
        List<String> out = new ArrayList<>();
        RoundForms.expand(template, values, out);
        return out;
    }

    /**
     * The series a phrase is a round of: the one right after it ("أولى اجتماعات اللجنة الدستورية في
     * جنيف" is the committee's), else every series its sentence names.
     */
    private static List<String> seriesOf(Match<Phrase> phrase, List<Match<String>> named) {
        List<String> next = named.stream().filter(m -> m.start() >= phrase.end() && m.start() - phrase.end() <= ADJACENT)
                .map(Match::item).distinct().toList();
        return next.isEmpty() ? named.stream().map(Match::item).distinct().toList() : next;
    }

    /** The round phrases: {@link ReferenceChronology} reads them in its one pass over the words. */
    Gazetteer<?> phrases() {
        return phrases;
    }

    /** The rounds described in {@code doc}: a round phrase and a series name in one sentence. */
    List<Match<ReferenceEvent>> find(Document doc, GazetteerPass.Found pass) {
        List<Match<ReferenceEvent>> found = new ArrayList<>();
        List<Match<Phrase>> all = pass.of(phrases);
        int next = 0;
        for (Sentence s : doc.sentences()) {
            int first = next;
            while (next < all.size() && all.get(next).start() < s.end()) {
                next++;
            }
            if (first == next) {
                continue;
            }
            List<Match<Phrase>> described = all.subList(first, next);
            List<Match<String>> named = seriesNames.find(doc, s);
            for (Match<Phrase> phrase : described) {
                seriesOf(phrase, named).stream()
                        .map(series -> rounds.getOrDefault(series, Map.of()).get(phrase.item().round()))
                        .filter(Objects::nonNull)
                        .flatMap(List::stream)
                        .forEach(e -> found.add(new Match<>(e, phrase.start(), phrase.end())));
            }
        }
        return found;
    }
}
