package io.tarikh.ingest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * PostgreSQL may have several replicas writing, so its locks live in the database; an H2 file
 * belongs to one process, so a lock in the process serialises every writer there is.
 */
public class WriteLocksProducer {

    @Produces
    @Singleton
    WriteLocks writeLocks(EntityManager em,
            @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind,
            @ConfigProperty(name = "tarikh.ingest.lock-timeout-ms", defaultValue = "30000") long timeoutMillis) {
        if (dbKind.startsWith("postgres")) {
            return new PostgresWriteLocks(em, timeoutMillis);
        }
        return new ProcessWriteLocks(timeoutMillis, work -> QuarkusTransaction.requiringNew().call(work::get));
    }
}
