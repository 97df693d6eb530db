package io.tarikh.api.http;

import io.tarikh.api.problem.ProblemMappers;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Request checks every resource shares: the absolute URIs, OPTIONS, and the type of a body. */
public class HttpEdgeFilters {

    private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH");

    private final ApiRoutes routes;

    public HttpEdgeFilters(ApiRoutes routes) {
        this.routes = routes;
    }

    /**
     * HTTP/1.0 needs no Host header; without one the request URI had no authority and Location
     * came out as "http:/api/...". The address the client reached stands in for it.
     */
    @ServerRequestFilter(preMatching = true, priority = Priorities.AUTHENTICATION - 100)
    public void hostFallback(ContainerRequestContext request, HttpServerRequest http) {
        if (http.authority() != null) {
            return;
        }
        SocketAddress local = http.localAddress();
        if (local == null || local.hostAddress() == null) {
            return;
        }
        String host = local.hostAddress().contains(":") ? "[" + local.hostAddress() + "]" : local.hostAddress();
        String origin = (http.scheme() != null ? http.scheme() : "http") + "://" + host + ":" + local.port();
        // UriInfo cannot be asked: it parses the request's absolute URI, which has no host here.
        request.setRequestUri(URI.create(origin + "/"), URI.create(origin + http.uri()));
    }

    /**
     * OPTIONS lists the methods of the path's own template, not every method of its resource
     * class; on a path no template matches it is a 404 (Quarkus REST said 200 under a class's path).
     */
    @ServerRequestFilter(preMatching = true)
    public Response options(ContainerRequestContext request) {
        if (!"OPTIONS".equals(request.getMethod())) {
            return null;
        }
        return routes.match(path(request)).map(r -> Response.ok().header("Allow", r.allow()).build())
                .orElseGet(() -> ProblemMappers.respond(404, "Not Found", "no resource at this address", path(request), null));
    }

    /**
     * A body must say it is JSON, and JSON travels in UTF-8 (RFC 8259 8.1): the reader ignores
     * any other charset, so a body declared in one would be misread rather than refused.
     */
    @ServerRequestFilter(priority = Priorities.USER + 100)
    public Response bodyType(ContainerRequestContext request) {
        if (!WITH_BODY.contains(request.getMethod())) {
            return null;
        }
        String declared = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (declared == null || declared.isBlank()) {
            return unsupported(request, "a request body needs 'Content-Type: application/json'");
        }
        MediaType type = request.getMediaType();
        String charset = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !isUtf8(charset)) {
            return unsupported(request, "charset '" + charset + "' is not accepted: JSON bodies are UTF-8");
        }
        return null;
    }

    private static boolean isUtf8(String charset) {
        try {
            return Charset.forName(charset.strip().replace("\"", "")).equals(StandardCharsets.UTF_8);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return false;
        }
    }

    private static Response unsupported(ContainerRequestContext request, String detail) {
        return ProblemMappers.respond(415, "Unsupported Media Type", detail, path(request), HttpHeaders.CONTENT_TYPE);
    }

    /** The request's path with its leading slash, as the route templates and the problems write it. */
    static String path(ContainerRequestContext request) {
        String p = request.getUriInfo().getPath();
        return p.startsWith("/") ? p : "/" + p;
    }
}
