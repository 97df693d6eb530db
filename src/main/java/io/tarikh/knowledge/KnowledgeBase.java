package io.tarikh.knowledge;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.tarikh.text.Document;
import io.tarikh.text.SentenceSplitter.Sentence;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Actors, places, the reference chronology and the trigger lexicon, read once from the data files
 * under {@code knowledge/} and indexed in memory. Immutable and thread-safe.
 */
public final class KnowledgeBase {

    private static final String FOLDER = "knowledge/";

    private final Map<String, Actor> actors;
    private final Map<String, Place> places;
    private final Map<String, ReferenceEvent> events;
    private final Map<String, Series> series;
    private final TriggerLexicon triggers;
    private final ReferenceForms referenceForms;
    private final Gazetteer<Actor> actorNames;
    private final Gazetteer<Place> placeNames;
    private final Map<String, Actor> actorByForm;
    private final Map<String, Place> placeByForm;
    /** Per place, the places directly inside it: a country's governorates and loose places, a governorate's cities. */
    private final Map<String, List<String>> placesInside;

    private record ActorFile(List<Actor> actors) {
    }

    private record PlaceFile(List<Place> places) {
    }

    private record EventFile(List<Series> series, List<ReferenceEvent> events) {
    }

    private KnowledgeBase(List<Actor> actors, List<Place> places, EventFile chronology, TriggerLexicon triggers, ReferenceForms forms) {
        this.actors = byId(actors, "actor");
        this.places = byId(places, "place");
        this.series = byId(chronology.series(), Series::id, "series");
        this.events = byId(chronology.events(), "reference event");
        this.triggers = triggers;
        this.referenceForms = forms;
        checkReferences();
        this.actorNames = Gazetteer.of(actors, Named::forms);
        this.placeNames = Gazetteer.of(places, Named::forms);
        this.actorByForm = byForm(actors);
        this.placeByForm = byForm(places);
        this.placesInside = inside(this.places.values());
    }

    /** The knowledge files shipped in the application's resources. */
    public static KnowledgeBase loadDefault() {
        return load(file -> KnowledgeBase.class.getClassLoader().getResourceAsStream(FOLDER + file));
    }

    /** The knowledge files {@code open} gives by name (null when missing): tests swap one for a broken copy. */
    static KnowledgeBase load(Function<String, InputStream> open) {
        ObjectMapper yaml = JsonMapper.builder(new YAMLFactory()).findAndAddModules()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        return new KnowledgeBase(
                read(yaml, open, "actors.yaml", ActorFile.class).actors(),
                read(yaml, open, "places.yaml", PlaceFile.class).places(),
                read(yaml, open, "reference-events.yaml", EventFile.class),
                read(yaml, open, "triggers.yaml", TriggerLexicon.class),
                read(yaml, open, "reference-forms.yaml", ReferenceForms.class));
    }

    private static <T> T read(ObjectMapper yaml, Function<String, InputStream> open, String file, Class<T> type) {
        try (InputStream in = open.apply(file)) {
            if (in == null) {
                throw new IllegalStateException("missing knowledge file " + FOLDER + file);
            }
            JsonNode tree = yaml.readTree(in);
            try {
                return yaml.treeToValue(tree, type);
            } catch (JsonMappingException e) {
                // Jackson names the list index; whoever edits the file looks for the entry's id.
                throw new IllegalStateException(FOLDER + file + ": " + where(tree, e.getPath()) + ": " + e.getOriginalMessage(), e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable knowledge file " + FOLDER + file, e);
        }
    }

    /** The path of a mapping error, e.g. "actors[12].kind", with the id of the innermost entry on it. */
    private static String where(JsonNode tree, List<JsonMappingException.Reference> path) {
        JsonNode node = tree;
        String id = null;
        StringBuilder at = new StringBuilder();
        for (JsonMappingException.Reference step : path) {
            if (step.getFieldName() != null) {
                node = node.path(step.getFieldName());
                at.append(at.isEmpty() ? "" : ".").append(step.getFieldName());
            } else if (step.getIndex() >= 0) {
                node = node.path(step.getIndex());
                at.append('[').append(step.getIndex()).append(']');
            }
            if (node.path("id").isTextual()) {
                id = node.path("id").asText();
            }
        }
        return (id == null ? "" : "entry " + id + " at ") + at;
    }

    public List<Match<Actor>> findActors(String text) {
        return actorNames.find(text);
    }

    public List<Match<Place>> findPlaces(String text) {
        return placeNames.find(text);
    }

    /** The actors one sentence of an analysed document names, offsets into the document's text. */
    public List<Match<Actor>> findActors(Document doc, Sentence sentence) {
        return actorNames.find(doc, sentence);
    }

    /** The places one sentence of an analysed document names, offsets into the document's text. */
    public List<Match<Place>> findPlaces(Document doc, Sentence sentence) {
        return placeNames.find(doc, sentence);
    }

    /** The actor with this id, or null. */
    public Actor actor(String id) {
        return actors.get(id);
    }

    /** The place with this id, or null. */
    public Place place(String id) {
        return places.get(id);
    }

    public Collection<Actor> actors() {
        return actors.values();
    }

    public Collection<Place> places() {
        return places.values();
    }

    public Optional<ReferenceEvent> referenceEvent(String id) {
        return Optional.ofNullable(events.get(id));
    }

    public Collection<ReferenceEvent> referenceEvents() {
        return events.values();
    }

    public Optional<Series> series(String id) {
        return Optional.ofNullable(series.get(id));
    }

    public TriggerLexicon triggers() {
        return triggers;
    }

    public ReferenceForms referenceForms() {
        return referenceForms;
    }

    /** Actors whose id, name or an alias contains {@code q} (Arabic compared after normalisation); all when blank. */
    public List<Actor> actorsMatching(String q) {
        String key = Gazetteer.key(q);
        if (key.isBlank()) {
            return List.copyOf(actors.values());
        }
        List<String> keys = io.tarikh.text.ArabicNormalizer.spellingVariants(key);
        return actors.values().stream()
                .filter(a -> keys.stream().anyMatch(k -> a.id().contains(k)
                        || a.forms().filter(f -> f != null).anyMatch(f -> Gazetteer.key(f).contains(k))))
                .toList();
    }

    /** The shortest query compared by spelling: shorter ones are too close to too many names. */
    private static final int MIN_NEAR_LENGTH = 4;

    /**
     * Actors that {@link #actorsMatching} misses but one of whose names, or a word of one, is a
     * near spelling of {@code q} ("Lavrow", "لافروق"): at most one edit for words of up to seven
     * letters, two for longer ones, after normalisation. Closest first.
     */
    public List<Actor> actorsSpelledNear(String q) {
        String key = Gazetteer.key(q == null ? "" : q);
        if (key.length() < MIN_NEAR_LENGTH) {
            return List.of();
        }
        int allowed = key.length() <= 7 ? 1 : 2;
        var distance = new org.apache.commons.text.similarity.LevenshteinDistance(allowed);
        java.util.Set<String> exact = new java.util.HashSet<>(actorsMatching(q).stream().map(Actor::id).toList());
        Map<Actor, Integer> near = new LinkedHashMap<>();
        for (Actor a : actors.values()) {
            if (exact.contains(a.id())) {
                continue;
            }
            int best = Stream.concat(Stream.of(a.id().replace('-', ' ')), a.forms().filter(f -> f != null).map(Gazetteer::key))
                    .flatMap(f -> Stream.concat(Stream.of(f), f.contains(" ") && !key.contains(" ") ? Stream.of(f.split(" ")) : Stream.empty()))
                    .mapToInt(f -> distance.apply(key, f)).filter(d -> d >= 0).min().orElse(-1);
            if (best >= 0) {
                near.put(a, best);
            }
        }
        return near.entrySet().stream().sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey).toList();
    }

    /** The actor named by an id or by any of its names and spellings, in a query or a short phrase ("الوزير لافروف"). */
    public Optional<Actor> actorByIdOrName(String q) {
        return lookUp(q, actors, actorByForm, actorNames);
    }

    public Optional<Place> placeByIdOrName(String q) {
        return lookUp(q, places, placeByForm, placeNames);
    }

    /**
     * The places a place filter means: the place and every place within it (a country's
     * governorates and their cities, a city's quarters). A name (not an id) of a governorate's
     * capital means the governorate, as in the press ("في إدلب"). Empty when nothing is known by {@code q}.
     */
    public List<String> placeFilter(String q) {
        Optional<Place> named = placeByIdOrName(q);
        if (named.isEmpty()) {
            return List.of();
        }
        Place found = named.get();
        Place p = found.id().equals(q.strip()) ? found
                : places.values().stream().filter(g -> found.id().equals(g.capital())).findFirst().orElse(found);
        List<String> out = new java.util.ArrayList<>();
        java.util.Deque<String> todo = new java.util.ArrayDeque<>(List.of(p.id()));
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (out.contains(id)) {
                continue; // a cycle in the data stops here
            }
            out.add(id);
            todo.addAll(placesInside.getOrDefault(id, List.of()));
        }
        return out;
    }

    /** The places containing this one, nearest first: its governorate (or city), ..., its country. */
    public List<Place> placesAround(String id) {
        List<Place> out = new java.util.ArrayList<>();
        Place p = places.get(id);
        while (p != null && out.size() < places.size()) {
            Place up = places.get(p.within() != null ? p.within() : p.country() != null ? p.country() : "");
            if (up != null) {
                out.add(up);
            }
            p = up;
        }
        return out;
    }

    private static Map<String, List<String>> inside(Collection<Place> places) {
        Map<String, List<String>> out = new java.util.HashMap<>();
        for (Place p : places) {
            String up = p.within() != null ? p.within() : p.country();
            if (up != null && !up.equals(p.id())) {
                out.computeIfAbsent(up, k -> new java.util.ArrayList<>()).add(p.id());
            }
        }
        return Map.copyOf(out);
    }

    private static <T extends Named> Optional<T> lookUp(String q, Map<String, T> byId, Map<String, T> byForm, Gazetteer<T> names) {
        if (q == null || q.isBlank()) {
            return Optional.empty();
        }
        T exact = byId.containsKey(q.strip()) ? byId.get(q.strip()) : byForm.get(Gazetteer.key(q));
        if (exact == null) {
            // أستانة / أستانا: the transliteration variants of a name written differently than listed
            exact = io.tarikh.text.ArabicNormalizer.spellingVariants(Gazetteer.key(q)).stream()
                    .map(byForm::get).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        }
        if (exact != null) {
            return Optional.of(exact);
        }
        List<T> found = names.find(q).stream().map(Match::item).distinct().toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    private static <T extends Named> Map<String, T> byForm(List<T> items) {
        Map<String, T> out = new LinkedHashMap<>();
        for (T item : items) {
            Stream.concat(Stream.of(item.id()), item.forms()).filter(f -> f != null && !f.isBlank())
                    .forEach(f -> out.putIfAbsent(Gazetteer.key(f), item));
        }
        return Map.copyOf(out);
    }

    private static <T extends Named> Map<String, T> byId(List<T> items, String what) {
        return byId(items, Named::id, what);
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id, String what) {
        Map<String, T> out = new LinkedHashMap<>();
        for (T item : items == null ? List.<T>of() : items) {
            if (out.put(id.apply(item), item) != null) {
                throw new IllegalStateException("duplicate " + what + " id " + id.apply(item));
            }
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /**
     * A missing kind or type, or a reference event naming an unknown actor, place or series, is a
     * data error: fail at start-up, not on a query.
     */
    private void checkReferences() {
        actors.values().stream().filter(a -> a.kind() == null).findFirst()
                .ifPresent(a -> { throw new IllegalStateException("actor " + a.id() + " has no kind"); });
        places.values().stream().filter(p -> p.kind() == null).findFirst()
                .ifPresent(p -> { throw new IllegalStateException("place " + p.id() + " has no kind"); });
        for (ReferenceEvent e : events.values()) {
            if (e.type() == null) {
                throw new IllegalStateException("reference event " + e.id() + " has no type");
            }
            e.actors().stream().filter(id -> !actors.containsKey(id)).findFirst()
                    .ifPresent(id -> fail(e, "actor " + id));
            e.places().stream().filter(id -> !places.containsKey(id)).findFirst()
                    .ifPresent(id -> fail(e, "place " + id));
            if (e.series() != null && !series.containsKey(e.series())) {
                fail(e, "series " + e.series());
            }
            if (e.end().isBefore(e.start())) {
                fail(e, "end before start");
            }
        }
        for (Place p : places.values()) {
            if (p.within() != null && (!places.containsKey(p.within()) || p.within().equals(p.id()))) {
                throw new IllegalStateException("place " + p.id() + " lies within unknown place " + p.within());
            }
            if (p.capital() != null && !p.id().equals(places.getOrDefault(p.capital(), p).within())) {
                throw new IllegalStateException("governorate " + p.id() + " has capital " + p.capital() + ", which does not lie within it");
            }
            if (p.country() != null && !places.containsKey(p.country())) {
                throw new IllegalStateException("place " + p.id() + " lies in unknown country " + p.country());
            }
            if (p.government() != null && !actors.containsKey(p.government())) {
                throw new IllegalStateException("capital " + p.id() + " stands for unknown actor " + p.government());
            }
        }
    }

    private static void fail(ReferenceEvent e, String what) {
        throw new IllegalStateException("reference event " + e.id() + " names unknown " + what);
    }
}
