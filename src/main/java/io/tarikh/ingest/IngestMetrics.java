package io.tarikh.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * Application metrics of the pipeline, exported at {@code /q/metrics} as
 * {@code tarikh_articles_ingested_total}, {@code tarikh_events_extracted_total} and
 * {@code tarikh_extraction_seconds} (count, sum, max).
 */
@ApplicationScoped
public class IngestMetrics {

    private final MeterRegistry registry;
    private final Counter articles;
    private final Counter events;
    private final Timer extraction;

    public IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.articles = Counter.builder("tarikh.articles.ingested")
                .description("articles stored (new content only; idempotent re-posts are not counted)")
                .register(registry);
        this.events = Counter.builder("tarikh.events.extracted")
                .description("events extracted from ingested articles")
                .register(registry);
        this.extraction = Timer.builder("tarikh.extraction")
                .description("time spent extracting events from one article")
                .publishPercentileHistogram()
                .register(registry);
    }

    public void articleIngested() {
        articles.increment();
    }

    public void eventsExtracted(int n) {
        if (n > 0) {
            events.increment(n);
        }
    }

    /** Start timing an extraction; finish with {@link #stopExtraction(Timer.Sample)}. */
    public Timer.Sample startExtraction() {
        return Timer.start(registry);
    }

    public void stopExtraction(Timer.Sample sample) {
        sample.stop(extraction);
    }

    public void recordExtraction(Duration duration) {
        extraction.record(duration);
    }
}
