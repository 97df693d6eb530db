package io.tarikh.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import io.tarikh.extraction.Candidate;
import io.tarikh.extraction.EventExtractor;
import io.tarikh.store.ArticleEntity;
import io.tarikh.store.ArticleRepository;
import io.tarikh.temporal.Anchor;
import io.tarikh.temporal.Resolution;
import io.tarikh.temporal.TemporalEngine;
import io.tarikh.text.ArticleCleaner;
import io.tarikh.text.BoilerplateRules;
import io.tarikh.timeline.ReferenceLinker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The pipeline: clean, resolve dates, extract and link events, store the article and its events
 * in one transaction. Idempotent by content: the same cleaned text is stored once whoever posts
 * it and however often, so its events are never counted twice.
 */
@ApplicationScoped
public class IngestService {

    private static final Logger LOG = Logger.getLogger(IngestService.class);
    /** Concurrent ingests may race to create the same event; the loser retries against the winner's rows. */
    private static final int ATTEMPTS = 3;

    private final ArticleRepository articles;
    private final ChronologyUpdater chronology;
    private final TemporalEngine temporal;
    private final EventExtractor extractor;
    private final ReferenceLinker linker;
    private final ObjectMapper json;
    private final IngestMetrics metrics;
    private final ArticleCleaner cleaner = new ArticleCleaner(BoilerplateRules.loadDefault());

    public IngestService(ArticleRepository articles, ChronologyUpdater chronology, TemporalEngine temporal,
            EventExtractor extractor, ReferenceLinker linker, ObjectMapper json, IngestMetrics metrics) {
        this.articles = articles;
        this.chronology = chronology;
        this.temporal = temporal;
        this.extractor = extractor;
        this.linker = linker;
        this.json = json;
        this.metrics = metrics;
    }

    public IngestResult ingest(ArticleInput input) {
        ArticleCleaner.Cleaned cleaned = cleaner.clean(input.text());
        String hash = ContentHash.of(cleaned.text());
        Optional<ArticleEntity> existing = findExisting(hash);
        if (existing.isPresent()) {
            return new IngestResult(existing.get(), false);
        }
        Resolution resolution = temporal.resolve(cleaned.text(), input.publishedAt());
        LocalDate published = resolution.anchor().date();
        Timer.Sample extraction = metrics.startExtraction();
        List<Candidate> candidates = extractor.extract(cleaned.text(), resolution.expressions(), published).stream()
                .map(c -> linker.link(c, published))
                .filter(IngestService::worthServing)
                .toList();
        metrics.stopExtraction(extraction);
        for (int attempt = 1; ; attempt++) {
            ArticleEntity article = article(input, cleaned, hash, resolution);
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    articles.persist(article);
                    articles.flush();
                    chronology.record(article.id, candidates);
                    articles.flush(); // constraint violations surface here, not at commit
                });
                metrics.articleIngested();
                metrics.eventsExtracted(candidates.size());
                return new IngestResult(article, true);
            } catch (PersistenceException | QuarkusTransactionException e) {
                Optional<ArticleEntity> winner = findExisting(hash);
                if (winner.isPresent()) {
                    return new IngestResult(winner.get(), false); // the same content was stored concurrently
                }
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                LOG.debugf("retrying ingest of %s after a concurrent update: %s", hash, e.getMessage());
            }
        }
    }

    /** What happened needs a date of its own or a reference event; who spoke needs only a speaker. */
    private static boolean worthServing(Candidate c) {
        return c.type().isReporting() || c.referenceEventId() != null || c.isDated();
    }

    private Optional<ArticleEntity> findExisting(String hash) {
        return QuarkusTransaction.requiringNew().call(() -> articles.findByContentHash(hash));
    }

    private ArticleEntity article(ArticleInput input, ArticleCleaner.Cleaned cleaned, String hash, Resolution resolution) {
        ArticleEntity article = new ArticleEntity();
        article.id = input.id() != null ? input.id() : hash.substring(0, 20);
        article.title = input.title() != null ? input.title() : cleaned.headline();
        article.url = input.url();
        article.language = input.language() != null ? input.language() : "ar";
        article.rawText = input.text();
        article.cleanText = cleaned.text();
        article.contentHash = hash;
        article.ingestedAt = Instant.now();
        Anchor anchor = resolution.anchor();
        article.publishedDate = anchor.date();
        article.publishedSource = anchor.source().name();
        article.publishedConfidence = anchor.confidence();
        article.publishedEvidenceJson = toJson(anchor.evidence());
        article.expressionsJson = toJson(resolution.expressions());
        return article;
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass(), e);
        }
    }
}
