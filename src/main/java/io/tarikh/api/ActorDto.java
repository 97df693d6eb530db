package io.tarikh.api;

import io.tarikh.knowledge.ActorKind;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Actor", requiredProperties = { "id", "kind", "name", "aliases", "eventCount" })
public record ActorDto(@Schema(example = "sergey-lavrov") String id, @Schema(example = "PERSON") ActorKind kind, LocalizedText name,
        @Schema(description = "other spellings and names the press uses") List<String> aliases,
        @Schema(description = "events in the chronology this actor takes part in", example = "7") long eventCount) {
}
