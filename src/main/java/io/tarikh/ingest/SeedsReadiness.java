package io.tarikh.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The {@code seeds} entry of {@code /q/health/ready}: always UP, with the loading state
 * ({@code loading}, {@code loaded}, {@code disabled}, {@code stopped}, {@code failed}) and how
 * many seeds are done. Readiness deliberately does not wait for the seeds: they are sample
 * content loaded once per database, not something a request depends on (see {@link SeedLoader}).
 */
@Readiness
@ApplicationScoped
public class SeedsReadiness implements HealthCheck {

    private final SeedLoader seeds;

    public SeedsReadiness(SeedLoader seeds) {
        this.seeds = seeds;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("seeds").up()
                .withData("state", seeds.state().label())
                .withData("done", seeds.done())
                .withData("total", seeds.total())
                .build();
    }
}
