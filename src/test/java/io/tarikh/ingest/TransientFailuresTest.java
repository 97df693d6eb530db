package io.tarikh.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Only a lost race is retried: a value too long or a constraint violation would fail the same way three times. */
class TransientFailuresTest {

    private static RuntimeException wrapped(SQLException cause) {
        return new PersistenceException("could not execute statement", cause);
    }

    @Test
    void deadlocksSerialisationFailuresAndLockTimeoutsAreRetried() {
        assertTrue(TransientFailures.isTransient(wrapped(new SQLException("deadlock detected", "40P01"))));
        assertTrue(TransientFailures.isTransient(wrapped(new SQLException("could not serialize access", "40001"))));
        assertTrue(TransientFailures.isTransient(wrapped(new SQLException("canceling statement due to lock timeout", "55P03"))));
        assertTrue(TransientFailures.isTransient(wrapped(new SQLException("Timeout trying to lock table", "HYT00", 50200))));
    }

    @Test
    void deterministicFailuresAreNot() {
        assertFalse(TransientFailures.isTransient(wrapped(new SQLException("value too long for type character varying(1000)", "22001"))));
        assertFalse(TransientFailures.isTransient(wrapped(new SQLException("duplicate key value violates unique constraint", "23505"))));
        assertFalse(TransientFailures.isTransient(new IllegalStateException("no SQL at all")));
    }
}
