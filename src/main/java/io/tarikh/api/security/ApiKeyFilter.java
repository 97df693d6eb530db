package io.tarikh.api.security;

import io.tarikh.api.problem.Problem;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Guards every write on {@code /api/v1/*}: reads are public, anything but GET, HEAD and OPTIONS
 * needs a key in {@code X-API-Key} when keys are configured ({@code tarikh.api-keys}), and comes
 * from a loopback address otherwise, so a default install is never writable from the network.
 *
 * <p>The peer address is the TCP peer as Vert.x sees it; keep {@code quarkus.http.proxy.*}
 * forwarding off (the default) unless a trusted proxy sets the forwarded headers, or a client
 * could claim to be 127.0.0.1.
 */
public class ApiKeyFilter {

    public static final String HEADER = "X-API-Key";
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    /** POSTs that compute an answer and store nothing: as public as reads. */
    private static final Set<String> SIDE_EFFECT_FREE = Set.of("/api/v1/resolve");

    private final ApiKeys keys;

    public ApiKeyFilter(ApiKeys keys) {
        this.keys = keys;
    }

    @ServerRequestFilter
    public Response guardWrites(ContainerRequestContext request, HttpServerRequest http) {
        String path = "/" + stripLeadingSlash(request.getUriInfo().getPath());
        if (!isGuarded(request.getMethod(), path)) {
            return null;
        }
        if (keys.configured()) {
            String presented = request.getHeaderString(HEADER);
            if (presented == null || presented.isBlank()) {
                return problem(401, "Unauthorized", "this request needs an API key in the " + HEADER + " header", path);
            }
            return keys.accepts(presented.strip()) ? null
                    : problem(403, "Forbidden", "the API key in " + HEADER + " is not valid", path);
        }
        SocketAddress peer = http.remoteAddress();
        if (peer != null && Loopback.isLoopback(peer.hostAddress())) {
            return null;
        }
        return problem(403, "Forbidden",
                "no API keys are configured, so writes are accepted from this machine only; set tarikh.api-keys (TARIKH_API_KEYS) to allow remote writes",
                path);
    }

    /** Whether a request with this method on this path needs a key (or a loopback client). */
    public static boolean isGuarded(String method, String path) {
        return !READS.contains(method) && path.startsWith("/api/v1/") && !SIDE_EFFECT_FREE.contains(path);
    }

    private static String stripLeadingSlash(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }

    private static Response problem(int status, String title, String detail, String path) {
        Response.ResponseBuilder answer = Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem("about:blank", title, status, detail, path, status == 401 ? HEADER : null));
        if (status == 401) {
            answer.header("WWW-Authenticate", "ApiKey header=\"" + HEADER + "\"");
        }
        return answer.build();
    }
}
