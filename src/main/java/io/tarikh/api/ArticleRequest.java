package io.tarikh.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/articles}; only {@code text} is required, unknown fields are ignored. */
@Schema(name = "ArticleRequest")
public record ArticleRequest(
        @Schema(required = true, description = "the article's text as scraped; at most 200 KB of UTF-8, with at least one letter or digit",
                example = "وذكر بيان صادر عن الخارجية الروسية، أمس الاثنين، أن لافروف ناقش وتيلرسون في اتصال هاتفي ضرورة تعزيز نظام وقف إطلاق النار.")
        String text,
        @Schema(description = "headline; taken from the text when it starts with one", maxLength = 1000, example = "لافروف يبحث مع تيلرسون الوضع في سوريا")
        String title,
        @Schema(format = "date", description = "publication date (ISO 8601), 1900-01-01 to 2100-12-31; inferred from the text when absent", example = "2017-06-27")
        String publishedAt,
        @Schema(description = "where the article was published: an absolute http or https URL", maxLength = 2000, example = "https://example.com/news/123")
        String url,
        @Schema(description = "BCP 47 language tag", maxLength = 16, defaultValue = "ar", example = "ar")
        String language) {
}
