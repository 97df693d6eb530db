package io.tarikh.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.runtime.StartupEvent;
import io.tarikh.store.ArticleRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Loads the seed articles ({@code <stem>.txt}, the stem being the article id) on start-up.
 * Idempotent: an article whose id or content is already stored is skipped.
 */
@ApplicationScoped
public class SeedLoader {

    private static final Logger LOG = Logger.getLogger(SeedLoader.class);

    /** Optional per-seed metadata in {@code manifest.yaml} beside the texts. */
    record SeedMetadata(String title, String url, String language) {
    }

    private final IngestService ingest;
    private final ArticleRepository articles;
    private final Path seedsDir;
    private final boolean enabled;

    public SeedLoader(IngestService ingest, ArticleRepository articles,
            @ConfigProperty(name = "tarikh.seeds.dir") Path seedsDir,
            @ConfigProperty(name = "tarikh.seeds.enabled") boolean enabled) {
        this.ingest = ingest;
        this.articles = articles;
        this.seedsDir = seedsDir;
        this.enabled = enabled;
    }

    void onStart(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        if (!Files.isDirectory(seedsDir)) {
            LOG.warnf("seeds directory %s not found (working directory %s); no seeds loaded",
                    seedsDir, Path.of("").toAbsolutePath());
            return;
        }
        int loaded = 0;
        Map<String, SeedMetadata> manifest = readManifest();
        for (Path file : seedFiles()) {
            String id = stem(file);
            if (QuarkusTransaction.requiringNew().call(() -> articles.findByIdOptional(id)).isPresent()) {
                continue;
            }
            SeedMetadata meta = manifest.getOrDefault(id, new SeedMetadata(null, null, null));
            IngestResult result = ingest.ingest(new ArticleInput(id, read(file), meta.title(), meta.url(), meta.language(), null));
            if (result.created()) {
                loaded++;
            }
        }
        LOG.infof("seeds: %d new article(s) loaded from %s", loaded, seedsDir.toAbsolutePath());
    }

    private List<Path> seedFiles() {
        try (Stream<Path> files = Files.list(seedsDir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + seedsDir, e);
        }
    }

    private Map<String, SeedMetadata> readManifest() {
        Path manifest = seedsDir.resolve("manifest.yaml");
        if (!Files.exists(manifest)) {
            return Map.of();
        }
        try {
            ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
            return yaml.readValue(manifest.toFile(),
                    yaml.getTypeFactory().constructMapType(Map.class, String.class, SeedMetadata.class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + manifest, e);
        }
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".txt".length());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
