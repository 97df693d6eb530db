package io.tarikh.temporal;

import io.tarikh.text.ArabicNormalizer;
import io.tarikh.text.ArabicNormalizer.NormalizedText;
import io.tarikh.text.Clitics;
import io.tarikh.text.Document;
import io.tarikh.text.SentenceSplitter.Sentence;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.Period;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Infers a text's publication date from what it says: weekday deixis ("أمس الاثنين" → a Tuesday),
 * explicit dates (lower bounds), and mentions of dated reference events, pinned by the deictic
 * word beside them ("انطلقت أمس الجولة السابعة من مفاوضات جنيف") or bounding the date.
 */
final class AnchorInference {

    /** A span's meaning against a candidate anchor (the engine's resolver, tense included). */
    @FunctionalInterface
    interface Meaning {
        Resolver.Resolved of(Tagger.Span span, LocalDate anchor);
    }

    /** A reference event and a temporal expression in the same sentence belong together within this distance. */
    private static final int ATTACH_DISTANCE = 60;
    /** From this length on, a reference event (an offensive, a long round of talks) may be mentioned while under way. */
    private static final int CAMPAIGN_DAYS = 14;
    /** An Arabic plural ("أيام", "أسابيع") counts three or more. */
    private static final int PLURAL_AT_LEAST = 3;
    /** ... and, as a plural of few ("أيام", not "عشرات الأيام"), ten at most. */
    private static final int PLURAL_AT_MOST = 10;
    /** How far around a mention a future marker still puts it ahead ("الجولة المقبلة من محادثات أستانا"). */
    private static final int MENTION_TENSE_REACH = 30;
    /** How far before a written date a future marker ("من المقرر أن تعلن ... يوم 15/5/2018") still governs it. */
    private static final int FUTURE_CLAUSE_REACH = 50;
    /** The opening sentences that belong to the lead: the headline and the first sentence of the body. */
    private static final int LEAD_OPENING = 2;
    /** How far after a deictic day its holiday may be named, in characters. */
    private static final int HOLIDAY_REACH = 60;
    /** Today, yesterday and the day before ("أول أمس"): the deixis of the news a text reports. */
    private static final int LEAD_DEIXIS_DAYS = -2;
    /** Words of three letters or more carry content ("في", "أن" do not). */
    private static final int CONTENT_WORD = 3;
    private static final int RESTATED_WORDS = 3;
    /** How far from a mention an anniversary word still governs it ("في الذكرى العاشرة لانطلاق ..."). */
    private static final int ANNIVERSARY_REACH = 40;
    private final Lexicon lexicon;
    /** A holiday named right after a deictic day, after a comma or "الموافق": "اليوم الأحد، أول أيام عيد الفطر". */
    private final Pattern holidayAfterDeixis;
    private final Tense tense;
    private final Pattern anniversary;
    /** What every anniversary word holds ("ذكر"): a window without it needs no regular expression. */
    private final String anniversaryCore;
    /** What the word before a mention makes of it: presupposed, a prospect, or what a span counts from. */
    private final MentionFrame frame;
    /** "هذا هو", "هذه هي": a sentence opening so names what the sentence before it told. */
    private final List<String> restatingOpeners;

    AnchorInference(Lexicon lexicon, Tense tense) {
        this.lexicon = lexicon;
        this.holidayAfterDeixis = Pattern.compile("[\\s،,(\\-–]{1,4}(?:(?:الذي\\s+يصادف|الموافق)\\s+)?(" + lexicon.alternation("holidayDays")
                + ")\\s+(" + lexicon.alternation("hijriHolidays") + ")");
        this.tense = tense;
        this.anniversary = Pattern.compile("(?<![\\p{L}\\p{N}])[" + Clitics.CONJUNCTIONS + "]?[" + Clitics.PREPOSITIONS + "]?(?:"
                + lexicon.forms("anniversaryWords").stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")(?![\\p{L}\\p{N}])");
        this.anniversaryCore = commonPart(lexicon.forms("anniversaryWords"));
        this.frame = new MentionFrame(lexicon);
        this.restatingOpeners = lexicon.forms("restatingOpeners").stream().map(ArabicNormalizer::normalize).toList();
    }

    /** The anchor {@code doc} implies, from its tagged phrases and the reference events it mentions. */
    Anchor infer(Document doc, List<Tagger.Span> spans, List<ReferenceMention> mentions, Meaning meaning) {
        AnchorEvidence ev = new AnchorEvidence(lexicon);
        weekdays(spans, doc, ev);
        months(spans, doc, ev);
        explicitDates(doc, spans, meaning, ev);
        yearlessStatedDays(spans, doc, ev);
        holidays(spans, doc, ev);
        Lead lead = new Lead(doc, spans, restatingOpeners);
        // One phrase may fit several events ("المباحثات" of two rounds in Ankara): it means one of them, so
        // their evidence is joined as alternatives, never as if the text named them all.
        Map<List<Integer>, List<ReferenceMention>> bySpan = new LinkedHashMap<>();
        mentions.forEach(m -> bySpan.computeIfAbsent(List.of(m.start(), m.end()), k -> new ArrayList<>()).add(m));
        for (List<ReferenceMention> alternatives : bySpan.values()) {
            boolean inLead = lead.contains(doc.sentenceAt(alternatives.get(0).start()));
            if (alternatives.size() == 1) {
                mention(alternatives.get(0), doc, spans, meaning, ev, inLead);
                continue;
            }
            List<AnchorEvidence> each = new ArrayList<>();
            for (ReferenceMention m : alternatives) {
                AnchorEvidence one = new AnchorEvidence(lexicon);
                mention(m, doc, spans, meaning, one, inLead);
                each.add(one);
            }
            ev.eitherOf(each);
        }
        return ev.decide();
    }

    /** "أمس الاثنين" makes the anchor a Tuesday; several such phrases vote. */
    private void weekdays(List<Tagger.Span> spans, Document doc, AnchorEvidence ev) {
        for (Tagger.Span s : spans) {
            if (s.value() instanceof SpanValue.Deictic d && d.weekday() != null) {
                voteWeekday(d.weekday(), d.offset(), doc, s, ev);
            }
        }
    }

    /** A weekday named {@code offset} days from the publication day ("أمس الاثنين": Monday, -1) votes for the publication's weekday. */
    private void voteWeekday(DayOfWeek named, int offset, Document doc, Tagger.Span s, AnchorEvidence ev) {
        DayOfWeek anchorDay = named.minus(offset);
        ev.weekdayVotes.merge(anchorDay, 1, Integer::sum);
        ev.namedWeekdays.putIfAbsent(named, offset);
        ev.lines.add("'" + quote(doc, s) + "' makes the publication day a " + lexicon.weekdayEn(anchorDay.getValue()));
    }

    /**
     * "حزيران الجاري" puts the publication in June; "أيار الماضي" / "تموز المقبل" put it in
     * another month (the text would say الجاري otherwise). Only month names without a year.
     */
    private void months(List<Tagger.Span> spans, Document doc, AnchorEvidence ev) {
        for (Tagger.Span s : spans) {
            if (!(s.value() instanceof SpanValue.CalendarDate c) || c.year().written() != null || c.rel() == null) {
                continue;
            }
            Month month = Month.of(c.month());
            Direction rel = c.rel();
            String name = lexicon.monthEn(month.getValue());
            if (rel == Direction.CURRENT || rel == Direction.THIS) {
                ev.monthIs(month, "'" + quote(doc, s) + "' ⇒ published in " + name);
            } else {
                ev.monthIsNot(month, "'" + quote(doc, s) + "' ⇒ published in a month other than " + name);
            }
        }
    }

    /** A fully written date is in the past of the text (a lower bound), or, in a future clause, ahead of it. */
    private void explicitDates(Document doc, List<Tagger.Span> spans, Meaning meaning, AnchorEvidence ev) {
        for (Tagger.Span s : spans) {
            Resolver.Resolved absolute = meaning.of(s, null);
            if (absolute == null || absolute.date().start() == null || absolute.type() == TimexType.DURATION) {
                continue;
            }
            if (absolute.date().precision() == Precision.DAY && stated(s, absolute.date().start(), doc, ev)) {
                continue;
            }
            // Only a date the text writes in full gets here; it is ahead when its clause says so before it.
            boolean futureClause = tense.futureMarked(doc, s.nStart(), s.nStart(), FUTURE_CLAUSE_REACH, 0, Tense.Scope.CLAUSE);
            if (futureClause) {
                ev.upper(absolute.date().start().minusDays(1), "'" + quote(doc, s) + "' is ahead ⇒ published before " + absolute.date().start());
            } else if (absolute.date().precision() == Precision.DAY) {
                ev.lower(absolute.date().end(), false, "'" + quote(doc, s) + "' ⇒ published on or after " + absolute.date().end());
            }
        }
    }

    /**
     * A written date that says which day the text is written on: "اليوم الخميس 30 رمضان 1439هـ", or
     * "الثلاثاء 2 أفريل 2019" in a text that calls Tuesday "أمس". It pins the day.
     */
    private boolean stated(Tagger.Span s, LocalDate date, Document doc, AnchorEvidence ev) {
        String dx = s.value() instanceof SpanValue.Deictic d ? d.word() : leadingWord(doc.folded(), s);
        if (dx != null && lexicon.value("deictic", dx) != null) {
            int offset = Integer.parseInt(lexicon.value("deictic", dx));
            ev.statedPin(date.minusDays(offset), "'" + quote(doc, s) + "' writes out the day it calls '" + dx + "' ⇒ " + date.minusDays(offset));
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
        ev.statedPin(anchor, "'" + quote(doc, s) + "' is the " + lexicon.weekdayEn(named.getValue())
                + " the text names with a deictic word ⇒ " + anchor);
        return true;
    }

    /**
     * A deictic day named as a day of a Hijri holiday, "صباح اليوم الأحد، أول أيام عيد الفطر": the publication day is
     * that holiday's day (give or take the sighting of the moon) in some year; other evidence must tell which.
     */
    private void holidays(List<Tagger.Span> spans, Document doc, AnchorEvidence ev) {
        String folded = doc.folded();
        for (Tagger.Span s : spans) {
            if (!(s.value() instanceof SpanValue.Deictic d)) {
                continue;
            }
            Matcher m = holidayAfterDeixis.matcher(folded).region(s.nEnd(), Math.min(folded.length(), s.nEnd() + HOLIDAY_REACH));
            if (!m.lookingAt()) {
                continue;
            }
            String[] monthDay = lexicon.value("hijriHolidays", m.group(2)).split("-");
            int day = Integer.parseInt(monthDay[1]) + Integer.parseInt(lexicon.value("holidayDays", m.group(1)));
            ev.hijriDay(Integer.parseInt(monthDay[0]), day, d.offset(), "'" + quote(doc, s) + "' is '"
                    + doc.text().substring(doc.originalStart(m.start(1)), doc.originalEnd(m.end(2))) + "' ⇒ published on Hijri "
                    + day + "/" + monthDay[0] + (d.offset() == 0 ? "" : (d.offset() < 0 ? " plus " : " minus ") + Math.abs(d.offset()) + " day(s)")
                    + " of some year, a day either side");
        }
    }

    /**
     * A deictic day written out without its year, "فجر اليوم السبت (14 نيسان/أبريل)": the publication day is a
     * Saturday and a 14 April, whatever the year; other evidence must still tell the year.
     */
    private void yearlessStatedDays(List<Tagger.Span> spans, Document doc, AnchorEvidence ev) {
        for (Tagger.Span s : spans) {
            if (!(s.value() instanceof SpanValue.CalendarDate c) || c.days().size() != 1 || c.year().written() != null
                    || c.year().rel() != null || c.year().ofYear() != null) {
                continue;
            }
            String dx = leadingWord(doc.folded(), s);
            String offsetValue = dx == null ? null : lexicon.value("deictic", dx);
            if (offsetValue == null) {
                continue;
            }
            int offset = Integer.parseInt(offsetValue);
            MonthDay written = MonthDay.of(c.month(), c.days().get(0));
            if (c.weekday() != null) {
                voteWeekday(c.weekday(), offset, doc, s, ev);
            }
            ev.writtenDay(written, offset, "'" + quote(doc, s) + "' writes out the day it calls '" + dx + "' without its year ⇒ "
                    + "published " + (offset == 0 ? "on" : Math.abs(offset) + (Math.abs(offset) == 1 ? " day " : " days ")
                            + (offset < 0 ? "after" : "before")) + " " + written.getDayOfMonth() + " " + lexicon.monthEn(c.month()) + " of some year");
        }
    }

    /**
     * The span's first word ("اليوم" of "اليوم الخميس 30 رمضان 1439هـ"), without an attached conjunction; after a
     * part of the day the span opens with ("فجر اليوم السبت (14 نيسان)"), the word after it.
     */
    private static String leadingWord(String normalised, Tagger.Span s) {
        String[] words = normalised.substring(s.nStart(), s.nEnd()).strip().split("\\s+");
        String word = s.partOfDay() != null && words.length > 1 ? words[1] : words[0];
        return word.length() > 3 && (word.startsWith("و") || word.startsWith("ف")) && !word.startsWith("ال") ? word.substring(1) : word;
    }

    /**
     * The article's lead news: its opening (headline and first sentence) and what it reports with
     * today/yesterday deixis. Only a mention there says the text was written soon after the event; the
     * same event mentioned further down may be background from any time before.
     */
    private static final class Lead {
        private final Document doc;
        /** The opening and the sentences with today/yesterday deixis: known from the spans alone. */
        private final Set<Sentence> known = new HashSet<>();
        /** Per sentence asked about, whether it restates the headline: only sentences holding a mention are asked. */
        private final Map<Sentence, Boolean> restates = new HashMap<>();
        private Set<String> headline;

        Lead(Document doc, List<Tagger.Span> spans, List<String> restatingOpeners) {
            this.doc = doc;
            List<Sentence> sentences = doc.sentences();
            known.addAll(sentences.subList(0, Math.min(LEAD_OPENING, sentences.size())));
            for (Tagger.Span s : spans) {
                if (s.value() instanceof SpanValue.Deictic d && d.offset() <= 0 && d.offset() >= LEAD_DEIXIS_DAYS) {
                    Sentence sentence = doc.sentenceAt(doc.originalStart(s.nStart()));
                    if (sentence != null) {
                        known.add(sentence);
                    }
                }
            }
            // "وهذا هو الخطاب الثالث للأسد ...": a sentence that names what the lead sentence before it told is the lead too.
            for (int i = 1; i < sentences.size(); i++) {
                if (known.contains(sentences.get(i - 1)) && opensWithOneOf(doc.folded(sentences.get(i)), restatingOpeners)) {
                    known.add(sentences.get(i));
                }
            }
        }

        private static boolean opensWithOneOf(String folded, List<String> openers) {
            String text = folded.strip();
            String rest = text.startsWith("و") ? text.substring(1) : text;
            return openers.stream().anyMatch(o -> rest.startsWith(o + " "));
        }

        boolean contains(Sentence s) {
            if (s == null) {
                return false;
            }
            return known.contains(s) || restates.computeIfAbsent(s, this::restatesHeadline);
        }

        /**
         * A sentence that restates the headline ("أعلنت الخارجية أن المباحثات ... انتهت") reports the lead news
         * too: it shares at least half the headline's content words, and at least {@link #RESTATED_WORDS} of them.
         */
        private boolean restatesHeadline(Sentence s) {
            if (headline == null) {
                headline = new HashSet<>();
                for (Document.Word w : doc.wordsOf(doc.sentences().get(0))) {
                    if (w.text().length() >= CONTENT_WORD) {
                        headline.add(w.text());
                    }
                }
            }
            if (headline.size() < RESTATED_WORDS) {
                return false;
            }
            Set<String> shared = new HashSet<>();
            for (Document.Word w : doc.wordsOf(s)) {
                if (headline.contains(w.text())) {
                    shared.add(w.text());
                }
            }
            return shared.size() >= RESTATED_WORDS && shared.size() * 2 >= headline.size();
        }
    }

    private void mention(ReferenceMention m, Document doc, List<Tagger.Span> spans, Meaning meaning, AnchorEvidence ev, boolean inLead) {
        String text = doc.text();
        NormalizedText folded = doc.normalized();
        String what = "'" + text.substring(m.start(), m.end()) + "' (" + m.label() + ", " + m.firstDay()
                + (m.lastDay().equals(m.firstDay()) ? "" : ".." + m.lastDay()) + ")";
        int prospectAt = frame.prospect(doc, m.start()) ? m.start() : startOfDateRightBefore(m, doc, spans);
        if (frame.prospect(doc, prospectAt)) {
            ev.note(what + " is a prospect ('" + MentionFrame.wordBefore(doc, prospectAt) + "'): it dates nothing");
            return;
        }
        Optional<Tagger.Span> own = datedInRelativeClause(m, doc, spans);
        if (own.isEmpty() && frame.presupposed(doc, m.start())) {
            ev.lower(m.firstDay(), false, what + " is presupposed ('" + MentionFrame.wordBefore(doc, m.start()) + "'), not reported ⇒ published on or after "
                    + m.firstDay());
            return;
        }
        if (own.isEmpty() && anniversaryOf(doc, m)) {
            ev.lower(m.firstDay().plusYears(1), false, what + " is remembered on an anniversary ⇒ published a year or more after "
                    + m.firstDay());
            return;
        }
        Optional<Offset> counted = offsetFrom(m, doc, spans);
        LocalDate origin = counted.filter(o -> o.day() == MentionFrame.CountedDay.FIRST).isPresent() ? m.firstDay() : m.lastDay();
        Optional<Resolver.Resolved> duration = counted.map(o -> meaning.of(o.duration(), origin));
        Optional<Period> elapsed = duration.flatMap(AnchorInference::period);
        if (elapsed.isPresent()) {
            // "بعد أيام من إسقاط ..." dates what is reported to days after the event; the report is no earlier.
            LocalDate from = origin.plus(elapsed.get());
            String countedWhat = "'" + quote(doc, counted.get().duration()) + "' " + what
                    + (counted.get().day() == MentionFrame.CountedDay.FIRST ? ", counted from its start" : "");
            Period loose = duration.get().amount().unit().half();
            if (duration.get().amount().count() == null) {
                // "بعد أسابيع من تنحي مبارك": a plural with no number is three to ten of its unit, not three.
                LocalDate first = from.minus(loose);
                LocalDate last = origin.plus(scaled(elapsed.get(), PLURAL_AT_MOST)).plus(loose);
                String plural = " (a plural with no number: " + PLURAL_AT_LEAST + " to " + PLURAL_AT_MOST + " of its unit)";
                ev.lower(first, false, countedWhat + " ⇒ published on or after " + first + plural);
                ev.upper(last, countedWhat + " ⇒ published by " + last + plural);
                return;
            }
            if (loose.isZero()) {
                ev.lower(from, true, countedWhat + " ⇒ published on or after " + from);
            } else {
                // "بعد أسبوع" may be six days or eight: the count gives a window around its day, not a first day.
                LocalDate first = from.minus(loose);
                LocalDate last = from.plus(loose).plusDays(1);
                ev.lower(first, false, countedWhat + " ⇒ published around " + from + ", on or after " + first);
                ev.upper(last, countedWhat + " ⇒ published around " + from + ", by " + last);
            }
            return;
        }
        Optional<Tagger.Span> attached = own.isPresent() ? own : nearestInSentence(m, doc, spans);
        if (attached.filter(AnchorInference::writesItsYear).isPresent()) {
            if (!within(attached.get(), meaning.of(attached.get(), m.firstDay()), m)) {
                // "العدوان الثلاثي ... في تموز/يوليو 1956": the text dates what it names, and not on the event's days.
                // Another event of the same name; it says nothing of when the text was written.
                return;
            }
            // "اتفاق ستوكهولم الموقع في 13 كانون الأول/ديسمبر 2018": the text dates the event itself, year and all, as one
            // does what is not this week's news. Its date shows only that the text is later; it is no recency cue.
            ev.lower(m.lastDay(), false, what + " is dated '" + quote(doc, attached.get()) + "' in the text ⇒ published on or after "
                    + m.lastDay());
            return;
        }
        if (attached.isPresent()) {
            Tagger.Span s = attached.get();
            String expr = quote(doc, s);
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
                    Unit unit = ((SpanValue.RelativePeriod) s.value()).unit();
                    if (rel == Direction.PAST && unit == Unit.WEEK) {
                        LocalDate nextMonday = m.firstDay().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
                        ev.lower(nextMonday, false, what + " was '" + expr + "' ⇒ published in the week of " + nextMonday);
                        ev.upper(nextMonday.plusDays(6), what + " was '" + expr + "' ⇒ published by " + nextMonday.plusDays(6));
                        return;
                    }
                    // "التفجير الذي استهدف مبنى الأمن القومي الشهر الماضي": the text is of the month (the year) after the event's.
                    if (rel == Direction.PAST && (unit == Unit.MONTH || unit == Unit.YEAR)) {
                        // An event of several months ("مفاوضات جنيف" from January to February) was last month in any of them.
                        LocalDate next = unit == Unit.MONTH ? m.firstDay().withDayOfMonth(1).plusMonths(1) : m.firstDay().withDayOfYear(1).plusYears(1);
                        LocalDate last = unit == Unit.MONTH ? m.lastDay().withDayOfMonth(1).plusMonths(2).minusDays(1)
                                : m.lastDay().withDayOfYear(1).plusYears(2).minusDays(1);
                        ev.lower(next, false, what + " was '" + expr + "' ⇒ published in the " + (unit == Unit.MONTH ? "month" : "year")
                                + " after its own, from " + next);
                        ev.upper(last, what + " was '" + expr + "' ⇒ published by " + last);
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
        if (tense.futureMarked(doc, doc.foldedIndex(m.start()), doc.foldedIndex(m.end()), MENTION_TENSE_REACH, MENTION_TENSE_REACH,
                Tense.Scope.SENTENCE)) {
            ev.upper(m.firstDay().minusDays(1), what + " is still ahead ⇒ published before " + m.firstDay());
        } else if (tense.pastPerfectBefore(doc, doc.foldedIndex(m.start()))) {
            // Background ("وكانت أنقرة قد أعلنت بدء عملية ..."): it had happened, or begun; nothing says it is recent or over.
            ev.lower(m.firstDay().plusDays(1), false, what + " is background (past perfect) ⇒ published after " + m.firstDay());
        } else if (frame.countedFrom(doc, m.start())) {
            // "في أول زيارة منذ اندلاع الاحتجاجات" in the opening counts from the event: it is no lead news.
            ev.lower(m.lastDay(), false, what + " is what the text counts from ('" + MentionFrame.wordBefore(doc, m.start()) + "') ⇒ published on or after "
                    + m.lastDay());
        } else {
            reportedAsPast(m, what, ev, inLead);
        }
    }

    /**
     * A short event mentioned without a date is over. When the lead reports it, it is the news: the text
     * is written on its last day or within days. Elsewhere it is only earlier than the text. A campaign of
     * weeks may still be under way ("العملية التي يشنها الجيش منذ ..."): it only shows that the text is
     * later than its start.
     */
    private static void reportedAsPast(ReferenceMention m, String what, AnchorEvidence ev, boolean inLead) {
        if (java.time.temporal.ChronoUnit.DAYS.between(m.firstDay(), m.lastDay()) >= CAMPAIGN_DAYS) {
            ev.lower(m.firstDay().plusDays(1), false, what + " lasts weeks, may be under way ⇒ published after " + m.firstDay());
        } else if (inLead && !m.lastDay().equals(m.firstDay())) {
            // A truce or a round of several days may be reported while it lasts: no earlier than its start.
            LocalDate latest = m.lastDay().plusDays(AnchorEvidence.RECENT_DAYS - 1);
            ev.lower(m.firstDay(), false, what + " is the lead news and may be under way ⇒ published on or after " + m.firstDay());
            ev.upper(latest, what + " is the lead news ⇒ published within days of its end, by " + latest);
        } else if (inLead) {
            ev.lower(m.lastDay(), true, what + " is the lead news, reported as past ⇒ published on or soon after " + m.lastDay());
        } else {
            // It may have happened earlier on the day of writing ("فجر اليوم"): not strictly later.
            ev.lower(m.lastDay(), false, what + " is reported as past, outside the lead ⇒ published on or after " + m.lastDay());
        }
    }

    /**
     * Whether an anniversary word stands near the mention in its sentence: before it ("في الذكرى السابعة
     * لهجوم ...") or after it ("أحيا ناجون من الهجوم ... اليوم ذكرى الهجوم"). Reading too many mentions as
     * anniversaries costs only evidence, never a wrong date.
     */
    private boolean anniversaryOf(Document doc, ReferenceMention m) {
        int start = doc.foldedIndex(m.start());
        int end = doc.foldedIndex(m.end());
        int from = Math.max(doc.sentenceStart(start), start - ANNIVERSARY_REACH);
        int to = Math.min(doc.sentenceEnd(Math.max(start, end - 1)), end + ANNIVERSARY_REACH);
        if (from >= to) {
            return false;
        }
        int core = doc.folded().indexOf(anniversaryCore, from);
        return core >= 0 && core + anniversaryCore.length() <= to
                && anniversary.matcher(doc.folded()).region(from, to).useTransparentBounds(true).find();
    }

    /** The longest piece of text that every one of {@code words} holds ("" when they share none). */
    private static String commonPart(List<String> words) {
        String shortest = words.stream().min(Comparator.comparingInt(String::length)).orElse("");
        for (int length = shortest.length(); length > 0; length--) {
            for (int i = 0; i + length <= shortest.length(); i++) {
                String part = shortest.substring(i, i + length);
                if (words.stream().allMatch(w -> w.contains(part))) {
                    return part;
                }
            }
        }
        return "";
    }

    /** A duration counted from a mention, and from which of the event's days ("بعد ثمانية أيام من إطلاق ...": its first). */
    private record Offset(Tagger.Span duration, MentionFrame.CountedDay day) {
    }

    /** A duration written just before the mention and counted from it: "بعد أيام من", "بعد أسبوعين على". */
    private Optional<Offset> offsetFrom(ReferenceMention m, Document doc, List<Tagger.Span> spans) {
        int mentionStart = doc.foldedIndex(m.start());
        for (Tagger.Span s : spans) {
            if (s.rule().kind() == RuleBook.Kind.DURATION) {
                Optional<Offset> counted = frame.countedDay(doc, s.nEnd(), mentionStart).map(day -> new Offset(s, day));
                if (counted.isPresent()) {
                    return counted;
                }
            }
        }
        return Optional.empty();
    }

    /** {@code atLeast} (a plural's three units) stretched to {@code units} of the same unit. */
    private static Period scaled(Period atLeast, int units) {
        return Period.of(atLeast.getYears() / PLURAL_AT_LEAST * units, atLeast.getMonths() / PLURAL_AT_LEAST * units,
                atLeast.getDays() / PLURAL_AT_LEAST * units);
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

    /** Whether a date the text writes (with its year) overlaps the days of the event it is written beside, give or take a day. */
    private static boolean within(Tagger.Span s, Resolver.Resolved written, ReferenceMention m) {
        if (s.value() instanceof SpanValue.WrittenYear y) { // resolved or not ("عام 1869" is no date the resolver serves)
            return y.year() >= m.firstDay().getYear() && y.year() <= m.lastDay().getYear();
        }
        if (written == null || written.date() == null || written.date().start() == null || written.date().end() == null) {
            return true;
        }
        return !written.date().end().isBefore(m.firstDay().minusDays(1)) && !written.date().start().isAfter(m.lastDay().plusDays(1));
    }

    /** A written date with its year ("13 كانون الأول/ديسمبر 2018", "17/9/2018", "عام 1980"). */
    private static boolean writesItsYear(Tagger.Span s) {
        return s.value() instanceof SpanValue.NumericDate || s.value() instanceof SpanValue.WrittenYear
                || s.value() instanceof SpanValue.CalendarDate c && c.year().written() != null;
    }

    /** The date the mention's sentence writes nearest to it, unless it dates what a since-marker in between counts from. */
    private Optional<Tagger.Span> nearestInSentence(ReferenceMention m, Document doc, List<Tagger.Span> spans) {
        NormalizedText folded = doc.normalized();
        return spans.stream()
                .filter(s -> s.rule().kind() != RuleBook.Kind.VAGUE && s.rule().kind() != RuleBook.Kind.DURATION)
                .filter(s -> distance(m, folded.originalStart(s.nStart()), folded.originalEnd(s.nEnd())) <= ATTACH_DISTANCE)
                .filter(s -> doc.inOneSentence(Math.min(m.start(), folded.originalStart(s.nStart())),
                        Math.max(m.end(), folded.originalEnd(s.nEnd()))))
                .filter(s -> folded.originalStart(s.nStart()) < m.end()
                        || !frame.countsFromAnotherBetween(doc, m.end(), folded.originalStart(s.nStart())))
                .min(Comparator.comparingInt(s -> distance(m, folded.originalStart(s.nStart()), folded.originalEnd(s.nEnd()))));
    }

    /** Where a date written right before the mention begins ("رفض الشهر الماضي توقيع ..."), else the mention's start. */
    private static int startOfDateRightBefore(ReferenceMention m, Document doc, List<Tagger.Span> spans) {
        NormalizedText folded = doc.normalized();
        return spans.stream().map(s -> new int[] {folded.originalStart(s.nStart()), folded.originalEnd(s.nEnd())})
                .filter(r -> r[1] <= m.start() && doc.text().substring(r[1], m.start()).isBlank())
                .mapToInt(r -> r[0]).findFirst().orElse(m.start());
    }

    /** The date of a relative clause right after the mention ("القرار الذي تبناه ... مساء الجمعة الماضي"): the event's own. */
    private Optional<Tagger.Span> datedInRelativeClause(ReferenceMention m, Document doc, List<Tagger.Span> spans) {
        NormalizedText folded = doc.normalized();
        return spans.stream()
                .filter(s -> s.rule().kind() != RuleBook.Kind.VAGUE && s.rule().kind() != RuleBook.Kind.DURATION)
                .filter(s -> folded.originalStart(s.nStart()) >= m.end()
                        && folded.originalStart(s.nStart()) - m.end() <= 2 * ATTACH_DISTANCE)
                .filter(s -> doc.inOneSentence(m.start(), folded.originalEnd(s.nEnd())))
                .filter(s -> frame.inRelativeClauseOf(doc, m.end(), folded.originalStart(s.nStart())))
                .min(Comparator.comparingInt(s -> folded.originalStart(s.nStart())));
    }

    private static int distance(ReferenceMention m, int start, int end) {
        return end <= m.start() ? m.start() - end : start >= m.end() ? start - m.end() : 0;
    }

    private static String quote(Document doc, Tagger.Span s) {
        return doc.text().substring(doc.originalStart(s.nStart()), doc.originalEndWithMarks(s.nEnd()));
    }
}
