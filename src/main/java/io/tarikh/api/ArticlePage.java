package io.tarikh.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ArticlePage", requiredProperties = { "items", "page", "size", "total" })
public record ArticlePage(List<ArticleDto> items, int page, int size, long total) {
}
