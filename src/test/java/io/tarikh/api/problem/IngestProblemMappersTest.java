package io.tarikh.api.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tarikh.ingest.WriteLocks;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

/** A write that lost its races is the store being busy: 503 problem+json with Retry-After, so clients back off and retry. */
class IngestProblemMappersTest {

    @Test
    void lostRacesAnswer503WithRetryAfter() {
        Response r = new IngestProblemMappers().busy(new WriteLocks.Timeout("the ingest of article a lost 3 races"), null);
        assertEquals(503, r.getStatus());
        assertEquals("2", r.getHeaderString("Retry-After"));
        assertEquals(Problem.MEDIA_TYPE, r.getMediaType().toString());
        assertEquals(503, ((Problem) r.getEntity()).status());
    }
}
