package io.tarikh.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The in-process write locks, without a database: exclusion, no deadlock, bounded waits. */
class ProcessWriteLocksTest {

    private static ProcessWriteLocks locks(long timeoutMillis) {
        return new ProcessWriteLocks(timeoutMillis, Supplier::get);
    }

    @Test
    void writersSharingAKeyNeverOverlap() throws Exception {
        ProcessWriteLocks locks = locks(10_000);
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger maxInside = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> runs = new java.util.ArrayList<>();
            for (int i = 0; i < 400; i++) {
                // Every writer holds "actor:lavrov" among other keys, listed in varying order.
                Set<String> keys = i % 2 == 0 ? Set.of("actor:lavrov", "id:x" + i) : Set.of("id:y" + i, "actor:lavrov", "place:geneva");
                runs.add(pool.submit(() -> locks.inTransaction(keys, () -> {
                    maxInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
                    Thread.onSpinWait();
                    inside.decrementAndGet();
                    return null;
                })));
            }
            for (Future<?> f : runs) {
                f.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, maxInside.get());
    }

    @Test
    void keysNamedInOppositeOrdersDoNotDeadlock() throws Exception {
        ProcessWriteLocks locks = locks(5_000);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> ab = pool.submit(() -> {
                for (int i = 0; i < 2000; i++) {
                    locks.inTransaction(List.of("actor:a", "actor:b"), () -> null);
                }
            });
            Future<?> ba = pool.submit(() -> {
                for (int i = 0; i < 2000; i++) {
                    locks.inTransaction(List.of("actor:b", "actor:a"), () -> null);
                }
            });
            ab.get(60, TimeUnit.SECONDS);
            ba.get(60, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void disjointKeysRunTogether() throws Exception {
        ProcessWriteLocks locks = locks(5_000);
        CountDownLatch bothInside = new CountDownLatch(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Supplier<Boolean> meet = () -> {
                bothInside.countDown();
                try {
                    return bothInside.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    return false;
                }
            };
            Future<Boolean> first = pool.submit(() -> locks.inTransaction(Set.of("ref:astana-4"), meet));
            Future<Boolean> second = pool.submit(() -> locks.inTransaction(Set.of("ref:geneva-4"), meet));
            assertTrue(first.get(10, TimeUnit.SECONDS) && second.get(10, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aWriterThatCannotGetItsKeysInTimeGivesUp() throws Exception {
        ProcessWriteLocks locks = locks(100);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = new Thread(() -> locks.inTransaction(Set.of("ref:astana-4"), () -> {
            holding.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }));
        holder.start();
        holding.await();
        try {
            assertThrows(WriteLocks.Timeout.class, () -> locks.inTransaction(Set.of("ref:astana-4"), () -> null));
        } finally {
            release.countDown();
            holder.join();
        }
        assertEquals("done", locks.inTransaction(Set.of("ref:astana-4"), () -> "done"), "released after the holder's transaction");
    }

    @Test
    void theLockIsReleasedWhenTheTransactionFails() {
        ProcessWriteLocks locks = locks(100);
        assertThrows(IllegalStateException.class, () -> locks.inTransaction(Set.of("k"), () -> {
            throw new IllegalStateException("constraint violated");
        }));
        assertEquals(1, locks.inTransaction(Set.of("k"), () -> 1));
    }
}
