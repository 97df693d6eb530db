package io.tarikh.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.tarikh.extraction.DateBasis;
import io.tarikh.extraction.EventStatus;
import io.tarikh.knowledge.ActorKind;
import io.tarikh.knowledge.EventType;
import io.tarikh.temporal.AnchorSource;
import io.tarikh.temporal.Precision;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The served document takes its vocabularies from the Java enums: each is one component schema
 * listing the enum's values, every field and query parameter that carries one refers to it, and
 * no list of those values is written anywhere else (hand copies drifted: NONE was stored, not listed).
 * PlaceKind is not served (PlaceRef has no kind), so it is not here.
 */
@QuarkusTest
class OpenApiVocabulariesTest {

    /** Every vocabulary the API serves, by the name of its component schema. */
    private static final Map<String, Class<? extends Enum<?>>> VOCABULARIES = Map.of(
            "EventType", EventType.class,
            "EventStatus", EventStatus.class,
            "DateBasis", DateBasis.class,
            "Precision", Precision.class,
            "ActorKind", ActorKind.class,
            "AnchorSource", AnchorSource.class,
            // how an event's actors and places are known, and their roles (issue 9)
            "Basis", io.tarikh.extraction.ActorRole.Basis.class,
            "Role", io.tarikh.extraction.ActorRole.Role.class,
            "PlaceRole", io.tarikh.timeline.PlaceRole.class);

    private JsonNode document;

    @BeforeEach
    void readDocument() throws Exception {
        document = new ObjectMapper().readTree(given().accept("application/json").get("/q/openapi")
                .then().statusCode(200).extract().asString());
    }

    @Test
    void eachVocabularyIsOneSchemaListingTheEnumsValuesInOrder() {
        VOCABULARIES.forEach((name, vocabulary) -> {
            JsonNode schema = document.path("components").path("schemas").path(name);
            List<String> listed = new ArrayList<>();
            schema.path("enum").forEach(v -> listed.add(v.asText()));
            assertEquals(names(vocabulary), listed, name);
        });
        assertTrue(names(DateBasis.class).contains("NONE"), "the basis stored for an undated mention is listed");
    }

    @Test
    void fieldsCarryingAVocabularyReferToIt() {
        assertProperty("Event", "type", "EventType");
        assertProperty("Event", "status", "EventStatus");
        assertProperty("EventSource", "dateBasis", "DateBasis");
        assertProperty("EventSource", "status", "EventStatus");
        assertProperty("ActorRef", "kind", "ActorKind");
        assertProperty("Actor", "kind", "ActorKind");
        assertProperty("PublicationDate", "source", "AnchorSource");
        assertProperty("DateInfo", "precision", "Precision");
        assertProperty("SourceActor", "basis", "Basis");
        assertProperty("SourceActor", "role", "Role");
        assertProperty("SourcePlace", "basis", "Basis");
        assertProperty("SourcePlace", "role", "PlaceRole");
        assertProperty("ActorRef", "basis", "Basis");
        assertProperty("PlaceRef", "basis", "Basis");
        assertProperty("DateOrigin", "basis", "DateBasis");
    }

    @Test
    void theTypeAndStatusFiltersReferToTheirVocabularies() {
        int filtered = 0;
        for (JsonNode path : document.path("paths")) {
            JsonNode get = path.path("get");
            for (JsonNode parameter : get.path("parameters")) {
                String name = parameter.path("name").asText();
                if (name.equals("type")) {
                    assertEquals("array", parameter.path("schema").path("type").asText());
                    assertEquals("EventType", referenced(parameter.path("schema").path("items")));
                    filtered++;
                } else if (name.equals("status")) {
                    assertEquals("EventStatus", referenced(parameter.path("schema")));
                }
            }
        }
        assertEquals(4, filtered, "/events, /events/histogram, /timeline/timelinejs and /timeline/vis filter by type");
    }

    @Test
    void noVocabularyIsCopiedIntoAnInlineList() {
        Set<String> vocabularyValues = new HashSet<>();
        VOCABULARIES.values().forEach(v -> vocabularyValues.addAll(names(v)));
        List<String> copies = new ArrayList<>();
        findInlineEnums(document, "", vocabularyValues, copies);
        assertEquals(List.of(), copies, "vocabulary values listed by hand instead of referring to the enum's schema");
    }

    private void findInlineEnums(JsonNode node, String at, Set<String> vocabularyValues, List<String> copies) {
        if (node.isObject()) {
            boolean vocabularySchema = VOCABULARIES.keySet().stream().anyMatch(name -> at.equals("/components/schemas/" + name));
            if (node.path("enum").isArray() && !vocabularySchema) {
                node.path("enum").forEach(v -> {
                    if (vocabularyValues.contains(v.asText())) {
                        copies.add(at + ": " + v.asText());
                    }
                });
            }
            node.fields().forEachRemaining(f -> findInlineEnums(f.getValue(), at + "/" + f.getKey(), vocabularyValues, copies));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                findInlineEnums(node.get(i), at + "/" + i, vocabularyValues, copies);
            }
        }
    }

    private void assertProperty(String schema, String property, String vocabulary) {
        JsonNode node = document.path("components").path("schemas").path(schema).path("properties").path(property);
        assertTrue(node.isObject(), schema + "." + property + " is in the document");
        assertEquals(vocabulary, referenced(node), schema + "." + property);
    }

    /** The component a schema refers to, directly or as the non-null branch of a nullable one. */
    private static String referenced(JsonNode schema) {
        if (schema.has("$ref")) {
            return schema.get("$ref").asText().replace("#/components/schemas/", "");
        }
        for (String combinator : List.of("anyOf", "oneOf", "allOf")) {
            for (JsonNode branch : schema.path(combinator)) {
                if (branch.has("$ref")) {
                    return referenced(branch);
                }
            }
        }
        return fail("no reference in " + schema);
    }

    private static List<String> names(Class<? extends Enum<?>> vocabulary) {
        return Arrays.stream(vocabulary.getEnumConstants()).map(Enum::name).toList();
    }
}
