package io.tarikh.ingest;

import io.tarikh.extraction.EventExtractor;
import io.tarikh.extraction.TriggerIndex;
import io.tarikh.knowledge.KnowledgeBase;
import io.tarikh.mentions.ReferenceChronology;
import io.tarikh.temporal.TemporalEngine;
import io.tarikh.text.BoilerplateRules;
import io.tarikh.timeline.ReferenceLinker;
import io.tarikh.timeline.SameEvent;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The plain-Java engines built from the application's data files (knowledge base, temporal rules,
 * trigger index, boilerplate rules), built together. {@link #startBuilding()} builds them on a thread
 * of its own while Quarkus starts (io.tarikh.Main): they need nothing Quarkus sets up, and parsing and
 * compiling them was a tenth of the start-up's CPU on the main thread, after Flyway and Hibernate
 * instead of beside them. The start-up still waits for them (EngineProducers), so readiness means the
 * same as before and the first request finds them built.
 */
public record Engines(KnowledgeBase knowledge, ReferenceChronology chronology, TemporalEngine temporal,
        EventExtractor extractor, ReferenceLinker linker, SameEvent sameEvent, BoilerplateRules boilerplate) {

    /** The engines being built since {@link #startBuilding()}; null when nothing called it (tests). */
    private static volatile CompletableFuture<Engines> building;

    /** Builds them, on the caller's thread. */
    public static Engines build() {
        KnowledgeBase knowledge = KnowledgeBase.loadDefault();
        ReferenceChronology chronology = new ReferenceChronology(knowledge);
        return new Engines(knowledge, chronology, TemporalEngine.create(chronology),
                new EventExtractor(knowledge, TriggerIndex.from(knowledge.triggers())), new ReferenceLinker(knowledge),
                new SameEvent(knowledge), BoilerplateRules.loadDefault());
    }

    /** Starts building them on a daemon thread; {@link #get()} then waits for that. */
    public static void startBuilding() {
        CompletableFuture<Engines> future = new CompletableFuture<>();
        Thread builder = new Thread(() -> {
            try {
                future.complete(build());
            } catch (Throwable e) {
                future.completeExceptionally(e);
            }
        }, "tarikh-engines");
        builder.setDaemon(true);
        building = future;
        builder.start();
    }

    /** The engines {@link #startBuilding()} began, once built, or else built now. */
    static Engines get() {
        CompletableFuture<Engines> started = building;
        if (started == null) {
            return build();
        }
        try {
            return started.join();
        } catch (CompletionException e) {
            // What building them here would have thrown: a data error names its file and entry.
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }
}
