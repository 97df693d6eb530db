package io.tarikh.mentions;

import io.tarikh.knowledge.KnowledgeBase;
import io.tarikh.knowledge.ReferenceEvent;
import io.tarikh.knowledge.ReferenceForms;
import io.tarikh.knowledge.Series;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The ways the press names a round of a talk series, generated from the templates of
 * {@code reference-forms.yaml}: "أستانا 4", "أستانة4", "الجولة الرابعة من محادثات أستانا", ...
 */
final class RoundForms {

    private final KnowledgeBase knowledge;
    private final ReferenceForms forms;

    RoundForms(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
        this.forms = knowledge.referenceForms();
    }

    /** Forms that name the round in words (ordinals). */
    Stream<String> words(ReferenceEvent e) {
        return all(e).stream().filter(f -> !endsWithDigit(f));
    }

    /** Forms that name the round by its number: these need a check that the number is not part of a date. */
    Stream<String> numbered(ReferenceEvent e) {
        return all(e).stream().filter(RoundForms::endsWithDigit);
    }

    private static boolean endsWithDigit(String form) {
        return !form.isEmpty() && Character.isDigit(form.charAt(form.length() - 1));
    }

    private List<String> all(ReferenceEvent e) {
        if (e.series() == null || e.round() == null) {
            return List.of();
        }
        Series series = knowledge.series(e.series()).orElseThrow();
        ReferenceForms.Ordinal ordinal = forms.ordinals().getOrDefault(e.round(), new ReferenceForms.Ordinal(null, null));
        Map<String, List<String>> values = Map.of(
                "{name}", series.names().ar(),
                "{n}", List.of(String.valueOf(e.round())),
                "{f}", ordinal.f(),
                "{m}", ordinal.m(),
                "{plural}", forms.pluralNouns(),
                "{singular}", forms.singularNouns());
        List<String> out = new ArrayList<>();
        for (String template : forms.roundTemplates()) {
            expand(template, values, out);
        }
        return out;
    }

    /** Every form of {@code template} with each slot replaced by each of its values. */
    static void expand(String template, Map<String, List<String>> values, List<String> out) {
        for (Map.Entry<String, List<String>> slot : values.entrySet()) {
            if (template.contains(slot.getKey())) {
                for (String value : slot.getValue()) {
                    expand(template.replace(slot.getKey(), value), values, out);
                }
                return;
            }
        }
        out.add(template);
    }
}
