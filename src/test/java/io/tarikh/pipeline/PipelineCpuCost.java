package io.tarikh.pipeline;

import io.tarikh.knowledge.KnowledgeBase;
import io.tarikh.mentions.ReferenceChronology;
import io.tarikh.temporal.ReferenceEventIndex;
import io.tarikh.temporal.TemporalEngine;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * CPU time per seed article of the same four operations as TemporalBenchmark, on this thread only:
 * on a loaded machine (other builds running) JMH's throughput swings by ±100 %, while the CPU time
 * a thread spends is disturbed far less. A measurement, not a test: it asserts nothing and runs only
 * when asked ({@code ./mvnw -B test -Dtest=PipelineCpuCost}). Rounds alternate the operations so that
 * a noisy spell hits them all; the median round is reported.
 */
class PipelineCpuCost {

    private static final int ROUNDS = 7;
    private static final int PER_ROUND = 400;
    private static final LocalDate ANCHOR = LocalDate.of(2017, 6, 27);

    @Test
    void report() throws Exception {
        List<String> texts;
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            texts = files.filter(p -> p.toString().endsWith(".txt")).sorted().map(CpuVersus::read).toList();
        }
        TemporalEngine plain = TemporalEngine.create(ReferenceEventIndex.empty());
        TemporalEngine withChronology = TemporalEngine.create(new ReferenceChronology(KnowledgeBase.loadDefault()));
        ArticleAnalyser analyser = ArticleAnalyser.createDefault();
        List<Op> ops = List.of(
                new Op("resolveWithAnchor", t -> plain.resolve(t, ANCHOR)),
                new Op("resolveInferringAnchorWithChronology", t -> withChronology.resolve(t, null)),
                new Op("analyseWithAnchor", t -> analyser.analyse(t, ANCHOR)),
                new Op("analyseInferringAnchor", t -> analyser.analyse(t, null)));
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long[][] micros = new long[ops.size()][ROUNDS];
        for (int warm = 0; warm < 2; warm++) {
            ops.forEach(op -> texts.forEach(op.run()::accept));
            for (Op op : ops) {
                for (int i = 0; i < PER_ROUND; i++) {
                    op.run().accept(texts.get(i % texts.size()));
                }
            }
        }
        for (int r = 0; r < ROUNDS; r++) {
            for (int o = 0; o < ops.size(); o++) {
                long start = cpu.getCurrentThreadCpuTime();
                for (int i = 0; i < PER_ROUND; i++) {
                    ops.get(o).run().accept(texts.get(i % texts.size()));
                }
                micros[o][r] = (cpu.getCurrentThreadCpuTime() - start) / 1000 / PER_ROUND;
            }
        }
        long base = CpuVersus.median(micros[0]);
        for (int o = 0; o < ops.size(); o++) {
            long m = CpuVersus.median(micros[o]);
            System.out.printf("CPU %-40s %6d µs/article  %5.2f × resolveWithAnchor  rounds %s%n", ops.get(o).name(), m,
                    (double) m / base, Arrays.toString(micros[o]));
        }
    }

    private record Op(String name, Consumer<String> run) {
    }
}
