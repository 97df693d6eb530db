package io.tarikh.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.stream.LongStream;

/** Merge keys as 64-bit numbers (PostgreSQL advisory locks take a bigint), distinct and in ascending order. */
final class LockKeys {

    private LockKeys() {
    }

    static long[] sortedHashes(Collection<String> keys) {
        return keys.stream().mapToLong(LockKeys::hash).sorted().distinct().toArray();
    }

    /** FNV-1a over UTF-8: stable across JVMs and replicas; a rare collision only serialises more. */
    static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            h ^= (b & 0xff);
            h *= 0x100000001b3L;
        }
        return h;
    }

    static LongStream stripes(Collection<String> keys, int stripeCount) {
        return LongStream.of(sortedHashes(keys)).map(h -> Math.floorMod(h, stripeCount)).sorted().distinct();
    }
}
