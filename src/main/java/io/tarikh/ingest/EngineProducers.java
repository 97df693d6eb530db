package io.tarikh.ingest;

import io.quarkus.runtime.Startup;
import io.tarikh.extraction.EventExtractor;
import io.tarikh.extraction.TriggerIndex;
import io.tarikh.knowledge.KnowledgeBase;
import io.tarikh.mentions.ReferenceChronology;
import io.tarikh.temporal.TemporalEngine;
import io.tarikh.pipeline.AnalysisVersion;
import io.tarikh.pipeline.ArticleAnalyser;
import io.tarikh.text.ArticleCleaner;
import io.tarikh.text.BoilerplateRules;
import io.tarikh.timeline.ArticleMentions;
import io.tarikh.timeline.ReferenceLinker;
import io.tarikh.timeline.SameEvent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The plain-Java engines as application singletons: data files are read once, at start-up. */
public class EngineProducers {

    /** Read at start-up, not at the first request: a data error (an unknown kind) stops the start. */
    @Produces
    @Singleton
    @Startup
    KnowledgeBase knowledge() {
        return KnowledgeBase.loadDefault();
    }

    @Produces
    @Singleton
    ReferenceChronology chronology(KnowledgeBase knowledge) {
        return new ReferenceChronology(knowledge);
    }

    @Produces
    @Singleton
    TemporalEngine temporal(ReferenceChronology chronology) {
        return TemporalEngine.create(chronology);
    }

    @Produces
    @Singleton
    EventExtractor extractor(KnowledgeBase knowledge) {
        return new EventExtractor(knowledge, TriggerIndex.from(knowledge.triggers()));
    }

    @Produces
    @Singleton
    ReferenceLinker linker(KnowledgeBase knowledge) {
        return new ReferenceLinker(knowledge);
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
    ArticleAnalyser analyser(KnowledgeBase knowledge, TemporalEngine temporal, ReferenceChronology chronology, EventExtractor extractor,
            ReferenceLinker linker,
            @ConfigProperty(name = "tarikh.ingest.max-events-per-article", defaultValue = "" + ArticleAnalyser.DEFAULT_MAX_EVENTS) int maxEvents,
            @ConfigProperty(name = "tarikh.ingest.max-quotes-per-event", defaultValue = "" + ArticleAnalyser.DEFAULT_MAX_QUOTES) int maxQuotes) {
        return new ArticleAnalyser(new ArticleCleaner(BoilerplateRules.loadDefault()), temporal, chronology, extractor, linker,
                new ArticleMentions(new SameEvent(knowledge), maxEvents, maxQuotes));
    }
}
