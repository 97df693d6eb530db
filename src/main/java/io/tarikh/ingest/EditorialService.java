package io.tarikh.ingest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.tarikh.pipeline.Analysis;
import io.tarikh.pipeline.ArticleAnalyser;
import io.tarikh.store.ArticleCorrectionEntity;
import io.tarikh.store.ArticleCorrectionRepository;
import io.tarikh.store.ArticleEntity;
import io.tarikh.store.ArticleRepository;
import io.tarikh.store.EventRepository;
import io.tarikh.temporal.AnchorSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Corrections and deletions of stored articles. Both run under the write locks an ingest of the
 * article would take, for what it wrote (the keys of the events it is a source of) and, for a new
 * publication date, for what its new analysis writes; so a concurrent ingest of another article
 * about the same events waits, or is waited for, and never sees them half moved.
 */
@ApplicationScoped
public class EditorialService {

    private static final Logger LOG = Logger.getLogger(EditorialService.class);
    private static final Attempts ATTEMPTS = new Attempts(3);

    private final ArticleRepository articles;
    private final ArticleCorrectionRepository corrections;
    private final EventRepository events;
    private final ChronologyUpdater chronology;
    private final ArticleAnalyser analyser;
    private final IngestService ingest;
    private final WriteLocks locks;

    public EditorialService(ArticleRepository articles, ArticleCorrectionRepository corrections, EventRepository events,
            ChronologyUpdater chronology, ArticleAnalyser analyser, IngestService ingest, WriteLocks locks) {
        this.articles = articles;
        this.corrections = corrections;
        this.events = events;
        this.chronology = chronology;
        this.analyser = analyser;
        this.ingest = ingest;
        this.locks = locks;
    }

    /** What the article is before the write: enough to decide the analysis and the locks outside them. */
    private record Snapshot(String rawText, LocalDate publishedDate, AnchorSource publishedSource, Set<String> keys) {
    }

    /** The keys another ingest merging with this article's events, or of the same text, would hold. */
    private Set<String> currentKeys(ArticleEntity a) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add("article:" + a.contentHash);
        keys.add("article-id:" + a.id);
        events.ofArticle(a.id).forEach(e -> keys.addAll(chronology.lockKeys(e)));
        return keys;
    }

    private Optional<Snapshot> snapshot(String id) {
        return QuarkusTransaction.requiringNew().call(() -> articles.findByIdOptional(id)
                .map(a -> new Snapshot(a.rawText, a.publishedDate, a.publishedSource, currentKeys(a))));
    }

    /** The corrected article; empty when there is no article with this id. */
    public Optional<ArticleEntity> correct(String id, ArticlePatch patch) {
        return retrying(id, () -> {
            Optional<Snapshot> before = snapshot(id);
            if (before.isEmpty()) {
                return Optional.empty();
            }
            Snapshot s = before.get();
            Analysis analysis = redates(patch, s) ? analyser.analyse(s.rawText(), patch.publishedAt().value()) : null;
            Set<String> keys = new LinkedHashSet<>(s.keys());
            if (analysis != null) {
                keys.addAll(chronology.lockKeys(analysis.mentions().groups()));
            }
            return locks.inTransaction(keys, () -> {
                Optional<ArticleEntity> found = articles.findByIdOptional(id);
                if (found.isEmpty()) {
                    return Optional.<ArticleEntity>empty();
                }
                ArticleEntity a = found.get();
                requireHeld(keys, a);
                Instant now = Instant.now();
                if (analysis != null) {
                    String old = text(a.publishedDate);
                    rewrite(a, analysis, keys);
                    corrections.persist(ArticleCorrectionEntity.of(id, "publishedAt", old, text(a.publishedDate), now));
                }
                if (patch.title() != null) {
                    String title = patch.title().value() != null ? patch.title().value() : IngestService.headline(analyser.clean(a.rawText));
                    if (!Objects.equals(title, a.title)) {
                        corrections.persist(ArticleCorrectionEntity.of(id, "title", a.title, title, now));
                        a.title = title;
                    }
                }
                if (patch.url() != null && !Objects.equals(patch.url().value(), a.url)) {
                    corrections.persist(ArticleCorrectionEntity.of(id, "url", a.url, patch.url().value(), now));
                    a.url = patch.url().value();
                }
                articles.flush();
                return Optional.of(a);
            });
        });
    }

    /**
     * Re-analyses the article with the current pipeline and knowledge (reprocessing): a provided
     * publication date stays, an inferred one is inferred again. False when there is no such article.
     */
    public boolean reanalyse(String id) {
        return retrying(id, () -> {
            Optional<Snapshot> before = snapshot(id);
            if (before.isEmpty()) {
                return false;
            }
            Snapshot s = before.get();
            boolean provided = s.publishedSource() == AnchorSource.PROVIDED;
            Analysis analysis = analyser.analyse(s.rawText(), provided ? s.publishedDate() : null);
            Set<String> keys = new LinkedHashSet<>(s.keys());
            keys.addAll(chronology.lockKeys(analysis.mentions().groups()));
            return locks.inTransaction(keys, () -> {
                Optional<ArticleEntity> found = articles.findByIdOptional(id);
                if (found.isEmpty()) {
                    return false;
                }
                ArticleEntity a = found.get();
                requireHeld(keys, a);
                if (provided && !Objects.equals(a.publishedDate, s.publishedDate())
                        || !Objects.equals(a.publishedSource, s.publishedSource())) {
                    throw new Attempts.RaceLost("article '" + id + "' was corrected meanwhile"); // corrected meanwhile: analyse against the new date
                }
                rewrite(a, analysis, keys);
                articles.flush();
                return true;
            });
        });
    }

    /** Replaces what the article's previous analysis wrote with this one's, keeping the event ids it served. */
    private void rewrite(ArticleEntity a, Analysis analysis, Set<String> keys) {
        ChronologyUpdater.Detached detached = chronology.detach(a.id);
        ingest.storeAnalysis(a, analysis.resolution());
        ChronologyUpdater.Written written = chronology.record(a.id, ChronologyUpdater.reportedOn(a), analysis.mentions().groups(), keys, detached);
        chronology.settle(detached, written, keys);
    }

    /** Deletes the article; its sources leave their events, and events left without one are gone. False when there was none. */
    public boolean delete(String id) {
        return retrying(id, () -> {
            Optional<Snapshot> before = snapshot(id);
            if (before.isEmpty()) {
                return false;
            }
            Set<String> keys = before.get().keys();
            return locks.inTransaction(keys, () -> {
                Optional<ArticleEntity> found = articles.findByIdOptional(id);
                if (found.isEmpty()) {
                    return false;
                }
                requireHeld(keys, found.get());
                chronology.settle(chronology.detach(id), null, keys);
                corrections.deleteForArticle(id);
                articles.delete(found.get());
                articles.flush();
                return true;
            });
        });
    }

    /**
     * A new publication date means a new analysis; so does dropping a provided one (the date is
     * inferred again). Giving the date the article already has only confirms it.
     */
    private static boolean redates(ArticlePatch patch, Snapshot s) {
        if (patch.publishedAt() == null) {
            return false;
        }
        LocalDate wanted = patch.publishedAt().value();
        boolean provided = s.publishedSource() == AnchorSource.PROVIDED;
        return wanted == null ? provided : !(provided && wanted.equals(s.publishedDate()));
    }

    /** An ingest merged one of the article's events into another between the snapshot and the locks: take the new keys. */
    private void requireHeld(Set<String> held, ArticleEntity a) {
        if (!held.containsAll(currentKeys(a))) {
            throw new Attempts.RaceLost("the article or its events changed before its write locks were taken");
        }
    }

    private <T> T retrying(String id, java.util.function.Supplier<T> work) {
        return ATTEMPTS.run("the edit of article '" + id + "'", work);
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
