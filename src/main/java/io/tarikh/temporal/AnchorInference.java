package io.tarikh.temporal;

import io.tarikh.text.ArabicNormalizer.NormalizedText;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Infers a text's publication date from what it says: weekday deixis ("أمس الاثنين" → a Tuesday),
 * explicit dates (lower bounds), and mentions of dated reference events, pinned by the deictic
 * word beside them ("انطلقت أمس الجولة السابعة من مفاوضات جنيف") or bounding the date.
 */
final class AnchorInference {

    /** A span's meaning against a candidate anchor (the engine's resolver, tense included). */
    @FunctionalInterface
    interface Meaning {
        Resolver.Resolved of(String normalised, Tagger.Span span, LocalDate anchor);
    }

    /** A reference event and a temporal expression in the same sentence belong together within this distance. */
    private static final int ATTACH_DISTANCE = 60;
    /** From this length on, a reference event (an offensive, a long round of talks) may be mentioned while under way. */
    private static final int CAMPAIGN_DAYS = 14;
    /** An Arabic plural ("أيام", "أسابيع") counts three or more. */
    private static final int PLURAL_AT_LEAST = 3;
    private static final java.util.regex.Pattern COUNTED_FROM = java.util.regex.Pattern.compile("\\s*(من|على)?\\s*");
    /** How far before a written date a future marker ("من المقرر أن تعلن ... يوم 15/5/2018") still governs it. */
    private static final int FUTURE_CLAUSE_REACH = 50;
    /** Words may carry a conjunction or preposition written attached ("وسيعقد", "فالمقبل"). */
    private static final String ATTACHED = "(?:[وف]?(?:ال|[لب])?)?";

    private final ReferenceEventIndex references;
    private final Lexicon lexicon;

    AnchorInference(ReferenceEventIndex references, Lexicon lexicon) {
        this.references = references;
        this.lexicon = lexicon;
        this.futureMarker = java.util.regex.Pattern.compile("(?<![\\p{L}\\p{M}])" + ATTACHED + "(?:"
                + lexicon.forms("futureMarkers").stream().sorted(Comparator.comparingInt(String::length).reversed())
                        .map(java.util.regex.Pattern::quote).collect(java.util.stream.Collectors.joining("|"))
                + ")(?![\\p{L}\\p{M}])");
    }

    /** A future marker written as a word of its own: "لن" is not one inside "للنظام". */
    private final java.util.regex.Pattern futureMarker;

    Anchor infer(String text, NormalizedText folded, List<Tagger.Span> spans, Meaning meaning) {
        AnchorEvidence ev = new AnchorEvidence(lexicon);
        weekdays(spans, folded, text, ev);
        months(spans, folded, text, ev);
        explicitDates(spans, folded, text, meaning, ev);
        for (ReferenceMention m : references.find(text)) {
            mention(m, text, folded, spans, meaning, ev);
        }
        return ev.decide();
    }

    /** "أمس الاثنين" makes the anchor a Tuesday; several such phrases vote. */
    private void weekdays(List<Tagger.Span> spans, NormalizedText folded, String text, AnchorEvidence ev) {
        for (Tagger.Span s : spans) {
            if (s.value() instanceof SpanValue.Deictic d && d.weekday() != null) {
                int offset = d.offset();
                DayOfWeek named = d.weekday();
                DayOfWeek anchorDay = named.minus(offset);
                ev.weekdayVotes.merge(anchorDay, 1, Integer::sum);
                ev.namedWeekdays.putIfAbsent(named, offset);
                ev.lines.add("'" + quote(text, folded, s) + "' makes the publication day a " + lexicon.weekdayEn(anchorDay.getValue()));
            }
        }
    }

    /**
     * "حزيران الجاري" puts the publication in June; "أيار الماضي" / "تموز المقبل" put it in
     * another month (the text would say الجاري otherwise). Only month names without a year.
     */
    private void months(List<Tagger.Span> spans, NormalizedText folded, String text, AnchorEvidence ev) {
        for (Tagger.Span s : spans) {
            if (!(s.value() instanceof SpanValue.CalendarDate c) || c.year().written() != null || c.rel() == null) {
                continue;
            }
            Month month = Month.of(c.month());
            Direction rel = c.rel();
            String name = lexicon.monthEn(month.getValue());
            if (rel == Direction.CURRENT || rel == Direction.THIS) {
                ev.monthIs(month, "'" + quote(text, folded, s) + "' ⇒ published in " + name);
            } else {
                ev.monthIsNot(month, "'" + quote(text, folded, s) + "' ⇒ published in a month other than " + name);
            }
        }
    }

    /** A fully written date is in the past of the text (a lower bound), or, in a future clause, ahead of it. */
    private void explicitDates(List<Tagger.Span> spans, NormalizedText folded, String text, Meaning meaning, AnchorEvidence ev) {
        for (Tagger.Span s : spans) {
            Resolver.Resolved absolute = meaning.of(folded.text(), s, null);
            if (absolute == null || absolute.date().start() == null || absolute.type() == TimexType.DURATION) {
                continue;
            }
            if (absolute.date().precision() == Precision.DAY && stated(s, absolute.date().start(), text, folded, ev)) {
                continue;
            }
            Resolver.Resolved far = meaning.of(folded.text(), s, absolute.date().start().plusYears(5));
            boolean futureClause = far != null && far.date().start() != null && "FUTURE".equals(tense(folded.text(), s, meaning, absolute))
                    || futureMarkerBefore(folded.text(), s.nStart());
            if (futureClause) {
                ev.upper(absolute.date().start().minusDays(1), "'" + quote(text, folded, s) + "' is ahead ⇒ published before " + absolute.date().start());
            } else if (absolute.date().precision() == Precision.DAY) {
                ev.lower(absolute.date().end(), false, "'" + quote(text, folded, s) + "' ⇒ published on or after " + absolute.date().end());
            }
        }
    }

    /**
     * A written date that says which day the text is written on: "اليوم الخميس 30 رمضان 1439هـ", or
     * "الثلاثاء 2 أفريل 2019" in a text that calls Tuesday "أمس". It pins the day.
     */
    private boolean stated(Tagger.Span s, LocalDate date, String text, NormalizedText folded, AnchorEvidence ev) {
        String dx = s.value() instanceof SpanValue.Deictic d ? d.word() : leadingWord(folded.text(), s);
        if (dx != null && lexicon.value("deictic", dx) != null) {
            int offset = Integer.parseInt(lexicon.value("deictic", dx));
            ev.statedPin(date.minusDays(offset), "'" + quote(text, folded, s) + "' writes out the day it calls '" + dx + "' ⇒ " + date.minusDays(offset));
            return true;
        }
        DayOfWeek named = s.value().weekday();
        if (named == null) {
            return false;
        }
        Integer offset = ev.namedWeekdays.get(named);
        if (offset == null || date.getDayOfWeek() != named) {
            return false;
        }
        LocalDate anchor = date.minusDays(offset);
        ev.statedPin(anchor, "'" + quote(text, folded, s) + "' is the " + lexicon.weekdayEn(named.getValue())
                + " the text names with a deictic word ⇒ " + anchor);
        return true;
    }

    /** The span's first word ("اليوم" of "اليوم الخميس 30 رمضان 1439هـ"), without an attached conjunction. */
    private static String leadingWord(String normalised, Tagger.Span s) {
        String span = normalised.substring(s.nStart(), s.nEnd()).strip();
        int space = span.indexOf(' ');
        String word = space < 0 ? span : span.substring(0, space);
        return word.length() > 3 && (word.startsWith("و") || word.startsWith("ف")) && !word.startsWith("ال") ? word.substring(1) : word;
    }

    /** A future marker earlier in the same clause: "ومن المقرر أن تعلن المفوضية النتائج يوم 15/5/2018". */
    private boolean futureMarkerBefore(String normalised, int at) {
        int from = at;
        while (from > 0 && at - from < FUTURE_CLAUSE_REACH && ".!?؟\n،,".indexOf(normalised.charAt(from - 1)) < 0) {
            from--;
        }
        return futureMarker.matcher(normalised.substring(from, at)).find();
    }

    /** The tense the engine gave the span: a bare date resolved forwards from a date before it is FUTURE. */
    private static String tense(String normalised, Tagger.Span s, Meaning meaning, Resolver.Resolved absolute) {
        Resolver.Resolved before = meaning.of(normalised, s, absolute.date().start().minusDays(1));
        return before != null && before.explanation().contains("future") ? "FUTURE" : "PAST";
    }

    private void mention(ReferenceMention m, String text, NormalizedText folded, List<Tagger.Span> spans, Meaning meaning, AnchorEvidence ev) {
        String what = "'" + text.substring(m.start(), m.end()) + "' (" + m.label() + ", " + m.firstDay()
                + (m.lastDay().equals(m.firstDay()) ? "" : ".." + m.lastDay()) + ")";
        Optional<Tagger.Span> countedFrom = offsetFrom(m, text, folded, spans);
        Optional<Period> elapsed = countedFrom.map(s -> meaning.of(folded.text(), s, m.lastDay())).flatMap(AnchorInference::period);
        if (elapsed.isPresent()) {
            // "بعد أيام من إسقاط ..." dates what is reported to days after the event; the report is no earlier.
            LocalDate from = m.lastDay().plus(elapsed.get());
            ev.lower(from, true, "'" + quote(text, folded, countedFrom.get()) + "' " + what + " ⇒ published on or after " + from);
            return;
        }
        Optional<Tagger.Span> attached = nearestInSentence(m, text, folded, spans);
        if (attached.isPresent()) {
            Tagger.Span s = attached.get();
            String expr = quote(text, folded, s);
            Direction rel = s.value().rel();
            switch (s.rule().kind()) {
                case DEICTIC -> {
                    int offset = ((SpanValue.Deictic) s.value()).offset();
                    ev.pin(m.firstDay().minusDays(offset), what + " is '" + expr + "' ⇒ " + m.firstDay().minusDays(offset));
                    if (!m.lastDay().equals(m.firstDay())) {
                        ev.pin(m.lastDay().minusDays(offset), what + " ended '" + expr + "' ⇒ " + m.lastDay().minusDays(offset));
                    }
                    return;
                }
                case WEEKDAY -> {
                    if (rel == Direction.PAST) {
                        ev.lower(m.firstDay().plusDays(1), false, what + " was '" + expr + "' ⇒ published after " + m.firstDay());
                        ev.upper(m.firstDay().plusDays(7), what + " was '" + expr + "' ⇒ published within a week of " + m.firstDay());
                        return;
                    }
                }
                case RELATIVE -> {
                    if (rel == Direction.PAST && ((SpanValue.RelativePeriod) s.value()).unit() == Unit.WEEK) {
                        LocalDate nextMonday = m.firstDay().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
                        ev.lower(nextMonday, false, what + " was '" + expr + "' ⇒ published in the week of " + nextMonday);
                        ev.upper(nextMonday.plusDays(6), what + " was '" + expr + "' ⇒ published by " + nextMonday.plusDays(6));
                        return;
                    }
                }
                case CALENDAR -> {
                    if (rel == Direction.PAST) {
                        LocalDate nextMonth = m.firstDay().withDayOfMonth(1).plusMonths(1);
                        ev.lower(nextMonth, false, what + " was '" + expr + "' ⇒ published after its month, from " + nextMonth);
                        ev.upper(nextMonth.plusYears(1).minusDays(1), what + " was '" + expr + "' ⇒ published within a year");
                        return;
                    }
                    if (rel == Direction.FUTURE) {
                        ev.upper(m.firstDay().minusDays(1), what + " is '" + expr + "' ⇒ published before " + m.firstDay());
                        ev.lower(m.firstDay().minusYears(1), false, what + " is '" + expr + "' ⇒ published within the year before");
                        return;
                    }
                }
                default -> {
                }
            }
        }
        if (futureMarkedNear(folded, m)) {
            ev.upper(m.firstDay().minusDays(1), what + " is still ahead ⇒ published before " + m.firstDay());
        } else {
            reportedAsPast(m, what, ev);
        }
    }

    /**
     * A short event mentioned without a date is over, and recent. A campaign of weeks may still be
     * under way ("العملية التي يشنها الجيش منذ ..."): it only shows that the text is later than its start.
     */
    private static void reportedAsPast(ReferenceMention m, String what, AnchorEvidence ev) {
        if (java.time.temporal.ChronoUnit.DAYS.between(m.firstDay(), m.lastDay()) >= CAMPAIGN_DAYS) {
            ev.lower(m.firstDay().plusDays(1), false, what + " lasts weeks, may be under way ⇒ published after " + m.firstDay());
        } else {
            ev.lower(m.lastDay().plusDays(1), true, what + " is reported as past ⇒ published after " + m.lastDay());
        }
    }

    /** A duration written just before the mention and counted from it: "بعد أيام من", "بعد أسبوعين على". */
    private static Optional<Tagger.Span> offsetFrom(ReferenceMention m, String text, NormalizedText folded, List<Tagger.Span> spans) {
        return spans.stream()
                .filter(s -> s.rule().kind() == RuleBook.Kind.DURATION)
                .filter(s -> {
                    int end = folded.originalEnd(s.nEnd());
                    return end <= m.start() && COUNTED_FROM.matcher(text.substring(end, m.start())).matches();
                })
                .findFirst();
    }

    /** The elapsed time of a resolved duration: "يومين" two days; "أيام" (a plural) at least three. Not hours or decades. */
    private static Optional<Period> period(Resolver.Resolved duration) {
        if (duration == null || duration.amount() == null) {
            return Optional.empty();
        }
        int n = duration.amount().count() == null ? PLURAL_AT_LEAST : duration.amount().count();
        return switch (duration.amount().unit()) {
            case DAY -> Optional.of(Period.ofDays(n));
            case WEEK -> Optional.of(Period.ofWeeks(n));
            case MONTH -> Optional.of(Period.ofMonths(n));
            case YEAR -> Optional.of(Period.ofYears(n));
            default -> Optional.empty();
        };
    }

    private boolean futureMarkedNear(NormalizedText folded, ReferenceMention m) {
        String window = folded.text().substring(Math.max(0, normalisedIndex(folded, m.start()) - 30),
                Math.min(folded.text().length(), normalisedIndex(folded, m.end()) + 30));
        return futureMarker.matcher(window).find();
    }

    private static int normalisedIndex(NormalizedText folded, int original) {
        int[] origin = folded.origin();
        for (int i = 0; i < origin.length; i++) {
            if (origin[i] >= original) {
                return i;
            }
        }
        return folded.text().length();
    }

    private static Optional<Tagger.Span> nearestInSentence(ReferenceMention m, String text, NormalizedText folded, List<Tagger.Span> spans) {
        return spans.stream()
                .filter(s -> s.rule().kind() != RuleBook.Kind.VAGUE && s.rule().kind() != RuleBook.Kind.DURATION)
                .filter(s -> distance(m, folded.originalStart(s.nStart()), folded.originalEnd(s.nEnd())) <= ATTACH_DISTANCE)
                .filter(s -> sameSentence(text, m, folded.originalStart(s.nStart()), folded.originalEnd(s.nEnd())))
                .min(Comparator.comparingInt(s -> distance(m, folded.originalStart(s.nStart()), folded.originalEnd(s.nEnd()))));
    }

    private static int distance(ReferenceMention m, int start, int end) {
        return end <= m.start() ? m.start() - end : start >= m.end() ? start - m.end() : 0;
    }

    private static boolean sameSentence(String text, ReferenceMention m, int start, int end) {
        int from = Math.min(m.start(), start);
        int to = Math.max(m.end(), end);
        for (int i = from; i < to; i++) {
            if (".!?؟\n".indexOf(text.charAt(i)) >= 0 && !(i > 0 && i + 1 < text.length()
                    && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1)))) {
                return false;
            }
        }
        return true;
    }

    private static String quote(String text, NormalizedText folded, Tagger.Span s) {
        return text.substring(folded.originalStart(s.nStart()), TemporalEngine.originalEnd(text, folded, s.nEnd()));
    }
}
