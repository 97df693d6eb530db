package io.tarikh.api;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * SmallRye gives a oneOf schema declared on a Java type that type's "object"; where one alternative
 * is an array (TimelineExport: a TimelineJS document or vis items) that contradicts it, so a schema
 * made of alternatives leaves its type to them.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class OneOfSchemaFilter implements OASFilter {

    @Override
    public Schema filterSchema(Schema schema) {
        if (schema.getOneOf() != null && !schema.getOneOf().isEmpty()) {
            schema.setType(null);
        }
        return schema;
    }
}
