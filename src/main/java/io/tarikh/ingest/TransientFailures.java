package io.tarikh.ingest;

import java.sql.SQLException;
import java.util.Set;

/** Database failures that another attempt may not meet: deadlocks, serialisation failures, lock timeouts. */
final class TransientFailures {

    /** SQLSTATEs: serialization_failure, deadlock_detected (PostgreSQL), lock_not_available. */
    private static final Set<String> STATES = Set.of("40001", "40P01", "55P03");
    /** H2's DEADLOCK_1 and LOCK_TIMEOUT_1 error codes. */
    private static final Set<Integer> H2_CODES = Set.of(40001, 50200);

    private TransientFailures() {
    }

    static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql
                    && (sql.getSQLState() != null && STATES.contains(sql.getSQLState()) || H2_CODES.contains(sql.getErrorCode()))) {
                return true;
            }
        }
        return false;
    }
}
