package io.tarikh.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.tarikh.pipeline.Analysis;
import io.tarikh.pipeline.AnalysisVersion;
import io.tarikh.pipeline.ArticleAnalyser;
import io.tarikh.store.ArticleEntity;
import io.tarikh.store.ArticleRepository;
import io.tarikh.temporal.Anchor;
import io.tarikh.temporal.Resolution;
import io.tarikh.text.ArticleCleaner;
import io.tarikh.text.Texts;
import io.tarikh.timeline.ArticleMentions;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Stores what {@link ArticleAnalyser} computes: hashing, the write transaction under its write
 * locks, retries and metrics; the analysis itself is plain Java, shared with the tests and the
 * benchmark. Idempotent by content: the same cleaned text is stored once whoever posts
 * it and however often, so its events are never counted twice.
 */
@ApplicationScoped
public class IngestService {

    private static final Logger LOG = Logger.getLogger(IngestService.class);
    /** A deadlock or serialisation failure reported by the database is retried; nothing else is. */
    private static final Attempts ATTEMPTS = new Attempts(3);
    /** Longest headline kept as a title when none is given (a first line can be a whole paragraph). */
    private static final int MAX_HEADLINE_CHARS = 300;
    /** Column sizes of the article row (V1__articles.sql) that the analysis fills. */
    private static final int MAX_EXPRESSIONS_JSON = 1_000_000;
    private static final int MAX_EVIDENCE_JSON = 100_000;

    private final ArticleRepository articles;
    private final ChronologyUpdater chronology;
    private final ArticleAnalyser analyser;
    private final ObjectMapper json;
    private final IngestMetrics metrics;
    private final WriteLocks locks;
    private final AnalysisVersion version;

    public IngestService(ArticleRepository articles, ChronologyUpdater chronology, ArticleAnalyser analyser, ObjectMapper json,
            IngestMetrics metrics, WriteLocks locks, AnalysisVersion version) {
        this.version = version;
        this.articles = articles;
        this.chronology = chronology;
        this.analyser = analyser;
        this.json = json;
        this.metrics = metrics;
        this.locks = locks;
    }

    public IngestResult ingest(ArticleInput input) {
        ArticleCleaner.Cleaned cleaned = analyser.clean(input.text());
        if (!Texts.hasLetterOrDigit(cleaned.text())) {
            // Every such text would hash alike and be served as one empty article.
            throw new IngestLimitException(422, "text", "nothing is left of 'text' once boilerplate is removed: "
                    + cleaned.removed().size() + " line(s) were recognised as boilerplate");
        }
        String hash = ContentHash.of(cleaned.text());
        Optional<ArticleEntity> existing = findExisting(hash);
        if (existing.isPresent()) {
            return unchanged(existing.get(), input);
        }
        Timer.Sample analysing = metrics.startExtraction();
        Analysis analysis = analyser.analyse(cleaned, input.publishedAt());
        metrics.stopExtraction(analysing);
        Resolution resolution = analysis.resolution();
        ArticleMentions.Grouped grouped = analysis.mentions();
        if (grouped.dropped() > 0) {
            LOG.infof("article %s: %d mention(s) beyond the per-article caps were not stored", hash, grouped.dropped());
        }
        Set<String> keys = new LinkedHashSet<>(chronology.lockKeys(grouped.groups()));
        keys.add("article:" + hash);
        // Only a lost lock race is worth another try; anything else would fail the same way again.
        IngestResult result = ATTEMPTS.run("the ingest of article " + hash, () -> {
            ArticleEntity article = article(input, cleaned, hash, resolution);
            keys.add("article-id:" + article.id);
            return locks.inTransaction(keys, () -> {
                // Under the content key: a concurrent post of the same text has committed or not started.
                Optional<ArticleEntity> winner = articles.findByContentHash(hash);
                if (winner.isPresent()) {
                    return unchanged(winner.get(), input);
                }
                articles.persist(article);
                List<String> eventIds = chronology.record(article.id, ChronologyUpdater.reportedOn(article), grouped.groups(), keys);
                articles.flush(); // constraint violations surface here, not at commit
                return new IngestResult(article, true, eventIds);
            });
        });
        if (result.created()) {
            metrics.articleIngested();
            metrics.eventsExtracted(analysis.candidates().size() - grouped.dropped());
        }
        return result;
    }

    /** The stored article, when the post gives no other title, url or publication date than it has. */
    private static IngestResult unchanged(ArticleEntity stored, ArticleInput input) {
        List<String> differing = new ArrayList<>();
        if (input.publishedAt() != null && !input.publishedAt().equals(stored.publishedDate)) {
            differing.add("publishedAt");
        }
        if (input.title() != null && !input.title().equals(stored.title)) {
            differing.add("title");
        }
        if (input.url() != null && !input.url().equals(stored.url)) {
            differing.add("url");
        }
        if (!differing.isEmpty()) {
            throw new ArticleConflictException(stored.id, differing);
        }
        return new IngestResult(stored, false, null);
    }

    private Optional<ArticleEntity> findExisting(String hash) {
        return QuarkusTransaction.requiringNew().call(() -> articles.findByContentHash(hash));
    }

    private ArticleEntity article(ArticleInput input, ArticleCleaner.Cleaned cleaned, String hash, Resolution resolution) {
        ArticleEntity article = new ArticleEntity();
        article.id = input.id() != null ? input.id() : hash.substring(0, 20);
        article.title = input.title() != null ? input.title() : headline(cleaned);
        article.url = input.url();
        article.language = input.language() != null ? input.language() : "ar";
        article.rawText = input.text();
        article.cleanText = cleaned.text();
        article.contentHash = hash;
        article.ingestedAt = Instant.now();
        storeAnalysis(article, resolution);
        return article;
    }

    /** The title an article gets when none is given: its headline, if the text starts with one. */
    static String headline(ArticleCleaner.Cleaned cleaned) {
        return Texts.clip(cleaned.headline(), MAX_HEADLINE_CHARS);
    }

    /** Writes the publication date and the resolved expressions into the article's columns (also after a correction). */
    void storeAnalysis(ArticleEntity article, Resolution resolution) {
        article.analysisVersion = version.value();
        Anchor anchor = resolution.anchor();
        article.publishedDate = anchor.date();
        article.publishedSource = anchor.source();
        article.publishedConfidence = anchor.confidence();
        article.publishedEvidenceJson = within(toJson(anchor.evidence()), MAX_EVIDENCE_JSON, "the publication-date evidence");
        article.expressionsJson = within(toJson(resolution.expressions()), MAX_EXPRESSIONS_JSON,
                resolution.expressions().size() + " temporal expressions");
    }

    private static String within(String json, int max, String what) {
        if (json.length() > max) {
            throw new IngestLimitException(413, "text", "the text is too dense to store: " + what + " take " + json.length()
                    + " characters of analysis; at most " + max + " are kept per article");
        }
        return json;
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass(), e);
        }
    }
}
