package io.tarikh.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads the Kubernetes manifests under k8s/ with Jackson YAML (every document of every file). */
final class Manifests {

    static final Path ROOT = Path.of("k8s");
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    record Doc(Path file, JsonNode node) {
        String kind() {
            return node.path("kind").asText();
        }

        String name() {
            return node.path("metadata").path("name").asText();
        }

        @Override
        public String toString() {
            return file + " " + kind() + "/" + name();
        }
    }

    private Manifests() {
    }

    static List<Path> yamlFiles() {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Doc> read(Path file) {
        List<Doc> docs = new ArrayList<>();
        try (var it = YAML.readerFor(JsonNode.class).<JsonNode>readValues(file.toFile())) {
            while (it.hasNext()) {
                JsonNode node = it.next();
                if (node != null && !node.isNull() && !node.isMissingNode()) {
                    docs.add(new Doc(file, node));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse " + file, e);
        }
        return docs;
    }

    static List<Doc> all() {
        return yamlFiles().stream().flatMap(f -> read(f).stream()).toList();
    }

    static List<Doc> ofKind(String kind) {
        return all().stream().filter(d -> d.kind().equals(kind)).toList();
    }

    static List<Path> kustomizations() {
        return yamlFiles().stream().filter(f -> f.getFileName().toString().equals("kustomization.yaml")).toList();
    }

    /** The objects a kustomization produces before patches: its resources, recursively through bases. */
    static List<Doc> resourcesOf(Path kustomization) {
        List<Doc> out = new ArrayList<>();
        JsonNode k = read(kustomization).get(0).node();
        for (JsonNode r : k.path("resources")) {
            Path target = kustomization.getParent().resolve(r.asText()).normalize();
            if (Files.isDirectory(target)) {
                out.addAll(resourcesOf(target.resolve("kustomization.yaml")));
            } else {
                out.addAll(read(target));
            }
        }
        return out;
    }

    /** The first container of a Deployment or StatefulSet. */
    static JsonNode firstContainer(Doc workload) {
        return workload.node().path("spec").path("template").path("spec").path("containers").get(0);
    }
}
