package io.tarikh.store;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The merge-candidate query on H2 (skipped on PostgreSQL, which PostgresQueryPlanTest covers).
 * H2 chose ix_event_reference for "reference_event_id is null" (almost every row) or
 * ix_event_type for an IN list of types (date_start then unbounded) and read every event of the
 * family for each mention: 60 % of ingest CPU at 6,000 events. The query now bounds date_start
 * alone, and H2 must read it through ix_event_date.
 */
@QuarkusTest
class H2QueryPlanTest {

    @Inject
    EntityManager em;

    @Test
    @Transactional
    void mergeCandidatesAreReadThroughTheDateIndex() {
        String kind = ConfigProvider.getConfig().getValue("quarkus.datasource.db-kind", String.class);
        assumeTrue(kind.equals("h2"), "H2 plans only (db-kind is " + kind + ")");
        @SuppressWarnings("unchecked")
        List<Object> plan = em.createNativeQuery("EXPLAIN SELECT e.id, e.type, e.reference_event_id, a.actor_id FROM event e"
                + " JOIN event_actor a ON a.event_id = e.id WHERE e.date_precision = 'DAY'"
                + " AND e.date_start BETWEEN DATE '2017-06-19' AND DATE '2017-06-26' AND e.date_end >= DATE '2017-06-26'")
                .getResultList();
        String text = String.valueOf(plan.get(0));
        assertTrue(text.contains("IX_EVENT_DATE"), "expected the date index:\n" + text);
    }
}
