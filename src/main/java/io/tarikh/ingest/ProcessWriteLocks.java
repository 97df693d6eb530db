package io.tarikh.ingest;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Write locks inside one process, for the embedded H2 store (a file H2 database belongs to one
 * process). Keys map onto a fixed set of lock stripes taken in ascending order; the locks are
 * held around the whole transaction, so a waiting ingest sees the winner's committed rows.
 */
public final class ProcessWriteLocks implements WriteLocks {

    private static final int STRIPES = 1024;

    private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];
    private final long timeoutMillis;
    private final Function<Supplier<?>, ?> transaction;

    /** @param transaction runs a supplier in a new transaction (plain Java here, Quarkus' in the service) */
    public ProcessWriteLocks(long timeoutMillis, Function<Supplier<?>, ?> transaction) {
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new ReentrantLock();
        }
        this.timeoutMillis = timeoutMillis;
        this.transaction = transaction;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T inTransaction(Collection<String> keys, Supplier<T> work) {
        Deque<ReentrantLock> held = new ArrayDeque<>();
        try {
            for (long stripe : LockKeys.stripes(keys, STRIPES).toArray()) {
                ReentrantLock lock = stripes[(int) stripe];
                if (!lock.tryLock(timeoutMillis, TimeUnit.MILLISECONDS)) {
                    throw new Timeout("write locks not obtained within " + timeoutMillis + " ms");
                }
                held.push(lock);
            }
            return (T) transaction.apply(work);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Timeout("interrupted while waiting for write locks");
        } finally {
            held.forEach(ReentrantLock::unlock);
        }
    }
}
