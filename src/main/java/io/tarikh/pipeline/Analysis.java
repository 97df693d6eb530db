package io.tarikh.pipeline;

import io.tarikh.extraction.Candidate;
import io.tarikh.temporal.Resolution;
import io.tarikh.text.ArticleCleaner;
import io.tarikh.timeline.ArticleMentions;
import java.util.List;

/**
 * Everything the pure pipeline computes for one article, before anything is stored.
 *
 * @param candidates the events worth serving, in text order, linked to reference events where they are one
 * @param mentions   the candidates grouped by the event they mention, within the per-article caps
 */
public record Analysis(ArticleCleaner.Cleaned cleaned, Resolution resolution, List<Candidate> candidates,
        ArticleMentions.Grouped mentions) {
}
