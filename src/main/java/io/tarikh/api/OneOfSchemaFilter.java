package io.tarikh.api;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * SmallRye gives a oneOf schema declared on a Java type that type's "object"; where one alternative
 * is an array (TimelineExport: a TimelineJS document or vis items) that contradicts it, so a schema
 * made of alternatives leaves its type to them. Likewise a nullable reference with a description
 * (Event.dateOrigin) came out as {@code type: object} beside {@code anyOf: [ref, null]}, which refuses
 * the null its own anyOf allows (an undated event broke the contract); its type admits null too, as
 * SmallRye writes it for the other nullable references.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class OneOfSchemaFilter implements OASFilter {

    @Override
    public Schema filterSchema(Schema schema) {
        if (schema.getOneOf() != null && !schema.getOneOf().isEmpty()) {
            schema.setType(null);
        }
        boolean nullAlternative = schema.getAnyOf() != null && schema.getAnyOf().stream()
                .anyMatch(a -> a.getType() != null && a.getType().equals(java.util.List.of(Schema.SchemaType.NULL)));
        if (nullAlternative && schema.getType() != null && !schema.getType().contains(Schema.SchemaType.NULL)) {
            java.util.List<Schema.SchemaType> types = new java.util.ArrayList<>(schema.getType());
            types.add(Schema.SchemaType.NULL);
            schema.setType(types);
        }
        return schema;
    }
}
