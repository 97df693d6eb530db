package io.tarikh.api.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.tarikh.store.StoreGeneration;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers of the chronology's reads kept for reuse until the store changes: keyed by the store's
 * generation (it advances after every committed write, {@link StoreGeneration}) and the absolute
 * request URI (the Link header holds absolute URIs). A newsroom asks the same few questions (the
 * front page, today's actor) far more often than the store changes, and a page of 50 events costs
 * tens of milliseconds of CPU to read and write out each time.
 *
 * <p>Only the collections written solely by the write path are kept: events, timeline exports,
 * actors, articles (not reprocessing jobs, whose progress changes outside it). Bounded by bytes
 * ({@code tarikh.http.response-cache.max-bytes}); entries also expire after
 * {@code tarikh.http.response-cache.ttl}, which bounds how long another replica's write can go
 * unseen should it fail to advance the shared generation. Caffeine: a maintained, concurrent,
 * size-bounded cache (already a dependency of Hibernate's second-level cache), with its hit and
 * miss counts published as metrics ({@code cache_gets_total{cache="responses"}}).
 */
@Singleton
public class ResponseCache {

    private static final List<String> CACHED_PATHS = List.of("/api/v1/events", "/api/v1/timeline", "/api/v1/actors", "/api/v1/articles");
    /** Headers the cache does not keep: the entry's media type, and what the HTTP layer sets for every answer. */
    private static final Set<String> TRANSIENT_HEADERS = Set.of("content-type", "content-length", "content-encoding", "transfer-encoding",
            "connection");

    /** Where and when an answer was asked for. */
    public record Key(StoreGeneration.Generation generation, String uri) {
    }

    /**
     * An answer as sent: its body (also gzipped, once: a kept answer skips the HTTP layer's
     * compression, which runs for the resources only), media type, ETag, and headers but its type
     * and length.
     */
    public record Entry(byte[] body, byte[] gzipped, String mediaType, String etag, Map<String, List<String>> headers) {

        public static Entry of(byte[] body, String mediaType, String etag, Map<String, List<String>> headers) {
            return new Entry(body, gzip(body), mediaType, etag, headers);
        }
    }

    private final StoreGeneration generation;
    private final boolean enabled;
    private final Cache<Key, Entry> entries;
    private final long maxEntryBytes;

    public ResponseCache(StoreGeneration generation, MeterRegistry registry,
            @ConfigProperty(name = "tarikh.http.response-cache.enabled", defaultValue = "true") boolean enabled,
            @ConfigProperty(name = "tarikh.http.response-cache.max-bytes", defaultValue = "33554432") long maxBytes,
            @ConfigProperty(name = "tarikh.http.response-cache.ttl", defaultValue = "60s") Duration ttl) {
        this.generation = generation;
        this.enabled = enabled && maxBytes > 0;
        this.maxEntryBytes = maxBytes / 16; // a few huge exports must not evict every page
        this.entries = Caffeine.newBuilder()
                .maximumWeight(Math.max(1, maxBytes))
                .weigher((Key k, Entry e) -> e.body().length + e.gzipped().length + 2 * k.uri().length())
                .expireAfterWrite(ttl)
                .recordStats()
                .build();
        CaffeineCacheMetrics.monitor(registry, entries, "responses");
    }

    /** The key a GET of this path and URI is kept under now; empty when such answers are not kept. */
    public Optional<Key> keyFor(String method, String path, String absoluteUri) {
        if (!enabled || !"GET".equals(method) || CACHED_PATHS.stream().noneMatch(p -> path.equals(p) || path.startsWith(p + "/"))) {
            return Optional.empty();
        }
        return generation.current().map(g -> new Key(g, absoluteUri));
    }

    public Optional<Entry> get(Key key) {
        return Optional.ofNullable(entries.getIfPresent(key));
    }

    public void put(Key key, Entry entry) {
        if (entry.body().length <= maxEntryBytes) {
            entries.put(key, entry);
        }
    }

    /** Whether an Accept-Encoding takes gzip: named (or *) with a q above 0 (RFC 9110 12.5.3). */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.split(";");
            String name = parts[0].strip().toLowerCase(java.util.Locale.ROOT);
            if (!name.equals("gzip") && !name.equals("x-gzip") && !name.equals("*")) {
                continue;
            }
            boolean refused = false;
            for (int i = 1; i < parts.length; i++) {
                String param = parts[i].strip().toLowerCase(java.util.Locale.ROOT);
                if (param.startsWith("q=")) {
                    try {
                        refused = Double.parseDouble(param.substring(2).strip()) <= 0;
                    } catch (NumberFormatException e) {
                        refused = true;
                    }
                }
            }
            if (!refused) {
                return true;
            }
        }
        return false;
    }

    private static byte[] gzip(byte[] body) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(body.length / 4 + 64);
        // The level of the HTTP layer's own compression (quarkus.http.compression-level=1): a miss
        // pays for it once, for its own answer and the kept one.
        try (java.util.zip.GZIPOutputStream zip = new java.util.zip.GZIPOutputStream(out) {
            {
                def.setLevel(java.util.zip.Deflater.BEST_SPEED);
            }
        }) {
            zip.write(body);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
        return out.toByteArray();
    }

    static boolean kept(String header) {
        return !TRANSIENT_HEADERS.contains(header.toLowerCase(java.util.Locale.ROOT));
    }
}
