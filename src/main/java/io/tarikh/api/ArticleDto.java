package io.tarikh.api;

import io.tarikh.temporal.TemporalExpression;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An article as served: cleaned text, publication date with its evidence, expressions, events. */
@Schema(name = "Article", requiredProperties = { "id", "title", "url", "language", "publishedAt", "text", "expressions", "eventIds", "ingestedAt", "corrections", "analysisVersion" })
public record ArticleDto(
        @Schema(example = "000_929c0f77bcde9703") String id,
        @Schema(nullable = true) String title,
        @Schema(nullable = true) String url,
        @Schema(example = "ar") String language,
        PublicationDate publishedAt,
        @Schema(description = "the cleaned text: boilerplate and repeated paragraphs removed; every offset refers to it") String text,
        @Schema(description = "the temporal expressions of the text, in text order, as /api/v1/resolve gives them") List<TemporalExpression> expressions,
        List<String> eventIds,
        Instant ingestedAt,
        @Schema(description = "editorial changes of the metadata, oldest first") List<Correction> corrections,
        @Schema(nullable = true, description = "the pipeline and knowledge version that analysed the article; null: before versions were recorded", example = "c1-3f2a9c0d4e5b6a71") String analysisVersion) {
}
