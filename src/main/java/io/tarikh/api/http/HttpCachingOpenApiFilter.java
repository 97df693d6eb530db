package io.tarikh.api.http;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents what {@link HttpCaching} and {@link io.tarikh.api.Paging} do on every read, whoever adds one: the
 * 200 of each GET on /api/v1 carries ETag and Cache-Control and may be a 304 for If-None-Match; a paged GET
 * (one with a 'page' parameter) carries Link. Generated clients that do not know a 304 raise on it. Runs at
 * build time, so the committed openapi/ has it too, as ApiKeyOpenApiFilter does for the API key.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class HttpCachingOpenApiFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            Operation get = path.getValue().getGET();
            if (!path.getKey().startsWith("/api/v1/") || get == null || get.getResponses() == null
                    || get.getResponses().getAPIResponse("200") == null) {
                continue;
            }
            APIResponse ok = get.getResponses().getAPIResponse("200");
            ok.addHeader("ETag", header("weak validator of the body (W/\"...\"); send it back in If-None-Match", true));
            ok.addHeader("Cache-Control", header("public, max-age=N (tarikh.http.cache.max-age)", true));
            if (get.getParameters() != null && get.getParameters().stream().anyMatch(HttpCachingOpenApiFilter::isPage)) {
                ok.addHeader("Link", header("RFC 8288 first, prev, next and last pages, absolute URLs keeping the other query parameters", true));
            }
            get.getResponses().addAPIResponse("304", OASFactory.createAPIResponse()
                    .description("not modified: If-None-Match named the current ETag; no body")
                    .addHeader("ETag", header("the current validator", true)));
            get.addParameter(OASFactory.createParameter().name("If-None-Match").in(Parameter.In.HEADER).required(false)
                    .description("an ETag of an earlier answer: the answer is 304 without a body while it is current")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        }
    }

    private static boolean isPage(Parameter p) {
        return "page".equals(p.getName()) && p.getIn() == Parameter.In.QUERY;
    }

    private static Header header(String description, boolean required) {
        return OASFactory.createHeader().description(description).required(required)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
    }
}
