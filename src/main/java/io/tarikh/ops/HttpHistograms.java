package io.tarikh.ops;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Publishes {@code http_server_requests_seconds_bucket} so latency percentiles can be computed in
 * Prometheus ({@code histogram_quantile}) across replicas. Quarkus has no property for this; a
 * {@link MeterFilter} bean is its documented extension point. Off with {@code tarikh.metrics.http-histograms=false}.
 */
@Singleton
public class HttpHistograms {

    @Produces
    @Singleton
    MeterFilter httpServerHistograms(@ConfigProperty(name = "tarikh.metrics.http-histograms", defaultValue = "true") boolean enabled) {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (enabled && id.getName().startsWith("http.server.requests")) {
                    // 1 ms to 30 s keeps the bucket count per series small while covering every sane request.
                    return DistributionStatisticConfig.builder()
                            .percentilesHistogram(true)
                            .minimumExpectedValue((double) Duration.ofMillis(1).toNanos())
                            .maximumExpectedValue((double) Duration.ofSeconds(30).toNanos())
                            .build().merge(config);
                }
                return config;
            }
        };
    }
}
