package io.tarikh.store;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.stream.Collectors;

/**
 * EXPLAIN on PostgreSQL for the queries the API runs, so a missing index fails a test instead of
 * slowing production. Sequential scans are discouraged for the session (enable_seqscan=off):
 * a test database holds a handful of rows, where a scan is always cheapest, and the question
 * asked is "can an index serve this query", not "is it the best plan for five rows".
 *
 * <p>To cover a new query (event filters on date_start/date_end, type, status, article, actor and
 * place links), add a call to {@link #assertUsesIndex} with the SQL the repository issues.
 */
public final class QueryPlans {

    private QueryPlans() {
    }

    /** The plan lines of {@code sql}; positional parameters {@code ?1, ?2 ...} become the given values. */
    @SuppressWarnings("unchecked")
    public static List<String> explain(EntityManager em, String sql, Object... params) {
        em.createNativeQuery("SET LOCAL enable_seqscan = off").executeUpdate();
        var query = em.createNativeQuery("EXPLAIN " + sql);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        return ((List<Object>) query.getResultList()).stream().map(String::valueOf).toList();
    }

    /** Fails unless the plan of {@code sql} reads through {@code index} (an Index or Bitmap scan). */
    public static String assertUsesIndex(EntityManager em, String index, String sql, Object... params) {
        return assertUsesIndexes(em, List.of(index), sql, params);
    }

    /** Fails unless the plan of {@code sql} reads through every one of {@code indexes}; with none, unless it scans no table. */
    public static String assertUsesIndexes(EntityManager em, List<String> indexes, String sql, Object... params) {
        List<String> plan = explain(em, sql, params);
        String text = plan.stream().collect(Collectors.joining("\n"));
        if (indexes.isEmpty() && text.contains("Seq Scan")) {
            throw new AssertionError("expected no sequential scan for\n  " + sql + "\nplan:\n" + text);
        }
        for (String index : indexes) {
            boolean usesIndex = plan.stream().anyMatch(line -> line.contains(" using " + index)
                    || line.contains("Bitmap Index Scan on " + index));
            if (!usesIndex) {
                throw new AssertionError("expected an index scan on " + index + " for\n  " + sql + "\nplan:\n" + text);
            }
        }
        return text;
    }

    /** A statement EventSql built, for {@link #assertUsesIndexes}: its JDBC {@code ?} numbered as ?1, ?2 ... */
    public static String numbered(EventSql.Sql sql) {
        StringBuilder out = new StringBuilder();
        int n = 0;
        for (char c : sql.text().toCharArray()) {
            out.append(c);
            if (c == '?') {
                out.append(++n);
            }
        }
        return out.toString();
    }

    /**
     * Fails unless some index scan of the plan bounds {@code column} on both sides: the query
     * then reads a window of the index whatever the size of the table.
     */
    public static String assertIndexBoundsBothSides(EntityManager em, String column, String sql, Object... params) {
        List<String> plan = explain(em, sql, params);
        String text = plan.stream().collect(Collectors.joining("\n"));
        boolean bounded = plan.stream().anyMatch(line -> line.contains("Index Cond") && line.contains(column + " >= ")
                && line.contains(column + " <= ") || line.contains("Index Cond") && line.contains(column + " = "));
        if (!bounded) {
            throw new AssertionError("expected an index condition bounding " + column + " on both sides for\n  " + sql + "\nplan:\n" + text);
        }
        return text;
    }
}
