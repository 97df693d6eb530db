package io.tarikh.knowledge;

import io.tarikh.temporal.Precision;
import io.tarikh.temporal.ReferenceEventIndex;
import io.tarikh.temporal.ReferenceMention;
import io.tarikh.temporal.TemporalEngine;
import io.tarikh.temporal.TemporalExpression;
import io.tarikh.text.ArabicNormalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds mentions of reference events in a text: by name or alias, by the round of a talk series
 * ("أستانة4", "الجولة السابعة من مفاوضات جنيف"), and by a document cited with its date
 * ("مذكرة 4 أيار/مايو 2017" is the memorandum signed at the fourth Astana round).
 */
public final class ReferenceChronology implements ReferenceEventIndex {

    /** Any anchor will do: only dates that carry their own year identify a document. */
    private static final LocalDate ANY_ANCHOR = LocalDate.of(2000, 1, 1);
    private static final int MAX_DOCUMENT_GAP = 30;
    private static final Pattern WRITTEN_YEAR = Pattern.compile("\\d{4}");
    private static final Pattern DAY_VALUE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final Gazetteer<ReferenceEvent> names;
    private final Gazetteer<ReferenceEvent> numberedRounds;
    private final Gazetteer<String> documentNouns;
    private final Set<String> documentLinks;
    private final Map<LocalDate, List<ReferenceEvent>> byDocumentDate = new HashMap<>();
    private final TemporalEngine dates = TemporalEngine.create(ReferenceEventIndex.empty());

    public ReferenceChronology(KnowledgeBase knowledge) {
        RoundForms rounds = new RoundForms(knowledge);
        this.names = Gazetteer.of(knowledge.referenceEvents(), e -> Stream.concat(
                Stream.concat(e.forms(), e.documents().stream().flatMap(d -> Stream.concat(Stream.of(d.name().ar()), d.aliases().stream()))),
                rounds.words(e)));
        this.numberedRounds = Gazetteer.of(knowledge.referenceEvents(), rounds::numbered);
        ReferenceForms forms = knowledge.referenceForms();
        this.documentNouns = Gazetteer.of(forms.documentNouns(), Stream::of);
        this.documentLinks = forms.documentLinks().stream().map(Gazetteer::key).collect(Collectors.toUnmodifiableSet());
        for (ReferenceEvent e : knowledge.referenceEvents()) {
            e.documents().forEach(d -> byDocumentDate.computeIfAbsent(d.date(), k -> new ArrayList<>()).add(e));
        }
    }

    @Override
    public List<ReferenceMention> find(String text) {
        Dates lazyDates = new Dates(text);
        List<ReferenceMention> found = new ArrayList<>();
        names.find(text).forEach(m -> found.add(mention(m.item(), m.start(), m.end())));
        numberedRounds.find(text).stream()
                .filter(m -> lazyDates.get().stream().noneMatch(e -> e.start() < m.end() && m.start() < e.end()))
                .forEach(m -> found.add(mention(m.item(), m.start(), m.end())));
        for (Match<String> noun : documentNouns.find(text)) {
            citedDocument(text, noun, lazyDates).ifPresent(found::add);
        }
        return withoutOverlaps(found);
    }

    /** "مذكرة 4 أيار/مايو 2017": a document noun, at most a linking word or two, then a full date with its year. */
    private java.util.Optional<ReferenceMention> citedDocument(String text, Match<String> noun, Dates lazyDates) {
        for (TemporalExpression e : lazyDates.get()) {
            if (e.start() < noun.end() || e.start() - noun.end() > MAX_DOCUMENT_GAP) {
                continue;
            }
            if (!onlyLinkWords(text.substring(noun.end(), e.start())) || e.date() == null
                    || e.date().precision() != Precision.DAY || !DAY_VALUE.matcher(e.date().value()).matches()
                    || !WRITTEN_YEAR.matcher(ArabicNormalizer.asciiDigits(e.text())).find()) {
                return java.util.Optional.empty();
            }
            List<ReferenceEvent> signedThen = byDocumentDate.getOrDefault(e.date().start(), List.of());
            return signedThen.stream().findFirst().map(ref -> mention(ref, noun.start(), e.end()));
        }
        return java.util.Optional.empty();
    }

    private boolean onlyLinkWords(String gap) {
        String key = Gazetteer.key(gap);
        return key.isEmpty() || Stream.of(key.split(" ")).allMatch(documentLinks::contains);
    }

    private static ReferenceMention mention(ReferenceEvent e, int start, int end) {
        return new ReferenceMention(e.id(), e.name().en(), start, end, e.start(), e.end());
    }

    /** Text order; where two mentions overlap, the longer one is kept. */
    private static List<ReferenceMention> withoutOverlaps(List<ReferenceMention> found) {
        List<ReferenceMention> byLength = new ArrayList<>(found);
        byLength.sort(Comparator.comparingInt((ReferenceMention m) -> m.end() - m.start()).reversed()
                .thenComparingInt(ReferenceMention::start));
        List<ReferenceMention> kept = new ArrayList<>();
        for (ReferenceMention m : byLength) {
            if (kept.stream().noneMatch(k -> k.start() < m.end() && m.start() < k.end())) {
                kept.add(m);
            }
        }
        kept.sort(Comparator.comparingInt(ReferenceMention::start));
        return kept;
    }

    /** The text's date expressions, tagged only when a rule needs them. */
    private final class Dates {
        private final String text;
        private List<TemporalExpression> expressions;

        Dates(String text) {
            this.text = text;
        }

        List<TemporalExpression> get() {
            if (expressions == null) {
                expressions = dates.resolveAgainst(text, ANY_ANCHOR);
            }
            return expressions;
        }
    }
}
