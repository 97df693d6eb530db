package io.tarikh.api.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Conditional GETs for every {@code /api/v1/*} read: a weak ETag (SHA-256 of the JSON body),
 * {@code Cache-Control: public, max-age=N} ({@code tarikh.http.cache.max-age}, seconds),
 * {@code Vary: Accept-Encoding}, and 304 without a body when {@code If-None-Match} names the
 * current ETag. The body is serialised here once, so the ETag always describes what is sent.
 * Weak because Vert.x compresses the body after this filter (gzip or deflate, as the client
 * accepts): the bytes on the wire differ by content-coding while the tag cannot, and RFC 9110
 * (8.8.3) allows one tag for several encodings only when it is weak. If-None-Match compares
 * weakly anyway, so 304s are unchanged. Errors and writes are left alone. Disable with
 * {@code tarikh.http.cache.enabled=false}.
 *
 * <p>Answers of the chronology's reads are also kept in the {@link ResponseCache} until the store
 * changes: a GET it holds is answered from it (200 or 304) without running the resource.
 */
public class HttpCaching {

    /** The request property holding the {@link ResponseCache.Key} the answer is to be kept under. */
    private static final String CACHE_KEY = "tarikh.response-cache.key";
    /** The request property saying the answer came from the {@link ResponseCache}, its headers already set. */
    private static final String CACHE_HIT = "tarikh.response-cache.hit";

    private final ObjectMapper json;
    private final ResponseCache cache;
    private final boolean enabled;
    private final long maxAge;

    public HttpCaching(ObjectMapper json, ResponseCache cache,
            @ConfigProperty(name = "tarikh.http.cache.enabled", defaultValue = "true") boolean enabled,
            @ConfigProperty(name = "tarikh.http.cache.max-age", defaultValue = "60") long maxAge) {
        this.json = json;
        this.cache = cache;
        this.enabled = enabled;
        this.maxAge = maxAge;
    }

    /**
     * A kept answer for this GET, if the store has not changed since it was computed; otherwise the
     * key is noted so that the answer is kept once computed. The generation is read before the
     * resource runs: a write committing meanwhile makes the key old, never the answer newer than it.
     * After the resource's match (unknown paths stay 404) and the API-key check.
     */
    @ServerRequestFilter(priority = jakarta.ws.rs.Priorities.USER + 200)
    public Response fromCache(ContainerRequestContext request, io.vertx.core.http.HttpServerRequest http) {
        if (!enabled) {
            return null;
        }
        Optional<ResponseCache.Key> key = cache.keyFor(request.getMethod(), HttpEdgeFilters.path(request), request.getUriInfo().getRequestUri().toString());
        if (key.isEmpty()) {
            return null;
        }
        Optional<ResponseCache.Entry> kept = cache.get(key.get());
        if (kept.isEmpty()) {
            request.setProperty(CACHE_KEY, key.get());
            return null;
        }
        ResponseCache.Entry entry = kept.get();
        request.setProperty(CACHE_HIT, Boolean.TRUE);
        boolean notModified = matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), entry.etag());
        Response.ResponseBuilder answer;
        if (notModified) {
            answer = Response.notModified();
        } else if (ResponseCache.acceptsGzip(request.getHeaderString(HttpHeaders.ACCEPT_ENCODING))) {
            // On the HTTP response itself: an answer given by a request filter does not pass the
            // step of Quarkus REST that settles the Content-Encoding, and its own would be dropped.
            http.response().headers().set(HttpHeaders.CONTENT_ENCODING, "gzip");
            answer = Response.ok(entry.gzipped(), entry.mediaType());
        } else {
            answer = Response.ok(entry.body(), entry.mediaType());
        }
        entry.headers().forEach((name, values) -> values.forEach(v -> answer.header(name, v)));
        return answer.build();
    }

    @ServerResponseFilter
    public void conditionalGet(ContainerRequestContext request, ContainerResponseContext response) throws Exception {
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (!enabled || !read || response.getStatus() != 200 || !response.hasEntity() || request.getProperty(CACHE_HIT) != null
                || !("/" + request.getUriInfo().getPath()).replace("//", "/").startsWith("/api/v1/")) {
            return;
        }
        byte[] body = bytes(response.getEntity());
        String etag = "W/\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(body)) + "\"";
        response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "public, max-age=" + maxAge);
        response.getHeaders().putSingle(HttpHeaders.VARY, "Accept-Encoding");
        if (matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)) {
            response.setStatus(304);
            response.setEntity(null);
            response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
            response.getHeaders().remove(HttpHeaders.CONTENT_LENGTH);
            return;
        }
        MediaType type = response.getMediaType() != null ? response.getMediaType() : MediaType.APPLICATION_JSON_TYPE;
        response.setEntity(body, response.getEntityAnnotations(), type);
        if (request.getProperty(CACHE_KEY) instanceof ResponseCache.Key key) {
            Map<String, List<String>> headers = new LinkedHashMap<>();
            response.getStringHeaders().forEach((name, values) -> {
                if (ResponseCache.kept(name)) {
                    headers.put(name, List.copyOf(values));
                }
            });
            ResponseCache.Entry entry = ResponseCache.Entry.of(body, type.toString(), etag, Map.copyOf(headers));
            cache.put(key, entry);
            if (ResponseCache.acceptsGzip(request.getHeaderString(HttpHeaders.ACCEPT_ENCODING))) {
                // Compressed already: the HTTP layer leaves a body with a Content-Encoding alone.
                response.setEntity(entry.gzipped(), response.getEntityAnnotations(), type);
                response.getHeaders().putSingle(HttpHeaders.CONTENT_ENCODING, "gzip");
            }
        }
    }

    private byte[] bytes(Object entity) throws Exception {
        if (entity instanceof byte[] raw) {
            return raw;
        }
        if (entity instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        return json.writeValueAsBytes(entity);
    }

    /** RFC 9110 13.1.2: If-None-Match uses the weak comparison, so W/"x" and "x" match either. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        if (ifNoneMatch.strip().equals("*")) {
            return true;
        }
        String opaque = opaque(etag);
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::strip)
                .map(HttpCaching::opaque)
                .anyMatch(opaque::equals);
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    private static byte[] sha256(byte[] body) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(body);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
