package io.tarikh.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A write that keeps losing races ends as "busy, retry" (503 + Retry-After), never as the raw database failure (500). */
class AttemptsTest {

    private final Attempts attempts = new Attempts(3);
    private final AtomicInteger calls = new AtomicInteger();

    private static RuntimeException deadlock() {
        return new PersistenceException("could not execute statement", new SQLException("deadlock detected", "40P01"));
    }

    @Test
    void aRaceLostOnceIsWonOnTheNextAttempt() {
        String result = attempts.run("the ingest of article a", () -> {
            if (calls.incrementAndGet() == 1) {
                throw deadlock();
            }
            return "stored";
        });
        assertEquals("stored", result);
        assertEquals(2, calls.get());
    }

    @Test
    void deadlocksOnEveryAttemptEndAsBusyWithTheLastFailureAsCause() {
        RuntimeException last = deadlock();
        WriteLocks.Timeout busy = assertThrows(WriteLocks.Timeout.class, () -> attempts.run("the ingest of article a", () -> {
            calls.incrementAndGet();
            throw last;
        }));
        assertEquals(3, calls.get());
        assertSame(last, busy.getCause());
        assertTrue(busy.getMessage().startsWith("the ingest of article a lost 3 races"), busy.getMessage());
    }

    @Test
    void keysThatKeepMovingEndAsBusy() {
        assertThrows(WriteLocks.Timeout.class, () -> attempts.run("the edit of article 'x'", () -> {
            calls.incrementAndGet();
            throw new Attempts.RaceLost("corrected meanwhile");
        }));
        assertEquals(3, calls.get());
    }

    @Test
    void otherFailuresAreNotRetriedNorDisguised() {
        IllegalStateException bug = new IllegalStateException("not a race");
        assertSame(bug, assertThrows(IllegalStateException.class, () -> attempts.run("x", () -> {
            calls.incrementAndGet();
            throw bug;
        })));
        assertEquals(1, calls.get());
        PersistenceException tooLong = new PersistenceException(new SQLException("value too long", "22001"));
        assertSame(tooLong, assertThrows(PersistenceException.class, () -> attempts.run("x", () -> {
            throw tooLong;
        })));
    }

    @Test
    void aLockWaitThatTimesOutIsNotWaitedThreeTimes() {
        assertThrows(WriteLocks.Timeout.class, () -> attempts.run("x", () -> {
            calls.incrementAndGet();
            throw new WriteLocks.Timeout("lock wait timed out");
        }));
        assertEquals(1, calls.get());
    }
}
