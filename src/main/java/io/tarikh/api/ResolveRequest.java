package io.tarikh.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ResolveRequest")
public record ResolveRequest(
        @Schema(required = true, description = "at most 20 KB of UTF-8, with at least one letter or digit", example = "وكان نائب وزير الخارجية الروسي أكد الاحد الماضي أن محادثات أستانة المقررة يومي الـ 4 والـ 5 من تموز المقبل.") String text,
        @Schema(format = "date", description = "the document creation date, 1900-01-01 to 2100-12-31; inferred from the text when absent", example = "2017-06-27") String anchor) {
}
