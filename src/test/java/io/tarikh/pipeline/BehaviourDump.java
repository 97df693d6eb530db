package io.tarikh.pipeline;

import io.tarikh.knowledge.KnowledgeBase;
import io.tarikh.mentions.ReferenceChronology;
import io.tarikh.temporal.ReferenceMentions;
import io.tarikh.temporal.Resolution;
import io.tarikh.temporal.TemporalEngine;
import io.tarikh.text.Document;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * Everything the pure pipeline makes of every article the repository holds (seeds and test articles):
 * reference mentions, the anchor inferred with its evidence, the expressions and the candidates, with and
 * without a given date. Not a test: a refactoring that must not change behaviour is checked by diffing
 * this dump before and after ({@code java ... io.tarikh.pipeline.BehaviourDump out.txt}).
 */
public final class BehaviourDump {

    private static final LocalDate GIVEN = LocalDate.of(2017, 6, 27);

    private BehaviourDump() {
    }

    public static void main(String[] args) throws IOException {
        List<Path> articles;
        try (Stream<Path> seeds = Files.walk(Path.of("seeds")); Stream<Path> tests = Files.walk(Path.of("src/test/resources"))) {
            articles = Stream.concat(seeds, tests).filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        KnowledgeBase knowledge = KnowledgeBase.loadDefault();
        ReferenceChronology chronology = new ReferenceChronology(knowledge);
        TemporalEngine engine = TemporalEngine.create(chronology);
        ArticleAnalyser analyser = ArticleAnalyser.createDefault();
        try (PrintStream out = new PrintStream(Files.newOutputStream(Path.of(args[0])), true, StandardCharsets.UTF_8)) {
            for (Path p : articles) {
                String text = Files.readString(p);
                out.println("=== " + p);
                Document doc = Document.of(text);
                ReferenceMentions mentions = chronology.find(doc, engine.tag(doc));
                out.println("mentions for inference: " + mentions.forInference());
                out.println("mentions for extraction: " + mentions.forExtraction());
                print(out, "resolve inferring", engine.resolve(text, null));
                print(out, "resolve given", engine.resolve(text, GIVEN));
                for (LocalDate date : new LocalDate[] {null, GIVEN}) {
                    Analysis a = analyser.analyse(text, date);
                    print(out, "analyse " + date, a.resolution());
                    a.candidates().forEach(c -> out.println("  candidate " + c));
                    out.println("  grouped " + a.mentions());
                }
            }
        }
    }

    private static void print(PrintStream out, String what, Resolution r) {
        out.println(what + ": " + r.anchor().date() + " " + r.anchor().source() + " " + r.anchor().confidence());
        r.anchor().evidence().forEach(line -> out.println("  evidence " + line));
        r.expressions().forEach(e -> out.println("  expression " + e));
    }
}
