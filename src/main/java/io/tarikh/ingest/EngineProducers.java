package io.tarikh.ingest;

import io.quarkus.runtime.Startup;
import io.tarikh.extraction.EventExtractor;
import io.tarikh.knowledge.KnowledgeBase;
import io.tarikh.mentions.ReferenceChronology;
import io.tarikh.temporal.TemporalEngine;
import io.tarikh.pipeline.AnalysisVersion;
import io.tarikh.pipeline.ArticleAnalyser;
import io.tarikh.text.ArticleCleaner;
import io.tarikh.timeline.ArticleMentions;
import io.tarikh.timeline.ReferenceLinker;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The plain-Java engines (Engines) as application singletons: data files are read once, at start-up. */
public class EngineProducers {

    /**
     * Built at start-up, not at the first request: a data error (an unknown kind) stops the start, and
     * the first article or resolve finds the engines ready. Built beside Quarkus's start when io.tarikh.Main
     * began it (Engines.startBuilding).
     */
    @Produces
    @Singleton
    @Startup
    Engines engines() {
        return Engines.get();
    }

    @Produces
    @Singleton
    KnowledgeBase knowledge(Engines engines) {
        return engines.knowledge();
    }

    @Produces
    @Singleton
    ReferenceChronology chronology(Engines engines) {
        return engines.chronology();
    }

    @Produces
    @Singleton
    TemporalEngine temporal(Engines engines) {
        return engines.temporal();
    }

    @Produces
    @Singleton
    EventExtractor extractor(Engines engines) {
        return engines.extractor();
    }

    @Produces
    @Singleton
    ReferenceLinker linker(Engines engines) {
        return engines.linker();
    }

    @Produces
    @Singleton
    AnalysisVersion analysisVersion(
            @ConfigProperty(name = "tarikh.ingest.max-events-per-article", defaultValue = "" + ArticleAnalyser.DEFAULT_MAX_EVENTS) int maxEvents,
            @ConfigProperty(name = "tarikh.ingest.max-quotes-per-event", defaultValue = "" + ArticleAnalyser.DEFAULT_MAX_QUOTES) int maxQuotes) {
        return AnalysisVersion.current(maxEvents, maxQuotes);
    }

    @Produces
    @Singleton
    ArticleAnalyser analyser(Engines engines,
            @ConfigProperty(name = "tarikh.ingest.max-events-per-article", defaultValue = "" + ArticleAnalyser.DEFAULT_MAX_EVENTS) int maxEvents,
            @ConfigProperty(name = "tarikh.ingest.max-quotes-per-event", defaultValue = "" + ArticleAnalyser.DEFAULT_MAX_QUOTES) int maxQuotes) {
        return new ArticleAnalyser(new ArticleCleaner(engines.boilerplate()), engines.temporal(), engines.chronology(),
                engines.extractor(), engines.linker(), new ArticleMentions(engines.sameEvent(), maxEvents, maxQuotes));
    }
}
