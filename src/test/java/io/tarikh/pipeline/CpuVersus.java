package io.tarikh.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * CPU time per seed article of TemporalBenchmark's four operations, for two builds of Tarikh side by
 * side in one JVM, rounds interleaved, so that a noisy machine disturbs both alike (on this 2-core
 * machine shared with builds, separate runs differ by more than the effect measured). Each build is
 * loaded in its own class loader and driven through the API both have, by reflection. Not a test:
 * run by {@code scripts/cpu-versus.sh REV}, which builds REV and passes both class folders.
 */
public final class CpuVersus {

    private static final LocalDate ANCHOR = LocalDate.of(2017, 6, 27);
    private static final String[] OPERATIONS = {"resolveWithAnchor", "resolveInferringAnchorWithChronology", "analyseWithAnchor",
            "analyseInferringAnchor"};

    private CpuVersus() {
    }

    /** args: classes of build A, classes of build B, rounds. The seeds are read from ./seeds. */
    public static void main(String[] args) throws Exception {
        List<String> texts;
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            texts = files.filter(p -> p.toString().endsWith(".txt")).sorted().map(CpuVersus::read).toList();
        }
        ClassLoader dependencies = dependenciesOnly();
        Build[] builds = {new Build(Path.of(args[0]), dependencies), new Build(Path.of(args[1]), dependencies)};
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 11;
        int perRound = 200;
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long[][][] micros = new long[2][OPERATIONS.length][rounds];
        for (int warm = 0; warm < 3; warm++) {
            for (Build b : builds) {
                for (int o = 0; o < OPERATIONS.length; o++) {
                    for (int i = 0; i < perRound; i++) {
                        b.run(o, texts.get(i % texts.size()));
                    }
                }
            }
        }
        for (int r = 0; r < rounds; r++) {
            for (int v = 0; v < 2; v++) {
                for (int o = 0; o < OPERATIONS.length; o++) {
                    long start = cpu.getCurrentThreadCpuTime();
                    for (int i = 0; i < perRound; i++) {
                        builds[v].run(o, texts.get(i % texts.size()));
                    }
                    micros[v][o][r] = (cpu.getCurrentThreadCpuTime() - start) / 1000 / perRound;
                }
            }
        }
        System.out.printf("%-38s %8s %8s %8s   CPU µs per article, median of %d interleaved rounds%n", "operation", "A", "B", "B/A", rounds);
        for (int o = 0; o < OPERATIONS.length; o++) {
            long a = median(micros[0][o]);
            long b = median(micros[1][o]);
            System.out.printf("%-38s %8d %8d %8.2f%n", OPERATIONS[o], a, b, (double) b / a);
        }
        for (int v = 0; v < 2; v++) {
            System.out.printf("%s: inferring with the chronology / resolving with an anchor = %.2f; analysis inferring / with anchor = %.2f%n",
                    v == 0 ? "A" : "B", (double) median(micros[v][1]) / median(micros[v][0]),
                    (double) median(micros[v][3]) / median(micros[v][2]));
        }
    }

    /** One build's engines, reached through the methods every version since the seed-only pipeline has. */
    private static final class Build {
        private final Object plain;
        private final Object withChronology;
        private final Object analyser;
        private final Method resolve;
        private final Method analyse;

        Build(Path classes, ClassLoader dependencies) throws Exception {
            ClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, dependencies);
            // Libraries (Jackson's module discovery) look up services through the context loader.
            Thread.currentThread().setContextClassLoader(loader);
            Class<?> index = loader.loadClass("io.tarikh.temporal.ReferenceEventIndex");
            Class<?> engine = loader.loadClass("io.tarikh.temporal.TemporalEngine");
            Class<?> knowledge = loader.loadClass("io.tarikh.knowledge.KnowledgeBase");
            Class<?> chronology = referenceChronology(loader);
            Object kb = knowledge.getMethod("loadDefault").invoke(null);
            Method create = engine.getMethod("create", index);
            this.plain = create.invoke(null, index.getMethod("empty").invoke(null));
            this.withChronology = create.invoke(null, chronology.getConstructor(knowledge).newInstance(kb));
            this.resolve = engine.getMethod("resolve", String.class, LocalDate.class);
            Class<?> analyserClass = loader.loadClass("io.tarikh.pipeline.ArticleAnalyser");
            this.analyser = analyserClass.getMethod("createDefault").invoke(null);
            this.analyse = analyserClass.getMethod("analyse", String.class, LocalDate.class);
        }

        void run(int operation, String text) throws Exception {
            switch (operation) {
                case 0 -> resolve.invoke(plain, text, ANCHOR);
                case 1 -> resolve.invoke(withChronology, text, null);
                case 2 -> analyse.invoke(analyser, text, ANCHOR);
                default -> analyse.invoke(analyser, text, null);
            }
        }

        /** The class moved from knowledge to mentions when knowledge became pure data. */
        private static Class<?> referenceChronology(ClassLoader loader) throws ClassNotFoundException {
            try {
                return loader.loadClass("io.tarikh.mentions.ReferenceChronology");
            } catch (ClassNotFoundException e) {
                return loader.loadClass("io.tarikh.knowledge.ReferenceChronology");
            }
        }
    }

    /** The class path without this build's own classes: each build brings its own. */
    private static ClassLoader dependenciesOnly() throws Exception {
        List<URL> jars = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            if (entry.endsWith(".jar")) {
                jars.add(Path.of(entry).toUri().toURL());
            }
        }
        return new URLClassLoader(jars.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }

    static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
