package io.tarikh.knowledge;

import java.util.List;
import java.util.Map;

/**
 * How the press names a round of a talk series and cites a signed document: data from
 * {@code knowledge/reference-forms.yaml}.
 *
 * @param roundTemplates forms of a round, with {name} (a series name), {n} (the round number),
 *                       {f} / {m} (feminine / masculine ordinal), {plural} / {singular} (talk nouns)
 * @param roundPhrases   a round by its ordinal without its series ("الجولة الثامنة", "الاجتماع الأول"), with
 *                       {f} / {m} and {singular}: the series is named elsewhere in the sentence
 * @param firstRoundPhrases the first round in words of their own ("أولى اجتماعات", "أول جولة"), with {plural} / {singular}
 * @param ordinals       per round number, its feminine and masculine ordinal adjectives
 * @param citingNouns    per event type, nouns that cite an event or a signed document by its date
 *                       ("مذكرة 4 أيار 2017", "هدنة ... دخلت حيز التنفيذ يوم 27 شباط")
 * @param actNouns       nouns of an act that open a two-word name with its maker ("إعلان موسكو", "اتفاق أنقرة"); such
 *                       a name followed in its clause by a bare noun is the act with its object ("إعلان موسكو تحرير
 *                       ضفتي الفرات": Moscow announcing), not the named event
 * @param nameParticles  words that may follow such a name without making it an act: prepositions, relatives, particles
 */
public record ReferenceForms(List<String> roundTemplates, List<String> roundPhrases, List<String> firstRoundPhrases,
        Map<Integer, Ordinal> ordinals, List<String> pluralNouns, List<String> singularNouns, Map<EventType, List<String>> citingNouns,
        List<String> actNouns, List<String> nameParticles) {

    public ReferenceForms {
        actNouns = actNouns == null ? List.of() : List.copyOf(actNouns);
        nameParticles = nameParticles == null ? List.of() : List.copyOf(nameParticles);
        roundPhrases = roundPhrases == null ? List.of() : List.copyOf(roundPhrases);
        firstRoundPhrases = firstRoundPhrases == null ? List.of() : List.copyOf(firstRoundPhrases);
    }

    /** Feminine and masculine forms of one ordinal ("الرابعة", "الرابع"). */
    public record Ordinal(List<String> f, List<String> m) {

        public Ordinal {
            f = f == null ? List.of() : List.copyOf(f);
            m = m == null ? List.of() : List.copyOf(m);
        }
    }
}
