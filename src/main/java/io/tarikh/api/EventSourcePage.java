package io.tarikh.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EventSourcePage", requiredProperties = { "items", "page", "size", "total" }, description = "one page of an event's sources, in report order (earliest first)")
public record EventSourcePage(List<EventDto.Source> items, int page, int size, long total) {
}
