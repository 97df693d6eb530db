package io.tarikh.temporal;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the text says about its own date, gathered by {@link AnchorInference}, and the
 * decision: a pinned day, the one day that fits the bounds, or no date and why.
 */
final class AnchorEvidence {

    /** Reports of a past event come soon after it; look no further than this for a matching weekday. */
    private static final int SEARCH_DAYS = 400;
    /** A report of a recent event is written within a week of it. */
    static final int RECENT_DAYS = 7;

    private final Lexicon lexicon;

    final Map<DayOfWeek, Integer> weekdayVotes = new EnumMap<>(DayOfWeek.class);
    /** Months of the year the publication may fall in, narrowed by month references. */
    final Set<Month> months = EnumSet.allOf(Month.class);
    final java.util.Set<String> lines = new java.util.LinkedHashSet<>();
    final List<LocalDate> pins = new ArrayList<>();
    /** Days the text writes out as its own ("اليوم الخميس 14 يونيو 2018"). */
    final List<LocalDate> statedPins = new ArrayList<>();
    /** Weekdays named in deictic phrases, with the phrase's offset ("أمس الثلاثاء": Tuesday, -1). */
    final Map<DayOfWeek, Integer> namedWeekdays = new EnumMap<>(DayOfWeek.class);
    LocalDate lower;
    boolean recent;
    LocalDate upper;

    AnchorEvidence(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    void monthIs(Month month, String line) {
        lines.add(line);
        months.retainAll(EnumSet.of(month));
    }

    void monthIsNot(Month month, String line) {
        lines.add(line);
        months.remove(month);
    }

    /** A day the text writes out without its year, and its distance from the publication day ("أمس": -1). */
    private record WrittenDay(MonthDay day, int offset) {
    }

    private final List<WrittenDay> writtenDays = new ArrayList<>();

    void writtenDay(MonthDay day, int offset, String line) {
        lines.add(line);
        writtenDays.add(new WrittenDay(day, offset));
    }

    /** A day of the Hijri calendar the publication day is {@code offset} days before. */
    private record HijriDay(int month, int day, int offset) {

        /** Give or take a day: the month begins with the sighting of the moon, which differs between countries. */
        boolean fits(LocalDate d) {
            for (int slack = -1; slack <= 1; slack++) {
                HijrahDate h;
                try {
                    h = HijrahDate.from(d.plusDays(offset + slack));
                } catch (DateTimeException outsideTheCalendar) {
                    continue; // HijrahChronology covers 1300–1600 AH only
                }
                if (h.get(ChronoField.MONTH_OF_YEAR) == month && h.get(ChronoField.DAY_OF_MONTH) == day) {
                    return true;
                }
            }
            return false;
        }
    }

    private final List<HijriDay> hijriDays = new ArrayList<>();

    void hijriDay(int month, int day, int offset, String line) {
        lines.add(line);
        hijriDays.add(new HijriDay(month, day, offset));
    }

    /**
     * Whether {@code d} is in an allowed month and is the day every yearless written-out day and every named holiday
     * says it is.
     */
    private boolean fitsCalendar(LocalDate d) {
        return months.contains(d.getMonth()) && writtenDays.stream().allMatch(w -> MonthDay.from(d.plusDays(w.offset())).equals(w.day()))
                && hijriDays.stream().allMatch(h -> h.fits(d));
    }

    /** A line of evidence that constrains nothing: why a mention was set aside. */
    void note(String line) {
        lines.add(line);
    }

    void pin(LocalDate date, String line) {
        pins.add(date);
        lines.add(line);
    }

    void statedPin(LocalDate date, String line) {
        statedPins.add(date);
        lines.add(line);
    }

    void lower(LocalDate date, boolean fromRecentReport, String line) {
        lines.add(line);
        if (lower == null || date.isAfter(lower)) {
            lower = date;
            recent = fromRecentReport;
        } else if (date.equals(lower)) {
            recent |= fromRecentReport;
        }
    }

    void upper(LocalDate date, String line) {
        lines.add(line);
        if (upper == null || date.isBefore(upper)) {
            upper = date;
        }
    }

    /**
     * The evidence of one of several alternatives, whichever it is: the widest bounds they allow, recent
     * only if every one is, and every pin (several pins that fit leave the day open, see {@link #decide}).
     */
    void eitherOf(List<AnchorEvidence> alternatives) {
        alternatives.forEach(a -> lines.addAll(a.lines));
        alternatives.forEach(a -> pins.addAll(a.pins));
        if (alternatives.stream().allMatch(a -> a.lower != null)) {
            LocalDate earliest = alternatives.stream().map(a -> a.lower).min(Comparator.naturalOrder()).orElseThrow();
            boolean allRecent = alternatives.stream().allMatch(a -> a.recent);
            lower(earliest, allRecent, "one of " + alternatives.size() + " events ⇒ published on or after " + earliest);
        }
        if (alternatives.stream().allMatch(a -> a.upper != null)) {
            LocalDate latest = alternatives.stream().map(a -> a.upper).max(Comparator.naturalOrder()).orElseThrow();
            upper(latest, "one of " + alternatives.size() + " events ⇒ published by " + latest);
        }
    }

    Anchor decide() {
        DayOfWeek weekday = weekdayVotes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        // Phrases that disagree on the weekday (a typo, or a quote from another day): keep the majority, trust it less.
        double doubt = weekdayVotes.size() > 1 ? 0.2 : 0;
        if (doubt > 0) {
            lines.add("the weekday phrases disagree (" + weekdayVotes.keySet().stream().map(d -> lexicon.weekdayEn(d.getValue()))
                    .collect(java.util.stream.Collectors.joining(", ")) + "): kept " + lexicon.weekdayEn(weekday.getValue()));
        }
        Optional<LocalDate> stated = statedPins.stream()
                .filter(d -> weekday == null || d.getDayOfWeek() == weekday)
                .filter(this::fitsCalendar)
                .max(Comparator.comparingLong(d -> statedPins.stream().filter(d::equals).count()));
        if (stated.isPresent()) {
            // The text writes out its own day; a bound that disagrees comes from a date misread as past.
            boolean outside = lower != null && stated.get().isBefore(lower) || upper != null && stated.get().isAfter(upper);
            double confidence = 0.85 + (weekday != null ? 0.1 : 0) - (outside ? 0.25 : 0) - doubt;
            if (outside) {
                lines.add("the bounds " + lower + ".." + upper + " disagree with the written day; kept the written day");
            }
            lines.add("⇒ " + stated.get() + " (" + weekdayName(stated.get()) + "), the day the text writes out as its own");
            return new Anchor(stated.get(), AnchorSource.INFERRED, confidence, List.copyOf(lines));
        }
        List<LocalDate> pinsThatFit = pins.stream()
                .filter(d -> weekday == null || d.getDayOfWeek() == weekday)
                .filter(this::fitsCalendar)
                .filter(d -> (lower == null || !d.isBefore(lower.minusDays(1))) && (upper == null || !d.isAfter(upper)))
                .distinct().toList();
        if (pinsThatFit.size() > 1) {
            lines.add("not enough evidence: the dated events beside deictic words fit several days " + pinsThatFit
                    + "; too many to pick one honestly");
            return new Anchor(null, AnchorSource.INFERRED, 0, List.copyOf(lines));
        }
        Optional<LocalDate> pinned = pinsThatFit.stream().findFirst();
        if (pinned.isPresent()) {
            long agreeing = pins.stream().filter(pinned.get()::equals).count();
            double confidence = Math.min(0.98, 0.8 + 0.05 * (agreeing - 1) + (weekday != null ? 0.1 : 0)) - doubt;
            lines.add("⇒ " + pinned.get() + " (" + weekdayName(pinned.get()) + "), pinned by a dated event beside a deictic word");
            return new Anchor(pinned.get(), AnchorSource.INFERRED, confidence, List.copyOf(lines));
        }
        if (lower == null) {
            lines.add("not enough evidence: no explicit date and no dated event fixes the year");
            return new Anchor(null, AnchorSource.INFERRED, 0, List.copyOf(lines));
        }
        if (!recent && upper == null) {
            // A written date only says the text is later; an anniversary or an old agreement may be years back.
            lines.add("not enough evidence: the text is on or after " + lower + " with no upper bound and no recent dated event;"
                    + " too wide a window to pick a day from");
            return new Anchor(null, AnchorSource.INFERRED, 0, List.copyOf(lines));
        }
        // A report of a recent event is written within a week of it.
        LocalDate last = recent ? (upper != null && upper.isBefore(lower.plusDays(RECENT_DAYS - 1)) ? upper : lower.plusDays(RECENT_DAYS - 1)) : upper;
        List<LocalDate> fits = new ArrayList<>();
        for (LocalDate d = lower; !d.isAfter(last) && fits.size() < SEARCH_DAYS; d = d.plusDays(1)) {
            if ((weekday == null || d.getDayOfWeek() == weekday) && fitsCalendar(d)) {
                fits.add(d);
            }
        }
        if (fits.isEmpty()) {
            lines.add("not enough evidence: the bounds " + lower + ".." + last + ", the weekday and the months contradict each other");
            return new Anchor(null, AnchorSource.INFERRED, 0, List.copyOf(lines));
        }
        if (fits.size() > 1) {
            // Picking the earliest of several days would be right only by luck: a wrong date is worse than none.
            lines.add("not enough evidence: " + fits.size() + " days fit within " + lower + ".." + last
                    + (weekday != null ? " as a " + lexicon.weekdayEn(weekday.getValue()) : "") + "; too many to pick one honestly");
            return new Anchor(null, AnchorSource.INFERRED, 0, List.copyOf(lines));
        }
        LocalDate chosen = fits.get(0);
        double confidence = (weekday != null ? 0.55 : 0.4) + (upper != null ? 0.1 : 0) + (recent ? 0.1 : 0)
                + (months.size() == 1 ? 0.1 : 0) + 0.1 - doubt;
        lines.add("⇒ " + chosen + " (" + weekdayName(chosen) + "): the only date"
                + " within " + lower + ".." + last + (weekday != null ? " that is a " + weekdayName(chosen) : "")
                + (months.size() < 12 ? " in an allowed month" : "") + (hijriDays.isEmpty() ? "" : " on the holiday it names"));
        return new Anchor(chosen, AnchorSource.INFERRED, Math.min(0.95, confidence), List.copyOf(lines));
    }

    private String weekdayName(LocalDate d) {
        return lexicon.weekdayEn(d.getDayOfWeek().getValue());
    }
}
