package io.tarikh.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs only on PostgreSQL (the second CI pass, -Dquarkus.test.profile=test,postgres); skipped on H2.
 * Each plan is also written to target/query-plans.txt for the documentation.
 */
@QuarkusTest
class PostgresQueryPlanTest {

    private static final Path REPORT = Path.of("target/query-plans.txt");

    @Inject
    EntityManager em;

    @BeforeEach
    void onlyOnPostgres() {
        String kind = ConfigProvider.getConfig().getValue("quarkus.datasource.db-kind", String.class);
        assumeTrue(kind.startsWith("postgres"), "EXPLAIN checks run on PostgreSQL only (db-kind is " + kind + ")");
    }

    @Test
    @Transactional
    void articlePageReadsTheIngestedIndex() throws Exception {
        // ArticleRepository.page: ORDER BY ingested_at, id with LIMIT/OFFSET.
        record("article list page", QueryPlans.assertUsesIndex(em, "ix_article_ingested",
                "SELECT id, title FROM article ORDER BY ingested_at, id OFFSET 0 ROWS FETCH FIRST 50 ROWS ONLY"));
    }

    @Test
    @Transactional
    void articleByIdAndByContentHashUseTheirKeys() throws Exception {
        record("article by id", QueryPlans.assertUsesIndex(em, "article_pkey",
                "SELECT id FROM article WHERE id = ?1", "000_929c0f77bcde9703"));
        record("article by content hash (idempotent ingest)", QueryPlans.assertUsesIndex(em, "uq_article_content_hash",
                "SELECT id FROM article WHERE content_hash = ?1", "0".repeat(64)));
    }

    private static void record(String title, String plan) throws Exception {
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, "-- " + title + "\n" + plan + "\n\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
