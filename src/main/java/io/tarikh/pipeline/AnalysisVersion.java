package io.tarikh.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The version of the pipeline and knowledge an article was analysed by: a code version, raised by
 * hand when a code change changes what an analysis stores, and a hash of every rule, lexicon and
 * knowledge file and of the per-article caps, so an edited entry changes it by itself.
 */
public record AnalysisVersion(String value) {

    /** Raise when a change of the Java pipeline changes the dates, events or merges it produces. */
    public static final int CODE_VERSION = 8; // 8: dated descriptions are items, past-perfect "بعد N" is a length, counterparts, eponyms, relative-clause dates

    /** Every data file the pipeline reads (AnalysisVersionTest checks none is missing). */
    static final List<String> RESOURCES = List.of(
            "knowledge/actors.yaml", "knowledge/places.yaml", "knowledge/triggers.yaml",
            "knowledge/reference-events.yaml", "knowledge/reference-forms.yaml", "knowledge/nationalities.yaml", "knowledge/speech.yaml",
            "knowledge/status.yaml", "knowledge/offices.yaml", "knowledge/roles.yaml", "knowledge/titles.yaml",
            "temporal/rules.yaml", "temporal/lexicon/words.yaml", "temporal/lexicon/weekdays.yaml",
            "temporal/lexicon/months.yaml", "text/boilerplate.yaml");

    public static AnalysisVersion current(int maxEvents, int maxQuotes) {
        MessageDigest sha = sha256();
        for (String resource : RESOURCES) {
            sha.update(resource.getBytes(StandardCharsets.UTF_8));
            sha.update(read(resource));
        }
        sha.update(("caps:" + maxEvents + "/" + maxQuotes).getBytes(StandardCharsets.UTF_8));
        return new AnalysisVersion("c" + CODE_VERSION + "-" + HexFormat.of().formatHex(sha.digest(), 0, 8));
    }

    private static byte[] read(String resource) {
        try (InputStream in = AnalysisVersion.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
