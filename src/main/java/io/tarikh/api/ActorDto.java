package io.tarikh.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Actor")
public record ActorDto(@Schema(example = "sergey-lavrov") String id, @Schema(example = "PERSON") String kind, LocalizedText name,
        @Schema(description = "other spellings and names the press uses") List<String> aliases,
        @Schema(description = "events in the chronology this actor takes part in", example = "7") long eventCount) {
}
