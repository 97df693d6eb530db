package io.tarikh.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The pages a client team would write around the timeline exports, served from an origin of their own
 * (127.0.0.1 on a free port; the service under test is on localhost:test-port), with the widgets from npm:
 * TimelineJS and vis-timeline (whose standalone build includes vis-data), installed under target/ at test time.
 * Nothing comes from a CDN: the browser runs on a closed network.
 */
final class WidgetPages implements AutoCloseable {

    /** The releases the client teams used. */
    static final List<String> PACKAGES = List.of("@knight-lab/timelinejs@3.9.11", "vis-timeline@8.5.4");
    private static final Path ASSETS = Path.of("target", "browser-assets");
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8", "json", "application/json", "svg", "image/svg+xml", "woff", "font/woff", "woff2", "font/woff2",
            "ttf", "font/ttf", "eot", "application/vnd.ms-fontobject", "png", "image/png");

    private final HttpServer server;

    private WidgetPages(HttpServer server) {
        this.server = server;
    }

    static WidgetPages start() throws IOException, InterruptedException {
        Path modules = install();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/assets/", exchange -> {
            Path file = modules.resolve(exchange.getRequestURI().getPath().substring("/assets/".length())).normalize();
            if (!file.startsWith(modules) || !Files.isRegularFile(file)) {
                send(exchange, 404, "text/plain", "not found".getBytes());
            } else {
                send(exchange, 200, type(file.toString()), Files.readAllBytes(file));
            }
        });
        server.createContext("/", exchange -> {
            String name = exchange.getRequestURI().getPath().substring(1);
            try (InputStream page = WidgetPages.class.getClassLoader().getResourceAsStream("browser/" + name)) {
                if (page == null || name.contains("/")) {
                    send(exchange, 404, "text/plain", "not found".getBytes());
                } else {
                    send(exchange, 200, type(name), page.readAllBytes());
                }
            }
        });
        server.start();
        return new WidgetPages(server);
    }

    /** The page's URL: http://127.0.0.1:port/name. */
    String url(String name) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + name;
    }

    /** npm install of the widgets into target/browser-assets, once per build. */
    private static Path install() throws IOException, InterruptedException {
        Path modules = ASSETS.resolve("node_modules").toAbsolutePath();
        if (Files.isDirectory(modules.resolve("vis-timeline")) && Files.isDirectory(modules.resolve("@knight-lab/timelinejs"))) {
            return modules;
        }
        Files.createDirectories(ASSETS);
        List<String> command = new java.util.ArrayList<>(List.of("npm", "install", "--no-audit", "--no-fund", "--no-save", "--prefix", ASSETS.toString()));
        command.addAll(PACKAGES);
        Process npm = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ASSETS.resolve("npm.log").toFile()).start();
        if (!npm.waitFor(5, TimeUnit.MINUTES) || npm.exitValue() != 0) {
            npm.destroyForcibly();
            throw new IllegalStateException("npm install failed; see " + ASSETS.resolve("npm.log") + ":\n" + Files.readString(ASSETS.resolve("npm.log")));
        }
        return modules;
    }

    private static String type(String name) {
        return TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) {
        try (exchange) {
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
