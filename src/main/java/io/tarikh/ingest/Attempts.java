package io.tarikh.ingest;

import java.util.function.Supplier;

/**
 * A write that may lose a race: tried again while it loses one (a deadlock, a serialisation failure, a
 * lock timeout, or keys that moved before they were locked), at most {@code attempts} times. Losing
 * every time is the store being busy, which the client may retry ({@link WriteLocks.Timeout}, a 503
 * with Retry-After), never a 500; any other failure is thrown at once.
 */
final class Attempts {

    /** Thrown by a write that found what it was to lock changed under it: worth another try. */
    static final class RaceLost extends RuntimeException {
        RaceLost(String message) {
            super(message, null, false, false);
        }
    }

    private final int attempts;

    Attempts(int attempts) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1");
        }
        this.attempts = attempts;
    }

    /** The result of {@code write}; {@code what} names it in the busy message ("the ingest of article 'x'"). */
    <T> T run(String what, Supplier<T> write) {
        for (int attempt = 1; ; attempt++) {
            try {
                return write.get();
            } catch (RaceLost e) {
                if (attempt == attempts) {
                    throw busy(what, e);
                }
            } catch (RuntimeException e) {
                if (!TransientFailures.isTransient(e)) {
                    throw e;
                }
                if (attempt == attempts) {
                    throw busy(what, e);
                }
            }
        }
    }

    private WriteLocks.Timeout busy(String what, RuntimeException last) {
        WriteLocks.Timeout busy = new WriteLocks.Timeout(what + " lost " + attempts + " races for its write locks; retry shortly");
        busy.initCause(last);
        return busy;
    }
}
