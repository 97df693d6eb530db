package io.tarikh.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class AnalysisVersionTest {

    @Test
    void everyDataFileThePipelineShipsIsPartOfTheVersion() throws IOException {
        Path root = Path.of("src/main/resources");
        TreeSet<String> shipped = new TreeSet<>();
        for (String dir : List.of("knowledge", "temporal", "text")) {
            try (Stream<Path> files = Files.walk(root.resolve(dir))) {
                files.filter(f -> f.toString().endsWith(".yaml")).forEach(f -> shipped.add(root.relativize(f).toString().replace('\\', '/')));
            }
        }
        assertEquals(shipped, new TreeSet<>(AnalysisVersion.RESOURCES),
                "a data file missing from AnalysisVersion.RESOURCES would change analyses without changing the version");
    }

    @Test
    void theVersionIsStableAndFollowsTheCaps() {
        AnalysisVersion v = AnalysisVersion.current(ArticleAnalyser.DEFAULT_MAX_EVENTS, ArticleAnalyser.DEFAULT_MAX_QUOTES);
        assertEquals(v, AnalysisVersion.current(ArticleAnalyser.DEFAULT_MAX_EVENTS, ArticleAnalyser.DEFAULT_MAX_QUOTES));
        assertTrue(v.value().matches("c" + AnalysisVersion.CODE_VERSION + "-[0-9a-f]{16}"), v.value());
        assertNotEquals(v, AnalysisVersion.current(ArticleAnalyser.DEFAULT_MAX_EVENTS, ArticleAnalyser.DEFAULT_MAX_QUOTES + 1));
    }
}
