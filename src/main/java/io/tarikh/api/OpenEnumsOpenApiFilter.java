package io.tarikh.api;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Every vocabulary the API serves may grow (issue 9 added CLAIMED, DENIED and CANCELLED to EventStatus), and a
 * client that fails on a value it does not know breaks when one is added. The typed {@code enum} stays, since
 * generated clients build their enum types from it; each vocabulary's component schema also carries
 * {@code x-extensible-enum} with the same values (Zalando's convention for an open list) and says in its
 * description that unknown values must be accepted. Done for every enum schema, whoever adds one, except the
 * vocabularies fixed by a standard. Runs at build time, so the committed openapi/ has it too.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class OpenEnumsOpenApiFilter implements OASFilter {

    /** TimexType: TIMEX3's four types, fixed by the TimeML specification. */
    static final Set<String> CLOSED = Set.of("TimexType");

    static final String OPEN = "An open vocabulary: later versions may add values, so a client must accept a value"
            + " it does not know rather than fail.";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        for (Map.Entry<String, Schema> named : openAPI.getComponents().getSchemas().entrySet()) {
            Schema schema = named.getValue();
            if (CLOSED.contains(named.getKey()) || schema.getEnumeration() == null || schema.getEnumeration().isEmpty()) {
                continue;
            }
            schema.addExtension("x-extensible-enum", new ArrayList<>(schema.getEnumeration()));
            String description = schema.getDescription();
            schema.setDescription(description == null || description.isBlank() ? OPEN : description.strip() + " " + OPEN);
        }
    }
}
