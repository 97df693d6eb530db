package io.tarikh.store;

import jakarta.inject.Singleton;

/**
 * When the service last began answering a request (the HTTP edge notes every one). Background work
 * that makes the whole process pause, such as H2Housekeeping's compaction (it rewrites pages under the
 * store's lock, and the pages it reads outlive young collections, so the collector stops everything to
 * reclaim them), waits for a quiet moment instead of landing in the middle of a newsroom's reads.
 */
@Singleton
public class RequestActivity {

    /** System.nanoTime() of the last request; a volatile write per request costs next to nothing. */
    private volatile long lastRequest = System.nanoTime();

    public void requestStarted() {
        lastRequest = System.nanoTime();
    }

    /** Nanoseconds since the last request began (or since start-up). */
    public long quietNanos() {
        return System.nanoTime() - lastRequest;
    }
}
