package io.tarikh.temporal;

// Run from the project root (single thread, one fork):
//   ./mvnw -B -q test-compile org.apache.maven.plugins:maven-dependency-plugin:3.9.0:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test \
//     && java -cp "$(cat target/cp.txt):target/classes:target/test-classes" org.openjdk.jmh.Main TemporalBenchmark -f 1 -wi 3 -i 5 -t 1
// Scores are articles per second (one operation = tag + resolve one seed article of ~4-5 KB).

import io.tarikh.knowledge.KnowledgeBase;
import io.tarikh.mentions.ReferenceChronology;
import io.tarikh.pipeline.Analysis;
import io.tarikh.pipeline.ArticleAnalyser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Tag + resolve throughput of the temporal engine on the seed articles (seeds/ relative to the working directory). */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class TemporalBenchmark {

    private TemporalEngine engine;
    /** As the service runs it: anchor inference also looks up mentions of the reference chronology. */
    private TemporalEngine engineWithChronology;
    /** The whole pure pipeline exactly as ingest runs it (io.tarikh.pipeline.ArticleAnalyser). */
    private ArticleAnalyser analyser;
    private List<String> articles;
    private int next;

    @Setup
    public void load() {
        engine = TemporalEngine.create(ReferenceEventIndex.empty());
        engineWithChronology = TemporalEngine.create(new ReferenceChronology(KnowledgeBase.loadDefault()));
        analyser = ArticleAnalyser.createDefault();
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            articles = files.filter(p -> p.toString().endsWith(".txt")).sorted().map(TemporalBenchmark::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("run from the project root: seeds/ holds the articles", e);
        }
        if (articles.isEmpty()) {
            throw new IllegalStateException("no seed articles under seeds/");
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String nextArticle() {
        String a = articles.get(next);
        next = (next + 1) % articles.size();
        return a;
    }

    /** No anchor given: the engine infers it from the text, then resolves every expression. */
    @Benchmark
    public Resolution resolveInferringAnchor() {
        return engine.resolve(nextArticle(), null);
    }

    /** No anchor given, with the shipped reference chronology: what ingesting an undated article costs. */
    @Benchmark
    public Resolution resolveInferringAnchorWithChronology() {
        return engineWithChronology.resolve(nextArticle(), null);
    }

    /** The publication date is given. */
    @Benchmark
    public Resolution resolveWithAnchor() {
        return engine.resolve(nextArticle(), LocalDate.of(2017, 6, 27));
    }

    /** Clean, resolve with the publication date given, extract, link, filter and group: ingest's analysis. */
    @Benchmark
    public Analysis analyseWithAnchor() {
        return analyser.analyse(nextArticle(), LocalDate.of(2017, 6, 27));
    }

    /** The same with the publication date inferred (with the reference chronology). */
    @Benchmark
    public Analysis analyseInferringAnchor() {
        return analyser.analyse(nextArticle(), null);
    }
}
