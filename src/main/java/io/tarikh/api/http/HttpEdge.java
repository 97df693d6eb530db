package io.tarikh.api.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.tarikh.api.problem.Problem;
import io.tarikh.store.RequestActivity;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The answers Vert.x and Quarkus would give before a request reaches a resource, given here as
 * problem documents instead of empty bodies: a URI or a declared body over the limit, a request
 * the CORS policy refuses, and any failure of the Vert.x router itself (a malformed
 * percent-encoding in the path or query). Runs first on every request, before the CORS filter
 * (order -300) and Quarkus's own body-size check (order -2), which stay as backstops.
 *
 * <p>It also names each request's route template for the HTTP metrics, so that requests no
 * resource matched (or that failed before matching) share one uri tag instead of one tag each.
 *
 * <p>What stays out of reach: a request Netty cannot parse (a garbage request line, a header line
 * without a colon, a request line longer than quarkus.http.limits.max-initial-line-length, headers
 * over max-header-size) is answered by Vert.x's HttpServerRequest.DEFAULT_INVALID_REQUEST_HANDLER
 * with an empty 400, 414 or 431. Vert.x lets a server replace it (HttpServer#invalidRequestHandler),
 * but Quarkus creates its servers without calling it and offers no hook to; the handler is fixed
 * per connection when the server starts listening. The initial-line limit is therefore set well
 * above tarikh.http.max-uri-length, so that every URI a client might plausibly send gets our 414.
 */
@Singleton
public class HttpEdge {

    static final int ORDER = -10_000;
    /** Micrometer reads a request's route template from this Vert.x context local (as Quarkus REST sets it). */
    static final String TEMPLATE_KEY = "UrlPathTemplate";
    /** The uri tag of every request that matched no route (Micrometer shows it as /UNMATCHED). */
    public static final String UNMATCHED = "UNMATCHED";

    private static final Logger LOG = Logger.getLogger(HttpEdge.class);

    private final ObjectMapper json;
    private final ApiRoutes routes;
    private final long maxBody;
    private final int maxUri;
    private final String nonApplicationRoot;
    private final boolean corsEnabled;
    private final List<String> corsOrigins;
    private final List<Pattern> corsOriginPatterns;
    private final List<String> corsMethods;
    private final List<String> corsReadOnlyPosts;
    private final List<String> corsWriteOrigins;
    private final RequestActivity activity;

    public HttpEdge(ObjectMapper json, ApiRoutes routes, RequestActivity activity,
            @ConfigProperty(name = "tarikh.http.max-body-size", defaultValue = "1M") MemorySize maxBody,
            @ConfigProperty(name = "tarikh.http.max-uri-length", defaultValue = "8192") int maxUri,
            @ConfigProperty(name = "quarkus.http.non-application-root-path", defaultValue = "q") String nonApplicationRoot,
            @ConfigProperty(name = "quarkus.http.cors.enabled", defaultValue = "false") boolean corsEnabled,
            @ConfigProperty(name = "quarkus.http.cors.origins") Optional<List<String>> corsOrigins,
            @ConfigProperty(name = "quarkus.http.cors.methods") Optional<List<String>> corsMethods,
            @ConfigProperty(name = "tarikh.http.cors.read-only-posts", defaultValue = "/api/v1/resolve") List<String> corsReadOnlyPosts,
            @ConfigProperty(name = "tarikh.http.cors.write-origins") Optional<List<String>> corsWriteOrigins) {
        this.json = json;
        this.routes = routes;
        this.activity = activity;
        this.maxBody = maxBody.asLongValue();
        this.maxUri = maxUri;
        this.nonApplicationRoot = "/" + nonApplicationRoot.replaceAll("^/+|/+$", "") + "/";
        this.corsEnabled = corsEnabled;
        this.corsOrigins = corsOrigins.orElse(List.of()).stream().map(String::strip).toList();
        this.corsOriginPatterns = this.corsOrigins.stream().filter(o -> o.length() > 1 && o.startsWith("/") && o.endsWith("/"))
                .map(o -> Pattern.compile(o.substring(1, o.length() - 1))).toList();
        this.corsMethods = corsMethods.orElse(List.of()).stream().map(m -> m.strip().toUpperCase(Locale.ROOT)).toList();
        this.corsReadOnlyPosts = corsReadOnlyPosts.stream().map(String::strip).toList();
        this.corsWriteOrigins = corsWriteOrigins.orElse(List.of()).stream().map(String::strip).toList();
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::screen);
        router.route().order(ORDER).failureHandler(this::failed);
        // A path Vert.x cannot decode fails before any route matches, so no failure handler
        // runs; the router's error handlers are what it calls then.
        for (int status = 400; status < 600; status++) {
            router.errorHandler(status, this::failed);
        }
    }

    private void screen(RoutingContext ctx) {
        activity.requestStarted();
        HttpServerRequest request = ctx.request();
        nameTemplate(ctx);
        if (corsEnabled) {
            // Every answer may carry Access-Control-Allow-Origin for one origin and not another (or none
            // without Origin): shared caches must key on it. Merged last, after every filter set its own Vary.
            ctx.addHeadersEndHandler(v -> varyOnOrigin(ctx.response()));
        }
        if (!wellFormed(request.uri())) {
            send(ctx, 400, "Bad Request", "the request URI is malformed (for example a '%' not followed by two hex digits)", null, false);
            return;
        }
        if (request.uri().length() > maxUri) {
            send(ctx, 414, "URI Too Long", "the request URI has " + request.uri().length() + " characters; at most " + maxUri + " are accepted", null, false);
            return;
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && declaredLength(length) > maxBody) {
            // Closing, not draining: the client may still be sending the body it announced.
            send(ctx, 413, "Content Too Large", "the request body has " + length.strip() + " bytes; at most " + maxBody + " are accepted", null, true);
            return;
        }
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin != null && sameOrigin(request, origin)) {
            // The desk served at / sends Origin on its POSTs. A same-origin request is no CORS request, but
            // Quarkus's CORS filter, with every origin allowed, would refuse its method: it does not see it.
            request.headers().remove(HttpHeaders.ORIGIN);
        }
        String refusal = corsRefusal(request);
        if (refusal != null) {
            if (corsAllowsOrigin(request, origin)) {
                // Readable by the page that sent it, as Quarkus's CORS filter would allow.
                ctx.response().putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
            }
            send(ctx, 403, "Forbidden", refusal, null, false);
            return;
        }
        ctx.next();
    }

    /** Failures of the router itself (and of handlers that fail the context) as problems. */
    private void failed(RoutingContext ctx) {
        int status = ctx.statusCode() >= 400 ? ctx.statusCode() : 500;
        if (status >= 500) {
            LOG.error("request failed", ctx.failure());
        }
        nameTemplate(ctx);
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type != null ? type.getReasonPhrase() : status < 500 ? "Client Error" : "Server Error";
        // Vert.x's own 4xx messages describe the request ("the 'Host' header is required"); 5xx say nothing internal.
        String detail = status >= 500 ? "the server could not complete the request"
                : ctx.failure() != null && ctx.failure().getMessage() != null ? ctx.failure().getMessage()
                : status == 404 ? "no resource at this address" : title;
        send(ctx, status, title, detail, null, false);
    }

    /**
     * The route template as the metrics uri tag: the resource's when one matches (Quarkus REST
     * sets the same later), a single value otherwise. Quarkus's own endpoints under /q/ keep theirs.
     */
    private void nameTemplate(RoutingContext ctx) {
        String path = ctx.request().path();
        if (path != null && path.startsWith(nonApplicationRoot)) {
            return;
        }
        String template = routes.match(path).map(ApiRoutes.Route::template).orElse(UNMATCHED);
        if (Vertx.currentContext() != null) {
            Vertx.currentContext().putLocal(TEMPLATE_KEY, template);
        }
    }

    /** The check Quarkus's root handler makes unless told not to (see io.tarikh.Main). */
    private static boolean wellFormed(String uri) {
        try {
            new URI(uri);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static long declaredLength(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return -1; // Netty already refuses a malformed Content-Length
        }
    }

    /**
     * The refusals of Quarkus's CORS filter for the policy in application.properties: an origin
     * not allowed, or a cross-origin request whose method is not. Preflights (OPTIONS with
     * Access-Control-Request-Method) are left to the filter: the browser reads their headers.
     */
    private String corsRefusal(HttpServerRequest request) {
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (!corsEnabled || origin == null) {
            return null;
        }
        boolean preflight = request.method() == HttpMethod.OPTIONS && request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD) != null;
        if (!corsAllowsOrigin(request, origin)) {
            return "requests from origin '" + origin + "' are not allowed";
        }
        if (!preflight && !corsMethods.isEmpty() && !corsMethods.contains("*") && !corsMethods.contains(request.method().name())
                && (wildcardOrigin() || listed(origin))) {
            return "cross-origin " + request.method().name() + " requests are not allowed; allowed: " + String.join(", ", corsMethods);
        }
        // Cross-origin, any page may read but not write: of the unsafe methods only a POST that stores nothing
        // (tarikh.http.cors.read-only-posts) passes, preflight or not, unless the origin is a trusted front-end
        // (tarikh.http.cors.write-origins). Same-origin pages are not concerned.
        String method = preflight ? request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD).strip().toUpperCase(Locale.ROOT)
                : request.method().name();
        boolean trustedWriter = corsWriteOrigins.contains(origin) && (corsMethods.contains(method) || corsMethods.contains("*"));
        if (!SAFE_METHODS.contains(method) && !sameOrigin(request, origin) && !trustedWriter
                && !(method.equals("POST") && readOnlyPost(request.path()))) {
            return "cross-origin " + method + " requests are not allowed here; cross-origin pages may read, and POST only to "
                    + String.join(", ", corsReadOnlyPosts);
        }
        return null;
    }

    private static final java.util.Set<String> SAFE_METHODS = java.util.Set.of("GET", "HEAD", "OPTIONS");

    private boolean readOnlyPost(String path) {
        return path != null && routes.match(path).map(r -> corsReadOnlyPosts.contains(r.template())).orElse(false);
    }

    /** Adds Origin to the response's Vary (one header, values merged), unless it is there or the answer varies on everything. */
    private static void varyOnOrigin(HttpServerResponse response) {
        java.util.LinkedHashSet<String> values = new java.util.LinkedHashSet<>();
        for (String header : response.headers().getAll(HttpHeaders.VARY)) {
            for (String v : header.split(",")) {
                if (!v.isBlank()) {
                    values.add(v.strip());
                }
            }
        }
        if (values.contains("*") || values.stream().anyMatch(v -> v.equalsIgnoreCase("Origin"))) {
            return;
        }
        values.add("Origin");
        response.headers().set(HttpHeaders.VARY, String.join(", ", values));
    }

    private boolean corsAllowsOrigin(HttpServerRequest request, String origin) {
        return wildcardOrigin() || listed(origin) || sameOrigin(request, origin);
    }

    private boolean wildcardOrigin() {
        return corsOrigins.size() == 1 && (corsOrigins.get(0).equals("*") || corsOrigins.get(0).equals("/.*/"));
    }

    private boolean listed(String origin) {
        return corsOrigins.contains(origin) || corsOriginPatterns.stream().anyMatch(p -> p.matcher(origin).matches());
    }

    private static boolean sameOrigin(HttpServerRequest request, String origin) {
        return request.authority() != null && origin.equalsIgnoreCase(request.scheme() + "://" + request.authority());
    }

    private void send(RoutingContext ctx, int status, String title, String detail, String parameter, boolean close) {
        HttpServerResponse response = ctx.response();
        if (response.ended() || response.headWritten()) {
            return;
        }
        String path = ctx.request().path();
        String instance = path != null && path.length() <= 2000 ? path : null;
        byte[] body;
        try {
            body = json.writeValueAsBytes(new Problem("about:blank", title, status, detail, instance, parameter));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a Problem always serialises", e);
        }
        response.setStatusCode(status).setStatusMessage(title).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (close) {
            response.putHeader(HttpHeaders.CONNECTION, "close");
            response.endHandler(v -> ctx.request().connection().close());
        }
        response.end(Buffer.buffer(body));
    }
}
