package io.tarikh.knowledge;

import java.util.List;
import java.util.Map;

/**
 * Words that signal an event, per event type (the future markers are temporal's, see Tense), the
 * words that refer back to the two parties of an earlier sentence ("الوزيرين", "الجانبان"), the words
 * that look like a trigger with an affix but are not one ("وزارة" is not "و + زار + ة"), and the words
 * that, just before a trigger, say the event did not or need not happen ("دون الاتفاق", "أي هجوم").
 * The participant cues: {@code governmentCues}, verbs (and "بقيادة") that, right before or after a
 * capital, make it its government ("ردت موسكو", "أنقرة أعلنت"), and {@code onBehalfOf}, titles that,
 * right before a person's name or title, name someone else ("مبعوث الرئيس الروسي", "نائب الرئيس").
 * {@code otherSenses}: per event type, words that, near its trigger in one clause, give the trigger another
 * sense ("الجولة الأولى من الانتخابات" is a ballot, not a round of talks). {@code verbs}: triggers that are
 * verbs only, which no preposition or article can stand before ("بوصفه" is "as", "الحذر" is caution).
 * {@code restating}: verbs right before a content trigger that make it the news already told, set against
 * something else ("ويأتي الهجوم بعد ستة أشهر على سقوط النظام"), not an event of its own.
 * {@code siteNouns}: nouns right before a content trigger that make it the name of a place ("موقع التفجير").
 * {@code eponymNouns}: nouns right before a person's name (an honorific from {@code honorifics} may stand
 * between) that make it the name of a place or institution called after the person ("مطار رفيق الحريري",
 * "ساحة رياض الصلح", "مدينة الملك عبدالله"), not the person.
 * Kept as plain strings here so that {@code knowledge} does not depend on {@code extraction}.
 */
public record TriggerLexicon(Map<EventType, List<String>> triggers, List<String> pairWords,
        List<String> notTriggers, List<String> negators, List<String> governmentCues, List<String> onBehalfOf,
        Map<EventType, List<String>> otherSenses, List<String> verbs, List<String> restating, List<String> siteNouns,
        List<String> eponymNouns, List<String> honorifics) {

    public TriggerLexicon {
        triggers = Map.copyOf(triggers);
        pairWords = pairWords == null ? List.of() : List.copyOf(pairWords);
        notTriggers = notTriggers == null ? List.of() : List.copyOf(notTriggers);
        negators = negators == null ? List.of() : List.copyOf(negators);
        governmentCues = governmentCues == null ? List.of() : List.copyOf(governmentCues);
        onBehalfOf = onBehalfOf == null ? List.of() : List.copyOf(onBehalfOf);
        otherSenses = otherSenses == null ? Map.of() : Map.copyOf(otherSenses);
        verbs = verbs == null ? List.of() : List.copyOf(verbs);
        restating = restating == null ? List.of() : List.copyOf(restating);
        siteNouns = siteNouns == null ? List.of() : List.copyOf(siteNouns);
        eponymNouns = eponymNouns == null ? List.of() : List.copyOf(eponymNouns);
        honorifics = honorifics == null ? List.of() : List.copyOf(honorifics);
    }
}
