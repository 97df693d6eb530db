package io.tarikh.ingest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.tarikh.store.StoreGeneration;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * PostgreSQL may have several replicas writing, so its locks live in the database; an H2 file
 * belongs to one process, so a lock in the process serialises every writer there is. Every write
 * transaction runs through these locks, so this is also where the store's generation advances
 * once a write has committed.
 */
public class WriteLocksProducer {

    @Produces
    @Singleton
    WriteLocks writeLocks(EntityManager em, StoreGeneration generation,
            @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind,
            @ConfigProperty(name = "tarikh.ingest.lock-timeout-ms", defaultValue = "30000") long timeoutMillis) {
        WriteLocks locks = dbKind.startsWith("postgres") ? new PostgresWriteLocks(em, timeoutMillis)
                : new ProcessWriteLocks(timeoutMillis, work -> QuarkusTransaction.requiringNew().call(work::get));
        return new WriteLocks() {
            @Override
            public <T> T inTransaction(Collection<String> keys, Supplier<T> work) {
                T result = locks.inTransaction(keys, work); // returns only once committed
                generation.advance();
                return result;
            }
        };
    }
}
