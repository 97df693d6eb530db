package io.tarikh.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Static checks of k8s/ (no cluster, no kubectl): the manifests parse, agree with each other and
 * with the application (ports, probe paths, configuration names). ProbeEndpointsTest checks the
 * probe paths against the running application.
 */
class KubernetesManifestsTest {

    static final Set<String> PROBE_PATHS = Set.of("/q/health/started", "/q/health/ready", "/q/health/live");

    /** Variables read by the container image or the JVM rather than by the application's config. */
    static final Map<String, String> IMAGE_VARIABLES = Map.of(
            "JAVA_OPTS_APPEND", "read by the ubi9 openjdk image's run-java.sh",
            "JAVA_MAX_MEM_RATIO", "read by the ubi9 openjdk image's run-java.sh",
            "GC_CONTAINER_OPTIONS", "read by the ubi9 openjdk image's run-java.sh",
            "QUARKUS_PROFILE", "selects the configuration profile (quarkus.profile)");

    @Test
    void everyManifestParsesAndHasKindAndName() {
        List<Manifests.Doc> docs = Manifests.all();
        assertTrue(docs.size() >= 15, "found " + docs.size() + " documents");
        for (Manifests.Doc d : docs) {
            if (d.file().getFileName().toString().equals("kustomization.yaml")) {
                assertEquals("Kustomization", d.kind(), d.toString());
                continue;
            }
            assertFalse(d.kind().isEmpty(), "no kind in " + d);
            assertFalse(d.node().path("apiVersion").asText().isEmpty(), "no apiVersion in " + d);
            assertFalse(d.name().isEmpty(), "no metadata.name in " + d);
        }
    }

    @Test
    void deploymentProbesTheHealthEndpointsOnTheHttpPort() {
        Manifests.Doc deployment = appDeployment();
        JsonNode container = Manifests.firstContainer(deployment);
        Set<String> seen = new HashSet<>();
        for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
            JsonNode get = container.path(probe).path("httpGet");
            assertTrue(PROBE_PATHS.contains(get.path("path").asText()), probe + " path " + get.path("path"));
            seen.add(get.path("path").asText());
            assertEquals(httpContainerPort(container), resolvePort(container, get.path("port")), probe + " port");
        }
        assertEquals(PROBE_PATHS, seen, "one probe per health endpoint");
        assertEquals("/q/health/started", container.path("startupProbe").path("httpGet").path("path").asText());
        assertEquals("/q/health/ready", container.path("readinessProbe").path("httpGet").path("path").asText());
        assertEquals("/q/health/live", container.path("livenessProbe").path("httpGet").path("path").asText());
        assertEquals(2, deployment.node().path("spec").path("replicas").asInt());
        for (String kind : List.of("requests", "limits")) {
            assertTrue(container.path("resources").path(kind).has("cpu"), kind + ".cpu");
            assertTrue(container.path("resources").path(kind).has("memory"), kind + ".memory");
        }
    }

    @Test
    void containerPortServiceTargetPortAndQuarkusHttpPortAgree() throws IOException {
        int quarkusPort = Integer.parseInt(applicationProperties().getProperty("quarkus.http.port", "8080"));
        int containerPort = httpContainerPort(Manifests.firstContainer(appDeployment()));
        assertEquals(quarkusPort, containerPort, "containerPort vs quarkus.http.port");
        JsonNode service = Manifests.ofKind("Service").stream().filter(s -> s.name().equals("tarikh")).findFirst()
                .orElseThrow().node();
        JsonNode port = service.path("spec").path("ports").get(0);
        int target = port.path("targetPort").isInt() ? port.path("targetPort").asInt()
                : resolvePort(Manifests.firstContainer(appDeployment()), port.path("targetPort"));
        assertEquals(containerPort, target, "Service targetPort vs containerPort");
        JsonNode selector = service.path("spec").path("selector");
        JsonNode podLabels = appDeployment().node().path("spec").path("template").path("metadata").path("labels");
        selector.fields().forEachRemaining(e -> assertEquals(e.getValue(), podLabels.path(e.getKey()), "selector " + e.getKey()));
    }

    @Test
    void everyEnvironmentVariableNamesARealConfigProperty() throws IOException {
        Set<String> known = knownPropertiesAsEnv();
        List<String> unknown = new ArrayList<>();
        for (Manifests.Doc d : Manifests.all()) {
            if (d.kind().equals("ConfigMap") && d.name().equals("tarikh-config")) {
                d.node().path("data").fieldNames().forEachRemaining(name -> check(name, known, d, unknown));
            }
            if (d.kind().equals("Deployment") && d.name().equals("tarikh")) {
                for (JsonNode c : d.node().path("spec").path("template").path("spec").path("containers")) {
                    for (JsonNode env : c.path("env")) {
                        check(env.path("name").asText(), known, d, unknown);
                    }
                }
            }
        }
        assertTrue(unknown.isEmpty(), "variables no configuration property reads: " + unknown);
        assertTrue(known.contains("TARIKH_API_KEYS") && known.contains("QUARKUS_DATASOURCE_JDBC_URL"));
        assertTrue(known.contains("QUARKUS_HTTP_PORT") && known.contains("QUARKUS_HTTP_CORS_EXPOSED_HEADERS"),
                "the Quarkus config models were not found on the test classpath");
        assertFalse(known.contains("TARIKH_NO_SUCH_SETTING"));
    }

    @Test
    void secretsAreReferencedNotShipped() {
        JsonNode container = Manifests.firstContainer(appDeployment());
        for (String name : List.of("TARIKH_API_KEYS", "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD")) {
            JsonNode env = find(container.path("env"), name);
            assertEquals("tarikh-secrets", env.path("valueFrom").path("secretKeyRef").path("name").asText(), name);
        }
        for (Path k : Manifests.kustomizations()) {
            for (Manifests.Doc d : Manifests.resourcesOf(k)) {
                assertFalse(d.kind().equals("Secret"), k + " ships a Secret: " + d);
            }
        }
        assertTrue(Files.exists(Manifests.ROOT.resolve("base/secret.example.yaml")));
    }

    @Test
    void kustomizationsListOnlyExistingFilesAndPatchExistingObjects() {
        for (Path k : Manifests.kustomizations()) {
            JsonNode kust = Manifests.read(k).get(0).node();
            for (JsonNode r : kust.path("resources")) {
                Path target = k.getParent().resolve(r.asText()).normalize();
                assertTrue(Files.isRegularFile(target) || Files.isRegularFile(target.resolve("kustomization.yaml")),
                        k + " lists missing resource " + r.asText());
                assertFalse(target.getFileName().toString().contains("example"), k + " must not list " + target);
            }
            List<Manifests.Doc> objects = Manifests.resourcesOf(k);
            for (JsonNode p : kust.path("patches")) {
                if (p.has("path")) {
                    Path patch = k.getParent().resolve(p.path("path").asText());
                    assertTrue(Files.isRegularFile(patch), k + " patch missing: " + patch);
                    for (Manifests.Doc d : Manifests.read(patch)) {
                        assertTrue(objects.stream().anyMatch(o -> o.kind().equals(d.kind()) && o.name().equals(d.name())),
                                k + " patches " + d.kind() + "/" + d.name() + " which its resources do not define");
                    }
                } else {
                    JsonNode t = p.path("target");
                    assertTrue(objects.stream().anyMatch(o -> o.kind().equals(t.path("kind").asText()) && o.name().equals(t.path("name").asText())),
                            k + " patch target " + t + " does not exist");
                }
            }
        }
    }

    @Test
    void overlaysFitTheirStorage() {
        Path h2 = Manifests.ROOT.resolve("overlays/h2-demo/kustomization.yaml");
        List<Manifests.Doc> h2Objects = Manifests.resourcesOf(h2);
        assertTrue(h2Objects.stream().anyMatch(d -> d.kind().equals("PersistentVolumeClaim")), "h2-demo needs a PVC");
        String h2Kust = Manifests.read(h2).get(0).node().toString();
        assertTrue(h2Kust.contains("Recreate"), "h2-demo must use Recreate (one H2 process per file)");
        Manifests.Doc h2Patch = Manifests.read(Manifests.ROOT.resolve("overlays/h2-demo/deployment-patch.yaml")).get(0);
        assertEquals(1, h2Patch.node().path("spec").path("replicas").asInt());
        String mount = Manifests.firstContainer(h2Patch).path("volumeMounts").get(0).path("mountPath").asText();
        String url = Manifests.read(Manifests.ROOT.resolve("overlays/h2-demo/configmap-patch.yaml")).get(0)
                .node().path("data").path("QUARKUS_DATASOURCE_JDBC_URL").asText();
        assertTrue(url.startsWith("jdbc:h2:file:" + mount + "/"), "H2 file " + url + " must live on the volume " + mount);
        try {
            String shipped = applicationProperties().getProperty("quarkus.datasource.jdbc.url");
            assertEquals(shipped.substring(shipped.indexOf(';')), url.substring(url.indexOf(';')),
                    "h2-demo must use the H2 options of application.properties (durability: WRITE_DELAY=0)");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        Path pg = Manifests.ROOT.resolve("overlays/postgres/kustomization.yaml");
        Manifests.Doc statefulSet = Manifests.resourcesOf(pg).stream().filter(d -> d.kind().equals("StatefulSet")).findFirst().orElseThrow();
        assertTrue(statefulSet.node().path("spec").path("volumeClaimTemplates").size() > 0);
        JsonNode pgData = Manifests.read(Manifests.ROOT.resolve("overlays/postgres/configmap-patch.yaml")).get(0).node().path("data");
        assertEquals("postgres", pgData.path("QUARKUS_PROFILE").asText());
        Manifests.Doc pgService = Manifests.resourcesOf(pg).stream()
                .filter(d -> d.kind().equals("Service") && d.name().equals("tarikh-postgres")).findFirst().orElseThrow();
        assertTrue(pgData.path("QUARKUS_DATASOURCE_JDBC_URL").asText().startsWith("jdbc:postgresql://" + pgService.name() + ":5432/"));
    }

    /** Smallest heap worth running (live heap ~40 MB, 200 KB articles, bursts of requests). */
    static final long MIN_HEAP_MIB = 192;
    /** Room beside the heap: metaspace (~70 MB), code cache, thread stacks, direct buffers, GC. */
    static final long MIN_NON_HEAP_MIB = 256;
    static final Pattern JVM_MEMORY_FLAG = Pattern.compile("-Xmx|-Xms|MaxRAM|RAMPercentage|-XX:\\+Use\\w*GC");

    /**
     * The JVM's heap is capped by JAVA_MAX_MEM_RATIO (the image's run-java.sh makes it
     * -XX:MaxRAMPercentage), and the cap fits the container's memory limit with room for the rest
     * of the JVM; nothing else sets heap or collector flags that run-java.sh would override or
     * clash with.
     */
    @Test
    void jvmMemoryIsCappedConsistentlyWithTheContainerLimit() throws IOException {
        String dockerfile = Files.readString(Path.of("src/main/docker/Dockerfile.jvm"));
        assertTrue(dockerfile.contains("run-java.sh"), "JAVA_MAX_MEM_RATIO and GC_CONTAINER_OPTIONS are read by run-java.sh");
        JsonNode container = Manifests.firstContainer(appDeployment());
        String ratioText = find(container.path("env"), "JAVA_MAX_MEM_RATIO").path("value").asText();
        assertTrue(ratioText.matches("\\d+"), "JAVA_MAX_MEM_RATIO must be a whole percentage: " + ratioText);
        int ratio = Integer.parseInt(ratioText);
        assertTrue(ratio > 0 && ratio <= 75, "JAVA_MAX_MEM_RATIO " + ratio + " (0 would disable the cap)");
        String gc = find(container.path("env"), "GC_CONTAINER_OPTIONS").path("value").asText();
        assertTrue(gc.matches("-XX:\\+Use(Serial|Parallel|G1)GC"), "one collector: " + gc);

        JsonNode resources = container.path("resources");
        long limit = mebibytes(resources.path("limits").path("memory").asText());
        long request = mebibytes(resources.path("requests").path("memory").asText());
        assertTrue(request <= limit, "memory request " + request + " Mi above the limit " + limit + " Mi");
        checkHeapFits(limit, ratio, "base");
        for (Manifests.Doc d : Manifests.ofKind("Deployment")) { // overlays that change the limit
            JsonNode c = Manifests.firstContainer(d);
            if (d.name().equals("tarikh") && c != null && c.path("resources").path("limits").has("memory")) {
                checkHeapFits(mebibytes(c.path("resources").path("limits").path("memory").asText()), ratio, d.toString());
            }
        }

        List<String> stray = new ArrayList<>();
        for (Manifests.Doc d : Manifests.all()) {
            List<JsonNode> values = new ArrayList<>();
            if (d.kind().equals("ConfigMap")) {
                d.node().path("data").fields().forEachRemaining(e -> {
                    if (e.getKey().startsWith("JAVA_")) {
                        values.add(e.getValue());
                    }
                });
            }
            if (d.kind().equals("Deployment")) {
                for (JsonNode c : d.node().path("spec").path("template").path("spec").path("containers")) {
                    for (JsonNode env : c.path("env")) {
                        if (Set.of("JAVA_OPTS", "JAVA_OPTS_APPEND", "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS")
                                .contains(env.path("name").asText())) {
                            values.add(env.path("value"));
                        }
                    }
                }
            }
            values.stream().filter(v -> JVM_MEMORY_FLAG.matcher(v.asText()).find()).forEach(v -> stray.add(d + ": " + v.asText()));
        }
        assertTrue(stray.isEmpty(), "heap or GC flags outside JAVA_MAX_MEM_RATIO / GC_CONTAINER_OPTIONS: " + stray);
    }

    /**
     * The image starts from an AppCDS archive made by its own JVM (one from the build machine's JDK would be
     * ignored), and no manifest replaces the JAVA_OPTS_APPEND that names it.
     */
    @Test
    void imageStartsFromAnAppCdsArchiveOfItsOwnJvm() throws IOException {
        String dockerfile = Files.readString(Path.of("src/main/docker/Dockerfile.jvm"));
        assertTrue(dockerfile.contains("-XX:ArchiveClassesAtExit=app-cds.jsa -Dquarkus.appcds.generate=true -jar quarkus-run.jar"),
                "the image makes its archive with its own JVM");
        Matcher append = Pattern.compile("(?m)^ENV JAVA_OPTS_APPEND=\"([^\"]*)\"").matcher(dockerfile);
        assertTrue(append.find() && append.group(1).contains("-XX:SharedArchiveFile=/deployments/app-cds.jsa"),
                "JAVA_OPTS_APPEND names the archive");
        for (Manifests.Doc d : Manifests.ofKind("Deployment")) {
            for (JsonNode c : d.node().path("spec").path("template").path("spec").path("containers")) {
                for (JsonNode env : c.path("env")) {
                    assertFalse(env.path("name").asText().equals("JAVA_OPTS_APPEND"), d + " replaces the image's JAVA_OPTS_APPEND");
                }
            }
        }
        for (Manifests.Doc d : Manifests.ofKind("ConfigMap")) {
            assertFalse(d.node().path("data").has("JAVA_OPTS_APPEND"), d + " replaces the image's JAVA_OPTS_APPEND");
        }
    }

    private static void checkHeapFits(long limitMib, int ratio, String where) {
        long heap = limitMib * ratio / 100;
        assertTrue(heap >= MIN_HEAP_MIB, where + ": heap " + heap + " Mi (" + ratio + " % of " + limitMib + " Mi) below " + MIN_HEAP_MIB);
        assertTrue(limitMib - heap >= MIN_NON_HEAP_MIB, where + ": " + (limitMib - heap) + " Mi beside a " + heap
                + " Mi heap in a " + limitMib + " Mi container; the JVM needs " + MIN_NON_HEAP_MIB);
    }

    /** A Kubernetes memory quantity in MiB: 768Mi, 1Gi, 512M, 805306368. */
    static long mebibytes(String quantity) {
        Matcher m = Pattern.compile("(\\d+)(Ki|Mi|Gi|k|M|G)?").matcher(quantity.strip());
        assertTrue(m.matches(), "memory quantity " + quantity);
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "" : m.group(2);
        double bytes = switch (unit) {
            case "Ki" -> n * 1024d;
            case "Mi" -> n * 1024d * 1024;
            case "Gi" -> n * 1024d * 1024 * 1024;
            case "k" -> n * 1e3;
            case "M" -> n * 1e6;
            case "G" -> n * 1e9;
            default -> n;
        };
        return (long) (bytes / (1024 * 1024));
    }

    @Test
    void memoryQuantitiesAreRead() {
        assertEquals(768, mebibytes("768Mi"));
        assertEquals(1024, mebibytes("1Gi"));
        assertEquals(488, mebibytes("512M"));
        assertEquals(768, mebibytes("805306368"));
    }

    @Test
    void autoscalerAndDisruptionBudgetTargetTheDeployment() {
        Manifests.Doc hpa = Manifests.ofKind("HorizontalPodAutoscaler").stream().filter(d -> d.node().has("spec")).findFirst().orElseThrow();
        assertEquals("autoscaling/v2", hpa.node().path("apiVersion").asText());
        assertEquals("tarikh", hpa.node().path("spec").path("scaleTargetRef").path("name").asText());
        assertEquals("cpu", hpa.node().path("spec").path("metrics").get(0).path("resource").path("name").asText());
        Manifests.Doc pdb = Manifests.ofKind("PodDisruptionBudget").stream().filter(d -> d.node().has("spec")).findFirst().orElseThrow();
        assertEquals(appDeployment().node().path("spec").path("selector").path("matchLabels"),
                pdb.node().path("spec").path("selector").path("matchLabels"));
    }

    // ---------------------------------------------------------------------------------------

    static Manifests.Doc appDeployment() {
        return Manifests.read(Manifests.ROOT.resolve("base/deployment.yaml")).get(0);
    }

    private static int httpContainerPort(JsonNode container) {
        return find(container.path("ports"), "http").path("containerPort").asInt();
    }

    private static int resolvePort(JsonNode container, JsonNode port) {
        return port.isInt() ? port.asInt() : find(container.path("ports"), port.asText()).path("containerPort").asInt();
    }

    private static JsonNode find(JsonNode list, String name) {
        for (JsonNode n : list) {
            if (n.path("name").asText().equals(name)) {
                return n;
            }
        }
        fail("no entry named " + name + " in " + list);
        return null;
    }

    private static void check(String env, Set<String> known, Manifests.Doc where, List<String> unknown) {
        if (!known.contains(env) && !IMAGE_VARIABLES.containsKey(env)) {
            unknown.add(env + " (" + where + ")");
        }
    }

    static String toEnv(String property) {
        return property.toUpperCase().replaceAll("[^A-Z0-9]", "_");
    }

    /**
     * Every property the application can read, as environment variable names: the keys of
     * application.properties (profiles stripped), every @ConfigProperty name in src/main/java, and
     * every property Quarkus documents in the config models of the extensions on the classpath.
     */
    static Set<String> knownPropertiesAsEnv() throws IOException {
        Set<String> names = new HashSet<>();
        for (String key : applicationProperties().stringPropertyNames()) {
            names.add(key.startsWith("%") ? key.substring(key.indexOf('.') + 1) : key);
        }
        Pattern configProperty = Pattern.compile("@ConfigProperty\\(name\\s*=\\s*\"([^\"]+)\"");
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = configProperty.matcher(Files.readString(source));
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
        }
        Pattern property = Pattern.compile("\"property\"\\s*:\\s*\"(quarkus\\.[^\"]+)\"");
        Enumeration<URL> models = KubernetesManifestsTest.class.getClassLoader()
                .getResources("META-INF/quarkus-config-doc/quarkus-config-model.json");
        while (models.hasMoreElements()) {
            try (InputStream in = models.nextElement().openStream()) {
                Matcher m = property.matcher(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
        }
        Set<String> env = new HashSet<>();
        names.forEach(n -> env.add(toEnv(n)));
        return env;
    }

    static Properties applicationProperties() throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
            p.load(in);
        }
        return p;
    }
}
