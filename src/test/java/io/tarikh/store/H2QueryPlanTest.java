package io.tarikh.store;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The plans H2 makes for the queries the API runs (skipped on PostgreSQL, which
 * PostgresQueryPlanTest covers), EXPLAINed on the very SQL EventSql builds. Each plan is also
 * written to target/query-plans-h2.txt.
 */
@QuarkusTest
class H2QueryPlanTest {

    private static final Path REPORT = Path.of("target/query-plans-h2.txt");

    @Inject
    EntityManager em;

    @BeforeEach
    void onlyOnH2() {
        String kind = ConfigProvider.getConfig().getValue("quarkus.datasource.db-kind", String.class);
        assumeTrue(kind.equals("h2"), "H2 plans only (db-kind is " + kind + ")");
    }

    private String explain(String title, String sql) throws Exception {
        @SuppressWarnings("unchecked")
        List<Object> plan = em.createNativeQuery("EXPLAIN " + sql).getResultList();
        String text = String.valueOf(plan.get(0));
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, "-- " + title + "\n" + text + "\n\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        return text;
    }

    private static EventFilter filter(List<String> actors, LocalDate from, LocalDate to, List<String> words, boolean newestFirst) {
        return new EventFilter(actors, from, to, List.of(), List.of(), null, null, words, newestFirst);
    }

    private static void assertMatches(String regex, String plan) {
        assertTrue(Pattern.compile(regex, Pattern.DOTALL).matcher(plan).find(), "expected /" + regex + "/ in:\n" + plan);
    }

    /**
     * H2 chose ix_event_reference for "reference_event_id is null" (almost every row) or
     * ix_event_type for an IN list of types (date_start then unbounded) and read every event of the
     * family for each mention: 60 % of ingest CPU at 6,000 events. The merge-candidate query now
     * bounds date_start alone, and H2 must read it through ix_event_date.
     */
    @Test
    @Transactional
    void mergeCandidatesAreReadThroughTheDateIndex() throws Exception {
        String text = explain("merge candidates", "SELECT e.id, e.type, e.reference_event_id, a.actor_id FROM event e"
                + " JOIN event_actor a ON a.event_id = e.id WHERE e.date_precision = 'DAY'"
                + " AND e.date_start BETWEEN DATE '2017-06-19' AND DATE '2017-06-26' AND e.date_end >= DATE '2017-06-26'");
        assertTrue(text.contains("IX_EVENT_DATE"), "expected the date index:\n" + text);
    }

    /** The default page, either way, and a deep one: read in index order, never sorted (NULLS LAST sorted the whole table). */
    @Test
    @Transactional
    void pagesAreReadInIndexOrder() throws Exception {
        EventSql none = new EventSql(EventFilter.none(), false);
        assertMatches("IX_EVENT_ORDER: DATE_START >= DATE '0001-01-01'.*index sorted",
                explain("default page", EventSql.inline(none.datedIds(0, 50))));
        EventSql newest = new EventSql(filter(List.of(), null, null, List.of(), true), false);
        assertMatches("IX_EVENT_ORDER: DATE_START >= DATE '0001-01-01'.*ORDER BY \"E\".\"DATE_START\" DESC.*index sorted",
                explain("deep page, newest first", EventSql.inline(newest.datedIds(10_000, 50))));
    }

    /** q reads the terms it begins through event_word's primary key, then the events by theirs. */
    @Test
    @Transactional
    void searchReadsTheTermIndex() throws Exception {
        EventSql q = new EventSql(filter(List.of(), null, null, List.of("استانا"), false), false);
        String plan = explain("q=أستانا", EventSql.inline(q.datedIds(0, 50)));
        assertMatches("EVENT_WORD.*PRIMARY_KEY_\\w+: TERM >= ", plan);
        assertMatches("PRIMARY_KEY_\\w+: ID IN\\(", plan);
    }

    /** A date range reads a window of ix_event_date for short events and ix_event_span for long ones. */
    @Test
    @Transactional
    void aDateRangeReadsWindowsOfTheDateIndexes() throws Exception {
        EventSql range = new EventSql(filter(List.of(), LocalDate.of(2017, 6, 1), LocalDate.of(2017, 6, 30), List.of(), false), false);
        String plan = explain("from/to", EventSql.inline(range.datedIds(0, 50)));
        assertMatches("IX_EVENT_DATE: [^*]*DATE_START >= DATE '2017-05-01'\\s+AND DATE_START <= DATE '2017-06-30'", plan);
        assertMatches("IX_EVENT_SPAN: DATE_SPAN > 31", plan);
    }

    /**
     * One actor's count and histogram read that actor's range of ix_event_actor_actor and join the events
     * by their key (an IN list made H2 look every id up after a DISTINCT over them); its pages keep the
     * IN form, which they read in date order.
     */
    @Test
    @Transactional
    void oneActorsCountsReadItsRangeOfTheActorIndex() throws Exception {
        EventSql lavrov = new EventSql(filter(List.of("sergey-lavrov"), null, null, List.of(), false), false);
        assertMatches("EVENT_ACTOR\" \"A\"\\s+/\\* PUBLIC.IX_EVENT_ACTOR_ACTOR: ACTOR_ID = 'sergey-lavrov'",
                explain("count of one actor", EventSql.inline(lavrov.count())));
        String histogram = explain("histogram of one actor", EventSql.inline(lavrov.countsByStartDay()));
        assertMatches("IX_EVENT_ACTOR_ACTOR: ACTOR_ID = 'sergey-lavrov'.*INNER JOIN \"PUBLIC\".\"EVENT\" \"E\"\\s+/\\* PUBLIC.PRIMARY_KEY_\\w+: ID = E?A\\.EVENT_ID",
                histogram);
        EventSql withType = new EventSql(new EventFilter(List.of("sergey-lavrov"), null, null, List.of(io.tarikh.knowledge.EventType.TALKS),
                List.of(), null, null, List.of(), false), false);
        // With a type too, either index may lead (H2 picks the type's): the other is probed by key, nothing scanned.
        assertMatches("IX_EVENT_(ACTOR_ACTOR: ACTOR_ID = 'sergey-lavrov'|TYPE: TYPE = 'TALKS').*PRIMARY_KEY_\\w+: (ID|EVENT_ID) = ",
                explain("count of one actor's talks", EventSql.inline(withType.count())));
        assertMatches("ID IN\\(", explain("page of one actor", EventSql.inline(lavrov.datedIds(0, 50))));
    }

    /** Histogram: one pass over the date index, grouped in index order; actor counts from their index. */
    @Test
    @Transactional
    void aggregatesAreGroupedFromIndexes() throws Exception {
        String plan = explain("histogram", EventSql.inline(new EventSql(EventFilter.none(), false).countsByStartDay()));
        assertMatches("IX_EVENT_(ORDER|DATE): DATE_START >= DATE '0001-01-01'.*group sorted", plan);
        String actors = explain("actor counts", "SELECT actor_id, COUNT(*) FROM event_actor WHERE actor_id IN ('sergey-lavrov') GROUP BY actor_id");
        assertMatches("IX_EVENT_ACTOR_ACTOR: ACTOR_ID = 'sergey-lavrov'", actors);
    }

    /** An event's sources, all or one article's, in report order through their indexes. */
    @Test
    @Transactional
    void sourcesAreReadInReportOrder() throws Exception {
        String all = explain("sources of an event", EventSql.inline(EventQueries.sourcesSql("SELECT s.id", "astana-4", null,
                EventQueries.SOURCES_ORDER + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", List.of(0L, 50))));
        assertMatches("IX_EVENT_SOURCE_REPORTED: EVENT_ID = 'astana-4'.*index sorted", all);
        String one = explain("sources of an event in one article", EventSql.inline(EventQueries.sourcesSql("SELECT s.id", "astana-4",
                "000_929c0f77bcde9703", EventQueries.SOURCES_ORDER + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", List.of(0L, 50))));
        assertMatches("(UQ_EVENT_SOURCE|IX_EVENT_SOURCE_\\w+): EVENT_ID = 'astana-4'", one);
    }

    private static EventFilter extended(LocalDate from, LocalDate to, boolean includeUndated, LocalDate reportedFrom, LocalDate reportedTo) {
        return new EventFilter(List.of(), from, to, List.of(), List.of(), null, null, List.of(), false, includeUndated, reportedFrom, reportedTo, false);
    }

    /** includeUndated adds the undated events as one more branch read through the date index (date_start IS NULL). */
    @Test
    @Transactional
    void undatedEventsOfADateRangeAreReadThroughTheDateIndex() throws Exception {
        EventSql range = new EventSql(extended(LocalDate.of(2017, 6, 1), LocalDate.of(2017, 6, 30), true, null, null), false);
        String plan = explain("from/to with includeUndated", EventSql.inline(range.datedIds(0, 50)));
        assertMatches("IX_EVENT_DATE: [^*]*DATE_START >= DATE '2017-05-01'", plan);
        assertMatches("IX_EVENT_(DATE|ORDER): DATE_START IS NULL", plan);
        EventSql to = new EventSql(extended(null, LocalDate.of(2017, 6, 30), true, null, null), false);
        String toPlan = explain("to with includeUndated", EventSql.inline(to.undatedIds(0, 50)));
        assertMatches("IX_EVENT_(DATE|ORDER): DATE_START <= DATE '2017-06-30'", toPlan);
        assertMatches("IX_EVENT_(DATE|ORDER): DATE_START IS NULL", toPlan);
    }

    /** reportedFrom/reportedTo read a window of the sources' report dates. */
    @Test
    @Transactional
    void reportDatesReadAWindowOfTheirIndex() throws Exception {
        EventSql reported = new EventSql(extended(null, null, false, LocalDate.of(2017, 6, 1), LocalDate.of(2017, 6, 30)), false);
        assertMatches("IX_EVENT_SOURCE_REPORTED_ON: REPORTED_ON >= DATE '2017-06-01'\\s+AND REPORTED_ON <= DATE '2017-06-30'",
                explain("reportedFrom/reportedTo", EventSql.inline(reported.datedIds(0, 50))));
    }

    /** A word of q with two spellings (أستانة/أستانا) reads two ranges of the term index. */
    @Test
    @Transactional
    void bothSpellingsOfAWordReadTheTermIndex() throws Exception {
        EventSql q = new EventSql(filter(List.of(), null, null, List.of("استانه"), false), false);
        String plan = explain("q=أستانة (two spellings)", EventSql.inline(q.datedIds(0, 50)));
        // H2 writes the Arabic literals as U& escapes: ...0647 (ه) and ...0627 (ا) at the end
        assertMatches("PRIMARY_KEY_\\w+: TERM >= U&'[^']*0647'.*UNION ALL.*PRIMARY_KEY_\\w+: TERM >= U&'[^']*0627'", plan);
    }

    /** How a page's participants are known and which sources disagree on dates: from the sources of the page's events only. */
    @Test
    @Transactional
    void provenanceAndConflictsAreReadPerEvent() throws Exception {
        // Actors and places in one statement: each branch from the page's sources into a covering index (V9).
        assertMatches("IX_EVENT_SOURCE_\\w+: EVENT_ID IN\\(.*\\w+: SOURCE_ID = S.ID.*UNION ALL.*IX_EVENT_SOURCE_\\w+: EVENT_ID IN\\(.*\\w+: SOURCE_ID = S.ID",
                explain("provenance of a page's actors and places", EventSql.inline(EventQueries.knownSql(List.of("astana-4", "astana-5")))));
        assertMatches("(IX_EVENT_SOURCE_\\w+|UQ_EVENT_SOURCE): EVENT_ID IN\\(",
                explain("conflicting sources of a page", EventSql.inline(EventQueries.conflictsSql(List.of("astana-4", "astana-5")))));
    }
}
