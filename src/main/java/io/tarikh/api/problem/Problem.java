package io.tarikh.api.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem document. {@code parameter} names the offending field or query parameter. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", requiredProperties = { "type", "title", "status" }, description = "RFC 9457 problem details")
public record Problem(
        @Schema(example = "about:blank") String type,
        @Schema(example = "Bad Request") String title,
        @Schema(example = "400") int status,
        @Schema(example = "'publishedAt' must be an ISO date (yyyy-MM-dd): '2017-02-30' is not a calendar date") String detail,
        @Schema(example = "/api/v1/articles") String instance,
        @Schema(description = "the request field or query parameter at fault", example = "publishedAt") String parameter) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
