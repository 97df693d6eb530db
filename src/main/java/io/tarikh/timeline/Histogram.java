package io.tarikh.timeline;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** Counts of events per calendar period, periods written as TIMEX3 values. */
public final class Histogram {

    public enum Interval {
        DAY(d -> d.toString()),
        WEEK(d -> String.format(Locale.ROOT, "%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))),
        MONTH(d -> d.format(DateTimeFormatter.ofPattern("yyyy-MM", Locale.ROOT))),
        YEAR(d -> Integer.toString(d.getYear()));

        private final Function<LocalDate, String> period;

        Interval(Function<LocalDate, String> period) {
            this.period = period;
        }

        public String periodOf(LocalDate date) {
            return period.apply(date);
        }
    }

    /** One bar of the histogram. */
    public record Bucket(String period, long count) {
    }

    private Histogram() {
    }

    /** Buckets in chronological order from counts per day, as the database aggregates them. */
    public static List<Bucket> ofDayCounts(Map<LocalDate, Long> countsByDay, Interval interval) {
        Map<String, Long> counts = new TreeMap<>();
        countsByDay.forEach((day, n) -> counts.merge(interval.periodOf(day), n, Long::sum));
        return counts.entrySet().stream().map(e -> new Bucket(e.getKey(), e.getValue())).toList();
    }

    /** Buckets in chronological order (TIMEX3 period strings sort chronologically). */
    public static List<Bucket> of(List<LocalDate> dates, Interval interval) {
        Map<String, Long> counts = new TreeMap<>();
        for (LocalDate date : dates) {
            counts.merge(interval.periodOf(date), 1L, Long::sum);
        }
        return counts.entrySet().stream().map(e -> new Bucket(e.getKey(), e.getValue())).toList();
    }
}
