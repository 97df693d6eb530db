package io.tarikh.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** What the generated-client tests share: a work folder with their scripts, and commands run in it to a log. */
final class ClientRuns {

    private ClientRuns() {
    }

    /** Copies {@code files} of the test resource folder {@code resources} into {@code work}. */
    static void copyResources(String resources, List<String> files, Path work) throws IOException {
        Files.createDirectories(work);
        for (String file : files) {
            try (InputStream in = ClientRuns.class.getClassLoader().getResourceAsStream(resources + "/" + file)) {
                Files.copy(in, work.resolve(file), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** Runs {@code command} in {@code work} (output to {@code name}.log there), fails unless it exits 0 within 5 minutes, returns the output. */
    static String run(Path work, List<String> command, String name, Map<String, String> environment) throws IOException, InterruptedException {
        Path log = work.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process p = builder.start();
        boolean done = p.waitFor(5, TimeUnit.MINUTES);
        if (!done) {
            p.destroyForcibly();
        }
        String out = Files.readString(log);
        assertEquals(0, done ? p.exitValue() : -1, String.join(" ", command) + ":\n" + out);
        return out;
    }
}
