package io.tarikh.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EventPage", requiredProperties = { "items", "page", "size", "total" })
public record EventPage(List<EventDto> items, int page, int size, long total) {
}
