package io.tarikh.api.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import org.eclipse.microprofile.config.inject.ConfigProperty;
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
 */
public class HttpCaching {

    private final ObjectMapper json;
    private final boolean enabled;
    private final long maxAge;

    public HttpCaching(ObjectMapper json,
            @ConfigProperty(name = "tarikh.http.cache.enabled", defaultValue = "true") boolean enabled,
            @ConfigProperty(name = "tarikh.http.cache.max-age", defaultValue = "60") long maxAge) {
        this.json = json;
        this.enabled = enabled;
        this.maxAge = maxAge;
    }

    @ServerResponseFilter
    public void conditionalGet(ContainerRequestContext request, ContainerResponseContext response) throws Exception {
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (!enabled || !read || response.getStatus() != 200 || !response.hasEntity()
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
