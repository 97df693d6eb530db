package io.tarikh.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tarikh.extraction.EventStatus;
import io.tarikh.knowledge.EventType;
import org.junit.jupiter.api.Test;

class ExportLabelsTest {

    @Test
    void everyTypeAndStatusHasBothLabelsAndOneClass() {
        ExportLabels labels = ExportLabels.get();
        for (EventType t : EventType.values()) {
            assertTrue(!labels.type(t, ExportLanguage.AR).isBlank() && !labels.type(t, ExportLanguage.EN).isBlank(), t::name);
            assertTrue(ExportMarkup.cssClass("type", t).matches("tarikh-type-[a-z-]+"), t::name);
        }
        for (EventStatus s : EventStatus.values()) {
            assertTrue(!labels.status(s, ExportLanguage.AR).isBlank(), s::name);
        }
        assertEquals("tarikh-type-press-conference", ExportMarkup.cssClass("type", EventType.PRESS_CONFERENCE));
    }

    @Test
    void aFileWithoutALabelFailsAtLoading() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ExportLabels.load("export/labels-incomplete.yaml"));
        assertTrue(e.getMessage().contains("types.OTHER"), e.getMessage());
    }

    @Test
    void markupEscapesEveryTextOnceAndIsolatesIds() {
        assertEquals("<bdi dir=\"rtl\" lang=\"ar\">&lt;script&gt;x&amp;y&lt;/script&gt;</bdi>", ExportMarkup.text("<script>x&y</script>", ExportLanguage.AR));
        assertEquals("<bdi dir=\"ltr\">000_929c&#34;&gt;</bdi>", ExportMarkup.id("000_929c\">"));
        assertEquals("http://h/api/v1/events/a%2Fb%20c/sources", ExportMarkup.sourcesUrl(java.net.URI.create("http://h/"), "a/b c").toString());
        String body = ExportMarkup.sourcesBody(java.util.List.of(new ExportMarkup.Quote("q", "id", java.net.URI.create("http://h/x?a=1&b=%222"))), 1,
                java.net.URI.create("http://h/s"), ExportLanguage.EN, ExportLabels.get());
        assertTrue(body.contains("href=\"http://h/x?a=1&amp;b=%222\""), body);
    }
}
