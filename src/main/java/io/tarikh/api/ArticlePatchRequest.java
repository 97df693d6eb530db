package io.tarikh.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import io.tarikh.api.problem.ProblemException;
import io.tarikh.ingest.ArticlePatch;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code PATCH /api/v1/articles/{id}}, a JSON merge patch (RFC 7396): absent fields
 * stay as they are, null removes. Unlike a POST, an unknown field is refused: a misspelt
 * correction must not pass for one that was made.
 */
@Schema(name = "ArticlePatch", description = "JSON merge patch (RFC 7396) of an article's metadata; at least one field")
public record ArticlePatchRequest(
        @Schema(format = "date", nullable = true, description = "the true publication date; null to infer it from the text again", example = "2019-10-31") String publishedAt,
        @Schema(nullable = true, maxLength = 1000, description = "null to take the headline of the text again", example = "بدء أعمال اللجنة الدستورية") String title,
        @Schema(nullable = true, maxLength = 2000, description = "an absolute http or https URL; null to remove it", example = "https://example.com/news/123") String url) {

    private static final Set<String> FIELDS = Set.of("publishedAt", "title", "url");

    /** Reads and checks a merge patch: every fault is a 400 naming its field. */
    static ArticlePatch parse(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ProblemException.badRequest(null, "the request body must be a JSON object (a merge patch)");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext(); ) {
            String field = it.next().getKey();
            if (!FIELDS.contains(field)) {
                throw ProblemException.badRequest(field, "'" + field + "' cannot be corrected; a patch may set publishedAt, title and url");
            }
        }
        if (body.isEmpty()) {
            throw ProblemException.badRequest(null, "the patch is empty; it may set publishedAt, title and url");
        }
        String publishedAt = string(body, "publishedAt");
        String title = string(body, "title");
        String url = string(body, "url");
        return new ArticlePatch(
                body.has("publishedAt") ? ArticlePatch.Value.of(publishedAt == null ? null : RequestText.optionalDate("publishedAt", publishedAt)) : null,
                body.has("title") ? ArticlePatch.Value.of(RequestFields.optional("title", title, RequestFields.MAX_TITLE)) : null,
                body.has("url") ? ArticlePatch.Value.of(RequestFields.optionalUrl("url", url)) : null);
    }

    private static String string(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || v.getNodeType() == JsonNodeType.NULL) {
            return null;
        }
        if (!v.isTextual()) {
            throw ProblemException.badRequest(field, "field '" + field + "' has the wrong type: a string or null");
        }
        return v.textValue();
    }
}
