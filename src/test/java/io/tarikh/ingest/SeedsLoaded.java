package io.tarikh.ingest;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import java.time.Duration;

/**
 * Before every {@code @QuarkusTest} method, waits until the application has finished loading the
 * seeds ({@link SeedLoader#awaitLoaded}), so tests that assert the seed chronology see all of it
 * although seeds load in the background after start-up. Registered in
 * {@code META-INF/services/io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback}.
 */
public class SeedsLoaded implements QuarkusTestBeforeEachCallback {

    static final Duration TIMEOUT = Duration.ofSeconds(120);

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        var loader = Arc.container().instance(SeedLoader.class);
        if (loader.isAvailable()) {
            loader.get().awaitLoaded(TIMEOUT);
        }
    }
}
