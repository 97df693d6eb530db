package io.tarikh.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ActorPage", requiredProperties = { "items", "page", "size", "total" })
public record ActorPage(List<ActorDto> items, int page, int size, long total) {
}
