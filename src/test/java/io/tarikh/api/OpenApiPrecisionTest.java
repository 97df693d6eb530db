package io.tarikh.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, item 2: what generated clients need from the committed document (OpenApiDocumentTest proves it is
 * the served one): operation ids, servers, typed and nullable fields, required fields, conditional GETs and
 * paging declared, one schema per timeline format, problem+json on every error.
 */
class OpenApiPrecisionTest {

    static JsonNode doc;

    @BeforeAll
    static void read() throws IOException {
        doc = new ObjectMapper(new YAMLFactory()).readTree(Path.of("openapi/openapi.yaml").toFile());
    }

    private static List<Map.Entry<String, JsonNode>> operations() {
        List<Map.Entry<String, JsonNode>> ops = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext();) {
                Map.Entry<String, JsonNode> m = methods.next();
                if (Set.of("get", "post", "put", "patch", "delete").contains(m.getKey())) {
                    ops.add(Map.entry(m.getKey().toUpperCase() + " " + path.getKey(), m.getValue()));
                }
            }
        }
        return ops;
    }

    private static JsonNode schema(String name) {
        return doc.path("components").path("schemas").path(name);
    }

    private static boolean allowsNull(JsonNode property) {
        if (property.path("type").isArray()) {
            for (JsonNode t : property.path("type")) {
                if (t.asText().equals("null")) {
                    return true;
                }
            }
        }
        for (JsonNode alternative : property.path("anyOf")) {
            if (alternative.path("type").asText().equals("null")) {
                return true;
            }
        }
        return false;
    }

    @Test
    void everyOperationHasAUniqueId() {
        Set<String> ids = new HashSet<>();
        for (Map.Entry<String, JsonNode> op : operations()) {
            String id = op.getValue().path("operationId").asText("");
            assertFalse(id.isEmpty(), op.getKey() + " has no operationId");
            assertTrue(ids.add(id), "operationId " + id + " twice");
        }
        assertTrue(ids.size() >= 16, ids::toString);
    }

    @Test
    void theDocumentNamesAServer() {
        assertTrue(doc.path("servers").size() > 0 && doc.path("servers").get(0).path("url").asText().startsWith("http"));
    }

    @Test
    void expressionsAreTypedAndNullsDeclared() {
        assertTrue(schema("JsonNode").isMissingNode(), "no Jackson internals in the document");
        assertEquals("#/components/schemas/TemporalExpression", schema("Article").path("properties").path("expressions").path("items").path("$ref").asText());
        for (String field : List.of("start", "end", "modifier")) {
            assertTrue(allowsNull(schema("DateInfo").path("properties").path(field)), "DateInfo." + field + " is served as null");
        }
        assertTrue(allowsNull(schema("Anchor").path("properties").path("date")), "Anchor.date is null when inference abstains");
        assertTrue(allowsNull(schema("Event").path("properties").path("date")));
    }

    @Test
    void alwaysPresentFieldsAreRequired() {
        for (String name : List.of("Event", "Article", "EventPage", "ArticlePage", "ActorPage", "EventSourcePage", "EventSource", "DateInfo",
                "Anchor", "Resolution", "Problem", "TimelineJsDocument", "TimelineJsEvent", "VisTimeline", "VisItem", "VisGroup")) {
            JsonNode s = schema(name);
            assertTrue(s.path("required").size() > 0, name + " declares no required field");
            for (JsonNode required : s.path("required")) {
                assertTrue(s.path("properties").has(required.asText()), name + " requires " + required + ", which it does not have");
            }
        }
        assertEquals(List.of("type", "title", "status"), List.of(schema("Problem").path("required").get(0).asText(),
                schema("Problem").path("required").get(1).asText(), schema("Problem").path("required").get(2).asText()));
    }

    @Test
    void enumsOfRepeatedParametersAreOnTheItems() {
        for (Map.Entry<String, JsonNode> op : operations()) {
            for (JsonNode parameter : op.getValue().path("parameters")) {
                JsonNode s = parameter.path("schema");
                if (s.path("type").asText().equals("array")) {
                    assertFalse(s.has("enum"), op.getKey() + " " + parameter.path("name") + ": enum on the array, not its items");
                }
            }
        }
    }

    @Test
    void readsDeclareConditionalGetsAndPaging() {
        int reads = 0;
        for (Map.Entry<String, JsonNode> op : operations()) {
            JsonNode ok = op.getValue().path("responses").path("200");
            if (!op.getKey().startsWith("GET /api/v1/") || ok.isMissingNode()) {
                continue;
            }
            reads++;
            assertTrue(ok.path("headers").has("ETag") && ok.path("headers").has("Cache-Control"), op.getKey() + " 200 without ETag/Cache-Control");
            assertTrue(op.getValue().path("responses").has("304"), op.getKey() + " does not declare 304");
            boolean paged = false;
            for (JsonNode p : op.getValue().path("parameters")) {
                paged |= p.path("name").asText().equals("page");
            }
            assertEquals(paged, ok.path("headers").has("Link"), op.getKey() + ": Link declared exactly on paged reads");
        }
        assertTrue(reads >= 10);
    }

    @Test
    void everyErrorIsAProblem() {
        for (Map.Entry<String, JsonNode> op : operations()) {
            for (Iterator<Map.Entry<String, JsonNode>> rs = op.getValue().path("responses").fields(); rs.hasNext();) {
                Map.Entry<String, JsonNode> r = rs.next();
                if (r.getKey().startsWith("4") || r.getKey().startsWith("5")) {
                    assertEquals("#/components/schemas/Problem", r.getValue().path("content").path("application/problem+json").path("schema").path("$ref").asText(),
                            op.getKey() + " " + r.getKey() + " is not application/problem+json");
                }
            }
        }
    }

    @Test
    void eachTimelineFormatHasItsOwnSchema() {
        String tjs = doc.path("paths").path("/api/v1/timeline/timelinejs").path("get").path("responses").path("200").path("content")
                .path("application/json").path("schema").path("$ref").asText();
        String vis = doc.path("paths").path("/api/v1/timeline/vis").path("get").path("responses").path("200").path("content")
                .path("application/json").path("schema").path("$ref").asText();
        assertEquals("#/components/schemas/TimelineJsDocument", tjs);
        assertEquals("#/components/schemas/VisTimeline", vis);
        assertFalse(doc.toString().contains("\"oneOf\""), "no alternatives a generator cannot tell apart");
    }
    /**
     * Closed enums break old clients when a value is added: every vocabulary keeps its typed enum (the generated
     * clients' enum types) and is marked open with x-extensible-enum listing the same values and a description
     * telling clients to accept unknown ones; only TIMEX3's types, fixed by TimeML, stay closed.
     */
    @Test
    void vocabulariesThatMayGrowAreDeclaredOpen() {
        List<String> open = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> schemas = doc.path("components").path("schemas").fields(); schemas.hasNext();) {
            Map.Entry<String, JsonNode> s = schemas.next();
            JsonNode enumeration = s.getValue().path("enum");
            if (!enumeration.isArray() || enumeration.isEmpty()) {
                continue;
            }
            if (s.getKey().equals("TimexType")) {
                assertTrue(s.getValue().path("x-extensible-enum").isMissingNode(), "TimexType is closed by TimeML");
                continue;
            }
            assertEquals(enumeration, s.getValue().path("x-extensible-enum"), s.getKey() + ": x-extensible-enum lists the typed enum's values");
            assertTrue(s.getValue().path("description").asText().contains("must accept a value it does not know"),
                    s.getKey() + " tells clients to accept unknown values");
            open.add(s.getKey());
        }
        // the vocabularies served in responses and filters, among them the one that grew (issue 9: CLAIMED, DENIED, CANCELLED)
        assertTrue(open.containsAll(List.of("EventType", "EventStatus", "DateBasis", "Precision", "ActorKind", "AnchorSource",
                "Basis", "Role", "PlaceRole", "Modifier", "EventSourceRole")), open::toString);
        JsonNode status = schema("EventStatus").path("x-extensible-enum");
        assertTrue(status.toString().contains("CLAIMED"), status::toString);
    }
}
