package io.tarikh.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Kinds and types are read into their enums when the knowledge is loaded: a value the enum does not
 * have stops the start with the file and the id of the entry, instead of failing some later query.
 */
class KnowledgeVocabulariesTest {

    @Test
    void theShippedFilesReadIntoTheEnums() {
        KnowledgeBase kb = KnowledgeBase.loadDefault();
        assertEquals(ActorKind.PERSON, kb.actor("sergey-lavrov").kind());
        assertEquals(PlaceKind.CITY, kb.place("raqqa").kind());
        assertEquals(EventType.TALKS, kb.referenceEvent("astana-4").orElseThrow().type());
        assertTrue(kb.triggers().triggers().keySet().containsAll(java.util.EnumSet.of(EventType.PHONE_CALL, EventType.MILITARY_ACTION)));
        assertTrue(kb.referenceForms().citingNouns().keySet().containsAll(java.util.EnumSet.of(EventType.AGREEMENT, EventType.CEASEFIRE)));
    }

    @Test
    void anUnknownActorKindNamesTheActor() {
        String message = failure("actors.yaml", "  - id: syria\n    kind: COUNTRY\n", "  - id: syria\n    kind: STATE\n");
        assertTrue(message.contains("knowledge/actors.yaml") && message.contains("syria") && message.contains("STATE"), message);
        assertTrue(message.contains("ARMED_GROUP"), "lists the kinds there are: " + message);
    }

    @Test
    void anUnknownPlaceKindNamesThePlace() {
        String message = failure("places.yaml", "  - id: raqqa\n    kind: CITY\n", "  - id: raqqa\n    kind: VILLAGE\n");
        assertTrue(message.contains("knowledge/places.yaml") && message.contains("raqqa") && message.contains("VILLAGE"), message);
    }

    @Test
    void kindsAreMatchedExactlyAsTheEnumSpellsThem() {
        String message = failure("places.yaml", "  - id: raqqa\n    kind: CITY\n", "  - id: raqqa\n    kind: city\n");
        assertTrue(message.contains("raqqa"), message);
    }

    @Test
    void aMissingKindNamesTheEntry() {
        String message = failure("actors.yaml", "  - id: syria\n    kind: COUNTRY\n", "  - id: syria\n");
        assertTrue(message.contains("syria") && message.contains("no kind"), message);
    }

    @Test
    void anUnknownReferenceEventTypeNamesTheEvent() {
        String message = failure("reference-events.yaml", "  - id: astana-4\n    type: TALKS\n", "  - id: astana-4\n    type: NEGOTIATION\n");
        assertTrue(message.contains("knowledge/reference-events.yaml") && message.contains("astana-4") && message.contains("NEGOTIATION"), message);
    }

    @Test
    void anUnknownTriggerTypeNamesTheType() {
        String message = failure("triggers.yaml", "\n  CEASEFIRE: [", "\n  TRUCE: [");
        assertTrue(message.contains("knowledge/triggers.yaml") && message.contains("TRUCE"), message);
    }

    /** Loads the shipped files with one edited; the edit must apply, and loading must fail. */
    private static String failure(String file, String shipped, String edited) {
        String text = shipped(file);
        assertTrue(text.contains(shipped), file + " no longer holds the entry this test edits: " + shipped);
        String broken = text.replace(shipped, edited);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> KnowledgeBase.load(
                name -> name.equals(file) ? new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)) : open(name)));
        return e.getMessage();
    }

    private static InputStream open(String name) {
        return KnowledgeBase.class.getClassLoader().getResourceAsStream("knowledge/" + name);
    }

    private static String shipped(String name) {
        try (InputStream in = open(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
