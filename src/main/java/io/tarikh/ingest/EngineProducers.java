package io.tarikh.ingest;

import io.tarikh.extraction.EventExtractor;
import io.tarikh.extraction.TriggerIndex;
import io.tarikh.knowledge.KnowledgeBase;
import io.tarikh.knowledge.ReferenceChronology;
import io.tarikh.temporal.TemporalEngine;
import io.tarikh.timeline.ReferenceLinker;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The plain-Java engines as application singletons: data files are read once, at start-up. */
public class EngineProducers {

    @Produces
    @Singleton
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
    EventExtractor extractor(KnowledgeBase knowledge, ReferenceChronology chronology) {
        return new EventExtractor(knowledge, chronology::named, TriggerIndex.from(knowledge.triggers()));
    }

    @Produces
    @Singleton
    ReferenceLinker linker(KnowledgeBase knowledge) {
        return new ReferenceLinker(knowledge);
    }
}
