package io.tarikh.api;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.tarikh.extraction.EventStatus;
import io.tarikh.knowledge.EventType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** The localised words of the timeline exports, read from export/labels.yaml (data, not code). */
public record ExportLabels(LocalizedText heading, Map<EventType, LocalizedText> types, Map<EventStatus, LocalizedText> statuses,
        LocalizedText approximate, LocalizedText allSources) {

    private static final ExportLabels LOADED = load("export/labels.yaml");

    public static ExportLabels get() {
        return LOADED;
    }

    static ExportLabels load(String resource) {
        ObjectMapper yaml = JsonMapper.builder(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        try (InputStream in = ExportLabels.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return yaml.readValue(in, ExportLabels.class).checked(resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** Every vocabulary value needs a label in both languages: a gap would show an empty group. */
    private ExportLabels checked(String resource) {
        complete(resource, "heading", heading);
        complete(resource, "approximate", approximate);
        complete(resource, "allSources", allSources);
        for (EventType t : EventType.values()) {
            complete(resource, "types." + t, types == null ? null : types.get(t));
        }
        for (EventStatus s : EventStatus.values()) {
            complete(resource, "statuses." + s, statuses == null ? null : statuses.get(s));
        }
        return this;
    }

    private static void complete(String resource, String key, LocalizedText text) {
        if (text == null || text.ar() == null || text.ar().isBlank() || text.en() == null || text.en().isBlank()) {
            throw new IllegalStateException(resource + ": '" + key + "' needs both ar and en");
        }
    }

    public String type(EventType type, ExportLanguage lang) {
        return lang.pick(types.get(type));
    }

    public String status(EventStatus status, ExportLanguage lang) {
        return lang.pick(statuses.get(status));
    }

    public String allSources(long count, ExportLanguage lang) {
        return lang.pick(allSources).replace("{n}", Long.toString(count));
    }
}
