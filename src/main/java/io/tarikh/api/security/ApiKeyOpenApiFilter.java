package io.tarikh.api.security;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.tarikh.api.problem.Problem;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Documents what {@link ApiKeyFilter} enforces, for every write on /api/v1/* whoever adds it:
 * an {@code ApiKey} security scheme (header X-API-Key) required by each non-read operation, and
 * its 401 and 403 problem answers. Runs at build time, so the committed openapi/ has it too.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ApiKeyOpenApiFilter implements OASFilter {

    static final String SCHEME = "ApiKey";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        boolean anyWrite = false;
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> op : path.getValue().getOperations().entrySet()) {
                if (!ApiKeyFilter.isGuarded(op.getKey().name(), path.getKey())) {
                    continue;
                }
                anyWrite = true;
                Operation operation = op.getValue();
                operation.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(SCHEME));
                operation.getResponses()
                        .addAPIResponse("401", problem("no X-API-Key header while API keys are configured"))
                        .addAPIResponse("403", problem("wrong API key, or no keys configured and the client is not on this machine"));
            }
        }
        if (anyWrite) {
            if (openAPI.getComponents() == null) {
                openAPI.setComponents(OASFactory.createComponents());
            }
            openAPI.getComponents().addSecurityScheme(SCHEME, OASFactory.createSecurityScheme()
                    .type(SecurityScheme.Type.APIKEY)
                    .in(SecurityScheme.In.HEADER)
                    .name(ApiKeyFilter.HEADER)
                    .description("Needed for writes when the service has API keys configured (tarikh.api-keys); "
                            + "without configured keys, writes are accepted from the service's own machine only. Reads need no key."));
        }
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))));
    }
}
