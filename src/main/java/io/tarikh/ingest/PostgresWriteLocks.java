package io.tarikh.ingest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.function.Supplier;

/**
 * Write locks shared by every replica on one PostgreSQL database: transaction-scoped advisory
 * locks, taken in ascending key order at the start of the transaction and released by its
 * commit or rollback. {@code lock_timeout} bounds the wait.
 */
public final class PostgresWriteLocks implements WriteLocks {

    private final EntityManager em;
    private final long timeoutMillis;

    public PostgresWriteLocks(EntityManager em, long timeoutMillis) {
        this.em = em;
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    public <T> T inTransaction(Collection<String> keys, Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("select set_config('lock_timeout', ?1, true)").setParameter(1, timeoutMillis + "ms").getSingleResult();
            for (long key : LockKeys.sortedHashes(keys)) {
                em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(?1)) locked").setParameter(1, key).getSingleResult();
            }
            return work.get();
        });
    }
}
