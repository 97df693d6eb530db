package io.tarikh.ingest;

import java.util.Collection;
import java.util.function.Supplier;

/**
 * Serialises the writes that could touch the same rows. Every ingest names, before it starts,
 * the merge keys of everything it may create or merge into (a reference event, a precise
 * participant, a candidate id, its content hash); two ingests sharing a key run one after the
 * other, others run in parallel. Keys are always taken in one global order, so two ingests never
 * wait for each other in a cycle.
 */
public interface WriteLocks {

    /** Runs {@code work} in a new transaction while holding every key; releases them after commit or rollback. */
    <T> T inTransaction(Collection<String> keys, Supplier<T> work);

    /** Thrown when the keys could not be had in time: the request may be retried. */
    final class Timeout extends RuntimeException {
        public Timeout(String message) {
            super(message);
        }
    }
}
