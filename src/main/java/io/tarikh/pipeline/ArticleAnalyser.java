package io.tarikh.pipeline;

import io.tarikh.extraction.Candidate;
import io.tarikh.extraction.EventExtractor;
import io.tarikh.extraction.TriggerIndex;
import io.tarikh.knowledge.KnowledgeBase;
import io.tarikh.knowledge.ReferenceChronology;
import io.tarikh.temporal.Resolution;
import io.tarikh.temporal.TemporalEngine;
import io.tarikh.text.ArticleCleaner;
import io.tarikh.text.BoilerplateRules;
import io.tarikh.timeline.ArticleMentions;
import io.tarikh.timeline.ReferenceLinker;
import io.tarikh.timeline.SameEvent;
import java.time.LocalDate;
import java.util.List;

/**
 * The whole pure pipeline in one place: clean, resolve dates (inferring the publication date when
 * not given), extract, link to reference events, keep what is worth serving, group by event.
 * Plain Java: production (IngestService), the tests and the benchmark run this same object, so
 * what a test measures is what ingest stores.
 */
public final class ArticleAnalyser {

    /** Defaults of tarikh.ingest.max-events-per-article and max-quotes-per-event. */
    public static final int DEFAULT_MAX_EVENTS = 100;
    public static final int DEFAULT_MAX_QUOTES = 20;

    private final ArticleCleaner cleaner;
    private final TemporalEngine temporal;
    private final EventExtractor extractor;
    private final ReferenceLinker linker;
    private final ArticleMentions mentions;

    public ArticleAnalyser(ArticleCleaner cleaner, TemporalEngine temporal, EventExtractor extractor, ReferenceLinker linker,
            ArticleMentions mentions) {
        this.cleaner = cleaner;
        this.temporal = temporal;
        this.extractor = extractor;
        this.linker = linker;
        this.mentions = mentions;
    }

    /** The analyser over the shipped rules, lexicons and knowledge, with the default caps. */
    public static ArticleAnalyser createDefault() {
        return create(KnowledgeBase.loadDefault(), DEFAULT_MAX_EVENTS, DEFAULT_MAX_QUOTES);
    }

    public static ArticleAnalyser create(KnowledgeBase knowledge, int maxEvents, int maxQuotes) {
        ReferenceChronology chronology = new ReferenceChronology(knowledge);
        return new ArticleAnalyser(new ArticleCleaner(BoilerplateRules.loadDefault()), TemporalEngine.create(chronology),
                new EventExtractor(knowledge, chronology::named, TriggerIndex.from(knowledge.triggers())),
                new ReferenceLinker(knowledge), new ArticleMentions(new SameEvent(knowledge), maxEvents, maxQuotes));
    }

    /** The first step alone: ingest hashes the cleaned text and skips the rest for content it already has. */
    public ArticleCleaner.Cleaned clean(String rawText) {
        return cleaner.clean(rawText);
    }

    public Analysis analyse(String rawText, LocalDate publishedAt) {
        return analyse(clean(rawText), publishedAt);
    }

    public Analysis analyse(ArticleCleaner.Cleaned cleaned, LocalDate publishedAt) {
        Resolution resolution = temporal.resolve(cleaned.text(), publishedAt);
        LocalDate published = resolution.anchor().date();
        List<Candidate> candidates = extractor.extract(cleaned.text(), resolution.expressions(), published).stream()
                .map(c -> linker.link(c, published))
                .filter(ArticleAnalyser::worthServing)
                .toList();
        return new Analysis(cleaned, resolution, candidates, mentions.group(candidates));
    }

    /** What happened needs a date of its own or a reference event; who spoke needs only a speaker. */
    private static boolean worthServing(Candidate c) {
        return c.type().isReporting() || c.referenceEventId() != null || c.isDated();
    }
}
